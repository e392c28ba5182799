// Counts for the year's report that no service keeps: complaints and denunciations received and settled in a
// year. Counts only: no row, no sender, no time of day leaves this query.
import { sql } from "drizzle-orm";
import type { Db } from "../client";

export function createFigures(db: Db) {
  return {
    caseFigures(year: number): { received: number; settled: number } {
      const prefix = `${year}-%`;
      const row = db.get<{ received: number; settled: number }>(
        sql`select (select count(*) from cases where received_on like ${prefix}) as received, (select count(*) from cases where closed_on like ${prefix}) as settled`,
      );
      return { received: Number(row?.received ?? 0), settled: Number(row?.settled ?? 0) };
    },
  };
}
