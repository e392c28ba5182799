// Self-assessment (tự đánh giá): in the evaluation window a campaign's leader or secretary sets, everyone with a
// pledge assesses each commitment (achieved, partly, not achieved, with a short note) and lists their main
// achievements. Saved as they go: the draft of their achievement report, editable until the window closes.
import { DateTime } from "luxon";
import { showDay } from "../../kernel/dates";
import type { Clock } from "../../kernel/ports";
import { button, say } from "../../kernel/reply";
import { normalizeText, visibleLength } from "../../kernel/text";
import type { CampaignService } from "../campaigns/service";
import type { Campaign } from "../campaigns/types";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { SELFASSESS_NOTICE } from "../notice-actions";
import type { PledgeService } from "../pledges/service";
import type { Pledge } from "../pledges/types";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import { PLEDGERS, YEAR_END_ORGANISERS } from "../roles";
import type { AssessmentItem, AssessmentResult, EvaluationWindow, SelfAssessment, YearEndRepo } from "./types";

export const MAX_NOTE_LENGTH = 500;
export const MAX_ACHIEVEMENTS_LENGTH = 4000;

/** The pledge's commitments, one per line, without list marks ("- ", "1. ", "•"). */
export function commitmentLines(commitments: string): string[] {
  return commitments
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•+]|\d+[.)])\s*/u, "").trim())
    .filter((line) => line !== "");
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;

export function createAssessmentService(deps: {
  repo: YearEndRepo;
  pledges: PledgeService;
  campaigns: CampaignService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  timezone: string;
}) {
  const { repo, pledges, campaigns, audit, clock, uow, notifier, timezone } = deps;
  const today = () => DateTime.fromJSDate(clock.now(), { zone: timezone }).toISODate() as string;

  function isOpen(window: EvaluationWindow | null): window is EvaluationWindow {
    return window !== null && window.opensOn <= today() && window.closesAt.getTime() >= clock.now().getTime();
  }

  /** The person's own pledge, in a campaign whose window is open now. */
  function ownOpenPledge(actor: Person | null, pledgeId: number): { person: Person; pledge: Pledge; window: EvaluationWindow } {
    const person = requireRole(actor, ...PLEDGERS);
    const pledge = pledges.get(pledgeId);
    if (pledge.subject !== "person" || pledge.personId !== person.id) throw new DomainError("not-allowed");
    const window = repo.window(pledge.campaignId);
    if (!isOpen(window)) throw new DomainError("evaluation-closed");
    return { person, pledge, window };
  }

  /** The saved assessment, or a fresh one built from the pledge's commitments. */
  function current(pledge: Pledge, personId: number): SelfAssessment {
    const saved = repo.assessment(pledge.id);
    if (saved) return saved;
    const lines = commitmentLines(pledge.commitments);
    return {
      pledgeId: pledge.id,
      personId,
      items: lines.map((commitment) => ({ commitment, result: null, note: "" })),
      achievements: "",
      updatedAt: clock.now(),
    };
  }

  function save(assessment: SelfAssessment, person: Person): SelfAssessment {
    const next = { ...assessment, updatedAt: clock.now() };
    uow.transaction(() => {
      repo.saveAssessment(next);
      audit.record({ actorPersonId: person.id, action: "assessment.save", entity: "pledge", entityId: assessment.pledgeId });
    });
    return next;
  }

  return {
    window: (campaignId: number) => repo.window(campaignId),
    isOpen: (campaignId: number) => isOpen(repo.window(campaignId)),

    /**
     * Sets (or moves) a campaign's evaluation window and tells everyone with a pledge in it. The window ends at the
     * end of `closesOn` where the agency is.
     */
    async openWindow(
      actor: Person | null,
      campaignId: number,
      opensOn: string,
      closesOn: string,
    ): Promise<{ window: EvaluationWindow; told: number }> {
      const author = requireRole(actor, ...YEAR_END_ORGANISERS);
      const campaign = campaigns.get(campaignId);
      if (closesOn < opensOn) throw new DomainError("evaluation-dates");
      if (closesOn < today()) throw new DomainError("evaluation-dates");
      const window: EvaluationWindow = {
        campaignId,
        opensOn,
        closesAt: DateTime.fromISO(closesOn, { zone: timezone }).endOf("day").toJSDate(),
        createdBy: author.id,
        createdAt: clock.now(),
      };
      uow.transaction(() => {
        repo.saveWindow(window);
        audit.record({
          actorPersonId: author.id,
          action: "evaluation.window",
          entity: "campaign",
          entityId: campaignId,
          details: { opensOn, closesOn },
        });
      });
      const people = pledgersOf(campaign);
      for (const personId of people) {
        await notifier.notify(personId, {
          ...say("evaluation-window-notice", { campaign: campaign.title, opensOn: showDay(opensOn), closesAt: window.closesAt }),
          buttons: [[button("btn-selfassess", SELFASSESS_NOTICE.open.payload(campaignId), "primary")]],
        });
      }
      return { window, told: people.length };
    },

    /** The person's pledges in campaigns whose evaluation window is open today. */
    assessable(actor: Person | null): Array<{ pledge: Pledge; campaign: Campaign; window: EvaluationWindow; assessment: SelfAssessment }> {
      const person = requireRole(actor, ...PLEDGERS);
      return pledges
        .mine(person)
        .filter((p) => p.subject === "person" && p.status !== "withdrawn")
        .flatMap((pledge) => {
          const window = repo.window(pledge.campaignId);
          return isOpen(window) ? [{ pledge, campaign: campaigns.get(pledge.campaignId), window, assessment: current(pledge, person.id) }] : [];
        });
    },

    get(actor: Person | null, pledgeId: number): SelfAssessment {
      const { person, pledge } = ownOpenPledge(actor, pledgeId);
      return current(pledge, person.id);
    },

    setItem(actor: Person | null, pledgeId: number, index: number, result: AssessmentResult, note: string): SelfAssessment {
      const { person, pledge } = ownOpenPledge(actor, pledgeId);
      const assessment = current(pledge, person.id);
      const item = assessment.items[index];
      if (!item) throw new DomainError("not-found");
      const cleanNote = normalizeText(note);
      if (visibleLength(cleanNote) > MAX_NOTE_LENGTH) throw new DomainError("invalid-input", { field: "note", max: MAX_NOTE_LENGTH });
      const items: AssessmentItem[] = assessment.items.map((it, i) => (i === index ? { ...it, result, note: cleanNote } : it));
      return save({ ...assessment, items }, person);
    },

    setAchievements(actor: Person | null, pledgeId: number, achievements: string): SelfAssessment {
      const { person, pledge } = ownOpenPledge(actor, pledgeId);
      const clean = normalizeText(achievements);
      if (visibleLength(clean) > MAX_ACHIEVEMENTS_LENGTH)
        throw new DomainError("invalid-input", { field: "achievements", max: MAX_ACHIEVEMENTS_LENGTH });
      return save({ ...current(pledge, person.id), achievements: clean }, person);
    },

    /** Every assessment written for a campaign's pledges. */
    ofCampaign: (campaignId: number) => repo.assessmentsForCampaign(campaignId),
  };

  function pledgersOf(campaign: Campaign): number[] {
    return pledges
      .ofCampaign(campaign.id)
      .filter((p) => p.subject === "person" && p.personId !== null && p.status !== "withdrawn")
      .map((p) => p.personId as number);
  }
}

/** Complete when every commitment has a result. */
export function isComplete(assessment: SelfAssessment | null | undefined): boolean {
  return Boolean(assessment && assessment.items.length > 0 && assessment.items.every((i) => i.result !== null));
}
