// /standing (ghi nhận tình trạng): the secretary records a state of a person or a collective that bars or shapes
// an award:
// under disciplinary review, investigation, inspection, a complaint or denunciation being verified (Nghị định
// 152/2025 Điều 4), a disciplinary period, maternity leave, or the date of recruitment (the new-staff rule).

import { MAX_REFERENCE_LENGTH } from "../src/core/standings/service";
import { STANDING_KINDS, type StandingKind, UNIT_STANDING_KINDS } from "../src/core/standings/types";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { standingLine } from "./support/standing-view";

export default defineCommand({
  name: "standing",
  aliases: ["tinhtrang", "ghitinhtrang"],
  description: "cmd-standing-description",
  access: ["secretary"],
  where: "dm",
  form: {
    fields: [
      {
        name: "who",
        kind: "choice",
        title: "standing-field-who",
        prompt: "standing-ask-who",
        choices: () => [
          { value: "person", label: text("nomination-nominee-person") },
          { value: "unit", label: text("nomination-nominee-unit") },
        ],
      },
      {
        name: "person",
        kind: "person",
        title: "standing-field-person",
        prompt: "standing-ask-person",
        skip: (_ctx, values) => values.who !== "person",
      },
      {
        name: "unit",
        kind: "unit",
        title: "standing-field-unit",
        prompt: "standing-ask-unit",
        skip: (_ctx, values) => values.who !== "unit",
        choices: (ctx) => ctx.services.directory.units().map((u) => ({ value: String(u.id), label: text("raw", { value: u.name }) })),
      },
      {
        name: "kind",
        kind: "choice",
        title: "standing-field-kind",
        prompt: "standing-ask-kind",
        choices: (_ctx, values) =>
          (values.who === "unit" ? UNIT_STANDING_KINDS : STANDING_KINDS).map((k) => ({ value: k, label: text(`standing-kind-${k}`) })),
      },
      { name: "startsOn", kind: "date", title: "standing-field-starts", prompt: "standing-ask-starts" },
      {
        name: "endsOn",
        kind: "date",
        title: "standing-field-ends",
        prompt: "standing-ask-ends",
        optional: true,
        skip: (_ctx, values) => values.kind === "recruited",
      },
      {
        name: "reference",
        kind: "text",
        title: "standing-field-reference",
        prompt: "standing-ask-reference",
        optional: true,
        maxLength: MAX_REFERENCE_LENGTH,
      },
    ],
  },
  run(ctx, values) {
    const standing = ctx.services.standings.record(ctx.actor, {
      personId: values.who === "person" ? Number(values.person) : null,
      unitId: values.who === "unit" ? Number(values.unit) : null,
      kind: values.kind as StandingKind,
      startsOn: String(values.startsOn),
      endsOn: values.endsOn ? String(values.endsOn) : null,
      reference: values.reference ? String(values.reference) : "",
    });
    return {
      blocks: [
        { type: "paragraph", text: text("standing-recorded", { id: standing.id }) },
        { type: "list", items: [standingLine(ctx, standing)] },
      ],
    };
  },
});
