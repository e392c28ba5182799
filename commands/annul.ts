// /annul (hủy bỏ quyết định khen thưởng): the secretary annuls a recorded decision on one of the law's grounds,
// with the reason and the article; the nominee and the proposer are told, and the audit log keeps it.

import { DomainError } from "../src/core/errors";
import { ANNULMENT_GROUNDS, type AnnulmentGround, MAX_ANNULMENT_TEXT } from "../src/core/nominations/annul";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { nominationChoice, nominationLine } from "./support/nomination-view";

export default defineCommand({
  name: "annul",
  aliases: ["huybo", "huyquyetdinh"],
  description: "cmd-annul-description",
  access: ["secretary"],
  where: "dm",
  form: {
    prefill(ctx) {
      if (ctx.services.nominations.list(ctx.actor, { status: "decided" }).length === 0) throw new DomainError("no-decided-nominations");
      return {};
    },
    fields: [
      {
        name: "nomination",
        kind: "choice",
        title: "annul-field-nomination",
        prompt: "annul-ask-nomination",
        choices: (ctx) =>
          ctx.services.nominations.list(ctx.actor, { status: "decided" }).map((n) => ({ value: String(n.id), label: nominationChoice(ctx, n) })),
      },
      {
        name: "ground",
        kind: "choice",
        title: "annul-field-ground",
        prompt: "annul-ask-ground",
        choices: () => ANNULMENT_GROUNDS.map((g) => ({ value: g, label: text(`annul-ground-${g}`) })),
      },
      { name: "reason", kind: "longtext", title: "annul-field-reason", prompt: "annul-ask-reason", maxLength: MAX_ANNULMENT_TEXT },
      { name: "article", kind: "text", title: "annul-field-article", prompt: "annul-ask-article", maxLength: MAX_ANNULMENT_TEXT },
    ],
  },
  async run(ctx, values) {
    const annulled = await ctx.services.annulments.annul(ctx.actor, Number(values.nomination), {
      ground: values.ground as AnnulmentGround,
      reason: String(values.reason),
      article: String(values.article),
    });
    return {
      blocks: [
        { type: "paragraph", text: text("annul-recorded", { id: annulled.id }) },
        { type: "list", items: [nominationLine(ctx, annulled)] },
      ],
    };
  },
});
