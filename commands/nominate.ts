// /nominate (đề nghị khen thưởng): a unit head proposes a person or the unit for an award; the secretary
// may propose anyone. The core checks the catalog's subject, prerequisites, quota and duplicates.
import { type Choice, defineCommand } from "../src/core/command";
import { MAX_ACHIEVEMENTS_LENGTH } from "../src/core/nominations/service";
import type { NominationKind, NomineeKind } from "../src/core/nominations/types";
import { button, text } from "../src/core/reply";
import { PROPOSERS } from "../src/core/roles";
import { NOMINATIONS_ACTIONS } from "./nominations";
import { nominationLine } from "./support/nomination-view";

const KINDS: NominationKind[] = ["year_end", "thematic", "ad_hoc"];

export default defineCommand({
  name: "nominate",
  aliases: ["denghi", "denghikhenthuong"],
  description: "cmd-nominate-description",
  homeShortcut: "slack-home-button-nominate",
  access: PROPOSERS,
  where: "dm",
  form: {
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
      },
      {
        name: "unit",
        kind: "unit",
        title: "nomination-field-unit",
        prompt: "nomination-ask-unit",
        skip: (_ctx, values) => values.nominee !== "unit",
        choices: (ctx) => ctx.services.directory.units().map((u) => ({ value: String(u.id), label: text("raw", { value: u.name }) })),
      },
      {
        name: "award",
        kind: "choice",
        title: "nomination-field-award",
        prompt: "nomination-ask-award",
        choices: (ctx, values): Choice[] =>
          ctx.services.nominations
            .awardsFor((values.nominee as NomineeKind) ?? "person")
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
      },
    ],
  },
  async run(ctx, values) {
    const nominee = values.nominee as NomineeKind;
    const created = await ctx.services.nominations.propose(ctx.actor, {
      nominee,
      nomineeId: Number(nominee === "person" ? values.person : values.unit),
      awardCode: String(values.award),
      kind: values.kind as NominationKind,
      campaignId: values.campaign ? Number(values.campaign) : null,
      achievements: String(values.achievements),
      evidence: ctx.files,
      goodDeedId: values.goodDeedId ? Number(values.goodDeedId) : null,
    });
    return {
      blocks: [
        { type: "paragraph", text: text("nomination-created", { id: created.id }) },
        { type: "list", items: [nominationLine(ctx, created)] },
        { type: "paragraph", text: text("nomination-evidence-hint", { id: created.id }) },
      ],
      buttons: [[button(text("btn-nomination-withdraw", { id: created.id }), NOMINATIONS_ACTIONS.withdraw.payload(created.id), "danger")]],
    };
  },
});
