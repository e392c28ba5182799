// /case CODE (tra cứu đơn): the sender follows their case with the receipt code, from any chat on any platform,
// and may add information: "/case CODE more text" or the button, which opens a short form.

import type { Case } from "../src/core/cases/types";
import { type CommandContext, defineCommand } from "../src/core/command";
import { button, type Reply, say, text } from "../src/core/reply";
import { CASEINFO_ACTIONS } from "./case-info";
import { showDay } from "./support/case-day";

export function caseStatusReply(ctx: CommandContext, item: Case, code: string): Reply {
  // the handlers' answers and the sender's own additions, in order; an acceptance has nothing to read
  const messages = ctx.services.cases.messages(item.id).filter((m) => m.kind !== "accepted" && m.body.trim() !== "");
  return {
    blocks: [
      { type: "heading", text: text("case-view-title", { number: item.number, kind: text(`case-kind-${item.kind}`) }) },
      {
        type: "paragraph",
        text: text("case-view-status", {
          status: text(`case-status-${item.status}`),
          receivedOn: showDay(item.receivedOn),
          resolveBy: showDay(item.resolveBy),
        }),
      },
      ...(item.result ? [{ type: "paragraph" as const, text: text("case-view-result", { result: item.result }) }] : []),
      ...(messages.length > 0
        ? [
            {
              type: "list" as const,
              items: messages.map((m) => text("case-view-message", { day: showDay(m.day), kind: text(`case-message-${m.kind}`), body: m.body })),
            },
          ]
        : [{ type: "paragraph" as const, text: text("case-view-no-replies") }]),
    ],
    // the button carries a short-lived handle, never the code: button data is kept by the platform
    buttons:
      item.status === "closed" ? [] : [[button("btn-case-add", CASEINFO_ACTIONS.open.payload(ctx.services.cases.handleFor(ctx.identity, code)))]],
    sensitive: true,
    dropRequest: true,
  };
}

export default defineCommand({
  name: "case",
  aliases: ["tracuu", "tracuudon"],
  description: "cmd-case-description",
  access: "everyone",
  where: "dm",
  run(ctx) {
    const [code = "", ...rest] = ctx.args.trim().split(/\s+/);
    if (code === "") return say("case-usage");
    const more = rest.join(" ");
    if (more !== "" || ctx.files.length > 0) {
      const item = ctx.services.cases.addInformation(ctx.identity, code, more, ctx.files);
      return { ...say("case-information-added", { number: item.number }), sensitive: true, dropRequest: true };
    }
    return caseStatusReply(ctx, ctx.services.cases.open(ctx.identity, code), code);
  },
});
