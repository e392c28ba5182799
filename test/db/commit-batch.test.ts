// The group commit's promise (src/db/commit-batch.ts): requests arriving together share one commit, and nothing
// that tells the outside world about a write leaves before that write is committed. Tried as an accident would:
// a second connection to the same file (what a crash would leave) is read at the instant each reply reaches the
// Bot API stand-in; a batch whose commit fails must not be answered as a success.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest | null = null;
let slack: SlackTest | null = null;
let test: TestApp | null = null;
let outside: Database.Database | null = null;
afterEach(async () => {
  outside?.close();
  outside = null;
  await tg?.close();
  tg = null;
  await slack?.close();
  slack = null;
  test?.close();
  test = null;
});

/** A second connection: it sees only what is committed, as a process started after a crash would. */
function committedView(dir: string) {
  outside = new Database(join(dir, "thidua.sqlite"));
  const forms = outside.prepare("select count(*) as n from dialog_states where key like ?");
  const seen = outside.prepare("select count(*) as n from seen_requests");
  return {
    formsOf: (userId: number) => (forms.get(`telegram:${userId}:%`) as { n: number }).n,
    seen: () => (seen.get() as { n: number }).n,
  };
}

describe("group commit", () => {
  it("sends each reply only once the form step it confirms is committed, for people writing at the same time", async () => {
    // a long window: a reply sent without waiting for the commit would reach the stand-in well before it
    tg = await startTelegramTest({ test: createTestApp({ config: { DB_COMMIT_WINDOW_MS: 50 } }) });
    const people = [
      ["Vũ Thị Lan", USERS.lan],
      ["Hoàng Văn Long", USERS.long],
      ["Trịnh Văn Sơn", USERS.son],
    ] as const;
    for (const [name, user] of people) tg.link(name, user);
    const view = committedView(tg.test.dir);
    const atSend: Array<{ chat: number; forms: number; seen: number }> = [];
    tg.api.onSend = (method, params) => {
      if (method !== "sendMessage") return;
      const chat = Number(params.chat_id);
      atSend.push({ chat, forms: view.formsOf(chat), seen: view.seen() });
    };
    const seenBefore = view.seen();
    // the three open a form in the same instant: their dedupe records and form states share commits
    for (const [, user] of people) tg.api.sendText(user, "/pledge");
    await tg.api.waitFor(() => people.every(([, user]) => tg?.api.lastText(user.id).includes("(1")));
    for (const [, user] of people) {
      const reply = atSend.find((s) => s.chat === user.id);
      expect(reply?.forms).toBe(1);
    }
    expect(Math.max(...atSend.map((s) => s.seen))).toBeGreaterThanOrEqual(seenBefore + 3);

    // and a cancelled form is gone from the file before "cancelled" is said
    atSend.length = 0;
    tg.api.sendText(USERS.lan, "/cancel");
    await tg.api.waitFor(() => atSend.some((s) => s.chat === USERS.lan.id));
    expect(atSend.find((s) => s.chat === USERS.lan.id)?.forms).toBe(0);
  });

  it("acks a Slack modal with its summary only once the draft that Confirm will read is committed", async () => {
    // the same long window: an ack sent before the commit would reach Slack while the draft is only in memory
    slack = await startSlackTest({ test: createTestApp({ config: { DB_COMMIT_WINDOW_MS: 50 } }) });
    slack.link("Vũ Thị Lan", "ULAN");
    await slack.slackRequest.slashCommand({ user: "ULAN", text: "pledge" });
    await slack.api.waitFor(() => slack?.api.lastModal("ULAN") !== undefined);
    const modal = slack.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
    const blocks = modal.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }>;
    const first = (id: string) => blocks.find((b) => b.block_id === id)?.element?.options?.[0]?.value as string;
    outside = new Database(join(slack.test.dir, "thidua.sqlite"));
    const drafts = outside.prepare("select count(*) as n from dialog_states where key like 'slack:ULAN:form:%'");
    const answered = await slack.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values: {
        campaign: { form_refresh: stateValue.select(first("campaign")) },
        titles: { v: stateValue.checkboxes([first("titles")]) },
        commitments: { v: stateValue.text("Hoàn thành tốt nhiệm vụ.") },
      },
    });
    // read as soon as Slack has its answer, through a connection that sees only what is committed
    const committed = (drafts.get() as { n: number }).n;
    expect(answered.json).toMatchObject({ response_action: "push" });
    expect(committed).toBe(1);
  });

  it("answers with an error, not a success, when the commit its answer waited for fails, and loses only that batch", async () => {
    test = createTestApp();
    const lan = actAs(test, "Vũ Thị Lan");
    const sqlite = test.app.db.$client;
    // an accident in the same batch: a row whose foreign key is checked only at COMMIT, which then fails
    test.app.port.durability.begin();
    sqlite.pragma("defer_foreign_keys = ON");
    sqlite.prepare("insert into person_roles (person_id, role) values (999999, 'staff')").run();
    const answer = await say(test, lan, "/pledge");
    expect(answer.text).not.toContain("(1");
    expect(answer.text).toContain("đã có lỗi ngoài dự kiến");
    // nothing of that batch stayed: neither the bad row nor the form the reply did not confirm
    const forms = () => (sqlite.prepare("select count(*) as n from dialog_states").get() as { n: number }).n;
    expect(forms()).toBe(0);
    expect(sqlite.prepare("select count(*) as n from person_roles where person_id = 999999").get()).toEqual({ n: 0 });
    // the next request gets its own batch, and works
    expect((await say(test, lan, "/pledge")).text).toContain("(1");
    expect(forms()).toBe(1);
  });

  it("keeps a service's own transaction atomic inside a batch: its failure undoes only its own writes", async () => {
    test = createTestApp();
    const sqlite = test.app.db.$client;
    const count = () => (sqlite.prepare("select count(*) as n from audit_log").get() as { n: number }).n;
    const before = count();
    test.app.port.durability.begin();
    test.app.audit.record({ action: "test.kept", entity: "test" });
    expect(() =>
      test?.app.uow.transaction(() => {
        test?.app.audit.record({ action: "test.undone", entity: "test" });
        throw new Error("refused half-way");
      }),
    ).toThrow("refused half-way");
    await test.app.port.durability.durable();
    expect(count()).toBe(before + 1);
    expect(sqlite.prepare("select action from audit_log order by id desc limit 1").get()).toEqual({ action: "test.kept" });
  });
});
