// The award catalog: the titles and forms of commendation by name, loaded from catalog/awards.json and validated.
import { z } from "zod";
import { AWARD_KINDS, AWARD_SUBJECTS, type AwardSubject } from "./types";

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** An award's identity only; who grants it and on what terms is in the rule sets (src/core/rules). */
export const awardSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_]{1,12}$/, "must be 1–12 characters of A-Z, 0-9 or _"),
  kind: z.enum(AWARD_KINDS),
  subject: z.enum(AWARD_SUBJECTS),
  name: localized,
  pledgeable: z.boolean(),
});

export const catalogSchema = z
  .object({
    version: z.literal(2),
    about: z.string().default(""),
    awards: z.array(awardSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const codes = new Set<string>();
    catalog.awards.forEach((award, i) => {
      if (codes.has(award.code)) {
        ctx.addIssue({ code: "custom", path: ["awards", i, "code"], message: `duplicate code ${award.code}` });
      }
      codes.add(award.code);
    });
  });

export type Award = z.infer<typeof awardSchema>;
export type Catalog = z.infer<typeof catalogSchema>;

/** Read-only access to the catalog by code. */
export interface AwardCatalog {
  all(): Award[];
  get(code: string): Award | undefined;
  pledgeable(subject: AwardSubject): Award[];
}

export function createAwardCatalog(catalog: Catalog): AwardCatalog {
  const byCode = new Map(catalog.awards.map((a) => [a.code, a]));
  return {
    all: () => catalog.awards,
    get: (code) => byCode.get(code),
    pledgeable: (subject) => catalog.awards.filter((a) => a.pledgeable && a.subject === subject),
  };
}
