// /case CODE (tra cứu đơn): the sender follows their case with the receipt code, from any chat on any platform,
// may add information ("/case CODE more text" or the button, which opens a short form), may see again the letter
// to sign, and may withdraw at any time (Luật Khiếu nại Điều 10, Luật Tố cáo Điều 33). Buttons carry a handle that
// this process maps to the code for a while, never the code itself.

import { leadingCode } from "../src/core/cases/receipt";
import { type Case, caseKindKey, FINAL_STATUSES } from "../src/core/cases/types";
import { DomainError } from "../src/core/errors";
import { actionsOf } from "../src/kernel/actions";
import { type Block, button, type Reply, say, text } from "../src/kernel/reply";
import { CASEINFO_ACTIONS } from "./case-info";
import { messageBody, showDay } from "./support/case-day";
import { deadlineText } from "./support/case-deadline";
import { letterBlocks, withdrawalBlocks } from "./support/case-letter";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const CASE_ACTIONS = actionsOf("case", ["withdraw", "withdrawn"]);

export function caseStatusReply(ctx: CommandContext, item: Case, code: string): Reply {
  // the sender sees the handlers' words and their own additions; an acceptance has no words of its own
  const messages = ctx.services.cases.messages(item.id).filter((m) => m.kind !== "accepted" && messageBody(m).trim() !== "");
  const answered = messages.some((m) => m.author === "handler");
  const deadline = deadlineText(ctx, item);
  const kind = caseKindKey(item);
  const blocks: Block[] = [
    { type: "heading", text: text("case-view-title", { number: item.number, kind: text(kind) }) },
    { type: "paragraph", text: text("case-view-status", { status: text(`case-status-${item.status}`), receivedOn: showDay(item.receivedOn) }) },
    ...(deadline ? [{ type: "paragraph" as const, text: deadline }] : []),
    ...(item.status === "awaiting_letter" && item.letter ? letterBlocks(ctx, item.kind, item.letter) : []),
    ...(item.result ? [{ type: "paragraph" as const, text: text("case-view-result", { result: item.result }) }] : []),
    ...(messages.length > 0
      ? [
          {
            type: "list" as const,
            items: messages.map((m) =>
              text("case-view-message", { day: showDay(m.day), kind: text(`case-message-${m.kind}`), body: messageBody(m) }),
            ),
          },
        ]
      : []),
    ...(answered ? [] : [{ type: "paragraph" as const, text: text("case-view-no-replies") }]),
  ];
  const open = !FINAL_STATUSES.includes(item.status);
  // the buttons carry a short-lived handle, never the code: button data is kept by the platform
  const handle = open ? ctx.services.cases.handleFor(ctx.identity, code) : "";
  return {
    blocks,
    buttons: open
      ? [
          [button("btn-case-add", CASEINFO_ACTIONS.open.payload(handle))],
          [button("btn-case-withdraw", CASE_ACTIONS.withdraw.payload(handle), "danger")],
        ]
      : [],
    sensitive: true,
    dropRequest: true,
  };
}

export default defineCommand({
  name: "case",
  aliases: ["tracuu", "tracuudon"],
  description: "cmd-case-description",
  access: "everyone",
  unrecorded: true,
  bareWord: true,
  where: "dm",
  run(ctx) {
    const { code, rest: more } = leadingCode(ctx.args);
    if (code === "") return say("case-usage");
    if (more !== "" || ctx.files.length > 0) {
      const item = ctx.services.cases.addInformation(ctx.identity, code, more, ctx.files);
      return { ...say("case-information-added", { number: item.number }), sensitive: true, dropRequest: true };
    }
    return caseStatusReply(ctx, ctx.services.cases.open(ctx.identity, code), code);
  },
  actions: handlers(CASE_ACTIONS, {
    /** Asks once more: a withdrawal cannot be undone. */
    withdraw: (_ctx, handle) => ({
      blocks: [{ type: "paragraph", text: text("case-withdraw-confirm") }],
      buttons: [[button("btn-case-withdraw-yes", CASE_ACTIONS.withdrawn.payload(handle), "danger")]],
      sensitive: true,
    }),
    /** Withdrawal: immediate before the signed letter; afterwards a request, as the law wants it signed. */
    withdrawn(ctx, handle) {
      const code = ctx.services.cases.codeFor(ctx.identity, handle);
      if (!code) throw new DomainError("form-expired");
      const { item, formal } = ctx.services.cases.withdraw(ctx.identity, code);
      if (!formal || !item.letter) return { ...say("case-withdrawn", { number: item.number }), sensitive: true };
      const key = item.kind === "complaint" ? "case-withdraw-formal-complaint" : "case-withdraw-formal-denunciation";
      return {
        blocks: [{ type: "paragraph", text: text(key, { number: item.number }) }, ...withdrawalBlocks(ctx, item.kind, item.letter)],
        sensitive: true,
      };
    },
  }),
});
