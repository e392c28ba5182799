// The shape of a rule set (catalog/rulesets/*.json: the law and decree in force for a period) and of the
// agency's own rules (catalog/agency.json). Every rule names its article, where it was read and a status, so
// the bot can say "theo Điều … Luật …" or "theo quy chế của Sở" and never passes a guess off as law.
import { z } from "zod";
import { RATING_GRADES } from "../yearend/types";

/** official: read in an official text; quoted: quoted word for word elsewhere; lead: unconfirmed; agency: the Sở's own rule. */
export const RULE_STATUSES = ["official", "quoted", "lead", "agency"] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** States of a person or a collective that bar or shape an award (Nghị định 98/2023 and 152/2025, Điều 4). */
export const STANDING_KINDS = [
  "discipline_review",
  "investigation",
  "inspection",
  "complaint_verification",
  /** Corruption or wrongdoing reported by the press, being verified. */
  "press_verification",
  "disciplined",
  "maternity_leave",
  "recruited",
] as const;
export type StandingKind = (typeof STANDING_KINDS)[number];

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
const share = z.number().gt(0).lte(1);

/** `official` and `quoted` need `source`: the place the text was read. */
function readSomewhere(value: { status: RuleStatus; source: string }, ctx: z.RefinementCtx): void {
  if ((value.status === "official" || value.status === "quoted") && value.source.trim() === "") {
    ctx.addIssue({ code: "custom", path: ["source"], message: `a rule marked ${value.status} must say where it was read` });
  }
}

/** Where a rule comes from. */
export const basisSchema = z
  .object({
    article: z.string().min(1),
    source: z.string().default(""),
    status: z.enum(RULE_STATUSES),
    /** A value kept from an earlier text because the current one was not found: shown as a default. */
    isDefault: z.boolean().default(false),
  })
  .superRefine(readSomewhere);
export type Basis = z.infer<typeof basisSchema>;

const ruleBase = z.object({ text: localized, basis: basisSchema });

export const voteSchema = ruleBase.extend({
  /** Whose council votes: the Sở's own (it submits or grants) or the province's (the Sở only proposes). */
  council: z.enum(["so", "province"]),
  threshold: share,
  of: z.enum(["members", "cast"]),
  absentInWriting: z.boolean(),
});
export type VoteSpec = z.infer<typeof voteSchema>;

export const awardRulesSchema = z.object({
  /** Who grants it: the Sở's head, or a higher level to which the Sở proposes. */
  grantedBy: ruleBase.extend({ level: z.enum(["so", "province", "central"]) }),
  criteria: z
    .array(
      ruleBase.extend({
        /** A grade of the annual rating this criterion reads; `alone`: false when other alternatives also satisfy it. */
        rating: z.object({ atLeast: z.enum(RATING_GRADES), alone: z.boolean() }).optional(),
        /**
         * A collective's members holding an award the same year (a live nomination or a decision): more than
         * (`strict`) or at least `share` of its active members, and at least `count` of them.
         */
        members: z
          .object({
            award: z.string(),
            share: share.nullable().default(null),
            strict: z.boolean().default(false),
            count: z.number().int().min(0).default(0),
          })
          .optional(),
        /** Every recorded rating of a collective's members is at least this grade ("100% hoàn thành nhiệm vụ"). */
        membersRated: z.object({ atLeast: z.enum(RATING_GRADES) }).optional(),
      }),
    )
    .default([]),
  /** sameYear: the title for the nomination's own year; otherwise held `years` consecutive years just before it. */
  prerequisites: z
    .array(ruleBase.extend({ award: z.string(), sameYear: z.boolean(), years: z.number().int().min(1).max(10).default(1) }))
    .default([]),
  quota: ruleBase.extend({ maxShare: share, ofAward: z.string() }).nullable().default(null),
  /** null: the law asks no council vote (LĐTT); the agency may still hold one. */
  vote: voteSchema.nullable().default(null),
});
export type AwardRules = z.infer<typeof awardRulesSchema>;

