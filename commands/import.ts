// /import (/nhaptep): the secretary or an admin sends a file in a private chat (with or without the command): a file
// of past decisions for the record of achievements, or the staff roster. The bot checks every line, says what would
// change and which lines are wrong, and saves nothing until its sender presses Confirm (once).

import type { ImportSummary, SheetProblem } from "../src/core/records/chat-import";
import { awardTemplateTable } from "../src/core/records/template";
import { actionsOf } from "../src/kernel/actions";
import { type Block, button, type Reply, type Text, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const IMPORT_ACTIONS = actionsOf("import", ["ok", "no"]);

/** Problem lines shown in chat; a longer list says how many more. */
const PROBLEM_LINES = 30;

function summaryReply(result: ImportSummary | { fileName: string; problem: SheetProblem }, done: boolean): Reply {
  if ("problem" in result) return { blocks: [{ type: "paragraph", text: text(`import-file-${result.problem}`, { file: result.fileName }) }] };
  const lines = new Set(result.problems.map((p) => p.line)).size;
  const counts: Text = text(`import-counts-${result.kind}`, { ...result.counts });
  const head = done && lines === 0 ? "import-saved" : "import-summary";
  const blocks: Block[] = [
    { type: "paragraph", text: text(head, { file: result.fileName, kind: text(`import-kind-${result.kind}`), counts, lines }) },
  ];
  if (lines > 0) {
    blocks.push({
      type: "list",
      items: result.problems.slice(0, PROBLEM_LINES).map((p) => text("import-problem-line", { line: p.line, problem: text(p.key, p.args) })),
    });
    if (result.problems.length > PROBLEM_LINES)
      blocks.push({ type: "paragraph", text: text("import-more-problems", { count: result.problems.length - PROBLEM_LINES }) });
    blocks.push({ type: "paragraph", text: text("import-nothing-saved") });
    return { blocks };
  }
  if (done || result.pendingId === null) return { blocks };
  blocks.push({ type: "paragraph", text: text("import-confirm-ask") });
  return {
    blocks,
    buttons: [
      [
        button("btn-import-ok", IMPORT_ACTIONS.ok.payload(result.pendingId), "primary"),
        button("btn-import-no", IMPORT_ACTIONS.no.payload(result.pendingId)),
      ],
    ],
  };
}

async function instructions(ctx: CommandContext): Promise<Reply> {
  const { files, exporter } = ctx.services;
  const key = files.canFetch(ctx.identity.platform) ? "import-how" : "import-no-files-here";
  return {
    blocks: [
      { type: "paragraph", text: text(key) },
      {
        type: "file",
        fileName: "mau-ho-so-thanh-tich.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        data: await exporter.xlsx(awardTemplateTable()),
      },
    ],
  };
}

const pendingId = (id: string) => Number(/^\d{1,12}$/.exec(id)?.[0] ?? 0);

export default defineCommand({
  name: "import",
  aliases: ["nhaptep", "nhaphoso"],
  description: "cmd-import-description",
  access: ["secretary", "admin"],
  where: "dm",
  takesFiles: true,
  async run(ctx) {
    const file = ctx.files[0];
    // Zalo passes photos only, and the terminal no files: say where a file can be sent
    if (!file || !ctx.services.files.canFetch(file.platform)) return instructions(ctx);
    const replies: Reply[] = [summaryReply(await ctx.services.fileImports.check(ctx.actor, file), false)];
    if (ctx.files.length > 1) replies.unshift({ blocks: [{ type: "paragraph", text: text("import-one-file", { file: file.fileName ?? "" }) }] });
    return replies;
  },
  actions: handlers(IMPORT_ACTIONS, {
    async ok(ctx, id) {
      return summaryReply(await ctx.services.fileImports.confirm(ctx.actor, pendingId(id)), true);
    },
    no(ctx, id) {
      ctx.services.fileImports.cancel(ctx.actor, pendingId(id));
      return { blocks: [{ type: "paragraph", text: text("import-dropped") }] };
    },
  }),
});
