// The award catalog: titles and forms of commendation, loaded from catalog/awards.json and validated.
import { z } from "zod";
import { AWARD_KINDS, AWARD_SUBJECTS, type AwardSubject } from "./types";

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const withBasis = localized.extend({ basis: z.string().min(1) });

export const awardSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_]{1,12}$/, "must be 1–12 characters of A-Z, 0-9 or _"),
  kind: z.enum(AWARD_KINDS),
  subject: z.enum(AWARD_SUBJECTS),
  name: localized,
  grantedBy: localized,
  pledgeable: z.boolean(),
  criteria: z.array(withBasis),
  // sameYear: the title for the nomination's own year; otherwise held in `years` consecutive years just before it
  prerequisites: z
    .array(withBasis.extend({ award: z.string(), sameYear: z.boolean(), years: z.number().int().min(1).max(10).default(1) }))
    .default([]),
  quota: withBasis
    .extend({ maxShare: z.number().gt(0).lte(1), ofAward: z.string().nullable() })
    .nullable()
    .default(null),
  vote: z
    .object({ threshold: z.number().gt(0).lte(1), of: z.enum(["members", "cast"]), basis: z.string() })
    .nullable()
    .default(null),
  verified: z.boolean().default(false),
});

export const catalogSchema = z
  .object({
    version: z.literal(1),
    legalBasis: z.array(z.string()),
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
    catalog.awards.forEach((award, i) => {
      const refs = [...award.prerequisites.map((p) => p.award), ...(award.quota?.ofAward ? [award.quota.ofAward] : [])];
      for (const ref of refs) {
        if (!codes.has(ref)) {
          ctx.addIssue({ code: "custom", path: ["awards", i], message: `refers to unknown award ${ref}` });
        }
      }
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
