// How a self-assessment is shown: each commitment with its result and note, the achievements, and the buttons
// to assess an item or write the achievements.

import { isComplete } from "../../src/core/yearend/assessments";
import type { SelfAssessment } from "../../src/core/yearend/types";
import { type Button, button, type Reply, text } from "../../src/kernel/reply";

/** "<pledge>.<item>" in a button's id. */
export const itemId = (pledgeId: number, index: number) => `${pledgeId}.${index}`;

export function parseItemId(id: string): { pledgeId: number; index: number } {
  const [pledge, index] = id.split(".");
  return { pledgeId: Number(pledge), index: Number(index) };
}

export function assessmentReply(
  a: SelfAssessment,
  campaign: string,
  closesAt: Date,
  actions: { item: (id: string) => string; achievements: (id: number) => string },
): Reply {
  const rows: Button[][] = a.items.map((_, i) => [button(text("btn-assess-item", { n: i + 1 }), actions.item(itemId(a.pledgeId, i)))]);
  rows.push([button("btn-assess-achievements", actions.achievements(a.pledgeId), "primary")]);
  return {
    blocks: [
      { type: "heading", text: text("selfassess-title", { campaign, closesAt }) },
      {
        type: "list",
        items: a.items.map((item, i) =>
          text("selfassess-item", {
            n: i + 1,
            commitment: item.commitment,
            result: text(item.result ? `assessment-${item.result}` : "assessment-none"),
            note: item.note === "" ? "—" : item.note,
          }),
        ),
      },
      { type: "paragraph", text: text("selfassess-achievements", { achievements: a.achievements === "" ? "—" : a.achievements }) },
      { type: "paragraph", text: text(isComplete(a) ? "selfassess-complete" : "selfassess-incomplete") },
    ],
    buttons: rows,
  };
}
