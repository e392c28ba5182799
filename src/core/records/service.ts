// The record of achievements (hồ sơ thành tích): written by the bot's own decisions (/decide, annulments) and by
// imports of past decisions (./import.ts), corrected by the secretary (./corrections.ts), read by people as their
// role allows, by the look-back rules (./look-back.ts) and by the achievement report. The annual quality rating is
// read from the ratings, never copied here.

import type { Clock } from "../../kernel/ports";
import type { LocalizedText } from "../../kernel/reply";
import type { AwardKind } from "../campaigns/types";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { Nomination } from "../nominations/types";
import type { UnitOfWork } from "../ports";
import type { RecordAwards } from "./awards";
import type { RecordFilter, RecordRepo, RecordTally } from "./port";
import { identityOf, type NewRecordEntry, type RecordEntry, type RecordHolder, type RecordLevel, type RecordRating } from "./types";

/** Who may read anyone's record, search it by title and years, and see the statistics. */
export const RECORD_READERS = ["secretary", "leader"] as const;

/** An entry of the list "các hình thức đã được khen thưởng" of the achievement report. */
export interface AwardReceived {
  year: number;
  awardCode: string;
  award: LocalizedText;
  /** A title (danh hiệu) or a form of commendation (hình thức), as the achievement report lists them apart. */
  kind: AwardKind;
  decisionNo: string;
  /** YYYY-MM-DD, or null when the decision's date was not recorded. */
  decisionDate: string | null;
  /** As recorded: the issuing body of an imported decision, the signer as typed in /decide for the bot's own. */
  issuer: string;
  /** Recorded by the bot's own /decide (its issuer is then the signer, not the issuing body). */
  fromBot: boolean;
  level: RecordLevel;
}

/** A person's or a collective's record as shown: every entry (annulled and removed ones marked) and the ratings. */
export interface RecordView {
  holder: RecordHolder;
  entries: RecordEntry[];
  /** A person's annual quality ratings; none for a collective. */
  ratings: RecordRating[];
}

export interface RecordDeps {
  repo: RecordRepo;
  awards: RecordAwards;
  directory: DirectoryService;
  clock: Clock;
  uow: UnitOfWork;
  /** The level that grants a catalog award in a year (the rule set of that year, with the agency's rules). */
  levelOf: (awardCode: string, year: number) => RecordLevel;
}

export type RecordService = ReturnType<typeof createRecordService>;

