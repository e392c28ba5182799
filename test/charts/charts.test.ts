// Charts as PNG with their figures in words: the pictures are decoded (size, not blank), the unit names with their
// diacritics are read in the SVG before it is rasterised, and the summary's figures are checked against the
// database; on the terminal, on Telegram (sendPhoto) and in the weekly digest.
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BarChartSpec } from "../../src/core/ports";
import { sendWeeklyDigest } from "../../src/core/reports/weekly-digest";
import type { Block } from "../../src/kernel/reply";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

/** The real renderer, with the SVG of each chart kept for the test to read. */
function recordSvgs(test: TestApp): Array<{ spec: BarChartSpec; svg: string }> {
  const drawn: Array<{ spec: BarChartSpec; svg: string }> = [];
  const real = test.app.services.charts;
  test.app.services.charts = {
    async bar(spec) {
      const out = await real.bar(spec);
      drawn.push({ spec, svg: out.svg });
      return out;
    },
  };
  return drawn;
}

/** Decodes a PNG and counts the pixels that are not white: a blank picture has none. */
function decode(data: Uint8Array): { width: number; height: number; inked: number } {
  const png = PNG.sync.read(Buffer.from(data));
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200) inked++;
  return { width: png.width, height: png.height, inked };
}

const imageOf = (blocks: Block[]) => {
  const image = blocks.find((b) => b.type === "image");
  if (image?.type !== "image") throw new Error("no image");
  return image;
};

async function pledge(test: TestApp, name: string) {
  const who = actAs(test, name);
  await say(test, who, "/pledge");
  await say(test, who, "1");
  await say(test, who, { action: "f:done" });
  await say(test, who, "Hoàn thành tốt nhiệm vụ.");
  await say(test, who, { action: "f:ok" });
}

