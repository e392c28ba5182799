// SQLite implementation of the files sent in chat that wait for their sender's Confirm.
import { and, eq } from "drizzle-orm";
import type { FileImportRepo, PendingImport } from "../../core/records/chat-import";
import type { Platform } from "../../kernel/platform";
import type { Db } from "../client";
import { fileImports } from "../schema";

export function createFileImportRepo(db: Db): FileImportRepo {
  return {
    insert: (row) =>
      Number(
        db
          .insert(fileImports)
          .values({
            kind: row.kind,
            personId: row.personId,
            platform: row.file.platform,
            fileId: row.file.fileId,
            fileName: row.file.fileName,
            status: "pending",
            createdAt: row.createdAt,
          })
          .run().lastInsertRowid,
      ),
    get(id): PendingImport | null {
      const row = db.select().from(fileImports).where(eq(fileImports.id, id)).get();
      if (!row) return null;
      return {
        id: row.id,
        kind: row.kind,
        personId: row.personId,
        file: { platform: row.platform as Platform, fileId: row.fileId, fileName: row.fileName, mimeType: null, size: null },
        status: row.status,
        createdAt: row.createdAt,
      };
    },
    finish: (id, status, at) =>
      db
        .update(fileImports)
        .set({ status, finishedAt: at })
        .where(and(eq(fileImports.id, id), eq(fileImports.status, "pending")))
        .run().changes === 1,
    cancelPending: (personId, at) =>
      void db
        .update(fileImports)
        .set({ status: "cancelled", finishedAt: at })
        .where(and(eq(fileImports.personId, personId), eq(fileImports.status, "pending")))
        .run(),
  };
}
