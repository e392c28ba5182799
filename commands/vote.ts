// /vote (bỏ phiếu): a council member fills in the secret ballot of an open session, one choice per
// nomination, reviews it and casts it. Cast is final, as a paper ballot in the box; the choices made before
// casting stay in memory only (see src/core/ballots/service.ts).

import { DomainError } from "../src/core/errors";
import type { BallotChoice } from "../src/core/nominations/types";
import { VOTE_NOTICE } from "../src/core/notice-actions";
import { actionsOf } from "../src/kernel/actions";
import { type Button, button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";
import { nominationChoice } from "./support/nomination-view";

export const VOTE_ACTIONS = { ...VOTE_NOTICE, ...actionsOf("vote", ["p", "review", "cast"]) };

const CODES: Record<string, BallotChoice> = { a: "approve", r: "reject", x: "abstain" };

/** A pick's id in a button: "<session>.<nomination>.<code>", short enough for Telegram's 64 bytes. */
function encodePick(sessionId: number, nominationId: number, code: keyof typeof CODES): string {
  return `${sessionId}.${nominationId}.${code}`;
}

function decodePick(id: string): { sessionId: number; nominationId: number; choice: BallotChoice } {
  const [sessionId, nominationId, code] = id.split(".");
  const choice = CODES[code ?? ""];
  if (!choice || !Number.isInteger(Number(sessionId)) || !Number.isInteger(Number(nominationId))) throw new DomainError("not-found");
  return { sessionId: Number(sessionId), nominationId: Number(nominationId), choice };
}

/** Ballot buttons only ever go to private chats; refuse one pressed anywhere else rather than show choices there. */
function assertPrivate(ctx: CommandContext): void {
  if (ctx.chat.kind !== "dm") throw new DomainError("dm-only", { command: "vote" });
}

async function ballot(ctx: CommandContext, sessionId: number): Promise<Reply> {
  assertPrivate(ctx);
  const { session, lines } = await ctx.services.ballots.draft(ctx.actor, sessionId);
  const rows: Button[][] = lines.map(({ nomination }) =>
    (["a", "r", "x"] as const).map((code) =>
      button(text(`btn-ballot-${CODES[code]}`, { id: nomination.id }), VOTE_ACTIONS.p.payload(encodePick(session.id, nomination.id, code))),
    ),
  );
  const complete = lines.every((l) => l.choice !== null);
  if (complete) rows.push([button("btn-ballot-review", VOTE_ACTIONS.review.payload(session.id), "primary")]);
  return {
    blocks: [
      { type: "heading", text: text("ballot-title", { id: session.id, title: session.title, endsAt: session.endsAt }) },
      {
        type: "list",
        items: lines.map((l) =>
          text("ballot-line", {
            item: nominationChoice(ctx, l.nomination),
            choice: text(l.choice ? `ballot-choice-${l.choice}` : "ballot-choice-none"),
          }),
        ),
      },
      { type: "paragraph", text: text(complete ? "ballot-hint-complete" : "ballot-hint") },
    ],
    buttons: rows,
  };
}

async function openSessions(ctx: CommandContext): Promise<Reply> {
  const person = ctx.actor;
  const open = (await ctx.services.ballots.openSessions()).filter((s) => person && ctx.services.ballots.isMember(s.id, person.id));
  const pending = open.filter((s) => person && !ctx.services.ballots.hasVoted(s.id, person.id));
  if (pending.length === 1 && pending[0]) return ballot(ctx, pending[0].id);
  if (pending.length === 0) return say(open.length > 0 ? "vote-all-cast" : "vote-none-open");
  return {
    ...say("vote-choose-session"),
    buttons: pending.map((s) => [button(text("btn-ballot-open-id", { id: s.id }), VOTE_ACTIONS.open.payload(s.id), "primary")]),
  };
}

export default defineCommand({
  name: "vote",
  aliases: ["bophieu", "phieubau"],
  description: "cmd-vote-description",
  homeShortcut: "slack-home-button-vote",
  // the council's members and, in a unit's review, the unit's staff: the session's own electorate is the check
  access: "registered",
  where: "dm",
  run: openSessions,
  actions: handlers(VOTE_ACTIONS, {
    open: (ctx, id) => ballot(ctx, Number(id)),
    async p(ctx, id) {
      assertPrivate(ctx);
      const { sessionId, nominationId, choice } = decodePick(id);
      await ctx.services.ballots.pick(ctx.actor, sessionId, nominationId, choice);
      return ballot(ctx, sessionId);
    },
    async review(ctx, id) {
      assertPrivate(ctx);
      const { session, lines } = await ctx.services.ballots.draft(ctx.actor, Number(id));
      if (lines.some((l) => l.choice === null)) throw new DomainError("ballot-incomplete");
      return {
        blocks: [
          { type: "heading", text: text("ballot-review-title", { id: session.id }) },
          {
            type: "list",
            items: lines.map((l) => text("ballot-line", { item: nominationChoice(ctx, l.nomination), choice: text(`ballot-choice-${l.choice}`) })),
          },
          { type: "paragraph", text: text("ballot-review-warning") },
        ],
        buttons: [
          [
            button("btn-ballot-cast", VOTE_ACTIONS.cast.payload(session.id), "primary"),
            button("btn-ballot-change", VOTE_ACTIONS.open.payload(session.id)),
          ],
        ],
      };
    },
    async cast(ctx, id) {
      assertPrivate(ctx);
      await ctx.services.ballots.cast(ctx.actor, Number(id));
      return say("ballot-cast", { id: Number(id) });
    },
  }),
});
