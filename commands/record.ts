// /record (/hosothanhtich): the record of achievements. Everyone sees their own; a unit head their unit's people and
// the unit ("đơn vị"); the secretary and leaders anyone, and everyone holding a title in some years
// ("/hosothanhtich LĐTT 2020-2026"). "excel" adds the spreadsheet; the button does too.

import { hasRole } from "../src/core/directory/service";
import { DomainError } from "../src/core/errors";
import { RECORD_READERS } from "../src/core/records/service";
import { recordTable } from "../src/core/records/table";
import type { RecordEntry, RecordHolder } from "../src/core/records/types";
import { actionsOf } from "../src/kernel/actions";
import { type Block, fileButton, type Reply, text } from "../src/kernel/reply";
import { datedFileName } from "../src/kernel/text";
import type { CommandContext } from "./support/command";
import { defineCommand, handlers } from "./support/command";
import { parseRecordQuery, type RecordQuery } from "./support/record-query";
import { holderBlocks, RECORD_CHAT_LINES, searchBlocks, unitBlocks } from "./support/record-view";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A search's spreadsheet comes without asking up to this many entries; a longer one (seconds to write) on request. */
const AUTO_FILE_ENTRIES = 20_000;

async function spreadsheet(ctx: CommandContext, entries: RecordEntry[], base: string): Promise<Block> {
  const { records, translator, exporter, directory, clock, settings } = ctx.services;
  const units = new Map(directory.units().map((u) => [u.id, u.name]));
  const names = directory.fullNames();
  const table = recordTable(visible(ctx, entries), {
    awards: records.awards,
    locale: ctx.locale,
    translate: (key) => translator.t(ctx.locale, key),
    personName: (id) => names.get(id) ?? String(id),
    unitName: (id) => units.get(id) ?? String(id),
  });
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: settings.timezone }).format(clock.now());
  return { type: "file", fileName: datedFileName(base, day, "xlsx"), mimeType: XLSX, data: await exporter.xlsx(table) };
}

/** Whose record the words name: a person, a unit ("đơn vị …"), or the asker. */
function holderOf(ctx: CommandContext, q: RecordQuery): RecordHolder {
  const { directory } = ctx.services;
  const actor = ctx.actor as NonNullable<CommandContext["actor"]>;
  if (q.unit) return { kind: "unit", id: q.name === "" ? actor.unitId : directory.findUnit(q.name).id };
  if (q.name === "") return { kind: "person", id: actor.id };
  try {
    return { kind: "person", id: directory.findOnePerson(q.name).id };
  } catch (error) {
    // "/hosothanhtich Phòng Cải cách hành chính": a unit's name where a person's was expected
    if (error instanceof DomainError && error.code === "person-not-found") return { kind: "unit", id: directory.findUnit(q.name).id };
    throw error;
  }
}

function hint(ctx: CommandContext): Block {
  const key = hasRole(ctx.actor, "secretary")
    ? "record-hint-secretary"
    : hasRole(ctx.actor, ...RECORD_READERS)
      ? "record-hint-reader"
      : hasRole(ctx.actor, "unit_head")
        ? "record-hint-head"
        : "record-hint-staff";
  return { type: "paragraph", text: text(key) };
}

export const RECORD_ACTIONS = actionsOf("record", ["excel"]);

const holderToken = (h: RecordHolder) => `${h.kind === "person" ? "p" : "u"}${h.id}`;

/** Removed entries (made in error) are the secretary's to see; everyone else reads the record without them. */
const visible = (ctx: CommandContext, entries: RecordEntry[]) =>
  hasRole(ctx.actor, "secretary") ? entries : entries.filter((e) => e.status !== "removed");

async function show(ctx: CommandContext, q: RecordQuery): Promise<Reply> {
  const { records, directory } = ctx.services;
  // the secretary's and leaders' search: a title (and years), nobody named
  if (q.awardCodes.length > 0 && q.name === "" && !q.unit && hasRole(ctx.actor, ...RECORD_READERS)) {
    const entries = records.search(ctx.actor, { awardCodes: q.awardCodes, fromYear: q.fromYear ?? undefined, toYear: q.toYear ?? undefined });
    const blocks = searchBlocks(ctx, entries, q);
    const many = new Set(entries.map((e) => `${e.subject}${e.personId ?? e.unitId}`)).size > RECORD_CHAT_LINES;
    // the lines left out of the chat come as a file, unless the list is a province's: that file only when asked
    if (q.excel || (many && entries.length <= AUTO_FILE_ENTRIES)) blocks.push(await spreadsheet(ctx, entries, "ho so thanh tich loc"));
    else if (many) blocks.push({ type: "paragraph", text: text("record-ask-excel", { count: entries.length }) });
    return { blocks };
  }
  const holder = holderOf(ctx, q);
  if (holder.kind === "unit") {
    const record = records.unitRecord(ctx.actor, holder.id);
    const name = directory.unit(holder.id)?.name ?? String(holder.id);
    const blocks = [...unitBlocks(ctx, holder.id, record, q), hint(ctx)];
    if (q.excel) blocks.push(await spreadsheet(ctx, [...record.unit, ...record.members], `ho so thanh tich ${name}`));
    return { blocks, buttons: q.excel ? [] : [[fileButton("btn-record-excel", RECORD_ACTIONS.excel.payload(holderToken(holder)))]] };
  }
  const view = records.recordOf(ctx.actor, holder);
  const blocks = [...holderBlocks(ctx, view, q), hint(ctx)];
  if (q.excel) blocks.push(await spreadsheet(ctx, view.entries, `ho so thanh tich ${directory.getPerson(holder.id).fullName}`));
  return { blocks, buttons: q.excel ? [] : [[fileButton("btn-record-excel", RECORD_ACTIONS.excel.payload(holderToken(holder)))]] };
}

export default defineCommand({
  name: "record",
  aliases: ["hosothanhtich", "hoso"],
  description: "cmd-record-description",
  access: "registered",
  where: "dm",
  run: (ctx) => show(ctx, parseRecordQuery(ctx.args, ctx.services.records.awards)),
  actions: handlers(RECORD_ACTIONS, {
    // the button of a record shown: its spreadsheet, for whoever may read that record (a forged id is refused)
    async excel(ctx, token) {
      const match = /^([pu])(\d{1,12})$/.exec(token);
      if (!match) throw new DomainError("not-found");
      const holder: RecordHolder = { kind: match[1] === "p" ? "person" : "unit", id: Number(match[2]) };
      const { records, directory } = ctx.services;
      if (holder.kind === "unit") {
        const record = records.unitRecord(ctx.actor, holder.id);
        const name = directory.unit(holder.id)?.name ?? String(holder.id);
        return { blocks: [await spreadsheet(ctx, [...record.unit, ...record.members], `ho so thanh tich ${name}`)] };
      }
      const view = records.recordOf(ctx.actor, holder);
      return { blocks: [await spreadsheet(ctx, view.entries, `ho so thanh tich ${directory.getPerson(holder.id).fullName}`)] };
    },
  }),
});