describe("charts", () => {
  let test: TestApp;
  beforeEach(() => {
    test = createTestApp();
  });
  afterEach(() => test.close());

  it("draws pledge progress by unit, with the figures in words matching the database", async () => {
    const drawn = recordSvgs(test);
    await pledge(test, "Vũ Thị Lan");
    await pledge(test, "Bùi Đức Anh");
    await say(test, actAs(test, "Hoàng Văn Long"), { action: "review:ok:1" });
    // a returned pledge waits for its author: its own bar, not "Chờ xác nhận"
    await test.app.services.pledges.returnForChanges(test.app.services.directory.findOnePerson("Hoàng Văn Long"), 2, "Thiếu chỉ tiêu");
    const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tiendo");
    const members = (test.app.db.$client.prepare("select count(*) as n from people where status = 'active'").get() as { n: number }).n;
    expect(reply.text).toContain(`Đã đăng ký 2/${members} người`);
    expect(reply.text).toContain("trong đó 1 bản đã được trưởng đơn vị xác nhận");
    expect(reply.text).toContain("Cần chú ý:");

    const picture = decode(imageOf(reply.replies.flatMap((r) => r.blocks)).data);
    expect(picture.width).toBe(1800);
    expect(picture.height).toBeGreaterThan(600);
    expect(picture.inked).toBeGreaterThan(10_000);
    const svg = drawn[0]?.svg ?? "";
    expect(svg).toContain("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ".slice(0, 20));
    expect(svg).toContain("Trung tâm Lưu trữ lịch sử");
    expect(svg).toContain("Đã xác nhận");
    // the figures drawn are the figures told
    const unit = drawn[0]?.spec.categories.indexOf("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ") ?? -1;
    expect(drawn[0]?.spec.series.map((s) => s.name)).toEqual(["Đã xác nhận", "Chờ xác nhận", "Bị trả lại", "Chưa đăng ký"]);
    expect(drawn[0]?.spec.series.map((s) => s.values[unit])).toEqual([1, 0, 1, 1]);
  });

  it("draws a year's nominations by title and stage, for the council's readers", async () => {
    const drawn = recordSvgs(test);
    const { nominations, directory, campaigns } = test.app.services;
    const son = directory.findOnePerson("Trịnh Văn Sơn");
    await nominations.propose(son, {
      nominee: "person",
      nomineeId: directory.findOnePerson("Vũ Thị Lan").id,
      awardCode: "LDTT",
      kind: "year_end",
      campaignId: campaigns.byCode("TD2023")?.id ?? null,
      achievements: "Hoàn thành tốt nhiệm vụ.",
    });
    const list = await say(test, actAs(test, "Trịnh Văn Sơn"), "/nominations");
    const chartAction = list.replies
      .flatMap((r) => r.buttons ?? [])
      .flat()
      .find((b) => b.action.startsWith("nominations:chart:"))?.action;
    const chart = await say(test, actAs(test, "Trịnh Văn Sơn"), { action: chartAction as string });
    expect(chart.text).toContain("Có 1 đề nghị: 1 chờ Hội đồng xét");
    expect(chart.text).toContain("Lao động tiên tiến: chờ xét 1");
    expect(decode(imageOf(chart.replies.flatMap((r) => r.blocks)).data).inked).toBeGreaterThan(1000);
    expect(drawn[0]?.svg).toContain("Lao động tiên tiến");
  });

  it("draws an announcement's delivery and acknowledgement by unit, with the same figures as /report", async () => {
    const drawn = recordSvgs(test);
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    const { announcementId } = test.app.services.broadcasts.announce(leader, {
      text: "Họp tổng kết lúc 8 giờ",
      audience: { kind: "everyone" },
      repeat: null,
    });
    const run = test.app.services.broadcasts.report(leader, announcementId).runs[0];
    const report = await say(test, actAs(test, "Phạm Văn Hùng"), `/report ${announcementId}`);
    const chartAction = report.replies
      .flatMap((r) => r.buttons ?? [])
      .flat()
      .find((b) => b.action.startsWith("report:chart:"))?.action;
    const chart = await say(test, actAs(test, "Phạm Văn Hùng"), { action: chartAction as string });
    expect(chart.text).toContain(`Gửi tới ${run?.sent}/${run?.total} người; ${run?.acknowledged} người đã nắm`);
    expect(chart.text).toContain(`${run?.failed} người chưa tới được`);
    expect(decode(imageOf(chart.replies.flatMap((r) => r.blocks)).data).inked).toBeGreaterThan(1000);
    expect(drawn[0]?.svg).toContain("Ban Thi đua – Khen thưởng");
    const total = drawn[0]?.spec.series.reduce((sum, s) => sum + s.values.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(run?.total);
  });

  it("draws open cases by state against their deadlines for handlers and leaders, with nothing about a sender", async () => {
    const drawn = recordSvgs(test);
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/tocao");
    await say(test, lan, "Thông tin về hồ sơ đề nghị không đúng.");
    await say(test, lan, "2");
    await say(test, lan, { action: "f:ok" });
    const chart = await say(test, actAs(test, "Phạm Văn Hùng"), { action: "cases:chart:0" });
    expect(chart.text).toContain("Đang xử lý 1 đơn thư: 0 quá hạn, 1 không có thời hạn luật định");
    expect(decode(imageOf(chart.replies.flatMap((r) => r.blocks)).data).inked).toBeGreaterThan(1000);
    expect(drawn[0]?.svg).not.toContain("Vũ Thị Lan");
    expect((await say(test, lan, { action: "cases:chart:0" })).text).toContain("Bạn không có quyền");
  });

  it("sends leaders and the secretary the weekly digest with the chart", async () => {
    const told: Array<{ name: string; blocks: Block[] }> = [];
    test.app.observeNotifications((id, reply) => told.push({ name: test.app.services.directory.getPerson(id).fullName, blocks: reply.blocks }));
    expect(await sendWeeklyDigest(test.app.services)).toBe(3);
    expect(told.map((t) => t.name).sort()).toEqual(["Lê Thị Mai", "Phạm Văn Hùng", "Trịnh Văn Sơn"]);
    for (const { blocks } of told) expect(blocks.some((b) => b.type === "image")).toBe(true);
  });
});

describe("charts on Telegram", () => {
  let tg: TelegramTest;
  beforeEach(async () => {
    tg = await startTelegramTest();
    tg.link("Trịnh Văn Sơn", USERS.son);
  });
  afterEach(async () => tg.close());

  it("sends the chart as a photo beside its summary", async () => {
    tg.api.sendText(USERS.son, "/progress");
    await tg.api.waitFor(() => tg.api.chat(USERS.son.id).some((m) => m.photo));
    const photo = tg.api.chat(USERS.son.id).find((m) => m.photo)?.photo;
    expect(photo?.file_name).toMatch(/^tien-do-dang-ky-td2023_\d{4}-\d{2}-\d{2}\.png$/);
    expect(decode(new Uint8Array(photo?.bytes ?? Buffer.alloc(0))).inked).toBeGreaterThan(10_000);
    expect(
      tg.api
        .chat(USERS.son.id)
        .map((m) => m.text)
        .join("\n"),
    ).toMatch(/0 of \d+ people pledged \(0%\)/);
  });
});
