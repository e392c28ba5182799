// How the record of achievements reads in chat: the qualifying history of a proposal (the look-back rules' years,
// with their decisions), an entry's line, and a person's or a collective's record.
import type { CommandContext } from "../../src/core/command";
import type { Nomination } from "../../src/core/nominations/types";
import { lookBack, lookBackText } from "../../src/core/records/look-back";
import type { Text } from "../../src/core/reply";
import type { Prerequisite } from "../../src/core/rules/book";

/** For each earlier-years rule of a nomination, what the record holds: the years found, with decisions, and any missing. */
export function qualifyingHistory(ctx: CommandContext, n: Nomination, prerequisites: Prerequisite[]): Text[] {
  const nominee =
    n.nominee === "person" && n.personId !== null ? { kind: "person" as const, id: n.personId } : { kind: "unit" as const, id: n.unitId };
  const { records } = ctx.services;
  return lookBack(prerequisites, nominee, n.year, records.held).map((result) =>
    lookBackText(result, records.awards.get(result.rule.award)?.name ?? result.rule.award, n.year),
  );
}
