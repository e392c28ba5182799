// The rulebook: picks the rule set in force for a date or an emulation year and lays the agency's own rules
// (catalog/agency.json) beside it. Every answer carries its basis, so callers can cite it in a refusal.

import type { LocalizedText } from "../../kernel/reply";
import { DomainError } from "../errors";
import type { Agency, AgencyVote, AwardRules, Basis, RuleSet, VoteSpec } from "./schema";

/** A rule as shown to people: what it says and where it comes from. */
export interface Cited {
  text: LocalizedText;
  basis: Basis;
}

/** How the Sở's council decides on an award in a given year. */
export interface CouncilVote extends Cited {
  threshold: number;
  of: "members" | "cast";
  /** true: more than the threshold; false: at least the threshold ("từ 80%"). */
  strict: boolean;
  /** false when the law asks no vote (LĐTT): the secretary may then record a decision without a session. */
  required: boolean;
  /** The higher level's vote after the Sở proposes (e.g. 90% of the provincial council), for information. */
  upstream: (VoteSpec & Cited) | null;
}

export interface Quota extends Cited {
  maxShare: number;
  ofAward: string;
}

export interface Prerequisite extends Cited {
  award: string;
  sameYear: boolean;
  years: number;
}

export type YearRules = ReturnType<typeof rulesOf>;
export type RuleBook = ReturnType<typeof createRuleBook>;

/** Cites an agency setting: never as law, and labelled a default until the operator confirms it. */
export function agencyCited(rule: { text: LocalizedText; article: string; isDefault: boolean }): Cited {
  return {
    text: rule.text,
    // no article given: "theo quy chế của Sở" alone (the agency's name in the sample file is a placeholder to replace)
    basis: { article: rule.article, source: "catalog/agency.json", status: "agency", isDefault: rule.isDefault },
  };
}

function fromAgencyVote(vote: AgencyVote, required: boolean, upstream: CouncilVote["upstream"]): CouncilVote {
  return { ...agencyCited(vote), threshold: vote.threshold, of: vote.of, strict: vote.strict, required, upstream };
}

/** A higher threshold wins: an agency may be stricter than the law, never laxer. */
function stricter(a: CouncilVote, b: CouncilVote): CouncilVote {
  if (a.of !== b.of) return a.of === "members" ? a : b;
  return b.threshold > a.threshold ? b : a;
}

/** The rules for one rule set with the agency's settings applied. */
function rulesOf(set: RuleSet, agency: Agency, year: number) {
  function award(code: string): AwardRules {
    const rules = set.awards[code];
    // the loader checks every set covers every award in the catalog
    if (!rules) throw new Error(`rule set ${set.id} has no rules for ${code}`);
    return rules;
  }

  function grantsItself(code: string): boolean {
    return award(code).grantedBy.level === "so" && (agency.grantsItself.awards?.includes(code) ?? true);
  }

  return {
    set,
    year,
    award,
    grantsItself,

    /** Who grants it, with the basis (the agency's, when it keeps a title the law lets the Sở grant for the province). */
    grant(code: string): Cited & { level: "so" | "province" | "central" } {
      const law = award(code).grantedBy;
      if (law.level === "so" && !grantsItself(code)) return { ...agencyCited(agency.grantsItself), level: "province" };
      return law;
    },

    vote(code: string): CouncilVote {
      const law = award(code).vote;
      const upstream = law && law.council !== "so" ? law : null;
      if (!grantsItself(code)) return fromAgencyVote(agency.council.upwardVote, true, upstream);
      const own = agency.council.awardVotes[code];
      if (law && law.council === "so") {
        const legal: CouncilVote = { ...law, strict: false, required: true, upstream: null };
        return own ? stricter(legal, fromAgencyVote(own, true, null)) : legal;
      }
      return fromAgencyVote(own ?? agency.council.defaultVote, false, null);
    },

    quorum: (): Cited & { share: number } => ({ ...agencyCited(agency.council.quorum), share: agency.council.quorum.share }),

    /** The law's quota of the period, and any the agency sets for this year. */
    quotas(code: string): Quota[] {
      const law = award(code).quota;
      const own = agency.quotas
        .filter((q) => q.award === code && q.fromYear <= year && (q.untilYear === null || year <= q.untilYear))
        .map((q) => ({ ...agencyCited(q), maxShare: q.maxShare, ofAward: q.ofAward }));
      return [...(law ? [law] : []), ...own];
    },

    prerequisites(code: string): Prerequisite[] {
      const own: Prerequisite[] =
        code === "CSTDCS" && agency.cstdcsNeedsLdtt.enabled
          ? [{ ...agencyCited(agency.cstdcsNeedsLdtt), award: "LDTT", sameYear: true, years: 1 }]
          : [];
      return [...award(code).prerequisites, ...own];
    },

    /** The period's new-staff rule, unless the agency switched it off or set its own number of months. */
    newStaff() {
      const rule = set.principles.newStaff;
      if (!rule || !agency.newStaff.enabled) return null;
      const months = agency.newStaff.months;
      return months === null ? rule : { ...agencyCited(agency.newStaff), months, awards: rule.awards };
    },
    principles: set.principles,
  };
}

function covers(set: RuleSet, date: string): boolean {
  return set.active && (set.from === null || set.from <= date) && (set.until === null || date <= set.until);
}

export function createRuleBook(sets: RuleSet[], agency: Agency) {
  /** The set in force on a date; where an operator's new set overlaps, the one that starts latest wins. */
  function setOn(date: string): RuleSet {
    const candidates = sets.filter((s) => covers(s, date)).sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
    const found = candidates[0];
    // an operator who narrows the sets' dates can leave a day uncovered: say so instead of guessing a rule
    if (!found) throw new DomainError("no-rule-set", { date: date.split("-").reverse().join("/") });
    return found;
  }

  return {
    agency,
    /** An emulation year is judged by the set in force on its last day (when its year-end review happens). */
    forYear: (year: number) => rulesOf(setOn(`${year}-12-31`), agency, year),
    /** An emulation year judged by the set in force on another day: the day its dossier is received. */
    forYearAsOf: (year: number, date: string) => rulesOf(setOn(date), agency, year),
    /** The set in force on a day (an ad-hoc achievement, a procedural bar applied today). */
    onDate: (date: string) => rulesOf(setOn(date), agency, Number(date.slice(0, 4))),
    /** Whether year-end and thematic nominations follow the day their dossier is received (agency.json). */
    byReceipt: () => agency.ruleSetChoice.by === "received",
    /** Active sets past their check-by day: a text that may change them was due (shown in /rules and at start). */
    dueForCheck: (today: string) => sets.filter((s) => s.active && s.checkBy !== null && s.checkBy < today),
  };
}
