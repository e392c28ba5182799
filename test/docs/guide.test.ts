// The users' guide covers every command a person of each role can run: each role's section of the guide's index
// (docs/huong-dan/README.md, and its English mirror docs/guide/README.md) names every command /help would list for
// someone holding that role alone, and every command, buttons' and the terminal's included, has its page. The English
// guide mirrors the Vietnamese one page for page: same files, same transcripts, as many sections.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index";
import { ROLES } from "../../src/core/roles";
import { mayRun } from "../../src/engine/pipeline";

const ROOT = join(import.meta.dirname, "../..");
const GUIDES = { vi: "docs/huong-dan", en: "docs/guide" } as const;

function pages(dir: string): Map<string, string> {
  const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".md"));
  return new Map(files.map((f) => [f, readFileSync(join(ROOT, dir, f), "utf8")]));
}

/** The commands named in a text, as written in the guide: `/name`, alone or followed by its arguments. */
function commandsNamed(text: string): Set<string> {
  return new Set([...text.matchAll(/`\/([a-z0-9_]+)[^`]*`/g)].map((m) => m[1] as string));
}

/** The index's sections by role: "### … (`role`)", or "<!-- role: none -->" for people not in the roster. */
function roleSections(index: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const section of index.split(/^(?=### )/m).slice(1)) {
    const heading = section.split("\n", 1)[0] ?? "";
    const role = /\(`([a-z_]+)`\)/.exec(heading)?.[1] ?? (section.includes("<!-- role: none -->") ? "none" : undefined);
    if (role) sections.set(role, section);
  }
  return sections;
}

/** What /help lists on Telegram for an active person holding only this role (or nobody known, for "none"). */
function runnableBy(role: string): string[] {
  const actor = role === "none" ? null : { id: 1, status: "active" as const, roles: [role], locale: null };
  return commands.filter((c) => !c.hidden && mayRun(c, actor, "telegram")).map((c) => c.name);
}

describe.each(Object.entries(GUIDES))("the %s guide", (_locale, dir) => {
  const guide = pages(dir);
  const index = guide.get("README.md") ?? "";
  const sections = roleSections(index);

  it.each(["none", ...ROLES])("lists under role %s every command that role can run", (role) => {
    const section = sections.get(role);
    expect(section, `no section for ${role} in ${dir}/README.md`).toBeDefined();
    const named = commandsNamed(section ?? "");
    expect(runnableBy(role).filter((name) => !named.has(name))).toEqual([]);
  });

  it("has a page for every command, hidden and terminal-only ones included", () => {
    const named = new Set([...guide].filter(([file]) => file !== "README.md").flatMap(([, text]) => [...commandsNamed(text)]));
    expect(commands.map((c) => c.name).filter((name) => !named.has(name))).toEqual([]);
  });

  it("names only commands that exist", () => {
    const known = new Set(commands.flatMap((c) => [c.name, ...c.aliases]));
    const unknown = [...guide].flatMap(([file, text]) => [...commandsNamed(text)].filter((n) => !known.has(n)).map((n) => `${file}: /${n}`));
    // /thidua is Slack's slash command, under which every command is typed there
    expect(unknown.filter((u) => !u.endsWith("/thidua"))).toEqual([]);
  });
});

describe("the English guide mirrors the Vietnamese one", () => {
  const vi = pages(GUIDES.vi);
  const en = pages(GUIDES.en);

  it("has the same pages", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it.each([...vi.keys()])("%s has the same sections and transcripts", (file) => {
    const shape = (text: string) => ({
      headings: text
        .split("\n")
        .filter((l) => /^#{1,3} /.test(l))
        .map((l) => l.split(" ")[0]),
      transcripts: text.match(/<!-- transcript: [^>]+ -->/g) ?? [],
      commands: [...commandsNamed(text)].sort(),
    });
    expect(shape(en.get(file) ?? "")).toEqual(shape(vi.get(file) ?? ""));
  });
});
