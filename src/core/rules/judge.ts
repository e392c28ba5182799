// Judges a nomination against the rules of its emulation year and the agency's rules. A refusal is a
// DomainError("nomination-refused") naming the rule, its article and its status, so the person reading it
// knows whether it is the law ("theo Điều … Luật …") or the Sở's own rule ("theo quy chế của Sở").
import { DateTime } from "luxon";
import type { Text } from "../../kernel/reply";
import type { Award } from "../campaigns/catalog";
import { DomainError } from "../errors";
import type { Nomination, NominationKind, NomineeKind } from "../nominations/types";
import { type HeldReader, lookBack, lookBackText } from "../records/look-back";
import { coversDay, type Standing } from "../standings/types";
import { GRADE_RANK, type RatingGrade } from "../yearend/types";
import type { Cited, YearRules } from "./book";
import type { Basis } from "./schema";

export interface Candidate {
  award: Award;
  kind: NominationKind;
  year: number;
  nominee: { kind: NomineeKind; id: number };
  campaignId: number | null;
  goodDeedId: number | null;
  achievements: string;
}

export interface JudgeDeps {
  /** Live nominations for an award in a year, optionally for one nominee. */
  live(awardCode: string, year: number, nominee?: { kind: NomineeKind; id: number }): Nomination[];
  /** Every award of the catalog, to find other forms given for the same achievement. */
  awards(): Award[];
  standings(personId: number): Standing[];
  unitStandings(unitId: number): Standing[];
  /** The person's annual quality rating (Nghị định 90/2020); null until one is recorded, and then nothing is checked. */
  rating(personId: number, year: number): RatingGrade | null;
  /** A collective's active members, whom its criteria count ("cá nhân trong tập thể"). */
  unitMembers(unitId: number): number[];
  /** The record of achievements (decisions through the bot and imported past ones): what earlier years hold. */
  held: HeldReader;
}

/** dd/mm/yyyy of a calendar date, as Vietnamese documents write it. */
export function dmy(day: string): string {
  return day.split("-").reverse().join("/");
}

/** How a basis reads in a message: the article and its status, or "theo quy chế của Sở". */
export function basisText(basis: Basis): Text {
  return {
    key: basis.status === "agency" ? "rule-basis-agency" : "rule-basis-law",
    args: {
      article: basis.article,
      hasArticle: basis.article === "" ? "no" : "yes",
      status: { key: `rule-status-${basis.status}` },
      isDefault: basis.isDefault ? "yes" : "no",
    },
  };
}

