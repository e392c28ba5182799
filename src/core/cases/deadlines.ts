// Which deadline a case has now, and the rule it comes from. A named complaint or denunciation has none until its
// signed letter is received (Luật Khiếu nại Điều 8, Luật Tố cáo Điều 23: a chat message is not a signed letter);
// an anonymous denunciation never has one (Luật Tố cáo Điều 25); feedback has only the agency's own period.
import type { WorkCalendar } from "./calendar";
import { type CaseRules, type FlagRule, type PeriodRule, type RuleBasis, ruleSetOn } from "./rules";
import type { Case, CaseKind, Complexity } from "./types";

/** What of a case decides its deadlines. */
export interface DeadlineState {
  kind: CaseKind;
  anonymous: boolean;
  instance: number;
  remote: boolean;
  complexity: Complexity;
  extensions: number;
  initialLonger?: boolean;
  receivedOn: string;
  letterReceivedOn: string | null;
  acceptedOn: string | null;
  /** Calendar days the case spent suspended, which do not count. */
  pausedDays: number;
}

export interface Deadline {
  day: string;
  rule: RuleBasis;
}

export type CaseDeadlines = ReturnType<typeof createCaseDeadlines>;

export function createCaseDeadlines(rules: CaseRules, calendar: WorkCalendar) {
  const endsOnWorkingDay = rules.calendarEnd.applies;

  function end(from: string, rule: PeriodRule, extraCalendarDays = 0): Deadline {
    const days = rule.days + extraCalendarDays;
    return { day: calendar.periodEnd(from, { days, unit: rule.unit }, endsOnWorkingDay), rule };
  }

  function resolutionRule(state: DeadlineState): PeriodRule {
    const set = ruleSetOn(rules, state.acceptedOn as string);
    if (state.kind === "denunciation") return set.denunciation.resolve;
    const tiers = state.instance === 2 ? set.complaint.resolve.second : set.complaint.resolve.first;
    const complex = state.complexity !== "normal";
    if (state.remote) return complex ? tiers.remoteComplex : tiers.remote;
    return complex ? tiers.complex : tiers.normal;
  }

  return {
    /** Whether this case is handled under a law at all (not feedback, not anonymous information). */
    isStatutory: (state: Pick<DeadlineState, "kind" | "anonymous">) => state.kind !== "feedback" && !state.anonymous,

    /** The day by which the case must be accepted (thụ lý), once its signed letter is in. */
    acceptance(state: DeadlineState): Deadline | null {
      if (!this.isStatutory(state) || state.letterReceivedOn === null) return null;
      const set = ruleSetOn(rules, state.letterReceivedOn);
      if (state.kind === "denunciation")
        return end(state.letterReceivedOn, state.initialLonger ? set.denunciation.initialLonger : set.denunciation.initial);
      return end(state.letterReceivedOn, state.instance === 2 ? set.complaint.accept.second : set.complaint.accept.first);
    },

    /** The day by which it must be resolved: from acceptance, plus extensions, plus time suspended. */
    resolution(state: DeadlineState): Deadline | null {
      if (state.kind === "feedback") return end(state.receivedOn, rules.feedback.reply);
      if (!this.isStatutory(state) || state.acceptedOn === null) return null;
      const rule = resolutionRule(state);
      const extension = ruleSetOn(rules, state.acceptedOn).denunciation.extension.days;
      const extra = (state.kind === "denunciation" ? state.extensions * extension : 0) + state.pausedDays;
      return end(state.acceptedOn, rule, extra);
    },

    /**
     * The side periods of a named denunciation: forward it within 5 working days of the letter if the agency is not
     * competent (Điều 24 khoản 2); tell the denouncer and the person denounced within 5 working days of acceptance
     * (Điều 29 khoản 3).
     */
    sidePeriods(state: DeadlineState): Array<{ what: "forward" | "notify"; deadline: Deadline }> {
      if (state.kind !== "denunciation" || !this.isStatutory(state) || state.letterReceivedOn === null) return [];
      if (state.acceptedOn === null)
        return [{ what: "forward", deadline: end(state.letterReceivedOn, ruleSetOn(rules, state.letterReceivedOn).denunciation.forward) }];
      return [{ what: "notify", deadline: end(state.acceptedOn, ruleSetOn(rules, state.acceptedOn).denunciation.notify) }];
    },

    /**
     * The last day to complain: a first complaint within 90 days of receiving or learning of the decision (Điều 9);
     * a second one within 30 days (45 in remote areas) of the first-instance decision, or of the end of the
     * first-instance period when no decision came (Điều 33 khoản 1).
     */
    limitToComplain(from: string, instance = 1, remote = false): Deadline {
      const set = ruleSetOn(rules, from).complaint;
      if (instance !== 2) return end(from, set.limit);
      return end(from, remote ? set.limitSecond.remote : set.limitSecond.normal);
    },

    /** Not accepting a complaint on a day: the rule in force and its grounds (Điều 11, 27, 36). */
    notAccepted: (day: string) => ruleSetOn(rules, day).complaint.notAccepted,

    suspension(kind: CaseKind, day: string): FlagRule {
      const set = ruleSetOn(rules, day);
      return kind === "denunciation" ? set.denunciation.suspensionPauses : set.complaint.suspensionPauses;
    },

    /** How far ahead a second-instance dialogue must be announced on this day, if a rule says so. */
    dialogueNotice: (day: string): PeriodRule | null => ruleSetOn(rules, day).complaint.dialogueNotice,

    extension: (day: string): PeriodRule => ruleSetOn(rules, day).denunciation.extension,
    initialLonger: (day: string): PeriodRule => ruleSetOn(rules, day).denunciation.initialLonger,
    complexRule: (state: DeadlineState): PeriodRule => resolutionRule({ ...state, complexity: "complex" }),
    anonymousRule: (day: string): FlagRule => ruleSetOn(rules, day).denunciation.anonymous,
    feedbackRule: (): PeriodRule => rules.feedback.reply,
    /** The whole rule set in force on a day, and the rules that hold on every day, for /caserules. */
    rulesOn: (day: string) => ({ set: ruleSetOn(rules, day), feedback: rules.feedback.reply, calendarEnd: rules.calendarEnd }),
    calendar,
  };
}

/** A case's deadline state as the rules read it. */
export function deadlineState(item: Case): DeadlineState {
  return { ...item };
}

/** The deadline that runs now: acceptance while waiting to be accepted, resolution after; none otherwise. */
export function currentDeadline(item: Pick<Case, "status" | "acceptBy" | "resolveBy">): string | null {
  if (item.status === "received") return item.acceptBy ?? item.resolveBy;
  if (item.status === "accepted") return item.resolveBy;
  return null;
}

/** A state with nothing decided yet, e.g. for a new feedback. */
export function blankState(today: string): DeadlineState {
  return {
    kind: "feedback",
    anonymous: false,
    instance: 1,
    remote: false,
    complexity: "normal",
    extensions: 0,
    receivedOn: today,
    letterReceivedOn: null,
    acceptedOn: null,
    pausedDays: 0,
  };
}

/** The rule behind a case's current deadline, so it can be shown with its article and status. */
export function ruleOfDeadline(deadlines: CaseDeadlines, item: Case) {
  const state = deadlineState(item);
  if (item.status === "received") return (deadlines.acceptance(state) ?? deadlines.resolution(state))?.rule ?? null;
  if (item.status === "accepted") return deadlines.resolution(state)?.rule ?? null;
  return null;
}
