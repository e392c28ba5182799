// Case deadlines as rule sets by date (catalog/case-rules.json): each rule carries its article, where it was
// read and its status, so a deadline shown to anyone can say which text it comes from and how sure that is.
import { z } from "zod";

export const RULE_STATUSES = ["official", "quoted", "lead", "agency"] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day written YYYY-MM-DD");

const basis = {
  article: z.string().min(1),
  readAt: z.string().min(1),
  status: z.enum(RULE_STATUSES),
  note: z.string().optional(),
};

export const periodRule = z.object({ days: z.number().int().positive(), unit: z.enum(["calendar", "working"]), ...basis });
export type PeriodRule = z.infer<typeof periodRule>;
const flagRule = z.object({ applies: z.boolean(), ...basis });
export type FlagRule = z.infer<typeof flagRule>;
/** Whatever a rule is, what it rests on. */
export type RuleBasis = Pick<PeriodRule, "article" | "readAt" | "status" | "note">;

const tiers = z.object({ normal: periodRule, complex: periodRule, remote: periodRule, remoteComplex: periodRule });

/** The grounds on which a complaint is not accepted (Luật Khiếu nại Điều 11), each with its clause. */
export const NOT_ACCEPTED_GROUNDS = [
  "internal_act",
  "not_concerned",
  "no_capacity",
  "unlawful_representative",
  "unsigned",
  "out_of_time",
  "second_instance_decided",
  "not_continued",
  "court",
] as const;
export type NotAcceptedGround = (typeof NOT_ACCEPTED_GROUNDS)[number];

const notAcceptedRule = z.object({
  ...basis,
  grounds: z.array(z.object({ code: z.enum(NOT_ACCEPTED_GROUNDS), article: z.string().min(1) })).min(1),
});
export type NotAcceptedRule = z.infer<typeof notAcceptedRule>;

const ruleSet = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  from: isoDay,
  until: isoDay.nullable(),
  complaint: z.object({
    /** First instance: from receiving or learning of the decision (Điều 9). */
    limit: periodRule,
    /** Second instance: from the end of the first-instance period or the first-instance decision (Điều 33). */
    limitSecond: z.object({ normal: periodRule, remote: periodRule }),
    /** Not accepting a complaint: a written notice with the reason, on one of the grounds of Điều 11. */
    notAccepted: notAcceptedRule,
    accept: z.object({ first: periodRule, second: periodRule }),
    resolve: z.object({ first: tiers, second: tiers }),
    suspensionPauses: flagRule,
    /** How long ahead the second-instance dialogue must be announced; null where no text sets it. */
    dialogueNotice: periodRule.nullable(),
  }),
  denunciation: z.object({
    initial: periodRule,
    initialLonger: periodRule,
    forward: periodRule,
    notify: periodRule,
    resolve: periodRule,
    extension: periodRule,
    suspensionPauses: flagRule,
    anonymous: flagRule,
  }),
});
export type CaseRuleSet = z.infer<typeof ruleSet>;

export const caseRulesSchema = z
  .object({
    version: z.literal(2),
    note: z.string(),
    calendarEnd: flagRule,
    ruleSets: z.array(ruleSet).min(1),
    feedback: z.object({ reply: periodRule.extend({ status: z.literal("agency") }) }),
  })
  .superRefine((file, ctx) => {
    // the periods must follow each other without overlap, so one day has exactly one rule set
    const sorted = [...file.ruleSets].sort((a, b) => a.from.localeCompare(b.from));
    for (const [i, set] of sorted.entries()) {
      const next = sorted[i + 1];
      if (set.until !== null && set.until < set.from)
        ctx.addIssue({ code: "custom", path: ["ruleSets", file.ruleSets.indexOf(set), "until"], message: "ends before it starts" });
      if (next && (set.until === null || set.until >= next.from))
        ctx.addIssue({ code: "custom", path: ["ruleSets", file.ruleSets.indexOf(next), "from"], message: `overlaps rule set ${set.id}` });
    }
  });
export type CaseRules = z.infer<typeof caseRulesSchema>;

/** The rule set in force on a day; the earliest one for days before any (the bot keeps no older law). */
export function ruleSetOn(rules: CaseRules, day: string): CaseRuleSet {
  const sorted = [...rules.ruleSets].sort((a, b) => a.from.localeCompare(b.from));
  const found = sorted.filter((s) => s.from <= day && (s.until === null || day <= s.until)).at(0);
  return found ?? (sorted[0] as CaseRuleSet);
}
