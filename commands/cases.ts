// /cases (đơn thư): handlers list open cases, open one, and act on it; the secretary and leaders see overdue ones.
// A named sender's name is shown to handlers; an anonymous case has none to show.

import { actionsOf } from "../src/core/actions";
import type { Case } from "../src/core/cases/types";
import { type CommandContext, defineCommand, handlers, openForm } from "../src/core/command";
import { CASES_NOTICE } from "../src/core/notice-actions";
import { button, type Reply, say, text } from "../src/core/reply";
import { CASE_OVERSEERS, type Platform } from "../src/core/roles";
import { showDay } from "./support/case-day";

export const CASES_ACTIONS = { ...CASES_NOTICE, ...actionsOf("cases", ["open", "files", "accept", "ask", "reply", "forward", "close"]) };

const PREVIEW = 160;

function preview(content: string): string {
  return content.length > PREVIEW ? `${content.slice(0, PREVIEW)}…` : content;
}

function deadline(item: Case): string {
  return item.status === "received" ? item.acceptBy : item.resolveBy;
}

function listReply(ctx: CommandContext, which: "open" | "overdue"): Reply {
  const items = ctx.services.cases.list(ctx.actor, which);
  if (items.length === 0) return say(which === "open" ? "cases-empty" : "cases-overdue-empty");
  const handler = ctx.actor?.roles.includes("case_handler") ?? false;
  return {
    blocks: [
      { type: "heading", text: text(which === "open" ? "cases-title" : "cases-overdue-title", { count: items.length }) },
      {
        type: "list",
        items: items.map((c) =>
          text("cases-line", {
            number: c.number,
            kind: text(`case-kind-${c.kind}`),
            status: text(`case-status-${c.status}`),
            receivedOn: showDay(c.receivedOn),
            deadline: showDay(deadline(c)),
            preview: handler ? preview(c.content) : "",
          }),
        ),
      },
    ],
    buttons: handler ? items.slice(0, 20).map((c) => [button(text("btn-case-open", { number: c.number }), CASES_ACTIONS.open.payload(c.id))]) : [],
  };
}

function detailReply(ctx: CommandContext, id: number): Reply {
  const item = ctx.services.cases.get(ctx.actor, id);
  const sender = ctx.services.cases.senderName(ctx.actor, item);
  const files = ctx.services.cases.files(item.id);
  const messages = ctx.services.cases.messages(item.id);
  const open = item.status !== "closed";
  return {
    blocks: [
      { type: "heading", text: text("case-view-title", { number: item.number, kind: text(`case-kind-${item.kind}`) }) },
      { type: "paragraph", text: sender ? text("case-detail-named", { name: sender }) : text("case-detail-anonymous") },
      {
        type: "paragraph",
        text: text("case-detail-dates", {
          status: text(`case-status-${item.status}`),
          receivedOn: showDay(item.receivedOn),
          acceptBy: showDay(item.acceptBy),
          resolveBy: showDay(item.resolveBy),
        }),
      },
      { type: "paragraph", text: text("case-detail-content", { content: item.content }) },
      ...(files.length > 0
        ? [{ type: "paragraph" as const, text: text("case-detail-files", { names: files.map((f) => f.fileName ?? f.mimeType ?? "?") }) }]
        : []),
      ...(messages.length > 0
        ? [
            {
              type: "list" as const,
              items: messages.map((m) =>
                text("case-detail-message", {
                  day: showDay(m.day),
                  author: text(`case-author-${m.author}`),
                  kind: text(`case-message-${m.kind}`),
                  body: m.body,
                }),
              ),
            },
          ]
        : []),
    ],
    buttons: open
      ? [
          ...(files.length > 0 ? [[button(text("btn-case-files", { count: files.length }), CASES_ACTIONS.files.payload(id))]] : []),
          ...(item.status === "received" ? [[button("btn-case-accept", CASES_ACTIONS.accept.payload(id), "primary")]] : []),
          [button("btn-case-ask", CASES_ACTIONS.ask.payload(id)), button("btn-case-reply", CASES_ACTIONS.reply.payload(id))],
          [button("btn-case-forward", CASES_ACTIONS.forward.payload(id)), button("btn-case-close", CASES_ACTIONS.close.payload(id), "danger")],
        ]
      : [],
  };
}

export default defineCommand({
  name: "cases",
  aliases: ["donthu_xuly", "xulydon"],
  description: "cmd-cases-description",
  homeShortcut: "slack-home-button-cases",
  access: CASE_OVERSEERS,
  where: "dm",
  run(ctx) {
    const overdue = ["overdue", "quahan", "quá hạn"].includes(ctx.args.trim().toLowerCase());
    // the secretary and leaders follow deadlines; only handlers read the cases themselves
    return listReply(ctx, overdue || !ctx.actor?.roles.includes("case_handler") ? "overdue" : "open");
  },
  actions: handlers(CASES_ACTIONS, {
    list: (ctx) => listReply(ctx, "open"),
    /** The case's attachments, re-sent from their platform references. */
    files(ctx, id) {
      const item = ctx.services.cases.get(ctx.actor, Number(id));
      const files = ctx.services.cases.files(item.id);
      return {
        blocks: [
          { type: "paragraph", text: text("case-files-title", { number: item.number, count: files.length }) },
          ...files.map((f) => ({
            type: "platform-file" as const,
            platform: f.platform as Platform,
            fileId: f.fileId,
            text: text("case-file-elsewhere", { name: f.fileName ?? f.mimeType ?? "?", platform: f.platform }),
          })),
        ],
      };
    },
    open: (ctx, id) => detailReply(ctx, Number(id)),
    async accept(ctx, id) {
      const item = await ctx.services.cases.accept(ctx.actor, Number(id));
      return [say("case-accepted", { number: item.number }), detailReply(ctx, item.id)];
    },
    ask: (_ctx, id) => openForm("casenote", { caseId: id, mode: "ask" }),
    reply: (_ctx, id) => openForm("casenote", { caseId: id, mode: "reply" }),
    forward: (_ctx, id) => openForm("casenote", { caseId: id, mode: "forward" }),
    close: (_ctx, id) => openForm("casenote", { caseId: id, mode: "close" }),
  }),
});
