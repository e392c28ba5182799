// Cases keep days, not times (see src/core/cases/service.ts); shown as dd/mm/yyyy, as Vietnamese documents write them.
import { showDay as day } from "../../src/core/dates";

export function showDay(isoDay: string | null): string {
  return isoDay ? day(isoDay) : "—";
}
