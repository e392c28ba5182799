// /sessions (phiên xét): review sessions with their state. Before the close only the turnout count is shown;
// after it, the result of each nomination. The secretary closes a session early from here; a unit head, their unit's
// review.

import { DomainError } from "../src/core/errors";
import { SESSION_READERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { type Block, type Button, button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";
import { VOTE_ACTIONS } from "./vote";

export const SESSIONS_ACTIONS = actionsOf("sessions", ["close", "closeok", "result", "list"]);

async function list(ctx: CommandContext): Promise<Reply> {
  const { ballots } = ctx.services;
  await ballots.closeDueSessions(ctx.services.clock.now());
  const visible = ballots.all().filter((s) => ballots.maySee(ctx.actor, s.id));
  if (visible.length === 0) return say("sessions-empty");
  const rows: Button[][] = [];
  const items = visible.slice(-10).map((s) => {
    if (s.status === "open") {
      if (ballots.mayClose(ctx.actor, s.id))
        rows.push([button(text("btn-session-close", { id: s.id }), SESSIONS_ACTIONS.close.payload(s.id), "danger")]);
      if (ctx.actor && ballots.isMember(s.id, ctx.actor.id) && !ballots.hasVoted(s.id, ctx.actor.id)) {
        rows.push([button(text("btn-ballot-open-id", { id: s.id }), VOTE_ACTIONS.open.payload(s.id), "primary")]);
      }
      return text("session-line-open", {
        id: s.id,
        title: s.title,
        endsAt: s.endsAt,
        voters: ballots.voterCount(s.id),
        members: s.memberCount,
        count: ballots.items(s.id).length,
      });
    }
    rows.push([button(text("btn-session-result", { id: s.id }), SESSIONS_ACTIONS.result.payload(s.id))]);
    return text("session-line-closed", {
      id: s.id,
      title: s.title,
      closedAt: s.closedAt ?? s.endsAt,
      voters: s.voterCount ?? 0,
      members: s.memberCount,
    });
  });
  const blocks: Block[] = [
    { type: "heading", text: text("sessions-title") },
    { type: "list", items },
  ];
  return { blocks, buttons: rows };
}

export default defineCommand({
  name: "sessions",
  aliases: ["cacphienxet", "phienhop"],
  description: "cmd-sessions-description",
  access: SESSION_READERS,
  where: "dm",
  run: list,
  actions: handlers(SESSIONS_ACTIONS, {
    list,
    close(_ctx, id) {
      return {
        ...say("session-close-confirm", { id: Number(id) }),
        buttons: [
          [
            button("btn-session-close-ok", SESSIONS_ACTIONS.closeok.payload(Number(id)), "danger"),
            button("btn-back", SESSIONS_ACTIONS.list.payload()),
          ],
        ],
      };
    },
    async closeok(ctx, id) {
      const result = await ctx.services.ballots.close(ctx.actor, Number(id));
      return ctx.services.ballots.resultReply(result);
    },
    result(ctx, id) {
      const session = ctx.services.ballots.get(Number(id));
      if (!ctx.services.ballots.maySee(ctx.actor, session.id)) throw new DomainError("not-allowed");
      if (session.status === "open") return say("session-still-open", { id: session.id });
      return ctx.services.ballots.resultReply(ctx.services.ballots.results(session.id));
    },
  }),
});
