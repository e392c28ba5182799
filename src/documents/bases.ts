// The legal texts a document cites for the rule set its nominations were judged by (catalog/legal-bases.json,
// keyed by the ids of catalog/rulesets/): the căn cứ lines (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a), the
// article on the reward money and the decree's forms of the achievement report. A `lead` text is never printed.
import { resolve } from "node:path";
import { z } from "zod";
import { CATALOG_DIR, loadDataFile } from "../catalog/load";
import { RULE_STATUSES } from "../core/rules/schema";

const sourced = z.object({ status: z.enum(RULE_STATUSES), source: z.string().min(1) });

const ruleSetBases = z.object({
  bases: z.array(sourced.extend({ text: z.string().min(1) })).min(1),
  money: sourced.extend({
    /** The decree's short name, cited when no article is confirmed: "Nghị định số 98/2023/NĐ-CP". */
    decree: z.string().min(1),
    /** The article cited for the amounts below: "Điều 54 Nghị định số 98/2023/NĐ-CP". */
    cites: z.string().min(1),
    /** Times the base salary, per award code, as the cited article sets them. */
    coefficients: z.record(z.string(), z.number().positive()),
  }),
  forms: z.object({ person: sourced.extend({ name: z.string().min(1) }), unit: sourced.extend({ name: z.string().min(1) }) }),
  /** Titles that come with a certificate (Bằng chứng nhận) besides the decision; every form (Giấy khen) has its own. */
  certified: sourced.extend({ codes: z.array(z.string()) }),
});
export type RuleSetBases = z.infer<typeof ruleSetBases>;

export const legalBasesSchema = z.object({ version: z.literal(1), about: z.string(), rulesets: z.record(z.string(), ruleSetBases) });
export type LegalBases = z.infer<typeof legalBasesSchema>;

export function loadLegalBases(file = resolve(CATALOG_DIR, "legal-bases.json")): LegalBases {
  return loadDataFile(file, legalBasesSchema, "set of legal bases");
}

const printable = (status: string) => status === "official" || status === "quoted";

/** The căn cứ lines to print for a rule set, or null when the file has none for it (an operator's new set). */
export function basesFor(
  bases: LegalBases,
  ruleSetId: string,
): { lines: string[]; money: RuleSetBases["money"]; forms: RuleSetBases["forms"]; certified: string[] } | null {
  const set = bases.rulesets[ruleSetId];
  if (!set) return null;
  const money = printable(set.money.status) ? set.money : { ...set.money, cites: set.money.decree, coefficients: {} };
  return {
    lines: set.bases.filter((b) => printable(b.status)).map((b) => `Căn cứ ${b.text}`),
    money,
    forms: set.forms,
    certified: set.certified.codes,
  };
}
