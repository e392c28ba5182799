// Start-up on Slack as an IT officer meets it: a token Slack refuses stops the bot at once with one clear line and a
// non-zero exit, the right one makes it ready; Slack unreachable at start exits 1 so the service manager starts it
// again (Bolt keeps a failed token check for the life of the process). Telegram's start-up is in startup.test.ts.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_CONFIG } from "../../src/ops/startup-errors";
import { type BotProcess, botDataDir, freePort, startBot } from "../support/bot-process";
import { SlackApiStandIn } from "../support/slack-api";
import { SlackRequester } from "../support/slack-requests";

const bots: BotProcess[] = [];
afterAll(() => {
  for (const bot of bots) bot.child.kill("SIGKILL");
});

describe("start-up on Slack", () => {
  it("exits non-zero with one clear line when Slack refuses the token (invalid_auth), and is ready with the right one", async () => {
    const slack = await new SlackApiStandIn({ tokens: ["xoxb-right-token"] }).start();
    try {
      const env = { SLACK_SIGNING_SECRET: "signing-secret-for-tests", SLACK_API_URL: slack.apiUrl, DATABASE_URL: join(botDataDir(), "s.sqlite") };
      const refused = await startBot({ ...env, SLACK_BOT_TOKEN: "xoxb-wrong-token" });
      bots.push(refused);
      expect(await refused.exited).toBe(EXIT_CONFIG);
      const plain = refused.lines.filter((line) => line.trim() !== "" && !line.startsWith("{"));
      expect(plain).toEqual(["thidua-bot stopped: Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN and start again."]);
      expect(refused.lines.join("\n")).not.toContain("xoxb-wrong-token");

      const accepted = await startBot({ ...env, SLACK_BOT_TOKEN: "xoxb-right-token" });
      bots.push(accepted);
      await accepted.waitFor(async () => (await accepted.get("/readyz")).status === 200);
      expect((await accepted.get("/readyz")).body).toMatchObject({ platforms: { slack: { ok: true, state: "up" } } });
      expect(accepted.logs().map((l) => l.msg)).toEqual(expect.arrayContaining(["slack connecting", "slack connected", "slack started"]));

      // a command acknowledged just before SIGTERM is still answered: the stop waits for the work after the ack
      const requester = new SlackRequester(`http://127.0.0.1:${accepted.port}/slack/events`, env.SLACK_SIGNING_SECRET);
      const answered = () => ["chat.postMessage", "chat.postEphemeral"].some((m) => slack.callsOf(m).some((c) => c.status === 200));
      slack.answerDelayMs = 400;
      expect((await requester.slashCommand({ user: "U0STOP001", text: "help" })).status).toBe(200);
      accepted.child.kill("SIGTERM");
      expect(await accepted.exited).toBe(0);
      expect(answered()).toBe(true);
    } finally {
      await slack.stop();
    }
  }, 60_000);

  it("exits 1 with one line when Slack cannot be reached at start, so that the service manager starts it again", async () => {
    // Bolt keeps a failed token check for the life of the process: only a new process can recover
    const bot = await startBot({
      SLACK_BOT_TOKEN: "xoxb-any-token",
      SLACK_SIGNING_SECRET: "signing-secret-for-tests",
      SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
      DATABASE_URL: join(botDataDir(), "u.sqlite"),
    });
    bots.push(bot);
    expect(await bot.exited).toBe(1);
    const plain = bot.lines.filter((line) => line.trim() !== "" && !line.startsWith("{"));
    expect(plain).toEqual([
      "thidua-bot stopped: Slack could not be reached at start (ECONNREFUSED); exiting so that the service manager starts the bot again.",
    ]);
  }, 60_000);
});
