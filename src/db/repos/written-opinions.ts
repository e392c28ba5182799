// SQLite implementation of the record of which ballots came as absent members' written opinions.
import { count, eq } from "drizzle-orm";
import type { WrittenOpinionRepo } from "../../core/ballots/written";
import type { Db } from "../client";
import { writtenOpinions } from "../schema";

export function createWrittenOpinionRepo(db: Db): WrittenOpinionRepo {
  return {
    insert(sessionId, personId, recordedBy, at) {
      db.insert(writtenOpinions).values({ sessionId, personId, recordedBy, recordedAt: at }).run();
    },
    members: (sessionId) =>
      db
        .select({ personId: writtenOpinions.personId })
        .from(writtenOpinions)
        .where(eq(writtenOpinions.sessionId, sessionId))
        .all()
        .map((r) => r.personId),
    count: (sessionId) => db.select({ n: count() }).from(writtenOpinions).where(eq(writtenOpinions.sessionId, sessionId)).get()?.n ?? 0,
  };
}
