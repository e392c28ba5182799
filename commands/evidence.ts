// /evidence <number> (minh chứng): attaches the files sent with the command to a nomination. Only the
// platform's file reference and metadata are stored, never the file itself.

import { DomainError } from "../src/core/errors";
import { PROPOSERS } from "../src/core/roles";
import { say } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "evidence",
  aliases: ["minhchung"],
  description: "cmd-evidence-description",
  access: PROPOSERS,
  where: "dm",
  run(ctx) {
    const id = Number(/^#?(\d+)/.exec(ctx.args)?.[1] ?? Number.NaN);
    if (!Number.isInteger(id)) return say("evidence-usage");
    if (ctx.files.length === 0) return say("evidence-no-files", { id });
    const nomination = ctx.services.nominations.get(id);
    if (!nomination) throw new DomainError("not-found");
    const added = ctx.services.nominations.attachEvidence(ctx.actor, id, ctx.files);
    return say("evidence-added", { id, count: added, total: ctx.services.nominations.evidence(id).length });
  },
});
