// The people an announcement cannot reach, as a list a unit head can act on: shown in the announce preview, on
// sending, and in /report.
import type { Block } from "../../src/core/reply";
import { text } from "../../src/core/reply";

export interface UnreachablePerson {
  name: string;
  unitName: string;
  reason: "blocked" | "no-account" | "platform-error";
}

/** A heading and one line per person, or nothing when everyone can be reached. */
export function unreachableBlocks(people: UnreachablePerson[]): Block[] {
  if (people.length === 0) return [];
  return [
    { type: "paragraph", text: text("reach-unreachable-title", { count: people.length }) },
    {
      type: "list",
      items: people.map((p) => text("reach-unreachable-person", { name: p.name, unit: p.unitName, reason: text(`report-reason-${p.reason}`) })),
    },
  ];
}
