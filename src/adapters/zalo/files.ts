// Files on Zalo, which cannot carry them. With PUBLIC_URL each file of a reply becomes a one-time link for the
// person it is sent to, and each picture (a chart) a photo Zalo fetches from such a link, beside the chart's words;
// without links, or for a file too large, the renderer says where else the file can be had (./render.ts). A reply
// of a confidential exchange (a complaint) never gets a link: nothing may tie its sender to a file request, so its
// file is only named, its text being in the reply already.
import type { FileLinkPort } from "../../kernel/files";
import type { PlatformIdentity } from "../../kernel/platform";
import { type Block, type Reply, text } from "../../kernel/reply";
import { screenScale } from "../picture-scale";

/** The reply with its files and pictures turned into links, and whether any link was made. */
export async function linkFiles(reply: Reply, to: PlatformIdentity, links: FileLinkPort): Promise<{ reply: Reply; linked: boolean }> {
  if (!links.enabled || !reply.blocks.some((b) => b.type === "file" || b.type === "image")) return { reply, linked: false };
  let linked = false;
  const blocks: Block[] = [];
  for (const block of reply.blocks) blocks.push(await linkedBlock(block));
  return { reply: { ...reply, blocks }, linked };

  async function linkedBlock(block: Block): Promise<Block> {
    if (block.type !== "file" && block.type !== "image") return block;
    if (reply.sensitive) return block.type === "file" ? { type: "paragraph", text: text("zalo-file-confidential", { name: block.fileName }) } : block;
    const offered =
      block.type === "file"
        ? links.offer(to, { fileName: block.fileName, mimeType: block.mimeType, data: block.data }, "download")
        : // a chart is drawn only now, at the size a phone shows it
          links.offer(to, { fileName: block.fileName, mimeType: "image/png", data: await block.picture.png(screenScale(block.picture)) }, "photo");
    if (!offered) return block;
    linked = true;
    return block.type === "file"
      ? { type: "paragraph", text: text("zalo-file-link", { name: block.fileName, url: offered.url, until: offered.expiresAt }) }
      : { type: "platform-file", platform: "zalo", fileId: offered.url, text: block.alt };
  }
}
