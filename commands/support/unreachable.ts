// The people an announcement cannot reach, as a list a unit head can act on: shown in the announce preview, on
// sending, and in /report, each with why ("chưa nhắn với bot trên Zalo", "chỉ có tài khoản Telegram, bot không
// chạy Telegram"), and as a spreadsheet the leader can export from /report.
import type { FailureKind } from "../../src/core/broadcasts/types";
import type { Table } from "../../src/core/ports";
import type { Platform } from "../../src/kernel/platform";
import type { Args, Block, Text } from "../../src/kernel/reply";
import { text } from "../../src/kernel/reply";

export interface UnreachablePerson {
  name: string;
  unitName: string;
  reason: FailureKind;
  /** The platforms the reason is about; empty on rows written before they were kept. */
  platforms?: Platform[];
}

/** Names listed at most; beyond, a line says how many more (a message stays readable, and within a few parts). */
export const MAX_UNREACHABLE_LISTED = 100;

/** Why one person was not reached, naming the platforms when known. */
export function reasonText(person: Pick<UnreachablePerson, "reason" | "platforms">): Text {
  const platforms = person.platforms ?? [];
  if (platforms.length === 0 || person.reason === "platform-error") return text(`report-reason-${person.reason}`);
  return text(`reach-why-${person.reason}`, { platforms: platforms.map((p) => text(`platform-name-${p}`)), count: platforms.length });
}

/** A heading and one line per person, or nothing when everyone can be reached. */
export function unreachableBlocks(people: UnreachablePerson[]): Block[] {
  if (people.length === 0) return [];
  const listed = people.slice(0, MAX_UNREACHABLE_LISTED);
  const items = listed.map((p) => text("reach-unreachable-person", { name: p.name, unit: p.unitName, reason: reasonText(p) }));
  if (people.length > listed.length) items.push(text("reach-unreachable-more", { count: people.length - listed.length }));
  return [
    { type: "paragraph", text: text("reach-unreachable-title", { count: people.length }) },
    { type: "list", items },
  ];
}

/** Every unreachable person (not only the first MAX_UNREACHABLE_LISTED) as a table: name, unit, why. */
export function unreachableTable(people: UnreachablePerson[], t: (key: string, args?: Args) => string): Table {
  const say = (value: Text) => t(value.key, value.args);
  return {
    sheetName: t("reach-export-sheet"),
    headers: [t("reach-export-name"), t("reach-export-unit"), t("reach-export-reason")],
    rows: people.map((p) => [p.name, p.unitName, say(reasonText(p))]),
  };
}
