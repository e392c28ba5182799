// The flood scenario of `npm run bench:telegram`: registered users ask /whoami every 2 s while, in the second
// row, a stranger floods 1,000 messages into a private chat and a group floods 300 commands, with the stand-in
// enforcing Telegram's real limits and the bot running its real pace and inbound limits. Prints the users' p99
// with and without the flood side by side.
import { TELEGRAM_FLOOD_LIMITS, type TelegramUser } from "../test/support/telegram-api";
import { benchUsers, percentile, startOurBot, steadyUsers } from "./support/telegram-bot";

const STRANGER: TelegramUser = { id: 99_001, first_name: "Kẻ lạ", language_code: "en" };
const GROUP = { id: -100_900, type: "group" as const, title: "Nhóm ồn ào" };
const GROUP_MEMBERS = benchUsers(3, 99_100);

export async function floodScenario(options: { users: number; seconds: number }) {
  const users = benchUsers(options.users);
  const rows: Array<Record<string, string | number>> = [];
  for (const flood of [false, true]) {
    const bot = await startOurBot(users, { standInLimits: TELEGRAM_FLOOD_LIMITS });
    if (flood) {
      for (let i = 0; i < 1000; i++) bot.api.sendText(STRANGER, `spam ${i}`);
      for (let i = 0; i < 300; i++) bot.api.sendText(GROUP_MEMBERS[i % 3] as TelegramUser, "/help@thidua_test_bot", GROUP);
    }
    const latencies = await steadyUsers(bot, users, 2000, options.seconds);
    const sent = bot.api.callsOf("sendMessage");
    rows.push({
      scenario: flood ? "stranger 1,000 msgs + group 300 cmds" : "no flood (baseline)",
      "users' answers": latencies.length,
      "p50 ms": percentile(latencies, 50).toFixed(0),
      "p99 ms": percentile(latencies, 99).toFixed(0),
      "max ms": (latencies.at(-1) ?? Number.NaN).toFixed(0),
      "to stranger": sent.filter((c) => Number(c.params.chat_id) === STRANGER.id && c.status === 200).length,
      "to group": sent.filter((c) => Number(c.params.chat_id) === GROUP.id && c.status === 200).length,
      "429s": bot.api.calls.filter((c) => c.status === 429).length,
    });
    await bot.stop();
  }
  return rows;
}
