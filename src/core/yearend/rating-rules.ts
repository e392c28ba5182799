// The rules of the annual quality rating by staff category and year (catalog/ratings.json): which decree rates a
// civil servant, a public employee or a contract worker, its point bands, the cap on "hoàn thành xuất sắc", who the
// competent rater is and when the rating is due. Each rule names its article, where it was read and its status, so
// /rules and /rate can say what is law, what is unconfirmed and what is the agency's.
import { z } from "zod";
import type { LocalizedText } from "../../kernel/reply";
import { type Basis, basisSchema } from "../rules/schema";
import { STAFF_CATEGORIES, type StaffCategory } from "./types";

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const cited = z.object({ text: localized, basis: basisSchema });

const ratingRule = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  category: z.enum(STAFF_CATEGORIES),
  /** The emulation years whose rating it governs; null: open-ended. */
  fromYear: z.number().int().nullable(),
  untilYear: z.number().int().nullable(),
  title: cited,
  /** Lowest points of each grade on a 100-point scale; null where the decree rates without points. */
  points: z.object({ excellent: z.number(), good: z.number(), completed: z.number() }).nullable(),
  /** At most `maxShareOfGood` × those rated "good" may be rated "excellent", counted in the agency or per unit. */
  excellentCap: cited.extend({ maxShareOfGood: z.number().gt(0).lte(1), scope: z.enum(["agency", "unit"]) }).nullable(),
  /** Who decides the rating: shown when it is recorded, so nobody takes the recorder for the rater. */
  rater: cited,
  /** When the rating is due (before the year-end emulation review). */
  timing: cited.nullable(),
});
export type RatingRule = z.infer<typeof ratingRule>;

export const ratingRulesSchema = z.object({ version: z.literal(1), note: z.string(), rules: z.array(ratingRule).min(1) }).superRefine((file, ctx) => {
  // one rule per category and year, so a rating is never judged by two decrees
  for (const [i, a] of file.rules.entries()) {
    for (const b of file.rules.slice(i + 1)) {
      const overlap =
        a.category === b.category && (a.fromYear ?? -Infinity) <= (b.untilYear ?? Infinity) && (b.fromYear ?? -Infinity) <= (a.untilYear ?? Infinity);
      if (overlap) ctx.addIssue({ code: "custom", path: ["rules", file.rules.indexOf(b), "fromYear"], message: `overlaps ${a.id}` });
    }
  }
});
export type RatingRules = z.infer<typeof ratingRulesSchema>;

/** A rule as /rules shows it. */
export interface CitedRule {
  text: LocalizedText;
  basis: Basis;
}

export type RatingRuleBook = ReturnType<typeof createRatingRuleBook>;

export function createRatingRuleBook(file: RatingRules) {
  return {
    /** The rule that rates this category in this year, if the catalog has one. */
    for(category: StaffCategory, year: number): RatingRule | null {
      return file.rules.find((r) => r.category === category && (r.fromYear ?? -Infinity) <= year && year <= (r.untilYear ?? Infinity)) ?? null;
    },
    /** Every category's rule for a year, in the catalog's order of categories. */
    ofYear(year: number): RatingRule[] {
      return STAFF_CATEGORIES.flatMap((c) => {
        const rule = this.for(c, year);
        return rule ? [rule] : [];
      });
    },
  };
}

/**
 * Whether a group's "excellent" ratings exceed the cap: at most floor(share × "good") of them ("không vượt quá 20%
 * tổng số … được xếp loại hoàn thành tốt nhiệm vụ"; rounding down, as for the quotas).
 */
export function capExceeded(excellent: number, good: number, maxShareOfGood: number): { exceeded: boolean; max: number } {
  const max = Math.floor(maxShareOfGood * good + 1e-9);
  return { exceeded: excellent > max, max };
}
