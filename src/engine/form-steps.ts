// The step counter of a form asked one question at a time. The number counts the questions asked so far; the total
// is shown only once no answer still to come can add or remove a question, so it never changes under the person's
// eyes ("(2/3)" and later "(7/7)" was the complaint).

import { type Text, text } from "../kernel/reply";
import type { CommandContext, CommandSpec, FieldSpec, FormValues } from "./command";
import type { DialogState } from "./dialog-state";
import { choicesFor } from "./forms";
import type { AppShape } from "./host";

/** The values an unanswered field could take that might matter to another field's skip rule. */
function possibleValues<A extends AppShape>(field: FieldSpec<A>, ctx: CommandContext<A>, values: FormValues): unknown[] {
  switch (field.kind) {
    case "choice":
    case "unit":
      return choicesFor(field, ctx, values).map((c) => c.value);
    case "multichoice":
      return [[], ...choicesFor(field, ctx, values).map((c) => [c.value])];
    case "confirm":
      return [true, false];
    default:
      // a text or a date decides other fields by being given or not (titles once a pledge deadline is set)
      return field.optional ? [null, "x"] : [];
  }
}

/** Can an answer not given yet still add or remove a question? */
function stillOpen<A extends AppShape>(ctx: CommandContext<A>, fields: FieldSpec<A>[], values: FormValues): boolean {
  return fields.some((field, i) => {
    if (field.name in values || field.skip?.(ctx, values)) return false;
    const options = possibleValues(field, ctx, values);
    return fields.slice(i + 1).some((later) => {
      if (!later.skip) return false;
      // compared with now too: a single possible answer may still bring a question the count leaves out today
      const outcomes = new Set([later.skip(ctx, values), ...options.map((value) => later.skip?.(ctx, { ...values, [field.name]: value }))]);
      return outcomes.size > 1;
    });
  });
}

/** "(3/5) question", or "(3) question" while later answers may still change how many questions there are. */
export function stepLine<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, field: FieldSpec<A>): Text {
  const fields = command.form?.fields ?? [];
  const asked = fields.filter((f) => !f.skip?.(ctx, state.values) && !state.given?.includes(f.name));
  const n = Math.max(1, asked.indexOf(field) + 1);
  const question = text(field.prompt);
  if (stillOpen(ctx, fields, state.values)) return text("form-question-open", { n, question });
  return text("form-question", { n, total: Math.max(asked.length, n), question });
}
