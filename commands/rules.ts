// /rules (quy định): the rules in force for an emulation year, each with its article, where it was read and its
// status; "/rules 2024" or "/rules 2026 CSTDCS". The law's rules and the Sở's own are told apart.

import { DomainError } from "../src/core/errors";
import { yearOf } from "../src/kernel/dates";
import { defineCommand } from "./support/command";
import { rulesReply } from "./support/rules-view";

export default defineCommand({
  name: "rules",
  aliases: ["quydinh", "quyche"],
  description: "cmd-rules-description",
  access: ["secretary", "leader", "council", "unit_head"],
  where: "anywhere",
  run(ctx) {
    const words = ctx.args.split(/\s+/).filter(Boolean);
    const yearWord = words.find((w) => /^\d{4}$/.test(w));
    const codeWord = words.find((w) => !/^\d{4}$/.test(w))?.toUpperCase() ?? null;
    const year = yearWord ? Number(yearWord) : yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);
    if (year < 2000 || year > 2100) throw new DomainError("invalid-input", { field: { key: "rules-field-year" }, max: 2100 });
    if (codeWord && !ctx.services.catalog.get(codeWord)) throw new DomainError("award-unknown", { award: codeWord });
    return { blocks: rulesReply(ctx, year, codeWord) };
  },
});
