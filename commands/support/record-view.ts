// How the record of achievements reads in chat: the qualifying history of a proposal (the look-back rules' years,
// with their decisions), an entry's line, and a person's or a collective's record.

import { compareVietnameseNames } from "../../src/core/directory/names";
import { hasRole } from "../../src/core/directory/service";
import type { Nomination } from "../../src/core/nominations/types";
import { lookBack, lookBackText } from "../../src/core/records/look-back";
import type { RecordView } from "../../src/core/records/service";
import type { RecordEntry } from "../../src/core/records/types";
import type { Prerequisite } from "../../src/core/rules/book";
import { type Block, type Text, text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";
import type { RecordQuery } from "./record-query";

/** For each earlier-years rule of a nomination, what the record holds: the years found, with decisions, and any missing. */
export function qualifyingHistory(ctx: CommandContext, n: Nomination, prerequisites: Prerequisite[]): Text[] {
  const nominee =
    n.nominee === "person" && n.personId !== null ? { kind: "person" as const, id: n.personId } : { kind: "unit" as const, id: n.unitId };
  const { records } = ctx.services;
  return lookBack(prerequisites, nominee, n.year, records.held).map((result) =>
    lookBackText(result, records.awards.get(result.rule.award)?.name ?? result.rule.award, n.year),
  );
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** One entry: year, award, decision, level; its state when annulled or removed, and its number for the secretary. */
export function recordLine(ctx: CommandContext, e: RecordEntry, withId: boolean): Text {
  const { records } = ctx.services;
  return text("record-line", {
    year: String(e.year),
    award: records.awards.get(e.awardCode)?.name ?? e.awardCode,
    level: text(`record-level-${e.level}`),
    number: e.decisionNo,
    date: e.decisionDate ? text("record-date", { date: dmy(e.decisionDate) }) : "",
    issuer: e.issuer ? text("record-issuer", { issuer: e.issuer }) : "",
    state: e.status === "valid" ? "" : text(`record-state-${e.status}`, { note: e.note ?? "" }),
    ref: withId ? text("record-ref", { id: e.id }) : "",
  });
}

/** Entries within the asked years and awards. */
export function filtered(entries: RecordEntry[], q: RecordQuery): RecordEntry[] {
  return entries.filter(
    (e) =>
      (q.fromYear === null || e.year >= q.fromYear) &&
      (q.toYear === null || e.year <= q.toYear) &&
      (q.awardCodes.length === 0 || q.awardCodes.includes(e.awardCode)),
  );
}

/** A person's or a collective's record: every entry (removed ones for the secretary only) and the annual ratings. */
export function holderBlocks(ctx: CommandContext, view: RecordView, q: RecordQuery): Block[] {
  const { directory } = ctx.services;
  const secretary = hasRole(ctx.actor, "secretary");
  const entries = filtered(view.entries, q).filter((e) => e.status !== "removed" || secretary);
  const ratings = view.ratings.filter((r) => (q.fromYear === null || r.year >= q.fromYear) && (q.toYear === null || r.year <= q.toYear));
  const heading =
    view.holder.kind === "person"
      ? (() => {
          const person = directory.getPerson(view.holder.id);
          return text("record-title-person", { name: person.fullName, unit: person.unitName });
        })()
      : text("record-title-unit", { unit: directory.unit(view.holder.id)?.name ?? String(view.holder.id) });
  return [
    { type: "heading", text: heading },
    entries.length > 0
      ? { type: "list", items: entries.map((e) => recordLine(ctx, e, secretary)) }
      : { type: "paragraph", text: text("record-empty", { filtered: q.fromYear !== null || q.awardCodes.length > 0 ? "yes" : "no" }) },
    ...(ratings.length > 0
      ? [
          {
            type: "paragraph" as const,
            text: text("record-ratings", {
              ratings: ratings.map((r) => text("record-rating", { year: String(r.year), grade: text(`grade-${r.grade}`) })),
            }),
          },
        ]
      : []),
  ];
}

/** Years held of each award, "Lao động tiên tiến 2022, 2023; Chiến sĩ thi đua cơ sở 2023". */
function awardsByYear(ctx: CommandContext, entries: RecordEntry[]): Text[] {
  const byAward = new Map<string, number[]>();
  for (const e of entries) byAward.set(e.awardCode, [...(byAward.get(e.awardCode) ?? []), e.year]);
  return [...byAward].map(([code, years]) =>
    text("record-award-years", { award: ctx.services.records.awards.get(code)?.name ?? code, years: years.map(String).join(", ") }),
  );
}

/** At most this many lines in chat; the rest is in the spreadsheet, attached. */
export const RECORD_CHAT_LINES = 40;

/** A unit's own record, then one line per member with the years of each award. */
export function unitBlocks(ctx: CommandContext, unitId: number, record: { unit: RecordEntry[]; members: RecordEntry[] }, q: RecordQuery): Block[] {
  const { directory } = ctx.services;
  const valid = filtered(record.members, q).filter((e) => e.status === "valid");
  const byPerson = new Map<number, RecordEntry[]>();
  for (const e of valid) byPerson.set(e.personId as number, [...(byPerson.get(e.personId as number) ?? []), e]);
  const names = directory.fullNames();
  const lines = [...byPerson]
    .map(([personId, entries]) => ({ name: names.get(personId) ?? String(personId), entries }))
    .sort((a, b) => compareVietnameseNames(a.name, b.name))
    .map(({ name, entries }) => text("record-member-line", { name, awards: awardsByYear(ctx, entries) }));
  return [
    ...holderBlocks(ctx, { holder: { kind: "unit", id: unitId }, entries: record.unit, ratings: [] }, q),
    { type: "heading", text: text("record-title-members", { count: lines.length }) },
    lines.length > 0 ? { type: "list", items: lines.slice(0, RECORD_CHAT_LINES) } : { type: "paragraph", text: text("record-members-empty") },
    ...(lines.length > RECORD_CHAT_LINES
      ? [{ type: "paragraph" as const, text: text("record-more", { count: lines.length - RECORD_CHAT_LINES }) }]
      : []),
  ];
}

/** The secretary's search: who holds these awards in these years, most years first; how many hold every year. */
export function searchBlocks(ctx: CommandContext, entries: RecordEntry[], q: RecordQuery): Block[] {
  const { directory, records } = ctx.services;
  const units = new Map(directory.units().map((u) => [u.id, u.name]));
  const names = directory.fullNames();
  const byHolder = new Map<string, RecordEntry[]>();
  for (const e of entries) {
    const key = e.personId === null ? `u${e.unitId}` : `p${e.personId}`;
    byHolder.set(key, [...(byHolder.get(key) ?? []), e]);
  }
  const span = q.fromYear !== null && q.toYear !== null ? q.toYear - q.fromYear + 1 : null;
  const holders = [...byHolder.values()]
    .map((list) => {
      const first = list[0] as RecordEntry;
      const name = first.personId === null ? (units.get(first.unitId) ?? "") : (names.get(first.personId) ?? "");
      return { name, unit: units.get(first.unitId) ?? "", years: new Set(list.map((e) => e.year)).size, list };
    })
    .sort((a, b) => b.years - a.years || compareVietnameseNames(a.name, b.name));
  const every = span === null ? 0 : holders.filter((h) => h.years === span).length;
  const awards = q.awardCodes.map((c) => records.awards.get(c)?.name ?? c);
  return [
    {
      type: "heading",
      text: text("record-title-search", {
        awards,
        span: q.fromYear === null ? "" : text("record-span", { from: String(q.fromYear), to: String(q.toYear) }),
        count: holders.length,
      }),
    },
    ...(span !== null && span > 1 ? [{ type: "paragraph" as const, text: text("record-search-every-year", { count: every, years: span }) }] : []),
    holders.length > 0
      ? {
          type: "list",
          items: holders
            .slice(0, RECORD_CHAT_LINES)
            .map((h) => text("record-search-line", { name: h.name, unit: h.unit, awards: awardsByYear(ctx, h.list) })),
        }
      : { type: "paragraph", text: text("record-search-empty") },
    ...(holders.length > RECORD_CHAT_LINES
      ? [{ type: "paragraph" as const, text: text("record-more", { count: holders.length - RECORD_CHAT_LINES }) }]
      : []),
  ];
}
