// Files shared in the app's DM: their references from a message event (subtype file_share), and their bytes
// through files.info and the file's private download URL, which needs the bot token (never logged).
import type { webApi } from "@slack/bolt";
import { type FileFetcher, type FileRef, FileTooLargeError } from "../../kernel/files";
import { downloadLimited } from "../download";

/** The shape of a shared file in a message event, as far as the bot reads it. */
interface SharedFile {
  id?: string;
  name?: string | null;
  mimetype?: string | null;
  size?: number | null;
}

/** The files of a message event, as platform references. */
export function slackFilesOf(event: unknown): FileRef[] {
  const files = (event as { files?: SharedFile[] }).files;
  if (!Array.isArray(files)) return [];
  return files
    .filter((f): f is SharedFile & { id: string } => typeof f?.id === "string")
    .map((f) => ({ platform: "slack", fileId: f.id, fileName: f.name ?? null, mimeType: f.mimetype ?? null, size: f.size ?? null }));
}

export function slackFileFetcher(client: webApi.WebClient, token: string): FileFetcher {
  return async (ref, maxBytes) => {
    if (ref.size !== null && ref.size > maxBytes) throw new FileTooLargeError(ref.size);
    const info = await client.files.info({ file: ref.fileId });
    const file = info.file;
    if (file?.size !== undefined && file.size > maxBytes) throw new FileTooLargeError(file.size);
    const url = file?.url_private_download ?? file?.url_private;
    if (!url) throw new Error("files.info gave no download URL");
    return downloadLimited(url, { Authorization: `Bearer ${token}` }, maxBytes);
  };
}
