// Adds information to a case, opened from the "Add information" button of /case; the code stays in memory only.

import { actionsOf } from "../src/core/actions";
import { answers } from "../src/core/answers";
import { MAX_CASE_LENGTH } from "../src/core/cases/service";
import { defineCommand, handlers, openForm } from "../src/core/command";
import { attachedFiles } from "../src/core/dialog";
import { say } from "../src/core/reply";

export const CASEINFO_ACTIONS = actionsOf("caseinfo", ["open"]);

export default defineCommand({
  name: "caseinfo",
  aliases: ["bosungdon"],
  description: "cmd-caseinfo-description",
  access: "everyone",
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
    open: (_ctx, code) => openForm("caseinfo", { code }),
  }),
});
