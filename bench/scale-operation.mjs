// One operation of `npm run bench:scale`, in a process of its own: the compiled bot (dist/, `npm run build`) opens
// the SQLite file that scale-import.ts and scale-awards.ts filled, runs /missing, /export, /as NAME, an announcement
// to everyone (enqueue only), /hosothanhtich NAME, /hosothanhtich đơn vị or /thongke over the 15 years imported,
// and prints as JSON on its last line its time, its RSS before the operation and its peak RSS.
// Plain JavaScript on the compiled output, as the bot runs in production: tsx's loader alone adds about 45 MiB.
import { statSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../dist/src/app.js";
import { createMemoryLogger } from "../dist/src/logging/logger.js";

// scale-import.ts linked this console account to the demo organisation's secretary
const SECRETARY = "Trịnh Văn Sơn";
const mib = (bytes) => Math.round(bytes / 1024 / 1024);

const [dir, operation, at, asName, headName] = process.argv.slice(2);
const databaseUrl = join(dir, "thidua.sqlite");
const app = createApp({
  config: { DATABASE_URL: databaseUrl, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createMemoryLogger().logger,
  clock: { now: () => new Date(at) },
});

async function command(text, who = { platform: "console", userId: SECRETARY, chatId: `dm-${SECRETARY}`, chatKind: "dm" }) {
  const { replies } = await app.dispatcher.dispatch({ ...who, text });
  // files (the export, the chart) left out: only the message keys say whether it worked
  const keys = JSON.stringify(replies, (_, value) => (value instanceof Uint8Array ? undefined : value));
  if (keys.includes("error-")) throw new Error(`${text} failed: ${keys.slice(0, 300)}`);
}

/** The head of the first generated unit, linked to a console account of its own. */
function unitHead() {
  const head = app.services.directory.findOnePerson(headName);
  app.services.directory.linkAccount(head.id, { platform: "console", externalId: "bench-head" });
  return { platform: "console", userId: "bench-head", chatId: "dm-bench-head", chatKind: "dm" };
}

const work = {
  "/missing": () => command("/missing"),
  "/export": () => command("/export"),
  "/as": () => command(`/as ${asName}`, { platform: "console", userId: "bench", chatId: "dm-bench", chatKind: "dm" }),
  // the secretary reads the last generated person's 15 years; the first unit's head reads the unit and its 40 people
  "/record": () => command(`/hosothanhtich ${asName}`),
  "/record unit": () => command("/hosothanhtich đơn vị", unitHead()),
  "/stats": () => command(`/thongke ${new Date(at).getUTCFullYear() - 15}-${new Date(at).getUTCFullYear() - 1}`),
  enqueue: () =>
    app.services.broadcasts.announce(app.services.directory.findOnePerson("Phạm Văn Hùng"), {
      text: "Phát động thi đua toàn tỉnh.",
      audience: { kind: "everyone" },
      repeat: null,
    }),
}[operation];
if (!work) throw new Error(`unknown operation ${operation}`);

const rssBefore = mib(process.memoryUsage().rss);
const started = performance.now();
await work();
const figures = {
  seconds: { [operation]: Number(((performance.now() - started) / 1000).toFixed(3)) },
  rssBefore,
  peakRss: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (operation === "enqueue") {
  app.db.$client.pragma("wal_checkpoint(TRUNCATE)");
  figures.database = Number((statSync(databaseUrl).size / 1024 / 1024).toFixed(1));
}
app.close();
process.stdout.write(`${JSON.stringify(figures)}\n`);
