// Charts as PNG with their figures in words: the pictures are decoded (size, not blank), the unit names with their
// diacritics are read in the SVG before it is rasterised, and the summary's figures are checked against the
// database; on the terminal, on Telegram (sendPhoto at the size Telegram keeps, a province's tall chart as a
// document), on Zalo (words only, never rasterised) and in the weekly digest.
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { screenScale } from "../../src/adapters/picture-scale";
import { planTelegramPicture } from "../../src/adapters/telegram/pictures";
import type { BarChartSpec } from "../../src/core/ports";
import { CHART_MAX_UNITS } from "../../src/core/reports/charts";
import { sendWeeklyDigest } from "../../src/core/reports/weekly-digest";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import type { Block } from "../../src/kernel/reply";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { startSlackTest } from "../support/slack-harness";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";
import { startZaloTest, ZALO_USERS } from "../support/zalo-harness";

/** The real renderer, with the SVG of each chart kept for the test to read. */
function recordSvgs(test: TestApp): Array<{ spec: BarChartSpec; svg: string }> {
  const drawn: Array<{ spec: BarChartSpec; svg: string }> = [];
  const real = test.app.services.charts;
  test.app.services.charts = {
    warm: real.warm,
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

    const picture = decode(await imageOf(reply.replies.flatMap((r) => r.blocks)).picture.png(2));
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
    expect(decode(await imageOf(chart.replies.flatMap((r) => r.blocks)).picture.png(1)).inked).toBeGreaterThan(1000);
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
    expect(decode(await imageOf(chart.replies.flatMap((r) => r.blocks)).picture.png(1)).inked).toBeGreaterThan(1000);
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
    expect(decode(await imageOf(chart.replies.flatMap((r) => r.blocks)).picture.png(1)).inked).toBeGreaterThan(1000);
    expect(drawn[0]?.svg).not.toContain("Vũ Thị Lan");
    expect((await say(test, lan, { action: "cases:chart:0" })).text).toContain("Bạn không có quyền");
  });

  it("draws a province's units as the 200 furthest behind, and says so in the chart and in words", async () => {
    const drawn = recordSvgs(test);
    const repo = createDirectoryRepo(test.app.db);
    // 250 more units of one person each: the even ones have pledged, the odd ones not
    const campaign = test.app.services.campaigns.latestWithPledges();
    test.app.uow.transaction(() => {
      for (let i = 0; i < 250; i++) {
        const unitId = repo.insertUnit(`Xã thử ${i}`, new Date());
        const id = repo.insertPerson({ fullName: `Cán bộ xã ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        if (i % 2 === 0)
          test.app.db.$client
            .prepare(
              "insert into pledges (campaign_id, subject, person_id, unit_id, award_codes, commitments, status, created_by, created_at, updated_at) values (?, 'person', ?, ?, '[\"LDTT\"]', 'Cam kết', 'submitted', ?, 0, 0)",
            )
            .run(campaign?.id, id, unitId, id);
      }
    });
    const units = test.app.services.directory.units().length;
    const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tiendo");
    const categories = drawn[0]?.spec.categories ?? [];
    expect(categories).toHaveLength(CHART_MAX_UNITS);
    // every unit where nobody has pledged is drawn; those left out have all pledged
    const names = test.app.services.directory.units().map((u) => u.name);
    const left = names.filter((n) => !categories.includes(n));
    expect(left).toHaveLength(units - CHART_MAX_UNITS);
    expect(left.every((n) => /^Xã thử \d*[02468]$/.test(n))).toBe(true);
    expect(names.filter((n) => /^Xã thử \d*[13579]$/.test(n)).every((n) => categories.includes(n))).toBe(true);
    expect(reply.text).toContain(`Biểu đồ gồm ${CHART_MAX_UNITS} trên ${units} đơn vị có tỉ lệ đăng ký thấp nhất.`);
    expect(drawn[0]?.svg).toContain(`Biểu đồ gồm ${CHART_MAX_UNITS} trên ${units} đơn vị`);
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

  it("sends the chart as a photo beside its summary, drawn at the 1,280 pixels Telegram keeps", async () => {
    tg.api.sendText(USERS.son, "/progress");
    await tg.api.waitFor(() => tg.api.chat(USERS.son.id).some((m) => m.photo));
    const photo = tg.api.chat(USERS.son.id).find((m) => m.photo)?.photo;
    expect(photo?.file_name).toMatch(/^tien-do-dang-ky-td2023_\d{4}-\d{2}-\d{2}\.png$/);
    const picture = decode(new Uint8Array(photo?.bytes ?? Buffer.alloc(0)));
    expect(Math.max(picture.width, picture.height)).toBe(1280);
    expect(picture.inked).toBeGreaterThan(10_000);
    expect(
      tg.api
        .chat(USERS.son.id)
        .map((m) => m.text)
        .join("\n"),
    ).toMatch(/0 of \d+ people pledged \(0%\)/);
  });
});

describe("charts on Slack", () => {
  it("uploads the chart to the DM as a PNG drawn twice its size, sharp on high-density screens", async () => {
    const slack = await startSlackTest();
    try {
      slack.link("Trịnh Văn Sơn", "USON");
      await slack.slackRequest.slashCommand({ user: "USON", text: "tiendo" });
      await slack.api.waitFor(() => [...slack.api.uploads.values()].some((u) => u.channel !== null && u.bytes));
      const upload = [...slack.api.uploads.values()].find((u) => u.filename.endsWith(".png"));
      const picture = decode(new Uint8Array(upload?.bytes ?? Buffer.alloc(0)));
      expect(picture.width).toBe(1800);
      expect(picture.inked).toBeGreaterThan(10_000);
    } finally {
      await slack.close();
    }
  });
});

describe("charts on Zalo", () => {
  it("tells the figures in words and never rasterises the chart, which Zalo cannot show", async () => {
    const z = await startZaloTest();
    try {
      z.link("Trịnh Văn Sơn", ZALO_USERS.long);
      const real = z.test.app.services.charts;
      let rasterised = 0;
      z.test.app.services.charts = {
        warm: real.warm,
        async bar(spec) {
          const chart = await real.bar(spec);
          const png = (scale: number) => {
            rasterised++;
            return chart.png(scale);
          };
          return { ...chart, png };
        },
      };
      expect(await z.say(ZALO_USERS.long, "/tiendo")).toMatch(/Đã đăng ký 0\/\d+ người/);
      expect(rasterised).toBe(0);
    } finally {
      await z.close();
    }
  });
});

describe("warming up", () => {
  it("loads the libraries and draws a small chart, so the first person's chart does not wait for them", async () => {
    const test = createTestApp();
    try {
      const drawn = recordSvgs(test);
      await test.app.services.charts.warm();
      // warm() is the renderer's own: it draws without going through bar() of the wrapper, and a chart after it works
      expect(drawn).toEqual([]);
      const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tiendo");
      expect(decode(await imageOf(reply.replies.flatMap((r) => r.blocks)).picture.png(1)).inked).toBeGreaterThan(1000);
    } finally {
      test.close();
    }
  });
});

describe("the scale each platform draws at", () => {
  it("draws a few units sharp (twice their size) and a province's tall chart at its own size", () => {
    expect(screenScale({ width: 900, height: 374 })).toBe(2);
    expect(screenScale({ width: 900, height: 1950 })).toBe(1);
  });

  it("sends Telegram a photo of at most 1,280 pixels, and a chart taller than that as a document", () => {
    expect(planTelegramPicture({ width: 900, height: 374 })).toEqual({ as: "photo", scale: 1280 / 900 });
    expect(planTelegramPicture({ width: 900, height: 600 })).toEqual({ as: "photo", scale: 1280 / 900 });
    expect(planTelegramPicture({ width: 600, height: 300 })).toEqual({ as: "photo", scale: 2 });
    // 200 units: 1,950 pixels tall; at 1,280 its 8-pixel names would shrink to 5
    expect(planTelegramPicture({ width: 900, height: 1950 })).toEqual({ as: "document", scale: 1 });
    // 1,250 units: beyond sendPhoto's limits altogether
    expect(planTelegramPicture({ width: 900, height: 11_400 })).toEqual({ as: "document", scale: 1 });
  });
});
