// Every form in the registry, walked in the terminal by someone allowed to open it: at every field a wrong answer
// of the field's kind first (blank with invisible characters, too long, an impossible date, two dates, a choice
// out of range, nobody by that name), then a right one. A wrong answer must be told and change nothing; a right
// one must keep every earlier answer; text typed at the summary must be answered and lose nothing.
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandSpec, FieldSpec, FormValues } from "../../commands/support/command";
import { ROLES } from "../../src/core/roles";
import { DEFAULT_MAX_LENGTH } from "../../src/engine/forms";
import { dialogKeyOf } from "../../src/engine/pipeline";
import { proposeAsSecretary } from "../nominations/support";
import { actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeAll(async () => {
  test = createTestApp();
  // a proposed nomination, so the secretary's /opensession has something to put to the council
  await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
});
afterAll(() => test.close());

type Input = string | { action: string };

function badInputs(field: FieldSpec): Input[] {
  const max = field.maxLength ?? (field.kind === "text" || field.kind === "longtext" ? DEFAULT_MAX_LENGTH[field.kind] : 0);
  switch (field.kind) {
    case "text":
    case "longtext":
      return [...(field.optional ? [] : ["\u200B\u2060 \u200B"]), "ạ".repeat(max + 1)];
    case "choice":
    case "unit":
      return ["999"];
    case "multichoice":
      return ["999", { action: "f:done" }];
    case "date":
      return ["31/02/2027", "2023-13-01", "01/01/2027 - 31/12/2027", "01/01/2099"];
    case "confirm":
      return ["có lẽ"];
    case "person":
      return ["Không Ai Có Tên Này"];
  }
}

const today = () => DateTime.fromJSDate(test.clock.now(), { zone: "Asia/Ho_Chi_Minh" });
// by field name, or by title where names repeat (a decision is recorded once signed: today, not tomorrow)
const DAYS_AHEAD: Record<string, number> = { endsOn: 60, deadline: 30, "decision-field-date": 0 };
const TEXT: Record<string, string> = { day: "15", time: "23:59" };

function goodInputs(field: FieldSpec, actorName: string): Input[] {
  switch (field.kind) {
    case "text":
      return [TEXT[field.name] ?? "Câu trả lời hợp lệ"];
    case "longtext":
      return ["Một nội dung đủ dài và hợp lệ để được chấp nhận ngay."];
    case "choice":
    case "unit":
      return [{ action: "f:pick:0" }];
    case "multichoice":
      return [{ action: "f:tick:0" }, { action: "f:done" }];
    case "date":
      return [
        today()
          .plus({ days: DAYS_AHEAD[field.title] ?? DAYS_AHEAD[field.name] ?? 1 })
          .toFormat("dd/MM/yyyy"),
      ];
    case "confirm":
      return [{ action: "f:yes" }];
    case "person":
      // someone of the walker's own unit: a colleague (nobody proposes or records anything for themselves), else themselves
      return [colleagueOf(actorName)];
  }
}

/** Another active person of the named person's unit, or the person when alone in it. */
function colleagueOf(name: string): string {
  const { directory } = test.app.services;
  const self = directory.findOnePerson(name);
  return directory.activeMembers(self.unitId).find((p) => p.id !== self.id)?.fullName ?? name;
}

/** Someone allowed to open the command: a stranger for commands open to everyone, else the first holder of a role. */
function whoMayRun(command: CommandSpec) {
  const { directory } = test.app.services;
  if (command.access === "everyone")
    return { platform: "console" as const, userId: `stranger-${command.name}`, chatId: `dm-s-${command.name}`, chatKind: "dm" as const };
  const roles = command.access === "registered" ? ROLES : command.access;
  const person = roles.flatMap((role) => directory.withRole(role))[0];
  if (!person) return null;
  const userId = `walker-${command.name}`;
  directory.linkAccount(person.id, { platform: "console", externalId: userId });
  return { platform: "console" as const, userId, chatId: `dm-${userId}`, chatKind: "dm" as const };
}

describe("every form, with a wrong answer at every field", () => {
  const walked: string[] = [];

  it("tells each wrong answer, keeps every earlier answer, and answers text typed at the summary", async () => {
    for (const command of test.app.registry.all().filter((c) => c.form && !c.platforms)) {
      const who = whoMayRun(command);
      if (!who) continue;
      const key = dialogKeyOf(who);
      const pending = () => test.app.dialogs.pending(key);
      let shown = await say(test, who, `/${command.name}`);
      // a form that cannot open now (nothing to decide, no campaign) answers without opening: nothing to walk
      if (!pending()) continue;
      walked.push(command.name);
      for (let guard = 0; guard < 20; guard++) {
        const state = pending();
        if (state?.mode !== "ask") break;
        const field = command.form?.fields[state.step] as FieldSpec;
        const where = `${command.name}.${field.name}`;
        // a choice with nothing to choose (no pledge to return yet) cannot be answered rightly: stop there
        const offered = actions(shown.replies).filter((a) => a.startsWith("f:pick:") || a.startsWith("f:tick:"));
        if ((field.kind === "choice" || field.kind === "multichoice") && offered.length === 0) break;
        for (const bad of badInputs(field)) {
          const before: FormValues = structuredClone(state.values);
          const reply = await say(test, who, bad);
          const after = pending();
          expect(after?.step, `${where}: still asking after ${JSON.stringify(bad)}`).toBe(state.step);
          expect(after?.mode, where).toBe("ask");
          expect(after?.values, `${where}: nothing lost after ${JSON.stringify(bad)}`).toEqual(before);
          // told what is wrong, in words (no key), above the same question
          expect(reply.text.split("\n")[0], where).not.toMatch(/^\(\d+\/\d+\)/);
          expect(reply.text, where).not.toMatch(/error-|check-/);
          expect(reply.text, where).not.toContain("không được để trống»");
        }
        const kept = structuredClone(state.values);
        const actorName = test.app.services.directory.resolveAccount({ platform: "console", externalId: who.userId })?.fullName ?? "Vũ Thị Lan";
        for (const good of goodInputs(field, actorName)) shown = await say(test, who, good);
        const next = pending();
        if (!next) break;
        expect(next.values[field.name], `${where}: the right answer is kept`).not.toBeUndefined();
        for (const [name, value] of Object.entries(kept)) expect(next.values[name], `${where}: ${name} kept`).toEqual(value);
      }
      const atSummary = pending();
      if (atSummary?.mode === "summary" && atSummary.adding) {
        // a field answered in several messages (commitments) takes the next one, said so on the summary
        const reply = await say(test, who, "một dòng nữa");
        expect(reply.text, command.name).toContain("Đã thêm vào «");
        expect(String(pending()?.values[atSummary.adding]), command.name).toMatch(/\nmột dòng nữa$/);
      } else if (atSummary?.mode === "summary") {
        const reply = await say(test, who, "một dòng gõ nhầm");
        expect(reply.text, command.name).toContain("Bạn đang ở bước kiểm tra lại");
        expect(pending()?.values, command.name).toEqual(atSummary.values);
      }
      await say(test, who, "/cancel");
    }
    // the forms people fill in most are all walked (others may need a record first, e.g. a case to note)
    expect(walked).toEqual(
      expect.arrayContaining(["pledge", "unitpledge", "campaign", "announce", "nominate", "complain", "register", "gooddeed", "opensession", "lang"]),
    );
  });
});
