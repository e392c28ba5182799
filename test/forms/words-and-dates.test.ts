// The words people read: days as dd/mm/yyyy and times as HH:mm dd/mm/yyyy in both languages and in exports, export
// columns under the right labels, award names, and lists of people in Vietnamese order (given name first).
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compareVietnameseNames } from "../../src/core/directory/names";
import type { Reply } from "../../src/kernel/reply";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

function csvOf(replies: Reply[]): string[][] {
  const file = replies.flatMap((r) => r.blocks).find((b) => b.type === "file" && b.fileName.endsWith(".csv"));
  if (file?.type !== "file") throw new Error("no csv");
  const text = new TextDecoder().decode(file.data).replace(/^\uFEFF/, "");
  return parse(text) as string[][];
}

async function pledgeAsLan() {
  const lan = actAs(test, "Vũ Thị Lan");
  await say(test, lan, "/pledge");
  await say(test, lan, "1");
  await say(test, lan, { action: "f:done" });
  await say(test, lan, "Hoàn thành tốt nhiệm vụ");
  await say(test, lan, { action: "f:ok" });
}

describe("lists of people", () => {
  it("sort by given name, then family name, with Vietnamese collation", () => {
    const names = ["Nguyễn Văn Bình", "Vũ Thị Anh", "Lê Bảo", "Lê Ánh", "Đặng Văn An"];
    expect([...names].sort(compareVietnameseNames)).toEqual(["Đặng Văn An", "Lê Ánh", "Vũ Thị Anh", "Lê Bảo", "Nguyễn Văn Bình"]);
  });

  it("show the missing list in that order", async () => {
    const missing = await say(test, actAs(test, "Trịnh Văn Sơn"), "/missing");
    expect(missing.text).toContain("Còn thiếu: Bùi Đức Anh, Vũ Thị Lan, Hoàng Văn Long.");
  });
});

describe("dates and exports", () => {
  it("shows a deadline as HH:mm dd/mm/yyyy in Vietnamese and in English", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    expect((await say(test, son, "/missing")).text).toMatch(/hạn 23:59 \d{2}\/\d{2}\/\d{4}/);
    await say(test, son, "/lang");
    await say(test, son, "2");
    expect((await say(test, son, "/missing")).text).toMatch(/deadline 23:59 \d{2}\/\d{2}\/\d{4}/);
  });

  it("labels export columns by what they hold and writes times as HH:mm dd/mm/yyyy", async () => {
    await pledgeAsLan();
    const rows = csvOf((await say(test, actAs(test, "Trịnh Văn Sơn"), "/export")).replies);
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(row[header.indexOf("Họ tên / Tên tập thể")]).toBe("Vũ Thị Lan");
    expect(row[header.indexOf("Cá nhân/Tập thể")]).toBe("Cá nhân");
    expect(row.at(-1)).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  });
});

describe("award names in English", () => {
  it("calls Giấy khen a Certificate of Commendation and Bằng khen a Certificate of Merit", () => {
    const awards = test.app.services.catalog.all();
    const giayKhen = awards.filter((a) => a.name.vi.startsWith("Giấy khen"));
    const bangKhen = awards.filter((a) => a.name.vi.startsWith("Bằng khen"));
    expect(giayKhen.length).toBeGreaterThan(0);
    expect(giayKhen.every((a) => a.name.en.startsWith("Certificate of Commendation"))).toBe(true);
    expect(bangKhen.every((a) => a.name.en.startsWith("Certificate of Merit"))).toBe(true);
  });
});