export function createRecordService(deps: RecordDeps) {
  const { repo, awards, directory, clock, uow } = deps;
  const isTitle = (code: string) => awards.get(code)?.kind === "title";
  // an import asks the same few awards and years hundreds of thousands of times: the rule book answers each once
  const levels = new Map<string, RecordLevel>();
  const levelOf = (code: string, year: number): RecordLevel => {
    const key = `${code}|${year}`;
    let level = levels.get(key);
    if (level === undefined) {
      level = awards.get(code)?.level ?? deps.levelOf(code, year);
      levels.set(key, level);
    }
    return level;
  };

  type Decided = Pick<Nomination, "nominee" | "personId" | "unitId" | "awardCode" | "year" | "decisionNo" | "decisionDate" | "decisionSigner">;
  function fromDecision(n: Decided, nominationId: number): NewRecordEntry {
    return {
      subject: n.nominee,
      personId: n.nominee === "person" ? n.personId : null,
      unitId: n.unitId,
      awardCode: n.awardCode,
      year: n.year,
      level: levelOf(n.awardCode, n.year),
      decisionNo: n.decisionNo ?? "",
      decisionDate: n.decisionDate,
      // the signer as the secretary typed it in /decide ("Nguyễn Văn A, Giám đốc Sở")
      issuer: n.decisionSigner ?? "",
      source: "bot",
      nominationId,
    };
  }

  /** Writes a bot decision's entry, or makes the imported entry of the same identity this decision's. */
  function enter(entry: NewRecordEntry): void {
    const identity = identityOf(entry, isTitle(entry.awardCode));
    const same = repo.byIdentity(identity);
    if (!same) repo.insert(entry, identity, clock.now());
    else {
      const { decisionNo, decisionDate, issuer, level, source, nominationId } = entry;
      repo.update(same.id, { decisionNo, decisionDate, issuer, level, source, nominationId }, null, clock.now());
    }
  }

  function mayRead(actor: Person | null, holder: RecordHolder): boolean {
    if (actor?.status !== "active") return false;
    if (hasRole(actor, ...RECORD_READERS)) return true;
    if (holder.kind === "person" && holder.id === actor.id) return true;
    if (!hasRole(actor, "unit_head")) return false;
    const unitId = holder.kind === "unit" ? holder.id : directory.getPerson(holder.id).unitId;
    return unitId === actor.unitId;
  }

  return {
    awards,
    isTitle,
    levelOf,
    identityOf: (entry: Parameters<typeof identityOf>[0]) => identityOf(entry, isTitle(entry.awardCode)),

    /**
     * Called in /decide's transaction: the decision enters the record. An entry imported earlier for the same title
     * and year (or form and decision) becomes this decision's, so nothing is counted twice.
     */
    recordDecision(n: Nomination): void {
      if (!repo.byNomination(n.id)) enter(fromDecision(n, n.id));
    },

    /** Called in an annulment's transaction: the entry stays, marked annulled with the reason, and no rule counts it. */
    recordAnnulment(nominationId: number, reason: string): void {
      const entry = repo.byNomination(nominationId);
      if (entry?.status === "valid") repo.update(entry.id, { status: "annulled", note: reason }, null, clock.now());
    },

    /** Enters decisions made before the record existed (a database from an earlier version); returns how many. */
    catchUp(): number {
      return uow.transaction(() => {
        const missing = repo.unrecordedDecisions();
        for (const d of missing) {
          const entry = fromDecision(d, d.nominationId);
          // an annulled entry is kept as such; only valid entries are unique
          if (d.status === "annulled") repo.insert(entry, identityOf(entry, isTitle(entry.awardCode)), clock.now(), "annulled");
          else enter(entry);
        }
        return missing.length;
      });
    },

    /** Valid entries of an award for a holder in these years (the look-back rules). */
    held: (holder: RecordHolder, awardCode: string, years: number[]) => repo.held(holder, awardCode, years),

    /** The list "các hình thức đã được khen thưởng" of a person's or a collective's achievement report. */
    awardsReceived(subject: RecordHolder): AwardReceived[] {
      return repo
        .ofHolder(subject)
        .filter((e) => e.status === "valid")
        .map((e) => ({
          year: e.year,
          awardCode: e.awardCode,
          award: awards.get(e.awardCode)?.name ?? { vi: e.awardCode, en: e.awardCode },
          kind: awards.get(e.awardCode)?.kind ?? "form",
          decisionNo: e.decisionNo,
          decisionDate: e.decisionDate,
          issuer: e.issuer,
          fromBot: e.source === "bot",
          level: e.level,
        }));
    },

    mayRead,

    /** A person's or a collective's record, for someone allowed to read it. */
    recordOf(actor: Person | null, holder: RecordHolder): RecordView {
      if (!mayRead(actor, holder)) throw new DomainError("not-allowed");
      return { holder, entries: repo.ofHolder(holder), ratings: holder.kind === "person" ? repo.ratings(holder.id) : [] };
    },

    /** A unit's own record and its current members' entries: its head, the secretary and leaders. */
    unitRecord(actor: Person | null, unitId: number): { unit: RecordEntry[]; members: RecordEntry[] } {
      if (!mayRead(actor, { kind: "unit", id: unitId })) throw new DomainError("not-allowed");
      return { unit: repo.ofHolder({ kind: "unit", id: unitId }), members: repo.ofMembers(unitId) };
    },

    /** Everyone's valid entries of some awards over some years: the secretary and leaders. */
    search(actor: Person | null, filter: RecordFilter): RecordEntry[] {
      requireRole(actor, ...RECORD_READERS);
      return repo.find(filter);
    },

    /** Counts per year, unit, award and level, for /stats: the secretary and leaders. */
    tally(actor: Person | null, fromYear: number, toYear: number): RecordTally[] {
      requireRole(actor, ...RECORD_READERS);
      return repo.tally(fromYear, toYear);
    },

    /** An entry by its number, or null: for forms that check a typed number as it is answered. */
    entry: (id: number): RecordEntry | null => repo.get(id),

    get(id: number): RecordEntry {
      const entry = repo.get(id);
      if (!entry) throw new DomainError("not-found");
      return entry;
    },
  };
}
