// Recording and clearing a person's or a collective's standing: the secretary's small register of the states Nghị
// định 152/2025 Điều 4 reads. Every change is audited; the reference is a document number, never a complaint's content.

import type { Clock } from "../../kernel/ports";
import { normalizeText } from "../../kernel/text";
import { type DirectoryService, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import { type NewStanding, type Standing, type StandingRepo, UNIT_STANDING_KINDS } from "./types";

export const MAX_REFERENCE_LENGTH = 200;

export type StandingService = ReturnType<typeof createStandingService>;

export function createStandingService(deps: { repo: StandingRepo; directory: DirectoryService; audit: AuditLog; clock: Clock; uow: UnitOfWork }) {
  const { repo, directory, audit, clock, uow } = deps;

  function get(id: number): Standing {
    const found = repo.get(id);
    if (!found) throw new DomainError("not-found");
    return found;
  }

  return {
    get,
    /** What the rules read: a person's or a unit's standings that are not cleared. */
    forPerson: (personId: number) => repo.forPerson(personId),
    forUnit: (unitId: number) => repo.forUnit(unitId),

    /** The secretary's overview; leaders may read it too. Nobody else: these are personal data. */
    current(actor: Person | null): Standing[] {
      requireRole(actor, "secretary", "leader");
      return repo.current();
    },

    record(actor: Person | null, input: NewStanding): Standing {
      const secretary = requireRole(actor, "secretary");
      if ((input.personId === null) === (input.unitId === null))
        throw new DomainError("invalid-input", { field: { key: "standing-field-person" }, max: 1 });
      if (input.personId !== null) directory.getPerson(input.personId);
      if (input.unitId !== null) {
        if (!directory.unit(input.unitId)) throw new DomainError("unit-not-found", { query: String(input.unitId) });
        if (!UNIT_STANDING_KINDS.includes(input.kind)) throw new DomainError("standing-unit-kind");
      }
      const reference = normalizeText(input.reference);
      if (reference.length > MAX_REFERENCE_LENGTH) {
        throw new DomainError("invalid-input", { field: { key: "standing-field-reference" }, max: MAX_REFERENCE_LENGTH });
      }
      if (input.endsOn !== null && input.endsOn < input.startsOn) throw new DomainError("standing-dates");
      // a disciplinary period always has an end: Điều 4 counts achievements from it
      if (input.kind === "disciplined" && input.endsOn === null) throw new DomainError("standing-dates");
      const id = uow.transaction(() => {
        const standingId = repo.insert({ ...input, reference }, secretary.id, clock.now());
        audit.record({
          actorPersonId: secretary.id,
          action: "standing.recorded",
          entity: "person_standing",
          entityId: standingId,
          details: { kind: input.kind },
        });
        return standingId;
      });
      return get(id);
    },

    /** Ends a standing (the review closed, the complaint was found groundless, or it was recorded by mistake). */
    clear(actor: Person | null, id: number): Standing {
      const secretary = requireRole(actor, "secretary");
      const standing = get(id);
      if (standing.clearedAt !== null) throw new DomainError("standing-cleared", { id });
      uow.transaction(() => {
        repo.clear(id, secretary.id, clock.now());
        audit.record({
          actorPersonId: secretary.id,
          action: "standing.cleared",
          entity: "person_standing",
          entityId: id,
          details: { kind: standing.kind },
        });
      });
      return get(id);
    },
  };
}
