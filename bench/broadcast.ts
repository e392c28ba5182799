// npm run bench:broadcast — a Telegram broadcast to BENCH_RECIPIENTS people (default 10,000) through the real outbox
// against the Bot API stand-in enforcing Telegram's limits (30 messages a second overall). One person in ten also
// has a Slack account they have never written from, so the run must still reach each person once, on Telegram.
// Prints people reached per second, its ratio to the limit, 429 answers received, and how many were lost or
// duplicated.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSendPacer } from "../src/adapters/pace/send-pacer";
import { isTelegramGroup, TELEGRAM_LIMITS } from "../src/adapters/telegram/limits";
import { createTelegramTransport } from "../src/adapters/telegram/transport";
import { createApp } from "../src/app";
import { createDirectoryRepo } from "../src/db/repos/directory";
import { createLogger } from "../src/logging/logger";
import { createOutbox } from "../src/outbox";
import { TELEGRAM_FLOOD_LIMITS, TelegramApiStandIn } from "../test/support/telegram-api";

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const api = await new TelegramApiStandIn().start();
api.limits = TELEGRAM_FLOOD_LIMITS;
const dir = mkdtempSync(join(tmpdir(), "thidua-bench-broadcast-"));
const app = createApp({
  config: { DATABASE_URL: join(dir, "bench.sqlite"), DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createLogger("error"),
});
app.services.setup.seedDemo();
const repo = createDirectoryRepo(app.db);
const unitId = repo.insertUnit("Đơn vị đo tải", new Date());
app.uow.transaction(() => {
  for (let i = 0; i < RECIPIENTS; i++) {
    const id = repo.insertPerson({ fullName: `Người nhận ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
    repo.addRole(id, "staff");
    repo.upsertAccount(id, "telegram", String(1_000_000 + i));
    if (i % 10 === 0) repo.upsertAccount(id, "slack", `UBENCH${i}`);
  }
});
const leader = app.services.directory.findOnePerson("Phạm Văn Hùng");
const written = performance.now();
const { announcementId } = app.services.broadcasts.announce(leader, {
  text: "Phát động phong trào thi đua năm 2026.",
  audience: { kind: "units", unitIds: [unitId] },
  repeat: null,
});
const outboxWrite = performance.now() - written;

const outbox = createOutbox(app, app.services.log, [
  createTelegramTransport({
    token: "123456:BENCH-token-for-the-local-stand-in",
    apiRoot: api.apiRoot,
    translator: app.services.translator,
    botUsername: "thidua_bench_bot",
    // the bot's one pace for Telegram, as the adapter makes it
    pace: createSendPacer(TELEGRAM_LIMITS.pace, isTelegramGroup),
  }),
]);
const started = performance.now();
outbox.start();
const progress = setInterval(
  () => process.stderr.write(`\r${api.callsOf("sendMessage").filter((c) => c.status === 200).length}/${RECIPIENTS} sent`),
  1000,
);
await outbox.drained(RECIPIENTS * 1000);
clearInterval(progress);
process.stderr.write("\n");
const seconds = (performance.now() - started) / 1000;
await outbox.stop();

const ok = api.callsOf("sendMessage").filter((c) => c.status === 200);
const perChat = new Map<string, number>();
for (const call of ok) perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
const report = app.services.broadcasts.report(leader, announcementId).runs[0];
const perSecond = (report?.sent ?? 0) / seconds;
console.table([
  {
    people: RECIPIENTS,
    "outbox rows written (ms)": outboxWrite.toFixed(0),
    seconds: seconds.toFixed(1),
    "people reached/s": perSecond.toFixed(2),
    "of 30/s limit": `${((perSecond / 30) * 100).toFixed(1)}%`,
    "429 received": api.callsOf("sendMessage").filter((c) => c.status === 429).length,
    lost: RECIPIENTS - perChat.size,
    duplicated: [...perChat.values()].reduce((n, v) => n + v - 1, 0),
    "report targeted/reached/failed": `${report?.total}/${report?.sent}/${report?.failed}`,
  },
]);
await api.stop();
app.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