export const principlesSchema = z.object({
  /** Emulation titles (catalog kind "title") are for a whole year: only the year-end path offers them. */
  titlesYearly: ruleBase.nullable().default(null),
  /** No award or proposal while any of these states is open. */
  exclusions: ruleBase
    .extend({ kinds: z.array(z.enum(STANDING_KINDS)).min(1) })
    .nullable()
    .default(null),
  /** After discipline, achievements count only from the end of the disciplinary period. */
  disciplineCountsFromEnd: ruleBase.nullable().default(null),
  /** Maternity leave counts as working time: it never bars an award. */
  maternityCounts: ruleBase.nullable().default(null),
  /** People recruited less than `months` before the end of the year get none of `awards`. */
  newStaff: ruleBase
    .extend({ months: z.number().int().min(1).max(24), awards: z.array(z.string()) })
    .nullable()
    .default(null),
  /** One achievement is rewarded once, in one form. */
  oneAchievementOneReward: ruleBase.nullable().default(null),
  /** Grounds on which a decision is annulled and the reward recovered. */
  annulment: ruleBase.nullable().default(null),
  /** Principles the council weighs but the bot cannot check (priority for women, no lower form first): shown in /rules. */
  notes: z.array(ruleBase).default([]),
  /** What the period's transitional article says about dossiers made under the previous text: shown in /rules. */
  transition: ruleBase.nullable().default(null),
});

export const ruleSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  title: localized,
  /** First and last day the set governs (an emulation year is judged by the set covering its last day). */
  from: isoDate.nullable(),
  until: isoDate.nullable(),
  /** Switch a set off without deleting it (e.g. one added before its text is confirmed). */
  active: z.boolean().default(true),
  /**
   * A day after which the set must be checked again (a text that may change it is coming); past it, /rules and the
   * start-up log say so, with `checkReason`, until the operator checks the set and moves or removes the date.
   */
  checkBy: isoDate.nullable().default(null),
  checkReason: localized.nullable().default(null),
  texts: z
    .array(z.object({ name: z.string().min(1), status: z.enum(RULE_STATUSES), source: z.string().default("") }).superRefine(readSomewhere))
    .min(1),
  awards: z.record(z.string(), awardRulesSchema),
  principles: principlesSchema,
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** A setting of the agency's own rules: always status `agency`; `isDefault` until the operator confirms it. */
const agencyRule = z.object({
  text: localized,
  /** e.g. "Quy chế TĐKT của Sở, Điều 12"; empty while it is the bot's default. */
  article: z.string().default(""),
  isDefault: z.boolean(),
});

/** emulation_year: the set in force on 31/12 of the year (or the campaign's end); received: on the day it is filed. */
export const RULE_SET_CHOICES = ["emulation_year", "received"] as const;
export type RuleSetChoice = (typeof RULE_SET_CHOICES)[number];

const DEFAULT_RULE_SET_CHOICE = {
  text: {
    vi: 'Lựa chọn của bot: đề nghị cuối năm xét theo bộ quy định có hiệu lực ngày 31/12 của năm thi đua, đề nghị theo chuyên đề theo ngày kết thúc phong trào, đề nghị đột xuất theo ngày lập. Điều khoản chuyển tiếp (Nghị định 152/2025/NĐ-CP Điều 60; Luật 06/2026/QH16 theo tin thứ cấp) gắn văn bản áp dụng với ngày nhận hồ sơ hợp lệ: Sở có thể chọn xét theo ngày hồ sơ được lập ("by": "received")',
    en: 'The bot\'s choice: a year-end nomination is judged by the rule set in force on 31/12 of its emulation year, a thematic one by the set in force when its campaign ends, an ad-hoc one by the set of the day it is made. Transitional articles (Decree 152/2025 Article 60; Law 06/2026/QH16 per third parties) tie the applicable text to when a valid dossier is received: the department may choose the day the dossier is filed ("by": "received")',
  },
  article: "",
  isDefault: true,
  by: "emulation_year" as const,
};

const DEFAULT_SECRET_BALLOT = {
  text: {
    vi: 'Hội đồng và đơn vị bỏ phiếu kín: lựa chọn của Sở. Nghị định 98/2023/NĐ-CP khoản 7 Điều 30 chỉ yêu cầu Hội đồng "phải tiến hành bỏ phiếu"; bỏ phiếu kín là quy định của Nghị định 91/2017/NĐ-CP khoản 8 Điều 45 (đến hết năm 2023)',
    en: 'The council and units vote by secret ballot: the department\'s choice. Decree 98/2023 Article 30(7) asks only that the council "vote"; a secret ballot was the rule of Decree 91/2017 Article 45(8) (until the end of 2023)',
  },
  article: "",
  isDefault: true,
};

