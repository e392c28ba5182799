// /start (bắt đầu): the greeting, also for "Xin chào" typed on its own: the person by name with the three or four
// commands they use most (or those of their roles, for someone new) and /help for the rest; explains how to
// register for someone the bot does not know yet.

import { mayRun } from "../src/engine/pipeline";
import { text } from "../src/kernel/reply";
import { type CommandContext, defineCommand } from "./support/command";

/** At most this many commands in a greeting, and at least this many when the person's roles offer them. */
const MOST = 4;
const LEAST = 3;
/** Never offered: the greeting itself, help (named below the list), and what someone known has done already. */
const NOT_OFFERED = new Set(["start", "help", "cancel", "register", "link"]);

/** The commands to offer: the ones they typed most, then the shortcuts of their roles (App Home's), in order. */
function offered(ctx: CommandContext): string[] {
  const actor = ctx.actor;
  if (!actor) return [];
  const usable = (name: string) => {
    const command = ctx.commands.find((c) => c.name === name);
    return command !== undefined && !command.hidden && !NOT_OFFERED.has(name) && mayRun(command, actor, ctx.identity.platform);
  };
  const names = ctx.services.directory
    .mostUsedCommands(actor.id, MOST * 2)
    .filter(usable)
    .slice(0, MOST);
  for (const command of ctx.commands) {
    if (names.length >= LEAST) break;
    if (command.homeShortcut && usable(command.name) && !names.includes(command.name)) names.push(command.name);
  }
  return names;
}

export default defineCommand({
  name: "start",
  aliases: ["batdau"],
  description: "cmd-start-description",
  access: "everyone",
  where: "anywhere",
  greets: true,
  run(ctx) {
    if (!ctx.actor) return { blocks: [{ type: "paragraph", text: text("start-guest") }] };
    if (ctx.actor.status === "pending") return { blocks: [{ type: "paragraph", text: text("error-registration-pending") }] };
    const names = offered(ctx);
    const description = (name: string) => text(ctx.commands.find((c) => c.name === name)?.description as string);
    return {
      blocks: [
        { type: "paragraph", text: text(names.length > 0 ? "start-known" : "start-known-bare", { name: ctx.actor.fullName }) },
        ...(names.length > 0
          ? [{ type: "list" as const, items: names.map((name) => text("help-line-bare", { command: name, description: description(name) })) }]
          : []),
        { type: "paragraph", text: text("start-more") },
      ],
    };
  },
});
