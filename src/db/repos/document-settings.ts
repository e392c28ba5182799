// The document settings kept in the database (today: the demo organisation's sample settings).
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { documentSettings } from "../schema";

export interface DocumentSettingsStore {
  get(): unknown;
  put(source: string, settings: unknown, at: Date): void;
}

export function createDocumentSettingsStore(db: Db): DocumentSettingsStore {
  return {
    get: () => db.select().from(documentSettings).where(eq(documentSettings.id, 1)).get()?.settings ?? null,
    put(source, settings, at) {
      db.insert(documentSettings)
        .values({ id: 1, source, settings, updatedAt: at })
        .onConflictDoUpdate({ target: documentSettings.id, set: { source, settings, updatedAt: at } })
        .run();
    },
  };
}
