// How a person's or a collective's standing is shown: who, what, from when to when, and the document it rests on.

import { dmy } from "../../src/core/rules/judge";
import type { Standing } from "../../src/core/standings/types";
import { type Text, text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";

export function standingLine(ctx: CommandContext, s: Standing): Text {
  return text("standing-line", {
    id: s.id,
    person:
      s.personId !== null ? ctx.services.directory.getPerson(s.personId).fullName : (ctx.services.directory.unit(s.unitId as number)?.name ?? ""),
    kind: text(`standing-kind-${s.kind}`),
    from: dmy(s.startsOn),
    until: s.endsOn ? dmy(s.endsOn) : "…",
    reference: s.reference || "—",
  });
}
