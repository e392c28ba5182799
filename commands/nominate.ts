// /nominate (đề nghị khen thưởng): a unit head proposes a person or the unit for an award; the secretary
// may propose anyone. The core checks the catalog's subject, prerequisites, quota and duplicates.

import { MAX_ACHIEVEMENTS_LENGTH } from "../src/core/nominations/proposals";
import { NOMINATION_KINDS, type NominationKind } from "../src/core/nominations/types";
import { PROPOSERS } from "../src/core/roles";
import { answers } from "../src/engine/answers";
import { fieldError } from "../src/engine/forms";
import { button, text } from "../src/kernel/reply";
import { NOMINATIONS_ACTIONS } from "./nominations";
import { type Choice, type CommandContext, defineCommand } from "./support/command";
import { nominationLine } from "./support/nomination-view";

const KINDS: NominationKind[] = ["year_end", "thematic", "ad_hoc"];
const NOMINEES = ["person", "unit"] as const;

/** A unit head proposes only within the unit: said when the nominee is chosen, not after six steps. */
function checkNominee(ctx: CommandContext, unitId: number, name: string, title: string) {
  return ctx.services.nominations.mayPropose(ctx.actor, unitId) ? null : fieldError({ title }, "check-nominee-outside-unit", { name });
}

export default defineCommand({
  name: "nominate",
  aliases: ["denghi", "denghikhenthuong"],
  description: "cmd-nominate-description",
  homeShortcut: "slack-home-button-nominate",
  access: PROPOSERS,
  where: "dm",
  form: {
    fixes: {
      "nomination-refused": "award",
      "nomination-duplicate": "award",
      "award-wrong-subject": "award",
      "not-allowed": "nominee",
      "nomination-self": "person",
    },
    fields: [
      {
        name: "nominee",
        kind: "choice",
        title: "nomination-field-nominee-kind",
        prompt: "nomination-ask-nominee-kind",
        choices: () => [
          { value: "person", label: text("nomination-nominee-person") },
          { value: "unit", label: text("nomination-nominee-unit") },
        ],
      },
      {
        name: "person",
        kind: "person",
        title: "nomination-field-person",
        prompt: "nomination-ask-person",
        skip: (_ctx, values) => values.nominee !== "person",
        check: (_value, ctx, values) => {
          const person = ctx.services.directory.getPerson(answers(values).id("person"));
          // nobody proposes themselves: their own title is for someone else to propose
          if (person.id === ctx.actor?.id) return fieldError({ title: "nomination-field-person" }, "check-nominee-self", { name: person.fullName });
          return checkNominee(ctx, person.unitId, person.fullName, "nomination-field-person");
        },
      },
      {
        name: "unit",
        kind: "unit",
        title: "nomination-field-unit",
        prompt: "nomination-ask-unit",
        skip: (_ctx, values) => values.nominee !== "unit",
        // only the units this person may propose are offered
        choices: (ctx) =>
          ctx.services.directory
            .units()
            .filter((u) => ctx.services.nominations.mayPropose(ctx.actor, u.id))
            .map((u) => ({ value: String(u.id), label: text("raw", { value: u.name }) })),
      },
      {
        name: "award",
        kind: "choice",
        title: "nomination-field-award",
        prompt: "nomination-ask-award",
        choices: (ctx, values): Choice[] =>
          ctx.services.nominations
            .awardsFor(values.nominee === "unit" ? "unit" : "person")
            .map((a) => ({ value: a.code, label: text("raw", { value: a.name }) })),
      },
      {
        name: "kind",
        kind: "choice",
        title: "nomination-field-kind",
        prompt: "nomination-ask-kind",
        // emulation titles are considered once a year: only forms (Giấy khen, Bằng khen) take the thematic and ad-hoc paths
        choices: (ctx, values) =>
          (ctx.services.catalog.get(String(values.award))?.kind === "title"
            ? (["year_end"] as const)
            : [...KINDS, ...(values.goodDeedId ? (["good_deed"] as const) : [])]
          ).map((k) => ({ value: k, label: text(`nomination-kind-${k}`) })),
      },
      {
        name: "campaign",
        kind: "choice",
        title: "nomination-field-campaign",
        prompt: "nomination-ask-campaign",
        skip: (_ctx, values) => values.kind !== "year_end" && values.kind !== "thematic",
        choices: (ctx, values) =>
          ctx.services.campaigns
            .all()
            .filter((c) => (values.kind === "year_end" ? c.kind === "yearly" : c.kind !== "yearly"))
            .map((c) => ({ value: String(c.id), label: text("raw", { value: c.title }) })),
      },
      {
        name: "achievements",
        kind: "longtext",
        title: "nomination-field-achievements",
        prompt: "nomination-ask-achievements",
        maxLength: MAX_ACHIEVEMENTS_LENGTH,
        more: "btn-add-achievement",
      },
    ],
  },
  async run(ctx, values) {
    const a = answers(values);
    const nominee = a.oneOf("nominee", NOMINEES);
    const created = await ctx.services.nominations.propose(ctx.actor, {
      nominee,
      nomineeId: a.id(nominee),
      awardCode: a.string("award"),
      kind: a.oneOf("kind", NOMINATION_KINDS),
      campaignId: a.optionalId("campaign"),
      achievements: a.string("achievements"),
      evidence: ctx.files,
      goodDeedId: a.optionalId("goodDeedId"),
    });
    const unrated = ctx.services.nominations.unratedWarning(created);
    return {
      blocks: [
        { type: "paragraph", text: text("nomination-created", { id: created.id }) },
        { type: "list", items: [nominationLine(ctx, created)] },
        { type: "paragraph", text: text("nomination-evidence-hint", { id: created.id }) },
        ...(unrated ? [{ type: "paragraph" as const, text: unrated }] : []),
      ],
      buttons: [[button(text("btn-nomination-withdraw", { id: created.id }), NOMINATIONS_ACTIONS.withdraw.payload(created.id), "danger")]],
    };
  },
});