/** "Lựa chọn của bot: …" labels a rule in the catalog; in a refusal its basis already says whose rule it is. */
const CHOICE_LABEL = /^(Lựa chọn của bot|The bot's choice):\s*/u;

function refuse(c: Candidate, rule: Cited, reason: Text): never {
  const said = { vi: rule.text.vi.replace(CHOICE_LABEL, ""), en: rule.text.en.replace(CHOICE_LABEL, "") };
  throw new DomainError("nomination-refused", { award: c.award.name, year: String(c.year), reason, rule: said, basis: basisText(rule.basis) });
}

/** Same achievement: the same campaign, the same good deed, or the same words for an ad-hoc one. */
export function sameAchievement(c: Candidate, n: Nomination): boolean {
  if (c.goodDeedId !== null && n.goodDeedId === c.goodDeedId) return true;
  if (c.kind !== n.kind) return false;
  if (c.campaignId !== null) return n.campaignId === c.campaignId;
  return n.achievements === c.achievements;
}

/** Bars that hold whatever the award, for a person or a collective: Điều 4 exclusions and discipline (152/2025). */
function checkStanding(c: Candidate, rules: YearRules, today: YearRules, todayDay: string, deps: JudgeDeps): void {
  const standings = c.nominee.kind === "person" ? deps.standings(c.nominee.id) : deps.unitStandings(c.nominee.id);
  // a procedural bar applies from its entry into force, so today's rule set counts as well as the year's
  const bar = rules.principles.exclusions ?? today.principles.exclusions;
  const open = bar && standings.find((s) => bar.kinds.includes(s.kind) && coversDay(s, todayDay));
  if (bar && open) refuse(c, bar, { key: "refusal-excluded", args: { state: { key: `standing-kind-${open.kind}` }, from: dmy(open.startsOn) } });
  const fromEnd = rules.principles.disciplineCountsFromEnd ?? today.principles.disciplineCountsFromEnd;
  if (!fromEnd) return;
  for (const s of standings.filter((x) => x.kind === "disciplined" && x.clearedAt === null && x.endsOn !== null)) {
    const until = s.endsOn as string;
    // a yearly title needs the whole year's achievements; anything else, an achievement after the period
    const overlaps = c.kind === "year_end" ? s.startsOn <= `${c.year}-12-31` && until >= `${c.year}-01-01` : coversDay(s, todayDay);
    if (overlaps) refuse(c, fromEnd, { key: "refusal-discipline", args: { until: dmy(until), year: String(c.year) } });
  }
}

function checkNewStaff(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  const rule = rules.newStaff();
  if (!rule || c.nominee.kind !== "person" || !rule.awards.includes(c.award.code)) return;
  const recruited = deps.standings(c.nominee.id).find((s) => s.kind === "recruited");
  if (!recruited) return;
  // maternity leave counts as working time, so nothing is subtracted from the months served
  const served = Math.floor(DateTime.fromISO(`${c.year}-12-31`).plus({ days: 1 }).diff(DateTime.fromISO(recruited.startsOn), "months").months);
  if (served < rule.months) {
    refuse(c, rule, {
      key: "refusal-new-staff",
      args: { from: dmy(recruited.startsOn), year: String(c.year), months: Math.max(served, 0), required: rule.months },
    });
  }
}

function checkRating(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  if (c.nominee.kind !== "person") return;
  const rating = deps.rating(c.nominee.id, c.year);
  if (rating === null) return;
  for (const criterion of rules.award(c.award.code).criteria) {
    // a grade that is one of several alternatives (CSTĐCS: excellent OR an initiative) refuses nobody alone
    if (!criterion.rating?.alone) continue;
    if (GRADE_RANK[rating] < GRADE_RANK[criterion.rating.atLeast]) {
      refuse(c, criterion, { key: "refusal-rating", args: { year: String(c.year), rating: { key: `grade-${rating}` } } });
    }
  }
}

/**
 * A collective's criteria that count its members (Luật 06/2022 Điều 27–28): the share holding a title the same year
 * (a live nomination or a decision counts, as for same-year prerequisites), and no recorded rating below a grade.
 * Members are the unit's active people today; a member without a rating is not counted against it.
 */
function checkMembers(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  if (c.nominee.kind !== "unit") return;
  const members = deps.unitMembers(c.nominee.id);
  for (const criterion of rules.award(c.award.code).criteria) {
    const need = criterion.members;
    if (need) {
      const holders = new Set(deps.live(need.award, c.year).flatMap((n) => (n.personId !== null ? [n.personId] : [])));
      const held = members.filter((id) => holders.has(id)).length;
      const share = members.length === 0 ? 0 : held / members.length;
      const shareMet = need.share === null || (need.strict ? share > need.share + 1e-9 : share >= need.share - 1e-9);
      if (!shareMet || held < need.count) {
        const award = deps.awards().find((a) => a.code === need.award)?.name ?? need.award;
        refuse(c, criterion, { key: "refusal-members", args: { award, year: String(c.year), held, members: members.length } });
      }
    }
    const floor = criterion.membersRated?.atLeast;
    if (floor) {
      const below = members.filter((id) => {
        const grade = deps.rating(id, c.year);
        return grade !== null && GRADE_RANK[grade] < GRADE_RANK[floor];
      }).length;
      if (below > 0) refuse(c, criterion, { key: "refusal-members-rated", args: { year: String(c.year), count: below } });
    }
  }
}

function checkPrerequisites(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  const prerequisites = rules.prerequisites(c.award.code);
  const nameOf = (code: string) => deps.awards().find((a) => a.code === code)?.name ?? code;
  for (const pre of prerequisites.filter((p) => p.sameYear)) {
    // same year: a live nomination counts (the year-end batch proposes both), or a decision already in the record
    if (deps.live(pre.award, c.year, c.nominee).length > 0 || deps.held(c.nominee, pre.award, [c.year]).length > 0) continue;
    refuse(c, pre, { key: "refusal-prerequisite-same-year", args: { required: nameOf(pre.award), year: String(c.year) } });
  }
  // earlier years: the record of achievements, naming the years found and those missing
  for (const result of lookBack(prerequisites, c.nominee, c.year, deps.held)) {
    if (result.missing.length > 0) refuse(c, result.rule, lookBackText(result, nameOf(result.rule.award), c.year));
  }
}

/**
 * Quotas, counted across the agency for the year: live nominations for the award, this one included, must not
 * exceed floor(maxShare × live-or-decided holders of `ofAward`). "Không quá 15%" is read as rounding down.
 */
function checkQuotas(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  for (const quota of rules.quotas(c.award.code)) {
    const base = deps.live(quota.ofAward, c.year).length;
    const max = Math.floor(quota.maxShare * base + 1e-9);
    const count = deps.live(c.award.code, c.year).length + 1;
    if (count > max) refuse(c, quota, { key: "refusal-quota", args: { base, max, count } });
  }
}

/** A form of commendation rewards one achievement once: no second form for the same campaign, deed or words. */
function checkOneReward(c: Candidate, rules: YearRules, deps: JudgeDeps): void {
  const rule = rules.principles.oneAchievementOneReward;
  if (!rule || c.award.kind !== "form") return;
  for (const other of deps.awards().filter((a) => a.kind === "form" && a.code !== c.award.code)) {
    const twin = deps.live(other.code, c.year, c.nominee).find((n) => sameAchievement(c, n));
    if (twin) refuse(c, rule, { key: "refusal-one-reward", args: { other: other.name, id: twin.id } });
  }
}

/**
 * Runs every rule on a candidate. `rules` are the emulation year's (or, for an ad-hoc achievement, the day's);
 * `today` are those in force on the day of the proposal, for procedural bars.
 */
export function judge(c: Candidate, rules: YearRules, today: YearRules, todayDay: string, deps: JudgeDeps): void {
  const yearly = rules.principles.titlesYearly;
  if (yearly && c.award.kind === "title" && c.kind !== "year_end") refuse(c, yearly, { key: "refusal-title-yearly", args: { award: c.award.name } });
  checkStanding(c, rules, today, todayDay, deps);
  checkNewStaff(c, rules, deps);
  checkRating(c, rules, deps);
  checkMembers(c, rules, deps);
  checkPrerequisites(c, rules, deps);
  checkQuotas(c, rules, deps);
  checkOneReward(c, rules, deps);
}

/** The bars that also stop a decision being recorded (no award while under review: Điều 4). */
export function judgeDecision(c: Candidate, rules: YearRules, today: YearRules, todayDay: string, deps: JudgeDeps): void {
  checkStanding(c, rules, today, todayDay, deps);
}
