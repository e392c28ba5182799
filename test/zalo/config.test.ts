// The Zalo settings are checked at start like every other: a webhook needs its secret, the secret has Zalo's
// length, the pace is a number, and the token never appears in the message.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config";

const TOKEN = "1459232241454765289:AbCdEfGh-secret";
/** Required with any platform token (ballots are sealed under it). */
const BALLOT_KEY = Buffer.alloc(32, 3).toString("base64");

describe("Zalo settings", () => {
  it("defaults the API root and the pace, and reads a webhook", () => {
    const config = loadConfig({ ZALO_BOT_TOKEN: TOKEN, BALLOT_KEY });
    expect(config.ZALO_API_ROOT).toBe("https://bot-api.zaloplatforms.com");
    expect(config.ZALO_SEND_INTERVAL_MS).toBe(200);
    const webhook = loadConfig({
      ZALO_BOT_TOKEN: TOKEN,
      BALLOT_KEY,
      ZALO_WEBHOOK_URL: "https://bot.example.gov.vn/zalo/webhook",
      ZALO_WEBHOOK_SECRET: "12345678",
    });
    expect(webhook.ZALO_WEBHOOK_SECRET).toBe("12345678");
  });

  it("asks for BALLOT_KEY with a Zalo token, as with any platform", () => {
    expect(() => loadConfig({ ZALO_BOT_TOKEN: TOKEN })).toThrow(/BALLOT_KEY/);
  });

  it("refuses a webhook without a secret, a short secret, a bad pace and a malformed token, without showing the token", () => {
    expect(() => loadConfig({ ZALO_BOT_TOKEN: TOKEN, BALLOT_KEY, ZALO_WEBHOOK_URL: "https://bot.example.gov.vn/zalo/webhook" })).toThrow(
      /ZALO_WEBHOOK_SECRET/,
    );
    const attempt = () => loadConfig({ ZALO_BOT_TOKEN: "not a token", ZALO_SEND_INTERVAL_MS: "soon" });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toContain("ZALO_SEND_INTERVAL_MS");
    expect(message).toContain("ZALO_BOT_TOKEN");
    expect(message).not.toContain("not a token");
    expect(() =>
      loadConfig({ ZALO_BOT_TOKEN: TOKEN, BALLOT_KEY, ZALO_WEBHOOK_URL: "https://x.example/zalo/webhook", ZALO_WEBHOOK_SECRET: "1234567" }),
    ).toThrow(/8–256/);
  });
});

describe("PUBLIC_URL and FILE_LINK_HOURS", () => {
  it("takes an https address (or the machine itself over http), without its trailing slash, and 24 hours by default", () => {
    expect(loadConfig({ PUBLIC_URL: "https://thidua.example.gov.vn/" })).toMatchObject({
      PUBLIC_URL: "https://thidua.example.gov.vn",
      FILE_LINK_HOURS: 24,
    });
    expect(loadConfig({ PUBLIC_URL: "https://example.gov.vn/thidua" }).PUBLIC_URL).toBe("https://example.gov.vn/thidua");
    expect(loadConfig({ PUBLIC_URL: "http://127.0.0.1:3000" }).PUBLIC_URL).toBe("http://127.0.0.1:3000");
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    expect(loadConfig({ FILE_LINK_HOURS: "2" }).FILE_LINK_HOURS).toBe(2);
  });

  it("refuses plain http to another machine, an address with a query, and hours out of range, each named", () => {
    for (const bad of ["http://thidua.example.gov.vn", "https://thidua.example.gov.vn/?x=1", "thidua.example.gov.vn", "ftp://example.gov.vn"])
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    for (const bad of ["0", "200", "soon"]) expect(() => loadConfig({ FILE_LINK_HOURS: bad }), bad).toThrow(/FILE_LINK_HOURS/);
  });
});
