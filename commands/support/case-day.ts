// Cases keep days, not times (see src/core/cases/service.ts); shown as dd/mm/yyyy, as Vietnamese documents write them.
export function showDay(isoDay: string | null): string {
  return isoDay ? isoDay.split("-").reverse().join("/") : "—";
}
