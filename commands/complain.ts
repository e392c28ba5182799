// /complain (khiếu nại, tố cáo, phản ánh): a petition about emulation and commendation, by direct message only,
// named or anonymous. The draft lives in memory only (for everyone: the choice of anonymity can be edited up to the
// end, and a draft that never touched the database leaves no trace), and the questions and answers are marked
// sensitive so Telegram can delete them once the sender has saved the receipt.

import { actionsOf } from "../src/core/actions";
import { answers } from "../src/core/answers";
import { MAX_CASE_LENGTH } from "../src/core/cases/service";
import { CASE_KINDS } from "../src/core/cases/types";
import { defineCommand, handlers } from "../src/core/command";
import { attachedFiles } from "../src/core/dialog";
import { button, text } from "../src/core/reply";
import { showDay } from "./support/case-day";

export const COMPLAIN_ACTIONS = actionsOf("complain", ["saved"]);

export default defineCommand({
  name: "complain",
  aliases: ["khieunai", "tocao", "phananh", "donthu"],
  description: "cmd-complain-description",
  homeShortcut: "slack-home-button-complain",
  access: "everyone",
  where: "dm",
  form: {
    storage: "memory",
    aliasValues: { khieunai: { kind: "complaint" }, tocao: { kind: "denunciation" }, phananh: { kind: "feedback" } },
    sensitive: true,
    acceptsFiles: true,
    fields: [
      {
        name: "kind",
        kind: "choice",
        title: "field-case-kind",
        prompt: "ask-case-kind",
        choices: () => CASE_KINDS.map((k) => ({ value: k, label: text(`case-kind-${k}`) })),
      },
      { name: "content", kind: "longtext", title: "field-case-content", prompt: "ask-case-content", maxLength: MAX_CASE_LENGTH },
      {
        name: "identity",
        kind: "choice",
        title: "field-case-identity",
        prompt: "ask-case-identity",
        choices: () => [
          { value: "named", label: text("case-identity-named") },
          { value: "anonymous", label: text("case-identity-anonymous") },
        ],
      },
      {
        name: "notify",
        kind: "confirm",
        title: "field-case-notify",
        prompt: "ask-case-notify",
        // offered only when the operator set a sealing key; otherwise nothing could be kept safely
        skip: (ctx) => !ctx.services.cases.canNotifySenders(),
      },
    ],
  },
  run(ctx, values) {
    const a = answers(values);
    const anonymous = a.oneOf("identity", ["named", "anonymous"] as const) === "anonymous";
    const { item, code } = ctx.services.cases.submit(ctx.actor, ctx.identity, {
      kind: answers(values).oneOf("kind", CASE_KINDS),
      content: a.string("content"),
      anonymous,
      files: attachedFiles(values),
      contact: a.flag("notify") === true ? { platform: ctx.identity.platform, externalId: ctx.identity.externalId, locale: ctx.locale } : null,
    });
    return {
      blocks: [
        { type: "heading", text: text("case-receipt-title", { number: item.number }) },
        { type: "paragraph", text: text("case-receipt-code", { code }) },
        { type: "paragraph", text: text(anonymous ? "case-receipt-anonymous" : "case-receipt-named", { acceptBy: showDay(item.acceptBy) }) },
      ],
      buttons: [[button("btn-receipt-saved", COMPLAIN_ACTIONS.saved.payload(), "primary")]],
      sensitive: true,
    };
  },
  actions: handlers(COMPLAIN_ACTIONS, {
    /** The sender has copied the code: the chat's copy of the exchange can go. */
    saved: () => ({ blocks: [{ type: "paragraph", text: text("case-receipt-cleared") }], purge: true }),
  }),
});
