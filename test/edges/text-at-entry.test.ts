// Text is cleaned where it enters (NFC, no control characters but tab and newline, no U+FFFE/U+FFFF), and a message
// longer than the cap is refused in one reply. The accident's test: a control character copied into a roster's unit
// name used to make resvg refuse every chart that listed the unit.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRoster, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { INBOUND_TEXT_MAX } from "../../src/engine/dispatch";
import type { Block } from "../../src/kernel/reply";
import { cleanText } from "../../src/kernel/text";
import { readRosterFile } from "../../src/roster/read";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

/** The bytes of the reply's chart as PNG (resvg refuses an SVG with a control character, so this would throw). */
async function rasterised(blocks: Block[]): Promise<number> {
  const image = blocks.find((b) => b.type === "image");
  if (image?.type !== "image") throw new Error("no chart in the reply");
  return (await image.picture.png(1)).byteLength;
}

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

describe("text cleaned where it enters", () => {
  it("drops C0/C1 controls and noncharacters, keeps tab and newline, composes to NFC", () => {
    expect(cleanText("Phòng\u0001 Tổ\u0085 chức\uFFFE\uFFFF")).toBe("Phòng Tổ chức");
    expect(cleanText("a\tb\r\nc\rd")).toBe("a\tb\nc\nd");
    expect(cleanText("Nguye\u0302\u0303n")).toBe("Nguyễn");
  });

  it("imports a roster whose unit name holds a control character clean, and the progress chart still renders", async () => {
    const file = join(test.dir, "roster.csv");
    writeFileSync(file, "full_name,unit,roles\nLê Văn Mới,Phòng\u0001 Thử\u0007 nghiệm\u009b,staff\n");
    const sheet = await readRosterFile(file);
    const { entries, problems } = validateRoster(sheet.rows);
    expect(problems).toEqual([]);
    const { app } = test;
    applyRoster(entries, { repo: createDirectoryRepo(app.db), audit: app.audit, clock: app.services.clock, uow: app.uow });
    const names = app.services.directory.units().map((u) => u.name);
    expect(names).toContain("Phòng Thử nghiệm");
    expect(names.every((n) => n === cleanText(n))).toBe(true);

    const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tiendo");
    expect(await rasterised(reply.replies.flatMap((r) => r.blocks))).toBeGreaterThan(1000);
    expect(reply.text).not.toContain("lỗi ngoài dự kiến");
  });

  it("still draws a chart when a unit name stored by an older version holds a control character", async () => {
    test.app.db.$client.prepare("update units set name = name || char(1) || ' cũ' where id = (select min(id) from units)").run();
    const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tiendo");
    expect(reply.text).not.toContain("lỗi ngoài dự kiến");
    expect(await rasterised(reply.replies.flatMap((r) => r.blocks))).toBeGreaterThan(1000);
  });

  it("stores a form answer typed with control characters without them", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    await say(test, lan, "Hoàn thành\u0000 tốt\u001b[31m nhiệm vụ.");
    await say(test, lan, { action: "f:ok" });
    const stored = test.app.db.$client.prepare("select commitments from pledges").pluck().get() as string;
    expect(stored).toBe("Hoàn thành tốt[31m nhiệm vụ.");
  });
});

describe("an over-long message", () => {
  it("is refused in one localized reply, and a form open meanwhile keeps its place", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    const huge = await say(test, lan, "x".repeat(200_000));
    expect(huge.replies).toHaveLength(1);
    expect(huge.text).toContain(`hơn ${INBOUND_TEXT_MAX.toLocaleString("vi")} ký tự`);
    // the pledge form is still at its first question
    expect((await say(test, lan, "1")).text).not.toContain("Biểu mẫu này đã đóng");
  });
});
