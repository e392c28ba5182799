// /cases (đơn thư): handlers list open cases, open one, and act on it; the secretary and leaders see overdue ones.
// A named sender's name is shown to handlers; an anonymous case has none to show. The buttons offered follow the
// case's stage: the signed letter received, acceptance, the complex period or an extension, suspension, the
// second-instance dialogue; anonymous denunciations are information, to verify, forward or close.

import { currentDeadline } from "../src/core/cases/deadlines";
import { type Case, caseKindKey } from "../src/core/cases/types";
import { CASES_NOTICE } from "../src/core/notice-actions";
import { caseBlocks } from "../src/core/reports/charts";
import { CASE_OVERSEERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import type { Platform } from "../src/kernel/platform";
import { type Block, type Button, button, type Reply, say, type Text, text } from "../src/kernel/reply";
import { foldText, preview } from "../src/kernel/text";
import { messageBody, showDay } from "./support/case-day";
import { deadlineText } from "./support/case-deadline";
import { letterDetails } from "./support/case-letter";
import { type CommandContext, defineCommand, handlers, openForm } from "./support/command";

export const CASES_ACTIONS = {
  ...CASES_NOTICE,
  ...actionsOf("cases", [
    "open",
    "files",
    "accept",
    "ask",
    "reply",
    "forward",
    "close",
    "letter",
    "verify",
    "extend",
    "extend2",
    "initial",
    "suspend",
    "resume",
    "dialogue",
    "notaccept",
    "chart",
  ]),
};
const A = CASES_ACTIONS;

const PREVIEW = 160;

/** Which deadline a list line shows, and says which it is: acceptance, resolution or an answer; the closing day. */
function lineDeadline(item: Case): Text {
  switch (item.status) {
    case "closed":
    case "withdrawn":
      return text("case-line-closed", { day: showDay(item.closedOn) });
    case "awaiting_letter":
      return text("case-line-awaiting-letter");
    case "suspended":
      return text("case-line-suspended", { day: showDay(item.suspendedOn) });
    default: {
      const day = currentDeadline(item);
      if (!day) return text("case-no-deadline");
      if (item.kind === "feedback") return text("case-line-answer", { day: showDay(day) });
      return text(item.status === "received" ? "case-line-accept" : "case-line-resolve", { day: showDay(day) });
    }
  }
}

function kindLabel(item: Case) {
  return text(caseKindKey(item));
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
  // handlers switch between the cases in hand and those closed; the chart is for everyone who follows deadlines
  const switchRow = handler
    ? [which === "closed" ? button("btn-cases-open", A.list.payload("open")) : button("btn-cases-closed", A.list.payload("closed"))]
    : [];
  const lastRow = [...switchRow, button("btn-cases-chart", A.chart.payload())];
  const [title, empty] = TITLES[which];
  if (items.length === 0) return { ...say(empty), buttons: [lastRow] };
  return {
    blocks: [
      { type: "heading", text: text(title, { count: items.length }) },
      {
        type: "list",
        items: items.map((c) =>
          text("cases-line", {
            number: c.number,
            kind: kindLabel(c),
            status: text(`case-status-${c.status}`),
            receivedOn: showDay(c.receivedOn),
            deadline: lineDeadline(c),
            preview: handler ? text("case-line-preview", { content: preview(c.content, PREVIEW) }) : "",
          }),
        ),
      },
    ],
    buttons: [
      ...(handler ? items.slice(0, 20).map((c) => [button(text("btn-case-open", { number: c.number }), A.open.payload(c.id))]) : []),
      lastRow,
    ],
  };
}

/** The decisions that fit the case's stage; the service refuses any that the rule in force does not allow. */
function stageButtons(item: Case): Button[][] {
  const id = item.id;
  const talk = [button("btn-case-ask", A.ask.payload(id)), button("btn-case-reply", A.reply.payload(id))];
  const end = [button("btn-case-forward", A.forward.payload(id)), button("btn-case-close", A.close.payload(id), "danger")];
  switch (item.status) {
    case "awaiting_letter":
      return [[button("btn-case-letter", A.letter.payload(id), "primary")], talk, end];
    case "information":
      return [[button("btn-case-verify", A.verify.payload(id), "primary")], end];
    case "verifying":
      return [end];
    case "received": {
      const longer = item.kind === "denunciation" && !item.initialLonger ? [[button("btn-case-extend-initial", A.initial.payload(id))]] : [];
      // a complaint on one of the grounds of Luật Khiếu nại Điều 11 is not accepted, with the reason told in writing
      const refuse = item.kind === "complaint" ? [button("btn-case-notaccept", A.notaccept.payload(id), "danger")] : [];
      return [[button("btn-case-accept", A.accept.payload(id), "primary"), ...refuse], ...longer, talk, end];
    }
    case "accepted": {
      const rows: Button[][] = [];
      if (item.kind === "complaint" && item.complexity === "normal") rows.push([button("btn-case-complex", A.extend.payload(id))]);
      if (item.kind === "denunciation" && item.extensions === 0) rows.push([button("btn-case-extend", A.extend.payload(id))]);
      if (item.kind === "denunciation" && item.extensions === 1) rows.push([button("btn-case-extend-again", A.extend2.payload(id))]);
      if (item.kind !== "feedback") rows.push([button("btn-case-suspend", A.suspend.payload(id))]);
      if (item.kind === "complaint" && item.instance === 2) rows.push([button("btn-case-dialogue", A.dialogue.payload(id))]);
      return [...rows, talk, end];
    }
    case "suspended":
      return [[button("btn-case-resume", A.resume.payload(id), "primary")], talk, end];
    default:
      return [];
  }
}

function detailReply(ctx: CommandContext, id: number): Reply {
  const item = ctx.services.cases.get(ctx.actor, id);
  const sender = ctx.services.cases.senderName(ctx.actor, item);
  const files = ctx.services.cases.files(item.id);
  const messages = ctx.services.cases.messages(item.id);
  const deadline = deadlineText(ctx, item);
  const who = sender
    ? text("case-detail-named", { name: sender })
    : text(item.kind === "denunciation" ? "case-detail-information" : "case-detail-anonymous");
  const blocks: Block[] = [
    { type: "heading", text: text("case-view-title", { number: item.number, kind: kindLabel(item) }) },
    { type: "paragraph", text: who },
    { type: "paragraph", text: text("case-detail-dates", { status: text(`case-status-${item.status}`), receivedOn: showDay(item.receivedOn) }) },
    ...(deadline ? [{ type: "paragraph" as const, text: deadline }] : []),
    ...(item.letterReceivedOn
      ? [
          {
            type: "paragraph" as const,
            text: text("case-detail-steps", { letterReceivedOn: showDay(item.letterReceivedOn) }),
          },
        ]
      : []),
    ...ctx.services.cases.sidePeriods(item).map(({ what, deadline }) => ({
      type: "paragraph" as const,
      text: text(`case-side-${what}`, {
        day: showDay(deadline.day),
        article: deadline.rule.article,
        status: text(`case-rule-status-${deadline.rule.status}`),
      }),
    })),
    // the second instance requires a dialogue (Luật Khiếu nại Điều 39; announced ahead from 1/7/2026)
    ...(item.kind === "complaint" && item.instance === 2 && item.status === "accepted" && !item.dialogueOn
      ? [{ type: "paragraph" as const, text: text("case-detail-dialogue-due") }]
      : []),
    { type: "paragraph", text: text("case-detail-content", { content: item.content }) },
    ...letterDetails(ctx, item),
    ...(files.length > 0
      ? [{ type: "paragraph" as const, text: text("case-detail-files", { names: files.map((f) => f.fileName ?? f.mimeType ?? "?") }) }]
      : []),
    ...(messages.length > 0
      ? [
          {
            type: "list" as const,
            // a decision with no words of its own (an acceptance) ends at its kind: no "Thụ lý: " with nothing after
            items: messages.map((m) =>
              text(messageBody(m).trim() === "" ? "case-detail-message-bare" : "case-detail-message", {
                day: showDay(m.day),
                author: text(`case-author-${m.author}`),
                kind: text(`case-message-${m.kind}`),
                body: messageBody(m),
              }),
            ),
          },
        ]
      : []),
  ];
  const fileRow = files.length > 0 ? [[button(text("btn-case-files", { count: files.length }), A.files.payload(id))]] : [];
  return { blocks, buttons: [...fileRow, ...stageButtons(item)] };
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
    // the secretary and leaders follow deadlines; only handlers read the cases themselves
    if (!ctx.actor?.roles.includes("case_handler")) return listReply(ctx, "overdue");
    if (["overdue", "quahan", "qua han"].includes(asked)) return listReply(ctx, "overdue");
    return listReply(ctx, ["closed", "dadong", "da dong", "dong"].includes(asked) ? "closed" : "open");
  },
  actions: handlers(CASES_ACTIONS, {
    list: (ctx, which) => listReply(ctx, which === "closed" ? "closed" : "open"),
    chart: async (ctx) => ({ blocks: await caseBlocks(ctx) }),
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
    async resume(ctx, id) {
      const item = await ctx.services.cases.resume(ctx.actor, Number(id));
      return [say("case-resumed", { number: item.number }), detailReply(ctx, item.id)];
    },
    letter: (_ctx, id) => openForm("casedate", { caseId: id, mode: "letter" }),
    dialogue: (_ctx, id) => openForm("casedate", { caseId: id, mode: "dialogue" }),
    ask: (_ctx, id) => openForm("casenote", { caseId: id, mode: "ask" }),
    reply: (_ctx, id) => openForm("casenote", { caseId: id, mode: "reply" }),
    forward: (_ctx, id) => openForm("casenote", { caseId: id, mode: "forward" }),
    close: (_ctx, id) => openForm("casenote", { caseId: id, mode: "close" }),
    extend: (_ctx, id) => openForm("casenote", { caseId: id, mode: "extend" }),
    extend2: (_ctx, id) => openForm("casenote", { caseId: id, mode: "extend2" }),
    initial: (_ctx, id) => openForm("casenote", { caseId: id, mode: "initial" }),
    suspend: (_ctx, id) => openForm("casenote", { caseId: id, mode: "suspend" }),
    verify: (_ctx, id) => openForm("casenote", { caseId: id, mode: "verify" }),
    notaccept: (_ctx, id) => openForm("casenote", { caseId: id, mode: "notaccept" }),
  }),
});
