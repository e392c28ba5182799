// How the rules in force for a year are shown: each rule in plain words with its article and status, the law's
// rules apart from the Sở's own, so nobody takes an agency setting or an unconfirmed text for law.
import { MIN_BALLOTS_FOR_COUNTS } from "../../src/core/ballots/tally";
import { agencyCited, type Cited, type YearRules } from "../../src/core/rules/book";
import { basisText } from "../../src/core/rules/judge";
import { dayOf, showDay } from "../../src/kernel/dates";
import type { Block, Text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";
import { ratingRuleLines } from "./rating-view";

function line(rule: Cited): Text {
  return { key: "rules-line", args: { rule: rule.text, basis: basisText(rule.basis) } };
}

function awardBlocks(ctx: CommandContext, rules: YearRules, code: string): Block[] {
  const award = ctx.services.catalog.get(code);
  if (!award) return [];
  const grant = rules.grant(code);
  const vote = rules.vote(code);
  const items: Text[] = [
    { key: grant.level === "so" ? "rules-grant-so" : "rules-grant-upward", args: { rule: grant.text, basis: basisText(grant.basis) } },
    ...rules.award(code).criteria.map(line),
    ...rules.prerequisites(code).map(line),
    ...rules.quotas(code).map(line),
    {
      key: vote.required ? "rules-vote" : "rules-vote-optional",
      args: { rule: vote.text, basis: basisText(vote.basis) },
    },
    ...(vote.upstream ? [{ key: "rules-vote-upstream", args: { rule: vote.upstream.text, basis: basisText(vote.upstream.basis) } }] : []),
  ];
  return [
    { type: "heading", text: { key: "rules-award", args: { award: award.name } } },
    { type: "list", items },
  ];
}

/**
 * The set a nomination of the year would be judged by: the one of 31/12 (the bot's default), or, when the agency
 * chose the day the dossier is received, the one of that day, no earlier than the year's end.
 */
function yearRules(ctx: CommandContext, year: number, today: string): YearRules {
  const book = ctx.services.rules;
  const yearEnd = `${year}-12-31`;
  return book.byReceipt() ? book.forYearAsOf(year, today > yearEnd ? today : yearEnd) : book.forYear(year);
}

/** A set past its check-by day says so first, with the reason, until the operator checks it. */
function checkBlocks(rules: YearRules, today: string): Block[] {
  const { checkBy, checkReason } = rules.set;
  if (checkBy === null || checkBy >= today) return [];
  return [{ type: "paragraph", text: { key: "rules-check-due", args: { day: showDay(checkBy), reason: checkReason ?? "—" } } }];
}

/** The whole rulebook for a year, or one award's rules. */
export function rulesReply(ctx: CommandContext, year: number, only: string | null): Block[] {
  const today = dayOf(ctx.services.clock.now(), ctx.services.settings.timezone);
  const rules = yearRules(ctx, year, today);
  const agency = ctx.services.rules.agency;
  const { principles } = rules.set;
  const general = [
    principles.titlesYearly,
    principles.exclusions,
    principles.disciplineCountsFromEnd,
    principles.maternityCounts,
    rules.newStaff(),
    principles.oneAchievementOneReward,
    principles.annulment,
    principles.transition,
  ].filter((rule): rule is NonNullable<typeof rule> => rule !== null);
  // principles the council weighs but the bot cannot check, shown so they are not forgotten
  const shown: Cited[] = [...general, ...principles.notes];
  const codes = only ? [only] : ctx.services.catalog.all().map((a) => a.code);
  const own: Cited[] = [
    agencyCited(agency.ruleSetChoice),
    rules.quorum(),
    agencyCited(agency.secretBallot),
    agencyCited(agency.council.absentInWriting),
    agencyCited(agency.reviewNeedsPledge),
    agencyCited(agency.cstdcsNeedsLdtt),
    agencyCited(agency.newStaff),
    agencyCited(agency.feedbackDays),
  ];
  return [
    { type: "heading", text: { key: "rules-title", args: { year: String(year), set: rules.set.title } } },
    ...checkBlocks(rules, today),
    {
      type: "paragraph",
      text: { key: ctx.services.rules.byReceipt() ? "rules-set-by-receipt" : "rules-set-by-year", args: { year: String(year) } },
    },
    {
      type: "list",
      items: rules.set.texts.map((t) => ({ key: "rules-text", args: { name: t.name, status: { key: `rule-status-${t.status}` } } })),
    },
    ...codes.flatMap((code) => awardBlocks(ctx, rules, code)),
    ...(only
      ? []
      : [
          { type: "heading" as const, text: { key: "rules-general" } },
          { type: "list" as const, items: shown.map(line) },
        ]),
    ...(only
      ? []
      : [
          { type: "heading" as const, text: { key: "rules-rating", args: { year: String(year) } } },
          { type: "list" as const, items: ratingRuleLines(ctx, year) },
        ]),
    ...(only
      ? []
      : [
          { type: "heading" as const, text: { key: "rules-agency", args: { agency: agency.name, days: agency.feedbackDays.days } } },
          { type: "list" as const, items: own.map(line) },
        ]),
    ...(only ? [] : [{ type: "paragraph" as const, text: { key: "rules-count-floor", args: { min: MIN_BALLOTS_FOR_COUNTS } } }]),
    { type: "paragraph", text: { key: "rules-check-note" } },
  ];
}
