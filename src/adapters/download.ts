// Downloads a file a person sent, from its platform's file URL, refusing it once it grows past the limit (a
// declared size is checked first; a missing or false one is caught as the bytes arrive), so a huge or hostile file
// never fills memory.
import { FileTooLargeError } from "../kernel/files";

export async function downloadLimited(url: string, headers: Record<string, string>, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { headers, redirect: "follow" });
  if (!response.ok || !response.body) throw new Error(`file download answered ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new FileTooLargeError(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FileTooLargeError(size);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
