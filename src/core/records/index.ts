// The record of achievements, wired as one group: reading and the bot's decisions (./service.ts), imports of past
// decisions (./import.ts, ./import-apply.ts) and the secretary's corrections (./corrections.ts).
import { dayOf } from "../../kernel/dates";
import { type RosterRow, rosterLookup } from "../directory/roster";
import type { DirectoryRepo } from "../directory/types";
import type { AuditLog } from "../ports";
import { createRecordCorrections } from "./corrections";
import { readAwardHeader, validateAwardRows } from "./import";
import { createAwardImport } from "./import-apply";
import type { RatingStore } from "./port";
import { createRecordService, type RecordDeps } from "./service";

export type Records = ReturnType<typeof createRecords>;

export function createRecords(
  deps: RecordDeps & {
    ratings: RatingStore;
    audit: AuditLog;
    timezone: string;
    /** Units and people, every status: matched as the roster import matches them. */
    roster: Pick<DirectoryRepo, "units" | "people">;
  },
) {
  const service = createRecordService(deps);
  const today = () => dayOf(deps.clock.now(), deps.timezone);
  return {
    ...service,
    imports: createAwardImport(deps),
    corrections: createRecordCorrections({ ...deps, records: service, today }),

    /** Checks a file's header and every row; entries only when the whole file is clean. */
    checkFile(sheet: { headers: string[]; rows: RosterRow[] }) {
      const header = readAwardHeader(sheet.headers);
      if (header.problems.length > 0) return { entries: [], problems: header.problems };
      return validateAwardRows(sheet.rows, header, {
        lookup: rosterLookup(deps.roster),
        awards: service.awards,
        levelOf: service.levelOf,
        identityOf: service.identityOf,
        today: today(),
      });
    },
  };
}
