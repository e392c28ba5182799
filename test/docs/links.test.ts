// Every relative link in README.md and docs/**/*.md resolves: the file or folder exists, and a #anchor names a
// heading of the target page as GitHub spells its anchors. Links inside code (fenced or inline) are not links.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The page's text without fenced code, inline code and HTML comments, where nothing is a link. */
function prose(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```$/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/`[^`\n]*`/g, "");
}

/** GitHub's anchor for a heading: its text without markup, lower-cased, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .replace(/(^|[\s(])_([^_]+)_(?=[\s),.:;]|$)/g, "$1$2");
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(path: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const text = readFileSync(path, "utf8").replace(/^```[\s\S]*?^```$/gm, "");
  for (const line of text.split("\n")) {
    const heading = /^#{1,6} (.+)$/.exec(line)?.[1];
    if (!heading) continue;
    const base = slug(heading.trim());
    const count = seen.get(base) ?? 0;
    anchors.add(count === 0 ? base : `${base}-${count}`);
    seen.set(base, count + 1);
  }
  return anchors;
}

const pages = [join(ROOT, "README.md"), ...markdownFiles(join(ROOT, "docs"))];
const LINK = /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

describe("relative links in README.md and docs/", () => {
  it("finds the pages to check", () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it("computes GitHub's anchors, Vietnamese included", () => {
    expect(slug("Threat model: what a copy of the data reveals")).toBe("threat-model-what-a-copy-of-the-data-reveals");
    expect(slug("Nhập quyết định cũ, danh sách cán bộ (thư ký, quản trị viên)")).toBe("nhập-quyết-định-cũ-danh-sách-cán-bộ-thư-ký-quản-trị-viên");
    expect(slug("Pledges (_đăng ký thi đua_)")).toBe("pledges-đăng-ký-thi-đua");
  });

  it.each(pages.map((p) => [relative(ROOT, p), p]))("%s", (_name, page) => {
    const broken: string[] = [];
    for (const match of prose(readFileSync(page, "utf8")).matchAll(LINK)) {
      const target = match[1] as string;
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split("#") as [string, string | undefined];
      const path = file === "" ? page : join(dirname(page), decodeURI(file));
      if (!existsSync(path)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor !== undefined && !(statSync(path).isFile() && anchorsOf(path).has(decodeURI(anchor)))) {
        broken.push(`${target}: no heading #${anchor} in ${relative(ROOT, path)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
