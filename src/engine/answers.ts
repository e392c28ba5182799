// Typed reading of a form's answers. The engine has already checked every answer against its field, so a wrong
// shape here is a bug in a form declaration: it throws (and the person gets the generic apology) rather than
// letting `values.x as T` carry a wrong value into the core.
import type { FormValues } from "./command";

export class FormShapeError extends Error {
  override name = "FormShapeError";
}

export interface Answers {
  /** A required text or single choice. */
  string(name: string): string;
  /** An optional text: null when skipped. */
  optionalString(name: string): string | null;
  /** A single choice that must be one of these values. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T;
  /** A multiple choice: [] when skipped. */
  list(name: string): string[];
  /** A multiple choice whose values must be among these. */
  listOf<T extends string>(name: string, allowed: readonly T[]): T[];
  /** A record id (a person, a unit, a choice holding an id). */
  id(name: string): number;
  /** An optional record id: null when absent or skipped. */
  optionalId(name: string): number | null;
  /** A day as yyyy-mm-dd. */
  day(name: string): string;
  /** An optional day: null when skipped. */
  optionalDay(name: string): string | null;
  /** A yes/no answer: null when not asked. */
  flag(name: string): boolean | null;
}

/** Reads a form's checked answers with their types. */
export function answers(values: FormValues): Answers {
  const present = (name: string) => values[name] !== undefined && values[name] !== null && values[name] !== "";
  const wrong = (name: string, expected: string) => new FormShapeError(`form answer "${name}" is not ${expected}`);
  const self: Answers = {
    string(name) {
      const value = values[name];
      if (typeof value === "string" && value !== "") return value;
      if (typeof value === "number") return String(value);
      throw wrong(name, "a text");
    },
    optionalString: (name) => (present(name) ? self.string(name) : null),
    oneOf(name, allowed) {
      const value = self.string(name);
      const found = allowed.find((a) => a === value);
      if (found === undefined) throw wrong(name, `one of ${allowed.join(", ")}`);
      return found;
    },
    list(name) {
      const value = values[name];
      if (!present(name)) return [];
      if (!Array.isArray(value)) throw wrong(name, "a list");
      return value.map(String);
    },
    listOf(name, allowed) {
      return self.list(name).map((value) => {
        const found = allowed.find((a) => a === value);
        if (found === undefined) throw wrong(name, `made of ${allowed.join(", ")}`);
        return found;
      });
    },
    id(name) {
      const id = Number(values[name]);
      if (!present(name) || !Number.isInteger(id) || id <= 0) throw wrong(name, "an id");
      return id;
    },
    optionalId: (name) => (present(name) ? self.id(name) : null),
    day(name) {
      const value = values[name];
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      throw wrong(name, "a day");
    },
    optionalDay: (name) => (present(name) ? self.day(name) : null),
    flag(name) {
      const value = values[name];
      if (value === undefined || value === null) return null;
      if (typeof value !== "boolean") throw wrong(name, "yes or no");
      return value;
    },
  };
  return self;
}
