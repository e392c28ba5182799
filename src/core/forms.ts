// Turning a person's answer into a field's value, with a localized explanation when it does not fit.
import { DateTime } from "luxon";
import type { Choice, CommandContext, FieldSpec, FormValues } from "./command";
import { DomainError } from "./errors";
import { type Text, text } from "./reply";
import { foldText, normalizeText, visibleLength } from "./text";

export const DEFAULT_MAX_LENGTH = { text: 200, longtext: 2000 } as const;

export type FieldResult = { ok: true; value: unknown } | { ok: false; error: Text };

const YES = new Set(["co", "c", "yes", "y", "ok", "dong y", "1"]);
const NO = new Set(["khong", "k", "no", "n", "0"]);

export function choicesFor(field: FieldSpec, ctx: CommandContext, values: FormValues): Choice[] {
  return field.choices ? field.choices(ctx, values) : [];
}

export function choiceLabel(ctx: CommandContext, choice: Choice): string {
  return ctx.services.translator.t(ctx.locale, choice.label.key, choice.label.args);
}

/** Parses an answer typed as text (console, Telegram) into the field's canonical value. */
export function parseTypedAnswer(field: FieldSpec, input: string, ctx: CommandContext, values: FormValues): FieldResult {
  const answer = normalizeText(input);
  switch (field.kind) {
    case "choice": {
      const choices = choicesFor(field, ctx, values);
      const picked = matchChoice(answer, choices, ctx);
      return picked ? acceptValue(field, picked.value, ctx, values) : fail("error-field-choice", field, { count: choices.length });
    }
    case "multichoice": {
      const choices = choicesFor(field, ctx, values);
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
    case "date":
      return acceptValue(field, parseDate(answer), ctx, values);
    case "confirm": {
      const folded = foldText(answer);
      if (YES.has(folded)) return acceptValue(field, true, ctx, values);
      if (NO.has(folded)) return acceptValue(field, false, ctx, values);
      return fail("error-field-confirm", field);
    }
    case "person":
      try {
        return acceptValue(field, ctx.services.directory.findOnePerson(answer).id, ctx, values);
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: text(`error-${error.code}`, error.args) };
        throw error;
      }
    case "unit":
      try {
        return acceptValue(field, ctx.services.directory.findUnit(answer).id, ctx, values);
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: text(`error-${error.code}`, error.args) };
        throw error;
      }
    default:
      return acceptValue(field, answer, ctx, values);
  }
}

/** Checks a canonical value (from a button, a modal, or a parsed answer) against the field's rules. */
export function acceptValue(field: FieldSpec, value: unknown, ctx: CommandContext, values: FormValues): FieldResult {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return field.optional ? { ok: true, value: null } : fail("error-field-empty", field);
  }
  switch (field.kind) {
    case "text":
    case "longtext": {
      if (typeof value !== "string") return fail("error-field-empty", field);
      const clean = normalizeText(value);
      if (clean === "") return field.optional ? { ok: true, value: null } : fail("error-field-empty", field);
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
    case "date":
      return typeof value === "string" && DateTime.fromISO(value).isValid ? validateSchema(field, value) : fail("error-field-date", field);
    case "confirm":
      return typeof value === "boolean" ? validateSchema(field, value) : fail("error-field-confirm", field);
    case "person":
    case "unit": {
      const id = Number(value);
      return Number.isInteger(id) && id > 0 ? validateSchema(field, id) : fail("error-field-choice", field, { count: 0 });
    }
  }
}

function validateSchema(field: FieldSpec, value: unknown): FieldResult {
  if (!field.schema) return { ok: true, value };
  const result = field.schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : fail("error-field-invalid", field);
}

function fail(key: string, field: FieldSpec, args: Record<string, number> = {}): FieldResult {
  return { ok: false, error: text(key, { field: text(field.title), ...args }) };
}

function matchChoice(answer: string, choices: Choice[], ctx: CommandContext): Choice | undefined {
  const index = /^\d+$/.test(answer) ? Number(answer) : Number.NaN;
  if (index >= 1 && index <= choices.length) return choices[index - 1];
  const folded = foldText(answer);
  if (folded === "") return undefined;
  return choices.find((c) => foldText(c.value) === folded) ?? choices.find((c) => foldText(choiceLabel(ctx, c)) === folded);
}

/** Accepts 31/01/2023, 31-1-2023 and 2023-01-31; returns YYYY-MM-DD or null. */
export function parseDate(input: string): string | null {
  const iso = DateTime.fromISO(input);
  if (/^\d{4}-\d{2}-\d{2}$/.test(input) && iso.isValid) return iso.toISODate();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input);
  if (!match) return null;
  const date = DateTime.fromObject({ day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) });
  return date.isValid ? date.toISODate() : null;
}
