// A file sent to the bot in a private chat by the secretary or an admin: a file of past decisions (the record of
// achievements) or a staff roster. It gets the same checks as the command line, a rehearsal that says what would
// change and which lines are wrong ("12 người mới, 3 thay đổi, 2 dòng lỗi: …"), and a Confirm before anything is
// saved. Only the platform's reference is kept while it waits; Confirm fetches and checks the file again, and a
// file is saved once, however many times Confirm is pressed.

import { type FileRef, type FileStore, FileTooLargeError } from "../../kernel/files";
import type { Clock } from "../../kernel/ports";
import type { Args } from "../../kernel/reply";
import { foldText } from "../../kernel/text";
import {
  applyRoster,
  checkRosterHeader,
  RosterConflict,
  type RosterEntry,
  type RosterImportResult,
  type RosterRow,
  validateRoster,
} from "../directory/roster";
import { hasRole, requireRole } from "../directory/service";
import type { DirectoryRepo, Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import type { Records } from ".";
import { readAwardHeader } from "./import";
import { AwardImportConflict, type AwardImportResult } from "./import-apply";

export type ImportKind = "awards" | "staff";
export type SheetProblem = "type" | "size" | "rows" | "format";

/** A file's rows, or what kept it from being read. */
export type ReadSheet = (
  bytes: Uint8Array,
  fileName: string,
  kind: ImportKind,
) => Promise<{ headers: string[]; rows: RosterRow[] } | { problem: SheetProblem }>;

export interface PendingImport {
  id: number;
  kind: ImportKind;
  personId: number;
  file: FileRef;
  status: "pending" | "applied" | "cancelled";
  createdAt: Date;
}

export interface FileImportRepo {
  insert(row: Omit<PendingImport, "id" | "status">): number;
  get(id: number): PendingImport | null;
  /** Marks a pending import done or dropped; false when it was no longer pending (a second Confirm). */
  finish(id: number, status: "applied" | "cancelled", at: Date): boolean;
  /** Drops the person's earlier pending files: the newest one is the one to confirm. */
  cancelPending(personId: number, at: Date): void;
}

export interface ImportProblem {
  line: number;
  key: string;
  args?: Args;
}

/** What a file would do, or did. */
export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  counts: AwardImportResult | RosterImportResult;
  problems: ImportProblem[];
  /** Set when the file is clean and waits for Confirm. */
  pendingId: number | null;
}

/** A pending file is forgotten after a day: files sent later are what people mean. */
export const PENDING_IMPORT_TTL_MS = 24 * 3600_000;
/** The Telegram Bot API serves files up to 20 MB: the most a file sent in chat can be. */
export const CHAT_FILE_MAX_BYTES = 20 * 1024 * 1024;

export type FileImports = ReturnType<typeof createFileImports>;

