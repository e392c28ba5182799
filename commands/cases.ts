// /cases (đơn thư): handlers list open cases, open one, and act on it; the secretary and leaders see overdue ones.
// A named sender's name is shown to handlers; an anonymous case has none to show.

import { actionsOf } from "../src/core/actions";
import type { Case } from "../src/core/cases/types";
import { type CommandContext, defineCommand, handlers, openForm } from "../src/core/command";
import { CASES_NOTICE } from "../src/core/notice-actions";
import { button, type Reply, say, type Text, text } from "../src/core/reply";
import { CASE_OVERSEERS, type Platform } from "../src/core/roles";
import { foldText } from "../src/core/text";
import { showDay } from "./support/case-day";

export const CASES_ACTIONS = { ...CASES_NOTICE, ...actionsOf("cases", ["open", "files", "accept", "ask", "reply", "forward", "close"]) };

const PREVIEW = 160;

function preview(content: string): string {
  return content.length > PREVIEW ? `${content.slice(0, PREVIEW)}…` : content;
}

/** Which deadline a line shows, and says so: acceptance while received, resolution after; the closing day once closed. */
function deadline(item: Case): Text {
  if (item.status === "closed") return text("case-deadline-closed", { day: showDay(item.closedOn ?? item.resolveBy) });
  return item.status === "received"
    ? text("case-deadline-accept", { day: showDay(item.acceptBy) })
    : text("case-deadline-resolve", { day: showDay(item.resolveBy) });
}

type Which = "open" | "overdue" | "closed";
const TITLES: Record<Which, [title: string, empty: string]> = {
  open: ["cases-title", "cases-empty"],
  overdue: ["cases-overdue-title", "cases-overdue-empty"],
  closed: ["cases-closed-title", "cases-closed-empty"],
};

function listReply(ctx: CommandContext, which: Which): Reply {
  const items = ctx.services.cases.list(ctx.actor, which);
  const handler = ctx.actor?.roles.includes("case_handler") ?? false;
  const other =
    which === "closed"
      ? [button("btn-cases-open", CASES_ACTIONS.list.payload("open"))]
      : [button("btn-cases-closed", CASES_ACTIONS.list.payload("closed"))];
  const [title, empty] = TITLES[which];
  if (items.length === 0) return { ...say(empty), buttons: handler ? [other] : [] };
  return {
    blocks: [
      { type: "heading", text: text(title, { count: items.length }) },
      {
        type: "list",
        items: items.map((c) =>
          text("cases-line", {
            number: c.number,
            kind: text(`case-kind-${c.kind}`),
            status: text(`case-status-${c.status}`),
            receivedOn: showDay(c.receivedOn),
            deadline: deadline(c),
            preview: handler ? text("case-line-preview", { content: preview(c.content) }) : "",
          }),
        ),
      },
    ],
    buttons: handler
      ? [...items.slice(0, 20).map((c) => [button(text("btn-case-open", { number: c.number }), CASES_ACTIONS.open.payload(c.id))]), other]
      : [],
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
              // an acceptance has no words of its own: no "Thụ lý: " with nothing after it
              items: messages.map((m) =>
                text(m.body.trim() === "" ? "case-detail-message-bare" : "case-detail-message", {
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
    const asked = foldText(ctx.args);
    const overdue = ["overdue", "quahan", "qua han"].includes(asked);
    const closed = ["closed", "dadong", "da dong", "dong"].includes(asked);
    // the secretary and leaders follow deadlines; only handlers read the cases themselves
    if (!ctx.actor?.roles.includes("case_handler")) return listReply(ctx, "overdue");
    return listReply(ctx, overdue ? "overdue" : closed ? "closed" : "open");
  },
  actions: handlers(CASES_ACTIONS, {
    list: (ctx, which) => listReply(ctx, which === "closed" ? "closed" : "open"),
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
