// Fetches a file sent to the bot on Telegram: getFile gives its path, the Bot API's file endpoint its bytes (the Bot
// API serves files up to 20 MB). The token is in the URL, so the URL is never logged.
import type { Api } from "grammy";
import { type FileFetcher, FileTooLargeError } from "../../kernel/files";
import { downloadLimited } from "../download";

export function telegramFileFetcher(api: Api, token: string, apiRoot = "https://api.telegram.org"): FileFetcher {
  return async (ref, maxBytes) => {
    if (ref.size !== null && ref.size > maxBytes) throw new FileTooLargeError(ref.size);
    const file = await api.getFile(ref.fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooLargeError(file.file_size);
    if (!file.file_path) throw new Error("getFile gave no file_path");
    return downloadLimited(`${apiRoot}/file/bot${token}/${file.file_path}`, {}, maxBytes);
  };
}
