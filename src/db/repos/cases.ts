// SQLite implementation of the case repository.
import { and, count, eq, like, notInArray } from "drizzle-orm";
import type { CaseRepo } from "../../core/cases/repo";
import { type Case, FINAL_STATUSES } from "../../core/cases/types";
import type { Db } from "../client";
import { caseFiles, caseMessages, cases } from "../schema";

export function createCaseRepo(db: Db): CaseRepo {
  const publicColumns = ({ receiptBucket: _bucket, receiptHash: _hash, ...rest }: typeof cases.$inferSelect): Case => rest;
  return {
    insert: (row) => db.insert(cases).values(row).returning({ id: cases.id }).get().id,
    get: (id) => {
      const row = db.select().from(cases).where(eq(cases.id, id)).get();
      return row ? { ...publicColumns(row), receiptHash: row.receiptHash } : null;
    },
    byBucket: (bucket) =>
      db
        .select()
        .from(cases)
        .where(eq(cases.receiptBucket, bucket))
        .all()
        .map((row) => ({ ...publicColumns(row), receiptHash: row.receiptHash })),
    countInYear: (year) =>
      db
        .select({ n: count() })
        .from(cases)
        .where(like(cases.number, `${year}-%`))
        .get()?.n ?? 0,
    list(filter) {
      const conditions = [
        ...(filter.open ? [notInArray(cases.status, [...FINAL_STATUSES])] : []),
        ...(filter.announced === undefined ? [] : [eq(cases.announced, filter.announced)]),
      ];
      return db
        .select()
        .from(cases)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(cases.id)
        .all()
        .map(publicColumns);
    },
    update: (id, patch) => void db.update(cases).set(patch).where(eq(cases.id, id)).run(),
    addMessage: (message) => void db.insert(caseMessages).values(message).run(),
    messages: (caseId) => db.select().from(caseMessages).where(eq(caseMessages.caseId, caseId)).orderBy(caseMessages.id).all(),
    addFiles: (files) => void db.insert(caseFiles).values(files).run(),
    files: (caseId) =>
      db
        .select({
          caseId: caseFiles.caseId,
          platform: caseFiles.platform,
          fileId: caseFiles.fileId,
          fileName: caseFiles.fileName,
          mimeType: caseFiles.mimeType,
          size: caseFiles.size,
        })
        .from(caseFiles)
        .where(eq(caseFiles.caseId, caseId))
        .all(),
  };
}
