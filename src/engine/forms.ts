// Turning a person's answer into a field's value, with a localized explanation when it does not fit. Every check
// a field can make by itself (and against the answers before it) happens here, as the field is answered, so both
// renderings of a form (questions one by one, or a whole modal) refuse the same things with the same words.

import { dayFromWords, dayOf, exampleDay, parseDay } from "../kernel/dates";
import { CodedError } from "../kernel/errors";
import { type Text, text } from "../kernel/reply";
import { foldText, isBlank, normalizeText, trimInvisible, visibleLength } from "../kernel/text";
import type { Choice, CommandContext, FieldSpec, FormValues } from "./command";
import type { AppShape } from "./host";

export const DEFAULT_MAX_LENGTH = { text: 200, longtext: 2000 } as const;
/** Dates further than this from today are typing slips (2099, 1026), not plans. */
export const DATE_YEARS_AROUND = 5;

export type FieldResult = { ok: true; value: unknown } | { ok: false; error: Text };

const YES = new Set(["co", "c", "yes", "y", "ok", "dong y", "1"]);
const NO = new Set(["khong", "k", "no", "n", "0"]);
/** Typed instead of pressing "Done" under a multiple choice (the console after a restart has no buttons yet). */
const DONE = new Set(["xong", "done", "ok"]);

export function choicesFor<A extends AppShape>(field: FieldSpec<A>, ctx: CommandContext<A>, values: FormValues): Choice[] {
  return field.choices ? field.choices(ctx, values) : [];
}

export function choiceLabel<A extends AppShape>(ctx: CommandContext<A>, choice: Choice): string {
  return ctx.host.translator.t(ctx.locale, choice.label.key, choice.label.args);
}

/** Parses an answer typed as text (console, Telegram) into the field's canonical value. */
export function parseTypedAnswer<A extends AppShape>(
  field: FieldSpec<A>,
  input: string,
  ctx: CommandContext<A>,
  values: FormValues,
  ticked: string[] = [],
): FieldResult {
  const answer = normalizeText(input);
  switch (field.kind) {
    case "choice":
    case "unit": {
      const choices = choicesFor(field, ctx, values);
      if (field.kind === "unit" && choices.length === 0) return lookUp(field, () => ctx.host.names.findUnit(answer), ctx, values);
      const picked = matchChoice(answer, choices, ctx);
      if (picked) return acceptValue(field, picked.value, ctx, values);
      if (field.kind === "unit") return lookUp(field, () => ctx.host.names.findUnit(answer), ctx, values);
      return fail("error-field-choice", field, { count: choices.length });
    }
    case "multichoice": {
      const choices = choicesFor(field, ctx, values);
      if (DONE.has(foldText(answer))) return acceptValue(field, ticked, ctx, values);
      const parts = answer
        .split(/[,;]+|\s+(?=\d)/)
        .map((p) => p.trim())
        .filter(Boolean);
      const picked = parts.map((p) => matchChoice(p, choices, ctx));
      if (parts.length === 0 || picked.some((p) => !p)) return fail("error-field-multichoice", field, { count: choices.length });
      return acceptValue(
        field,
        picked.map((p) => p?.value),
        ctx,
        values,
      );
    }
    case "date": {
      if (isBlank(answer)) return acceptValue(field, null, ctx, values);
      const said = dayFromWords(foldText(answer), ctx.host.clock.now(), ctx.host.timezone);
      if (said) return acceptValue(field, said, ctx, values);
      const day = parseDay(answer);
      const example = exampleDay(ctx.host.clock.now(), ctx.host.timezone).example;
      if (!day.ok)
        return { ok: false, error: fieldError(field, day.reason === "several" ? "error-field-date-one" : "error-field-date-real", { example }) };
      return acceptValue(field, day.iso, ctx, values);
    }
    case "confirm": {
      const folded = foldText(answer);
      if (YES.has(folded)) return acceptValue(field, true, ctx, values);
      if (NO.has(folded)) return acceptValue(field, false, ctx, values);
      return fail("error-field-confirm", field);
    }
    case "person":
      return lookUp(field, () => ctx.host.names.findPerson(answer), ctx, values);
    default:
      return acceptValue(field, answer, ctx, values);
  }
}

/** A name looked up in the directory; "not found" and "which one?" are answers to show, not failures. */
function lookUp<A extends AppShape>(field: FieldSpec<A>, find: () => number, ctx: CommandContext<A>, values: FormValues): FieldResult {
  try {
    return acceptValue(field, find(), ctx, values);
  } catch (error) {
    if (error instanceof CodedError) return { ok: false, error: text(`error-${error.code}`, error.args) };
    throw error;
  }
}

