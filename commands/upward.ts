// /upward (đề nghị cấp trên): the council-approved nominations for titles and forms the Sở does not grant, to be
// proposed to the province, each with who grants it and the vote the higher level needs.

import { dossierTable } from "../src/core/nominations/table";
import { basisText } from "../src/core/rules/judge";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { awardName } from "./support/nomination-view";
import { qualifyingHistory } from "./support/record-view";

export default defineCommand({
  name: "upward",
  aliases: ["decaptren", "trinhcaptren"],
  description: "cmd-upward-description",
  access: ["secretary", "leader"],
  where: "dm",
  async run(ctx) {
    const { nominations, catalog, translator, exporter, directory, clock } = ctx.services;
    const list = nominations.upward(ctx.actor);
    if (list.length === 0) return { blocks: [{ type: "paragraph", text: text("upward-empty") }] };
    // the list to attach to the Sở's submission, laid out as the council's dossier list
    const table = dossierTable(list, { nominations, catalog, translator, unitName: (id) => directory.unit(id)?.name ?? String(id) });
    const fileName = `de-nghi-cap-tren-${clock.now().toISOString().slice(0, 10)}.xlsx`;
    return {
      blocks: [
        { type: "heading", text: text("upward-title", { count: list.length }) },
        {
          type: "list",
          items: list.flatMap((n) => {
            const rules = nominations.rulesFor(n);
            const grant = rules.grant(n.awardCode);
            const upstream = rules.vote(n.awardCode).upstream;
            return [
              text(upstream ? "upward-line-vote" : "upward-line", {
                id: n.id,
                nominee: nominations.nomineeName(n),
                award: awardName(ctx, n.awardCode),
                year: String(n.year),
                grant: grant.text,
                basis: basisText(grant.basis),
                vote: upstream?.text ?? "",
                voteBasis: upstream ? basisText(upstream.basis) : "",
              }),
              // the earlier years that qualify it (three CSTĐCS for CSTĐ cấp tỉnh), read from the record of achievements
              ...qualifyingHistory(ctx, n, rules.prerequisites(n.awardCode)),
            ];
          }),
        },
        { type: "paragraph", text: text("upward-documents") },
        { type: "file", fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: await exporter.xlsx(table) },
      ],
    };
  },
});
