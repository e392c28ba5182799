// Adds information to a case, opened from the "Add information" button of /case. The button holds a handle that
// this process maps to the code for a while (memory only); the code itself never goes into button data.

import { MAX_CASE_LENGTH } from "../src/core/cases/intake";
import { DomainError } from "../src/core/errors";
import { answers } from "../src/engine/answers";
import { attachedFiles } from "../src/engine/dialog-state";
import { actionsOf } from "../src/kernel/actions";
import { say } from "../src/kernel/reply";
import { defineCommand, handlers, openForm } from "./support/command";

export const CASEINFO_ACTIONS = actionsOf("caseinfo", ["open"]);

export default defineCommand({
  name: "caseinfo",
  aliases: ["bosungdon"],
  description: "cmd-caseinfo-description",
  access: "everyone",
  unrecorded: true,
  where: "dm",
  form: {
    storage: "memory",
    sensitive: true,
    acceptsFiles: true,
    prefill: (ctx, initial) => {
      // checked before asking, so a wrong code does not cost the sender a whole message
      ctx.services.cases.open(ctx.identity, String(initial.code ?? ""));
      return {};
    },
    fields: [{ name: "content", kind: "longtext", title: "field-case-content", prompt: "ask-case-more", maxLength: MAX_CASE_LENGTH }],
  },
  run(ctx, values) {
    const item = ctx.services.cases.addInformation(
      ctx.identity,
      answers(values).optionalString("code") ?? "",
      answers(values).string("content"),
      attachedFiles(values),
    );
    return { ...say("case-information-added", { number: item.number }), sensitive: true };
  },
  actions: handlers(CASEINFO_ACTIONS, {
    open(ctx, handle) {
      const code = ctx.services.cases.codeFor(ctx.identity, handle);
      if (!code) throw new DomainError("form-expired");
      return openForm("caseinfo", { code });
    },
  }),
});
