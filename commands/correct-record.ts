// /correctrecord (/suahoso <number>): the secretary corrects one entry of the record of achievements (year, award,
// decision number, date, issuer) or removes one made in error, always with a reason; the audit log keeps what it was,
// and the person (or the unit's heads) is told.

import { DomainError } from "../src/core/errors";
import { CORRECTABLE_FIELDS, MAX_CORRECTION_REASON } from "../src/core/records/corrections";
import { answers } from "../src/engine/answers";
import { say, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { recordLine } from "./support/record-view";

const entryId = (raw: unknown) => Number(/^#?(\d{1,12})$/.exec(String(raw ?? "").trim())?.[1] ?? Number.NaN);

export default defineCommand({
  name: "correctrecord",
  aliases: ["suahoso"],
  description: "cmd-correctrecord-description",
  access: ["secretary"],
  where: "dm",
  form: {
    // the entry comes with the command (/suahoso 12), as /hosothanhtich shows its number to the secretary
    prefill(ctx) {
      const id = entryId(ctx.args);
      const entry = Number.isInteger(id) ? ctx.services.records.entry(id) : null;
      if (!entry) throw new DomainError("record-entry-unknown", { value: ctx.args || "—" });
      if (entry.status !== "valid") throw new DomainError("record-not-valid", { id });
      return { entry: String(id) };
    },
    fields: [
      {
        name: "field",
        kind: "choice",
        title: "record-field-field",
        prompt: "record-ask-field",
        choices: () => CORRECTABLE_FIELDS.map((f) => ({ value: f, label: text(`record-correct-${f}`) })),
      },
      {
        name: "value",
        kind: "text",
        title: "record-field-value",
        prompt: "record-ask-value",
        maxLength: 200,
        skip: (_ctx, values) => values.field === "remove",
      },
      { name: "reason", kind: "longtext", title: "record-field-reason", prompt: "record-ask-reason", maxLength: MAX_CORRECTION_REASON },
    ],
    preview: (ctx, values) => {
      const entry = ctx.services.records.entry(entryId(values.entry));
      return entry ? [{ type: "list", items: [recordLine(ctx, entry, true)] }] : [];
    },
  },
  async run(ctx, values) {
    const a = answers(values);
    const { records, directory, notifier } = ctx.services;
    const id = entryId(a.string("entry"));
    if (!Number.isInteger(id)) throw new DomainError("not-found");
    const field = a.oneOf("field", CORRECTABLE_FIELDS);
    const corrected = records.corrections.correct(ctx.actor, id, field, a.optionalString("value") ?? "", a.string("reason"));
    const line = recordLine(ctx, corrected, true);
    const told = corrected.personId !== null ? [corrected.personId] : directory.unitHeads(corrected.unitId).map((p) => p.id);
    const notice = say("record-corrected-notice", { entry: line, reason: a.string("reason") });
    for (const personId of told) if (personId !== ctx.actor?.id) await notifier.notify(personId, notice);
    return {
      blocks: [
        { type: "paragraph", text: text(field === "remove" ? "record-removed" : "record-corrected", { id }) },
        { type: "list", items: [line] },
      ],
    };
  },
});
