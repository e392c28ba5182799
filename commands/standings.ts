// /standings (danh sách tình trạng): the people whose standing bars or shapes an award now, each with a button
// to clear it once the review closes or the complaint is found groundless.
import { actionsOf } from "../src/kernel/actions";
import { button, text } from "../src/kernel/reply";
import { defineCommand, handlers } from "./support/command";
import { standingLine } from "./support/standing-view";

export const STANDINGS_ACTIONS = actionsOf("standings", ["clear"]);

export default defineCommand({
  name: "standings",
  aliases: ["dstinhtrang"],
  description: "cmd-standings-description",
  access: ["secretary", "leader"],
  where: "dm",
  run(ctx) {
    const current = ctx.services.standings.current(ctx.actor);
    if (current.length === 0) return { blocks: [{ type: "paragraph", text: text("standings-empty") }] };
    return {
      blocks: [
        { type: "heading", text: text("standings-title", { count: current.length }) },
        { type: "list", items: current.map((s) => standingLine(ctx, s)) },
      ],
      buttons: current.map((s) => [button(text("btn-standing-clear", { id: s.id }), STANDINGS_ACTIONS.clear.payload(s.id))]),
    };
  },
  actions: handlers(STANDINGS_ACTIONS, {
    clear(ctx, id) {
      const cleared = ctx.services.standings.clear(ctx.actor, Number(id));
      return { blocks: [{ type: "paragraph", text: text("standing-cleared", { id: cleared.id }) }] };
    },
  }),
});
