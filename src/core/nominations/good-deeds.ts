// Good deeds (người tốt, việc tốt): any staff member tells of a colleague's; the secretary reads the confidential
// story, nominates the colleague (proposals.ts, with the deed's id) or publishes it to everyone as a commendation.
import { button, type Reply, say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { GOODDEED_NOTICE } from "../notice-actions";
import { GOOD_DEED_REPORTERS } from "../roles";
import type { NominationContext } from "./context";
import type { GoodDeed } from "./types";

export const MAX_STORY_LENGTH = 1500;

export function createGoodDeeds(ctx: NominationContext) {
  const { deps, tell } = ctx;
  const { repo, directory, audit, clock, uow, announcer } = deps;

  return {
    /** A reported good deed, with its confidential story: the secretary's to handle, nobody else's. */
    goodDeed(actor: Person | null, id: number): GoodDeed {
      requireRole(actor, "secretary");
      const deed = repo.goodDeed(id);
      if (!deed) throw new DomainError("not-found");
      return deed;
    },

    goodDeeds: (actor: Person | null, status?: GoodDeed["status"]) => {
      requireRole(actor, "secretary");
      return repo.goodDeeds(status);
    },

    /** Any staff member tells of a colleague's good deed; the secretary is asked what to do with it. */
    async reportGoodDeed(actor: Person | null, personId: number, story: string): Promise<GoodDeed> {
      const reporter = requireRole(actor, ...GOOD_DEED_REPORTERS);
      const colleague = directory.getPerson(personId);
      const clean = normalizeText(story);
      if (clean === "" || clean.length > MAX_STORY_LENGTH) {
        throw new DomainError("invalid-input", { field: { key: "gooddeed-field-story" }, max: MAX_STORY_LENGTH });
      }
      const id = uow.transaction(() => {
        const deedId = repo.insertGoodDeed({ reporterId: reporter.id, personId: colleague.id, story: clean }, clock.now());
        audit.record({ actorPersonId: reporter.id, action: "gooddeed.reported", entity: "good_deed", entityId: deedId });
        return deedId;
      });
      const message: Reply = {
        ...say("gooddeed-notify-secretary", { id, person: colleague.fullName, unit: colleague.unitName, reporter: reporter.fullName, story: clean }),
        buttons: [
          [
            button("btn-gooddeed-nominate", GOODDEED_NOTICE.nominate.payload(id), "primary"),
            button("btn-gooddeed-publish", GOODDEED_NOTICE.publish.payload(id)),
          ],
        ],
      };
      await tell(
        directory.withRole("secretary").map((p) => p.id),
        message,
      );
      return repo.goodDeed(id) as GoodDeed;
    },

    /** Publishes a good deed as a commendation story (biểu dương) to everyone. */
    async publishGoodDeed(actor: Person | null, deedId: number): Promise<GoodDeed> {
      const secretary = requireRole(actor, "secretary");
      const deed = repo.goodDeed(deedId);
      if (!deed) throw new DomainError("not-found");
      if (deed.status === "published") throw new DomainError("good-deed-handled", { id: deedId });
      uow.transaction(() => {
        repo.updateGoodDeed(deedId, { status: "published" });
        audit.record({ actorPersonId: secretary.id, action: "gooddeed.published", entity: "good_deed", entityId: deedId });
      });
      const person = directory.getPerson(deed.personId);
      await announcer({
        kind: "good-deed",
        reply: say("gooddeed-announce", { person: person.fullName, unit: person.unitName, story: deed.story }),
      });
      return repo.goodDeed(deedId) as GoodDeed;
    },
  };
}