/** Checks a canonical value (from a button, a modal, or a parsed answer) against the field's rules. */
export function acceptValue<A extends AppShape>(field: FieldSpec<A>, value: unknown, ctx: CommandContext<A>, values: FormValues): FieldResult {
  const shaped = shape(field, value, ctx, values);
  if (!shaped.ok || shaped.value === null || !field.check) return shaped;
  const problem = field.check(shaped.value, ctx, { ...values, [field.name]: shaped.value });
  return problem ? { ok: false, error: problem } : shaped;
}

function shape<A extends AppShape>(field: FieldSpec<A>, value: unknown, ctx: CommandContext<A>, values: FormValues): FieldResult {
  const empty =
    value === undefined || value === null || (typeof value === "string" && isBlank(value)) || (Array.isArray(value) && value.length === 0);
  if (empty) return field.optional ? { ok: true, value: null } : fail("error-field-empty", field);
  switch (field.kind) {
    case "text":
    case "longtext": {
      if (typeof value !== "string") return fail("error-field-empty", field);
      const clean = trimInvisible(normalizeText(value));
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.kind];
      const length = visibleLength(clean);
      if (length > max) return fail("error-field-too-long", field, { max, length });
      if (field.kind === "text" && /[\r\n]/.test(clean)) return fail("error-field-one-line", field);
      return validateSchema(field, clean);
    }
    case "choice": {
      const known = choicesFor(field, ctx, values).some((c) => c.value === value);
      return known ? validateSchema(field, value) : fail("error-field-choice", field, { count: choicesFor(field, ctx, values).length });
    }
    case "multichoice": {
      const list = Array.isArray(value) ? [...new Set(value.map(String))] : [String(value)];
      const allowed = new Set(choicesFor(field, ctx, values).map((c) => c.value));
      if (list.some((v) => !allowed.has(v))) return fail("error-field-multichoice", field, { count: allowed.size });
      return validateSchema(field, list);
    }
    case "date": {
      // a modal's date picker sends yyyy-mm-dd; an answer carried through JSON may be a full timestamp
      const day = typeof value === "string" ? parseDay(value.slice(0, 10)) : null;
      if (!day?.ok)
        return { ok: false, error: fieldError(field, "error-field-date-real", { ...exampleDay(ctx.host.clock.now(), ctx.host.timezone) }) };
      const thisYear = Number(dayOf(ctx.host.clock.now(), ctx.host.timezone).slice(0, 4));
      const year = Number(day.iso.slice(0, 4));
      const min = thisYear - DATE_YEARS_AROUND;
      const max = thisYear + DATE_YEARS_AROUND;
      if (year < min || year > max) return { ok: false, error: fieldError(field, "error-field-date-year", { min: String(min), max: String(max) }) };
      return validateSchema(field, day.iso);
    }
    case "confirm":
      return typeof value === "boolean" ? validateSchema(field, value) : fail("error-field-confirm", field);
    case "person":
    case "unit": {
      const id = Number(value);
      if (!Number.isInteger(id) || id <= 0) return fail("error-field-choice", field, { count: 0 });
      const choices = choicesFor(field, ctx, values);
      if (choices.length > 0 && !choices.some((c) => c.value === String(id))) return fail("error-field-choice", field, { count: choices.length });
      return validateSchema(field, id);
    }
  }
}

function validateSchema<A extends AppShape>(field: FieldSpec<A>, value: unknown): FieldResult {
  if (!field.schema) return { ok: true, value };
  const result = field.schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : fail("error-field-invalid", field);
}

function fail<A extends AppShape>(key: string, field: FieldSpec<A>, args: Record<string, number> = {}): FieldResult {
  return { ok: false, error: fieldError(field, key, args) };
}

/** A message about one field, naming it: what checks of a form declaration return. */
export function fieldError(field: { title: string }, key: string, args: Record<string, number | string | Date> = {}): Text {
  return text(key, { field: text(field.title), ...args });
}

/** The choice a typed answer names: its number in the list, its value, or its label (folded). */
export function matchChoice<A extends AppShape>(answer: string, choices: Choice[], ctx: CommandContext<A>): Choice | undefined {
  const index = /^\d+$/.test(answer) ? Number(answer) : Number.NaN;
  if (index >= 1 && index <= choices.length) return choices[index - 1];
  const folded = foldText(answer);
  if (folded === "") return undefined;
  return choices.find((c) => foldText(c.value) === folded) ?? choices.find((c) => foldText(choiceLabel(ctx, c)) === folded);
}
