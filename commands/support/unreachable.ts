// The people an announcement cannot reach, as a list a unit head can act on: shown in the announce preview, on
// sending, and in /report.
import type { Block } from "../../src/kernel/reply";
import { text } from "../../src/kernel/reply";

export interface UnreachablePerson {
  name: string;
  unitName: string;
  reason: "blocked" | "no-account" | "platform-error";
}

/** Names listed at most; beyond, a line says how many more (a message stays readable, and within a few parts). */
export const MAX_UNREACHABLE_LISTED = 100;

/** A heading and one line per person, or nothing when everyone can be reached. */
export function unreachableBlocks(people: UnreachablePerson[]): Block[] {
  if (people.length === 0) return [];
  const listed = people.slice(0, MAX_UNREACHABLE_LISTED);
  const items = listed.map((p) => text("reach-unreachable-person", { name: p.name, unit: p.unitName, reason: text(`report-reason-${p.reason}`) }));
  if (people.length > listed.length) items.push(text("reach-unreachable-more", { count: people.length - listed.length }));
  return [
    { type: "paragraph", text: text("reach-unreachable-title", { count: people.length }) },
    { type: "list", items },
  ];
}