const DEFAULT_REVIEW_NEEDS_PLEDGE = {
  text: {
    vi: "Lựa chọn của bot: chỉ đưa ra bình xét của đơn vị người có bản đăng ký thi đua đã được đơn vị xác nhận (người bị trả lại bản đăng ký hoặc chưa đăng ký không được liệt kê là đủ điều kiện)",
    en: "The bot's choice: only people whose emulation pledge the unit confirmed are put to the unit's review (a returned or missing pledge is not listed as eligible)",
  },
  article: "",
  isDefault: true,
  enabled: true,
};

const agencyVote = agencyRule.extend({ threshold: share, of: z.enum(["members", "cast"]), strict: z.boolean() });
export type AgencyVote = z.infer<typeof agencyVote>;

export const agencySchema = z.object({
  version: z.literal(1),
  name: z.string().min(1),
  council: z.object({
    quorum: agencyRule.extend({ share }),
    /** Thresholds for what the law sets none (Giấy khen, LĐTT when voted, proposals upward), or stricter ones. */
    defaultVote: agencyVote,
    upwardVote: agencyVote,
    awardVotes: z.record(z.string(), agencyVote).default({}),
    absentInWriting: agencyRule.extend({ allowed: z.boolean() }),
  }),
  /** A unit's year-end review (họp bình xét): who votes counts, and what share of the unit's members must agree. */
  unitReview: z.object({ quorum: agencyRule.extend({ share }), vote: agencyVote }).default({
    quorum: {
      text: {
        vi: "Cuộc bình xét hợp lệ khi ít nhất một nửa số người của đơn vị bỏ phiếu",
        en: "A unit's review counts when at least half of its members vote",
      },
      article: "",
      isDefault: true,
      share: 0.5,
    },
    vote: {
      text: {
        vi: "Người được bình xét đề nghị khi quá nửa tổng số người của đơn vị đồng ý",
        en: "A person is proposed when more than half of all the unit's members agree",
      },
      article: "",
      isDefault: true,
      threshold: 0.5,
      of: "members",
      strict: true,
    },
  }),
  /** Titles the Sở grants itself; null: as the rule set says. Listing fewer makes the Sở propose those upward. */
  grantsItself: agencyRule.extend({ awards: z.array(z.string()).nullable() }),
  quotas: z
    .array(
      agencyRule.extend({
        award: z.string(),
        maxShare: share,
        ofAward: z.string(),
        fromYear: z.number().int(),
        untilYear: z.number().int().nullable(),
      }),
    )
    .default([]),
  /** Switches the new-staff rule; `months` replaces the period's figure when the Sở's rules set their own. */
  newStaff: agencyRule.extend({ enabled: z.boolean(), months: z.number().int().min(1).max(24).nullable().default(null) }),
  /** The bot's own choice: CSTĐCS needs LĐTT (decided or proposed) the same year, not only its standard. */
  cstdcsNeedsLdtt: agencyRule.extend({ enabled: z.boolean() }),
  /** Days the list of proposed names is shown to staff for feedback before the council meets. */
  feedbackDays: agencyRule.extend({ days: z.number().int().min(0).max(60) }),
  /**
   * Which rule set judges a year-end or thematic nomination: the one in force at the end of the emulation year (or
   * of the campaign), the bot's choice; or the one in force when the dossier is received, as transitional articles
   * read. Never law: the articles it rests on are named in its text.
   */
  ruleSetChoice: agencyRule.extend({ by: z.enum(RULE_SET_CHOICES) }).default(DEFAULT_RULE_SET_CHOICE),
  /** Ballots are secret: the agency's choice where the period's decree asks only for a vote. */
  secretBallot: agencyRule.default(DEFAULT_SECRET_BALLOT),
  /** Only people whose pledge was confirmed are put to the unit's review (the bot's choice unless the Sở's rules say so). */
  reviewNeedsPledge: agencyRule.extend({ enabled: z.boolean() }).default(DEFAULT_REVIEW_NEEDS_PLEDGE),
});
export type Agency = z.infer<typeof agencySchema>;
