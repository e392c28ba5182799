// Cases keep days, not times (see src/core/cases/service.ts); shown as dd/mm/yyyy, as Vietnamese documents write them.
import { showDay as day } from "../../src/kernel/dates";

export function showDay(isoDay: string | null): string {
  return isoDay ? day(isoDay) : "—";
}

/** A case message's body as shown: the dated decisions (letter received, dialogue) keep their day as YYYY-MM-DD. */
export function messageBody(message: { kind: string; body: string }): string {
  return message.kind === "letter" || message.kind === "dialogue" ? showDay(message.body) : message.body;
}