export function createFileImports(deps: {
  repo: FileImportRepo;
  files: FileStore;
  readSheet: ReadSheet;
  records: Records;
  directoryRepo: DirectoryRepo;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
}) {
  const { repo, files, records, clock, uow } = deps;

  async function read(ref: FileRef, kindHint: ImportKind | null) {
    let bytes: Uint8Array;
    try {
      bytes = await files.fetch(ref, CHAT_FILE_MAX_BYTES);
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        const max = CHAT_FILE_MAX_BYTES / 1024 / 1024;
        throw new DomainError("invalid-input", { field: { key: "import-field-file", args: { max } }, max });
      }
      if (error instanceof DomainError) throw error;
      throw new DomainError("file-unreachable", { platform: ref.platform });
    }
    const sheet = await deps.readSheet(bytes, ref.fileName ?? "", kindHint ?? "awards");
    if ("problem" in sheet) return { problem: sheet.problem } as const;
    return { sheet, kind: kindHint ?? kindOf(sheet.headers) } as const;
  }

  /** A file of past decisions names a year or an award; a roster has neither. */
  function kindOf(headers: string[]): ImportKind {
    const awards = readAwardHeader(headers);
    if (awards.problems.length === 0) return "awards";
    if (checkRosterHeader(headers).length === 0) return "staff";
    const columns = new Set(awards.columns.values());
    return columns.has("year") || columns.has("award") ? "awards" : "staff";
  }

  const rosterDeps = (actor: Person) => ({ repo: deps.directoryRepo, audit: deps.audit, clock, uow, actorPersonId: actor.id });

  /** Roles are given by file only by an admin: the secretary's roster lines must give none beyond staff. */
  function roleProblems(actor: Person, rows: RosterRow[]): ImportProblem[] {
    if (hasRole(actor, "admin")) return [];
    return rows
      .filter((r) => (r.cells.roles ?? "").split(";").some((role) => !["", "staff", "can bo"].includes(foldText(role).trim())))
      .map((r) => ({ line: r.line, key: "import-roles-admin-only" }));
  }

  /** Checks and rehearses a sheet: the problems, and what the clean lines would do (rolled back). */
  function rehearse(actor: Person, kind: ImportKind, sheet: { headers: string[]; rows: RosterRow[] }, fileName: string) {
    if (kind === "awards") {
      const { entries, problems } = records.checkFile(sheet);
      const bad = new Set(problems.map((p) => p.line));
      const clean = problems.length === 0 ? entries : records.checkFile({ ...sheet, rows: sheet.rows.filter((r) => !bad.has(r.line)) }).entries;
      try {
        return { counts: records.imports.rehearse(clean, { personId: actor.id }, fileName), problems: problems as ImportProblem[] };
      } catch (error) {
        if (!(error instanceof AwardImportConflict)) throw error;
        return { counts: emptyCounts(kind), problems: [...problems, ...error.problems].sort((a, b) => a.line - b.line) as ImportProblem[] };
      }
    }
    const header = checkRosterHeader(sheet.headers);
    if (header.length > 0) return { counts: emptyCounts(kind), problems: header };
    const problems = [...validateRoster(sheet.rows).problems, ...roleProblems(actor, sheet.rows)].sort((a, b) => a.line - b.line);
    const bad = new Set(problems.map((p) => p.line));
    const { entries } = validateRoster(sheet.rows.filter((r) => !bad.has(r.line)));
    return { counts: rehearseRoster(entries, rosterDeps(actor)), problems };
  }

  return {
    /** Reads a file sent in chat and says what it would do; a clean one waits for its sender's Confirm. */
    async check(actor: Person | null, ref: FileRef): Promise<ImportSummary | { fileName: string; problem: SheetProblem }> {
      const person = requireRole(actor, "secretary", "admin");
      const fileName = ref.fileName ?? "";
      const read_ = await read(ref, null);
      if ("problem" in read_) return { fileName, problem: read_.problem as SheetProblem };
      const { sheet, kind } = read_;
      const { counts, problems } = rehearse(person, kind, sheet, fileName);
      const pendingId =
        problems.length > 0
          ? null
          : uow.transaction(() => {
              repo.cancelPending(person.id, clock.now());
              return repo.insert({ kind, personId: person.id, file: ref, createdAt: clock.now() });
            });
      return { kind, fileName, counts, problems, pendingId };
    },

    /** Saves a pending file: fetched and checked again; saved once, by its sender only. */
    async confirm(actor: Person | null, id: number): Promise<ImportSummary | { fileName: string; problem: SheetProblem }> {
      const person = requireRole(actor, "secretary", "admin");
      const pending = repo.get(id);
      const fresh = pending && pending.status === "pending" && clock.now().getTime() - pending.createdAt.getTime() < PENDING_IMPORT_TTL_MS;
      if (!pending || pending.personId !== person.id) throw new DomainError("not-found");
      if (!fresh) throw new DomainError("import-not-pending");
      const fileName = pending.file.fileName ?? "";
      const read_ = await read(pending.file, pending.kind);
      if ("problem" in read_) return { fileName, problem: read_.problem as SheetProblem };
      const { sheet, kind } = read_;
      try {
        const counts = uow.transaction(() => {
          if (!repo.finish(id, "applied", clock.now())) throw new DomainError("import-not-pending");
          return save(person, kind, sheet, fileName);
        });
        return { kind, fileName, counts, problems: [], pendingId: null };
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        repo.finish(id, "cancelled", clock.now());
        return { kind, fileName, counts: emptyCounts(kind), problems: error.problems, pendingId: null };
      }
    },

    cancel(actor: Person | null, id: number): void {
      const person = requireRole(actor, "secretary", "admin");
      const pending = repo.get(id);
      if (!pending || pending.personId !== person.id) throw new DomainError("not-found");
      if (!repo.finish(id, "cancelled", clock.now())) throw new DomainError("import-not-pending");
    },
  };

  /** Saves a clean sheet in the caller's transaction; a file that changed since its check is refused whole. */
  function save(actor: Person, kind: ImportKind, sheet: { headers: string[]; rows: RosterRow[] }, fileName: string) {
    if (kind === "awards") {
      const { entries, problems } = records.checkFile(sheet);
      if (problems.length > 0) throw new ImportRefused(problems);
      try {
        return records.imports.apply(entries, { personId: actor.id }, fileName);
      } catch (error) {
        if (error instanceof AwardImportConflict) throw new ImportRefused(error.problems);
        throw error;
      }
    }
    const checked = validateRoster(sheet.rows);
    const problems = [...checkRosterHeader(sheet.headers), ...checked.problems, ...roleProblems(actor, sheet.rows)];
    if (problems.length > 0) throw new ImportRefused(problems);
    try {
      return applyRoster(checked.entries, rosterDeps(actor));
    } catch (error) {
      if (error instanceof RosterConflict) throw new ImportRefused(error.problems);
      throw error;
    }
  }
}

/** The file no longer passes its checks (it changed, or the directory did): nothing was saved. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super("the file is no longer clean");
  }
}

function emptyCounts(kind: ImportKind): AwardImportResult | RosterImportResult {
  return kind === "awards"
    ? { created: 0, updated: 0, unchanged: 0, ratingsCreated: 0, ratingsUpdated: 0, ratingsUnchanged: 0 }
    : { created: 0, updated: 0, unchanged: 0, unitsCreated: 0 };
}

class Rehearsed extends Error {
  constructor(readonly result: RosterImportResult) {
    super("rehearsal");
  }
}

/** What the roster import would do, exactly: run in a transaction that is always rolled back. */
function rehearseRoster(entries: RosterEntry[], deps: Parameters<typeof applyRoster>[1]): RosterImportResult {
  try {
    deps.uow.transaction(() => {
      throw new Rehearsed(applyRoster(entries, deps));
    });
  } catch (error) {
    if (error instanceof Rehearsed) return error.result;
    throw error;
  }
  throw new Error("unreachable: a rehearsal always rolls back");
}
