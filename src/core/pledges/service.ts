// Pledges (đăng ký thi đua): registering, editing, withdrawing, reviewing, and who is missing (missing.ts).

import type { Clock } from "../../kernel/ports";
import { button, say, text } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import type { AwardCatalog } from "../campaigns/catalog";
import type { CampaignService } from "../campaigns/service";
import type { Campaign } from "../campaigns/types";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { PLEDGE_NOTICE, REVIEW_NOTICE } from "../notice-actions";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import { PLEDGE_OVERSEERS, PLEDGE_REVIEWERS, PLEDGERS } from "../roles";
import { type MissingReport, missingReportOf } from "./missing";
import type { PledgeRepo } from "./repo";
import { LIVE_PLEDGE_STATUSES, type Pledge, type PledgeSubject } from "./types";

export const MAX_COMMITMENTS_LENGTH = 2000;

export interface PledgeInput {
  campaignId: number;
  awardCodes: string[];
  commitments: string;
}

export type PledgeService = ReturnType<typeof createPledgeService>;

export function createPledgeService(deps: {
  repo: PledgeRepo;
  campaigns: CampaignService;
  directory: DirectoryService;
  catalog: AwardCatalog;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
}) {
  const { repo, campaigns, directory, catalog, audit, clock, uow, notifier } = deps;
  const missingReport = (campaignId: number) => missingReportOf({ repo, campaigns, directory }, campaignId);

  function get(id: number): Pledge {
    const pledge = repo.get(id);
    if (!pledge) throw new DomainError("not-found");
    return pledge;
  }

  function validateInput(campaign: Campaign, subject: PledgeSubject, input: PledgeInput): PledgeInput {
    const commitments = normalizeText(input.commitments);
    if (commitments.length === 0 || commitments.length > MAX_COMMITMENTS_LENGTH) {
      throw new DomainError("invalid-input", { field: text("field-commitments"), max: MAX_COMMITMENTS_LENGTH });
    }
    const wanted = subject === "person" ? "individual" : "collective";
    const codes = [...new Set(input.awardCodes)];
    if (codes.length === 0) throw new DomainError("invalid-input", { field: text("field-titles"), max: 0 });
    for (const code of codes) {
      const award = catalog.get(code);
      if (!award || !campaign.awardCodes.includes(code) || !award.pledgeable) {
        throw new DomainError("award-not-offered", { award: award?.name ?? code });
      }
      if (award.subject !== wanted) throw new DomainError("award-wrong-subject", { award: award.name });
    }
    return { campaignId: campaign.id, awardCodes: codes, commitments };
  }

  /** Who may change a pledge's content: its person, or for a unit's pledge, that unit's heads. */
  function assertOwner(actor: Person, pledge: Pledge): void {
    const owns = pledge.subject === "person" ? pledge.personId === actor.id : hasRole(actor, "unit_head") && actor.unitId === pledge.unitId;
    if (!owns) throw new DomainError("not-allowed");
  }

  /** Who may confirm or return a pledge: another head of the unit, or a leader; the secretary for units. */
  function canReview(actor: Person, pledge: Pledge): boolean {
    if (pledge.subject === "unit") return hasRole(actor, "secretary", "leader");
    if (pledge.personId === actor.id) return false;
    return (hasRole(actor, "unit_head") && actor.unitId === pledge.unitId) || hasRole(actor, "leader");
  }

  /** Tells the pledge's reviewers it awaits them, or (withdrawn) that the notice saying so no longer holds. */
  async function notifyReviewers(
    pledge: Pledge,
    submitter: Person,
    key: "pledge-notify-submitted" | "pledge-notify-withdrawn" = "pledge-notify-submitted",
  ): Promise<void> {
    const reviewers =
      pledge.subject === "unit" ? directory.withRole("secretary") : directory.unitHeads(pledge.unitId).filter((p) => p.id !== submitter.id);
    const notice = say(key, { name: submitter.fullName, unit: submitter.unitName, id: pledge.id });
    const message =
      key === "pledge-notify-submitted" ? { ...notice, buttons: [[button("btn-review", REVIEW_NOTICE.open.payload(pledge.id), "primary")]] } : notice;
    await Promise.all(reviewers.map((r) => notifier.notify(r.id, message)));
  }

  /** The pledge if the actor may still change it (owner, live status, before the deadline); else why not. */
  function editable(actor: Person | null, pledgeId: number): { person: Person; pledge: Pledge } {
    const person = requireRole(actor, ...PLEDGERS);
    const pledge = get(pledgeId);
    assertOwner(person, pledge);
    if (!LIVE_PLEDGE_STATUSES.includes(pledge.status)) throw new DomainError("pledge-not-editable", { status: pledge.status });
    campaigns.assertPledgesOpen(campaigns.get(pledge.campaignId));
    return { person, pledge };
  }

  return {
    get,
    /** Checked before a form is opened on a pledge, so nobody fills in a form that cannot be saved. */
    editable: (actor: Person | null, pledgeId: number) => editable(actor, pledgeId).pledge,
    /** Checked before a pledge is shown for review, so a button cannot reveal another unit's pledge. */
    reviewable: (actor: Person | null, pledgeId: number) => reviewable(actor, pledgeId).pledge,

    /** Creates a submitted pledge for the actor, or for their unit when subject is "unit". */
    async create(actor: Person | null, subject: PledgeSubject, input: PledgeInput): Promise<Pledge> {
      const person = subject === "person" ? requireRole(actor, ...PLEDGERS) : requireRole(actor, "unit_head");
      const campaign = campaigns.get(input.campaignId);
      campaigns.assertPledgesOpen(campaign);
      const clean = validateInput(campaign, subject, input);
      const subjectId = subject === "person" ? person.id : person.unitId;
      const id = uow.transaction(() => {
        const existing = repo.live(campaign.id, subject, subjectId);
        if (existing) throw new DomainError("already-pledged", { id: existing.id });
        const pledgeId = repo.insert(
          {
            campaignId: campaign.id,
            subject,
            personId: subject === "person" ? person.id : null,
            unitId: person.unitId,
            awardCodes: clean.awardCodes,
            commitments: clean.commitments,
            status: "submitted",
            createdBy: person.id,
          },
          clock.now(),
        );
        audit.record({ actorPersonId: person.id, action: "pledge.submitted", entity: "pledge", entityId: pledgeId });
        return pledgeId;
      });
      const pledge = get(id);
      await notifyReviewers(pledge, person);
      return pledge;
    },

    /** Changes titles and commitments until the deadline; a confirmed pledge goes back for confirmation. */
    async edit(actor: Person | null, pledgeId: number, input: Omit<PledgeInput, "campaignId">): Promise<Pledge> {
      const { person, pledge } = editable(actor, pledgeId);
      const campaign = campaigns.get(pledge.campaignId);
      const clean = validateInput(campaign, pledge.subject, { ...input, campaignId: campaign.id });
      uow.transaction(() => {
        repo.update(
          pledgeId,
          {
            awardCodes: clean.awardCodes,
            commitments: clean.commitments,
            status: "submitted",
            reviewedBy: null,
            reviewedAt: null,
            returnReason: null,
          },
          clock.now(),
        );
        audit.record({
          actorPersonId: person.id,
          action: "pledge.edited",
          entity: "pledge",
          entityId: pledgeId,
          details: { previousStatus: pledge.status },
        });
      });
      const updated = get(pledgeId);
      await notifyReviewers(updated, person);
      return updated;
    },

    async withdraw(actor: Person | null, pledgeId: number): Promise<Pledge> {
      const { person, pledge } = editable(actor, pledgeId);
      uow.transaction(() => {
        repo.update(pledgeId, { status: "withdrawn" }, clock.now());
        audit.record({ actorPersonId: person.id, action: "pledge.withdrawn", entity: "pledge", entityId: pledgeId });
      });
      // the reviewers' "awaiting your confirmation" notice is now stale: follow it up
      if (pledge.status === "submitted") await notifyReviewers(pledge, person, "pledge-notify-withdrawn");
      return get(pledgeId);
    },

    /** The actor's own pledges and, for a unit head, the unit's collective pledges. */
    mine(actor: Person | null): Pledge[] {
      const person = requireRole(actor, ...PLEDGERS);
      const own = repo.byPerson(person.id);
      const unit = hasRole(person, "unit_head") ? repo.byUnit(person.unitId, "unit") : [];
      return [...own, ...unit].filter((p) => p.status !== "withdrawn").sort((a, b) => b.id - a.id);
    },

    /** Submitted pledges the actor may confirm or return. */
    reviewQueue(actor: Person | null): Pledge[] {
      const reviewer = requireRole(actor, ...PLEDGE_REVIEWERS);
      const candidates = hasRole(reviewer, "leader", "secretary")
        ? campaigns.all().flatMap((c) => repo.byCampaign(c.id))
        : repo.byUnit(reviewer.unitId, "person");
      return candidates.filter((p) => p.status === "submitted" && canReview(reviewer, p));
    },

    async confirm(actor: Person | null, pledgeId: number): Promise<Pledge> {
      return review(actor, pledgeId, "confirmed", null);
    },

    async returnForChanges(actor: Person | null, pledgeId: number, reason: string): Promise<Pledge> {
      const clean = normalizeText(reason);
      if (clean.length === 0 || clean.length > 500) {
        throw new DomainError("invalid-input", { field: text("field-reason"), max: 500 });
      }
      return review(actor, pledgeId, "returned", clean);
    },

    /** Who has not pledged yet, for reminders sent by the system itself (no one asks, so no role to check). */
    unpledged(campaignId: number): Person[] {
      return missingReport(campaignId).units.flatMap((u) => u.missing);
    },

    missing(actor: Person | null, campaignId: number): MissingReport {
      requireRole(actor, ...PLEDGE_OVERSEERS);
      return missingReport(campaignId);
    },

    missingReport,

    /** Every pledge of a campaign that was not withdrawn, for the system's own work (no one asks, so no role). */
    ofCampaign: (campaignId: number): Pledge[] => repo.byCampaign(campaignId).filter((p) => p.status !== "withdrawn"),

    /** Every live pledge of a campaign, for the secretary's lists and exports. */
    list(actor: Person | null, campaignId: number): Pledge[] {
      requireRole(actor, ...PLEDGE_OVERSEERS);
      campaigns.get(campaignId);
      return repo.byCampaign(campaignId).filter((p) => p.status !== "withdrawn");
    },
  };

  /** The pledge if the actor may confirm or return it now; else why not. */
  function reviewable(actor: Person | null, pledgeId: number): { reviewer: Person; pledge: Pledge } {
    const reviewer = requireRole(actor, ...PLEDGE_REVIEWERS);
    const pledge = get(pledgeId);
    if (!canReview(reviewer, pledge)) throw new DomainError("not-allowed");
    if (pledge.status !== "submitted") throw new DomainError("pledge-not-reviewable", { status: pledge.status });
    return { reviewer, pledge };
  }

  async function review(actor: Person | null, pledgeId: number, status: "confirmed" | "returned", reason: string | null) {
    const { reviewer, pledge } = reviewable(actor, pledgeId);
    uow.transaction(() => {
      repo.update(pledgeId, { status, returnReason: reason, reviewedBy: reviewer.id, reviewedAt: clock.now() }, clock.now());
      audit.record({ actorPersonId: reviewer.id, action: `pledge.${status}`, entity: "pledge", entityId: pledgeId });
    });
    const owners = pledge.subject === "person" && pledge.personId ? [pledge.personId] : directory.unitHeads(pledge.unitId).map((p) => p.id);
    const message =
      status === "confirmed"
        ? say("pledge-notify-confirmed", { id: pledgeId, reviewer: reviewer.fullName })
        : {
            ...say("pledge-notify-returned", { id: pledgeId, reviewer: reviewer.fullName, reason: reason ?? "" }),
            buttons: [[button("btn-edit", PLEDGE_NOTICE.edit.payload(pledgeId), "primary")]],
          };
    await Promise.all(owners.map((id) => notifier.notify(id, message)));
    // the other reviewers were told it awaits them: that notice is stale now
    const others = (pledge.subject === "unit" ? directory.withRole("secretary") : directory.unitHeads(pledge.unitId)).filter(
      (p) => p.id !== reviewer.id && p.id !== pledge.personId,
    );
    const settled = say(`pledge-notify-settled-${status}`, { id: pledgeId, reviewer: reviewer.fullName });
    await Promise.all(others.map((p) => notifier.notify(p.id, settled)));
    return get(pledgeId);
  }
}
