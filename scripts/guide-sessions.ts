// npm run docs:sessions: plays the scripted sessions behind the users' guide (docs/huong-dan/, docs/guide/) through
// the terminal chat, in Vietnamese and in English, each on a fresh database, writes what the bot really answered under
// a temporary folder, and puts each transcript into the guide's pages, so no bot answer in the guide is written by
// hand. The inputs are scripts/guide-sessions/*.txt, one message a line; "{{CODE}}" stands for the receipt code the
// year's session was given, since the case-handling session continues on that database. A page asks for a transcript
// with a comment before a ```text block (see scripts/transcripts.ts); `-- --no-write` only plays the sessions.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillTranscripts } from "./transcripts";

const ROOT = join(import.meta.dirname, "..");
const INPUTS = join(ROOT, "scripts/guide-sessions");
const OUT = "/tmp/thidua-guide-sessions";
const PAGES = { vi: join(ROOT, "docs/huong-dan"), en: join(ROOT, "docs/guide") } as const;
/** A fixed folder, so the paths the bot prints for saved files read the same in every run. */
const EXPORTS = "/tmp/thidua-bot/exports";
const RECEIPT = /\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}\b/;

/** Each session, and the database it plays on (a later session may continue an earlier one's). */
const SESSIONS = [
  { name: "nam-thi-dua", database: "year" },
  { name: "don-thu-xu-ly", database: "year" },
  { name: "khieu-nai-co-ten", database: "named" },
  { name: "tai-khoan", database: "accounts" },
] as const;

for (const locale of ["vi", "en"] as const) {
  const dir = join(OUT, locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(EXPORTS, { recursive: true });
  let code = "";
  for (const session of SESSIONS) {
    const input = readFileSync(join(INPUTS, `${session.name}.txt`), "utf8").replaceAll("{{CODE}}", code);
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/start.mjs")], {
      cwd: ROOT,
      input,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: join(dir, `${session.database}.sqlite`), DEFAULT_LOCALE: locale, EXPORT_DIR: EXPORTS },
    });
    if (run.status !== 0) throw new Error(`${session.name} (${locale}) ended with ${run.status}: ${run.stderr}`);
    code = RECEIPT.exec(run.stdout)?.[0] ?? code;
    writeFileSync(join(dir, `${session.name}.txt`), run.stdout);
    console.log(`played: ${join(dir, `${session.name}.txt`)}`);
  }
  if (process.argv.includes("--no-write")) continue;
  const outputs = (name: string) => readFileSync(join(dir, `${name}.txt`), "utf8");
  for (const page of readdirSync(PAGES[locale]).filter((f) => f.endsWith(".md"))) {
    const path = join(PAGES[locale], page);
    const before = readFileSync(path, "utf8");
    const after = fillTranscripts(before, outputs);
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`written: ${path}`);
    }
  }
}
