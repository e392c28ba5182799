// Fair under flood on Zalo, as on Telegram and Slack: the inbound limits drop a flooder's messages before they join
// any chat's queue, the flooder is told once per window to slow down, a stranger's plain messages earn the "who
// are you" hint once an hour, and a registered user is answered meanwhile.
import { afterEach, describe, expect, it } from "vitest";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
afterEach(async () => z.close());

const { lan, long, stranger } = ZALO_USERS;
const TIGHT = { sender: { burst: 5, perMinute: 6 }, group: { burst: 5, perMinute: 6 }, noticeWindowMs: 60_000, strangerHintMs: 3_600_000 };
const SLOW_DOWN = "Bạn đang gửi nhanh hơn mức tôi có thể trả lời";
const HINT = "Tôi chưa biết bạn trong danh sách cán bộ";

describe("Zalo under flood", () => {
  it("gives a flooding stranger the hint once and one notice, and still answers a registered user", async () => {
    z = await startZaloTest({ inbound: TIGHT });
    z.link("Vũ Thị Lan", lan);
    for (let i = 0; i < 200; i++) z.api.userSays(stranger, `tin nhắn số ${i}`);
    expect(await z.say(lan, "/whoami")).toContain("Vũ Thị Lan");
    await z.zalo.idle();
    const told = z.api.texts(stranger.id);
    expect(told.filter((t) => t.includes(HINT))).toHaveLength(1);
    expect(told.filter((t) => t.includes(SLOW_DOWN))).toHaveLength(1);
    // the hint (with the command list), then silence, then the one notice: a handful of messages for 200
    expect(told.length).toBeLessThanOrEqual(4);
  });

  it("tells a flooding user to slow down once, not once per message, and answers what came within the burst", async () => {
    z = await startZaloTest({ inbound: TIGHT });
    z.link("Hoàng Văn Long", long);
    for (let i = 0; i < 30; i++) z.api.userSays(long, "/whoami");
    await z.api.waitFor(() => z.api.texts(long.id).some((t) => t.includes(SLOW_DOWN)), 10_000);
    await z.zalo.idle();
    const told = z.api.texts(long.id);
    expect(told.filter((t) => t.includes("Hoàng Văn Long"))).toHaveLength(TIGHT.sender.burst);
    expect(told.filter((t) => t.includes(SLOW_DOWN))).toHaveLength(1);
    expect(told).toHaveLength(TIGHT.sender.burst + 1);
  });
});
