// How much an XLSX (a zip) holds once inflated, found before any spreadsheet parser sees it. The 16 MB cap on the
// file is on its compressed size: a 1.1 MB workbook of repeated cells inflated to hundreds of megabytes of XML and
// cost exceljs 600 MB of memory. yauzl reads the central directory (the sizes each entry declares) and then streams
// every entry once, keeping nothing, to check the sizes declared are the real ones (it stops an entry that inflates
// past its declared size), so a lying archive is caught too.
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** The archive inflates past `maxBytes` (declared or real), or is not a readable zip. */
export class ZipTooLargeError extends Error {
  override name = "ZipTooLargeError";
  constructor(readonly bytes: number) {
    super(`inflates to more than ${bytes} bytes`);
  }
}

const ZIP_OPTIONS = { lazyEntries: true, validateEntrySizes: true, autoClose: false };

/** A workbook on disk (the CLI) or in memory (a file sent in chat). */
const openZip = (source: string | Buffer) =>
  new Promise<ZipFile>((resolve, reject) => {
    const done = (error: Error | null, zip: ZipFile) => (error ? reject(error) : resolve(zip));
    if (typeof source === "string") yauzl.open(source, ZIP_OPTIONS, done);
    else yauzl.fromBuffer(source, ZIP_OPTIONS, done);
  });

/** Resolves with the total inflated size when it is at most `maxBytes`; rejects with ZipTooLargeError otherwise. */
export async function checkInflatedSize(source: string | Buffer, maxBytes: number): Promise<number> {
  const zip = await openZip(source);
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  });
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxBytes) {
    zip.close();
    throw new ZipTooLargeError(maxBytes);
  }
  // every entry inflated once and dropped: yauzl fails one that yields more than it declared
  let real = 0;
  try {
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      real += await new Promise<number>((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          let size = 0;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
          });
          stream.on("end", () => resolve(size));
          stream.on("error", reject);
        }),
      );
      if (real > maxBytes) throw new ZipTooLargeError(maxBytes);
    }
  } finally {
    zip.close();
  }
  return real;
}
