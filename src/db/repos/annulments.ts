// SQLite implementation of annulments: the annulment row and the nomination's new status, together.
import { eq } from "drizzle-orm";
import type { AnnulmentRepo } from "../../core/nominations/annul";
import type { Db } from "../client";
import { nominationAnnulments, nominations } from "../schema";

export function createAnnulmentRepo(db: Db): AnnulmentRepo {
  return {
    get: (nominationId) => db.select().from(nominationAnnulments).where(eq(nominationAnnulments.nominationId, nominationId)).get() ?? null,
    insert(annulment) {
      db.insert(nominationAnnulments).values(annulment).run();
      db.update(nominations).set({ status: "annulled", updatedAt: annulment.annulledAt }).where(eq(nominations.id, annulment.nominationId)).run();
    },
  };
}
