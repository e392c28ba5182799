// One operation of `npm run bench:scale`, in a process of its own: the compiled bot (dist/, `npm run build`) opens
// the SQLite file that scale-import.ts and scale-awards.ts filled, runs /missing, /export, /as NAME, an announcement
// to everyone (enqueue only), /hosothanhtich NAME, /hosothanhtich đơn vị or /thongke over the 15 years imported,
// and prints as JSON on its last line its time, its RSS before the operation and its peak RSS.
// The operation "sequence" runs /export, /missing, an announcement to everyone (enqueue only) and its /report with
// the chart one after the other in this one process, as a long-running bot would, then idles 10 s: it prints the
// RSS after each step and after the idle.
// Plain JavaScript on the compiled output, as the bot runs in production: tsx's loader alone adds about 45 MiB.
import { statSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { planTelegramPicture } from "../dist/src/adapters/telegram/pictures.js";
import { createApp } from "../dist/src/app.js";
import { createMemoryLogger } from "../dist/src/logging/logger.js";

// scale-import.ts linked this console account to the demo organisation's secretary
const SECRETARY = "Trịnh Văn Sơn";
const AS_SECRETARY = { platform: "console", userId: SECRETARY, chatId: `dm-${SECRETARY}`, chatKind: "dm" };
const mib = (bytes) => Math.round(bytes / 1024 / 1024);

const [dir, operation, at, asName, headName] = process.argv.slice(2);
const databaseUrl = join(dir, "thidua.sqlite");
const app = createApp({
  config: { DATABASE_URL: databaseUrl, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createMemoryLogger().logger,
  clock: { now: () => new Date(at) },
});

/** Runs a command (text, or a button's action) and fails on an error reply; a chart is drawn as Telegram gets it. */
async function command(input, who = AS_SECRETARY) {
  const { replies } = await app.dispatcher.dispatch({ ...who, ...(typeof input === "string" ? { text: input } : input) });
  // a chart is drawn as it would be for Telegram (a province's tall chart: a PNG document at its own size)
  for (const block of replies.flatMap((r) => r.blocks)) if (block.type === "image") await block.picture.png(planTelegramPicture(block.picture).scale);
  // files (the export, the chart) left out: only the message keys say whether it worked
  const keys = JSON.stringify(replies, (_, value) => (value instanceof Uint8Array || typeof value === "function" ? undefined : value));
  if (keys.includes("error-")) throw new Error(`${JSON.stringify(input)} failed: ${keys.slice(0, 300)}`);
}

/** The head of the first generated unit, linked to a console account of its own. */
function unitHead() {
  const head = app.services.directory.findOnePerson(headName);
  app.services.directory.linkAccount(head.id, { platform: "console", externalId: "bench-head" });
  return { platform: "console", userId: "bench-head", chatId: "dm-bench-head", chatKind: "dm" };
}
const announce = () =>
  app.services.broadcasts.announce(app.services.directory.findOnePerson("Phạm Văn Hùng"), {
    text: "Phát động thi đua toàn tỉnh.",
    audience: { kind: "everyone" },
    repeat: null,
  }).announcementId;

const work = {
  "/missing": () => command("/missing"),
  "/export": () => command("/export"),
  "/as": () => command(`/as ${asName}`, { platform: "console", userId: "bench", chatId: "dm-bench", chatKind: "dm" }),
  // the secretary reads the last generated person's 15 years; the first unit's head reads the unit and its 40 people
  "/record": () => command(`/hosothanhtich ${asName}`),
  "/record unit": () => command("/hosothanhtich đơn vị", unitHead()),
  "/stats": () => command(`/thongke ${new Date(at).getUTCFullYear() - 15}-${new Date(at).getUTCFullYear() - 1}`),
  enqueue: announce,
  sequence: async () => {
    let announced = 0;
    const steps = [
      ["/export", () => command("/export")],
      ["/missing", () => command("/missing")],
      ["announcement", () => (announced = announce())],
      ["/report", () => command(`/report ${announced}`).then(() => command({ action: `report:chart:${announced}` }))],
    ];
    const seconds = {};
    const rssAfter = {};
    for (const [name, step] of steps) {
      const started = performance.now();
      await step();
      seconds[name] = Number(((performance.now() - started) / 1000).toFixed(3));
      rssAfter[name] = mib(process.memoryUsage().rss);
    }
    // a bot between requests: nothing asked for 10 s (no forced collection: production has none)
    await sleep(10_000);
    rssAfter.idle = mib(process.memoryUsage().rss);
    return { seconds, rssAfter };
  },
}[operation];
if (!work) throw new Error(`unknown operation ${operation}`);

const rssBefore = mib(process.memoryUsage().rss);
const started = performance.now();
const result = await work();
const figures =
  operation === "sequence"
    ? { ...result, rssBefore, peakRss: Math.round(process.resourceUsage().maxRSS / 1024) }
    : {
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
