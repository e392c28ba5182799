// Files on Zalo, which cannot carry them (issue 27): with PUBLIC_URL a file comes as a one-time link, through the
// real Zalo adapter against the stand-in and the bot's shared HTTP server, on a real SQLite file. A document's link
// opens a page whose button gives the file once, then 410; a chart reaches Zalo through sendPhoto with such a link,
// which the stand-in fetches as Zalo would; without PUBLIC_URL the person is told, before picking, where else files
// can be had. Then the attacker's view: forged and guessed tokens, a replay, an expired link, a link of someone who
// left, a copy of the database and its -wal, an anonymous complainant.
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterEach, describe, expect, it } from "vitest";
import { linkFiles } from "../../src/adapters/zalo/files";
import { backupDatabase } from "../../src/db/backup";
import { type Runtime, startRuntime } from "../../src/runtime";
import { type FileLinkServer, startFileLinkServer } from "../support/file-link-server";
import { createTestApp, everyStoredValue } from "../support/harness";
import { hexId } from "../support/zalo-api";
import { startZaloTest, type ZaloTest } from "../support/zalo-harness";

const SON = { id: "50115011501150115011", display_name: "Trịnh Văn Sơn" };
const HUNG = { id: "a1a1a1a1a1a1a1a1a1a1", display_name: "Phạm Văn Hùng" };
const LAN = { id: "e4ea2cd5189df1c3a88c", display_name: "Vũ Thị Lan" };

let z: ZaloTest | null = null;
let server: FileLinkServer | null = null;
let runtime: Runtime | null = null;
afterEach(async () => {
  await runtime?.stop();
  await z?.close();
  await server?.close();
  runtime = null;
  z = null;
  server = null;
});

/** Zalo on a test app whose PUBLIC_URL is the shared HTTP server serving its links; Sơn (the secretary) and Hùng linked. */
async function withLinks(): Promise<{ z: ZaloTest; server: FileLinkServer }> {
  server = await startFileLinkServer();
  const test = createTestApp({ config: { PUBLIC_URL: server.url } });
  server.serve(test.app);
  z = await startZaloTest({ test });
  z.link("Trịnh Văn Sơn", SON);
  z.link("Phạm Văn Hùng", HUNG);
  return { z, server };
}

/** The one-time links in what the bot said. */
const linksIn = (said: string, base: string) =>
  [...said.matchAll(/(http:\/\/127\.0\.0\.1:\d+\/file\/[A-Za-z0-9_-]+)/g)].map((m) => m[1] as string).filter((u) => u.startsWith(base));
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

const get = (url: string, method = "GET") => fetch(url, { method, redirect: "manual" });
/** What the page's button does: a POST of the empty form to the same address. */
const press = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" });

const auditRows = (zt: ZaloTest) =>
  zt.test.app.db.$client
    .prepare("select actor_person_id, actor_label, action, entity_id, details from audit_log where entity = 'file-link' order by id")
    .all() as Array<{
    actor_person_id: number | null;
    actor_label: string | null;
    action: string;
    entity_id: string;
    details: string | null;
  }>;

describe("files on Zalo with PUBLIC_URL", () => {
  it("/export and a /documents file arrive as one-time links that give the file once and then 410", async () => {
    const { z, server } = await withLinks();
    const exported = await z.say(SON, "/export");
    expect(exported).toContain("Tải «dang-ky-thi-dua-TD2023-");
    expect(exported).not.toContain("npm start");
    const [xlsxUrl = "", csvUrl = ""] = linksIn(exported, server.url);
    expect(linksIn(exported, server.url)).toHaveLength(2);
    // 256 random bits, base64url
    expect(tokenOf(xlsxUrl)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // a link preview (GET, HEAD) does not use it up: the page names the file and offers its button
    const page = await get(xlsxUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("dang-ky-thi-dua-TD2023-");
    expect(html).toContain('<form method="post">');
    expect((await get(xlsxUrl, "HEAD")).status).toBe(200);
    expect((await get(xlsxUrl)).status).toBe(200);

    const file = await press(xlsxUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("attachment;");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toContain("Đơn vị");
    // once: then gone, whichever way it is asked
    expect((await press(xlsxUrl)).status).toBe(410);
    const gone = await get(xlsxUrl);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("đã được dùng hoặc đã hết hạn");
    // the other link is its own
    expect((await press(csvUrl)).status).toBe(200);

    // /documents says, before a document is picked, that it comes as a link
    const menu = await z.say(SON, "/documents");
    const notice = menu.indexOf("Trên Zalo, tệp đến dưới dạng một đường liên kết chỉ tải được một lần, trong 24 giờ.");
    const plan = /(\d+)\. Kế hoạch năm (\d{4})/.exec(menu);
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(menu.indexOf("1. "));
    const drafted = await z.say(SON, plan?.[1] ?? "?");
    const [docUrl = ""] = linksIn(drafted, server.url);
    const docx = await press(docUrl);
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain("KẾ HOẠCH");
    expect((await press(docUrl)).status).toBe(410);

    // audited, issued to Sơn and used, and the token is nowhere: not in the audit log, not in the logs
    const sonId = z.test.app.services.directory.findOnePerson("Trịnh Văn Sơn").id;
    const audit = auditRows(z);
    expect(audit.filter((a) => a.action === "file-link.issued").map((a) => a.actor_person_id)).toEqual([sonId, sonId, sonId]);
    expect(audit.filter((a) => a.action === "file-link.used")).toHaveLength(3);
    const tokens = [xlsxUrl, csvUrl, docUrl].map(tokenOf);
    for (const token of tokens) {
      expect(everyStoredValue(z.test.app).filter((v) => v.includes(token))).toEqual([]);
      expect([...z.test.logLines, ...server.logLines].filter((l) => l.includes(token))).toEqual([]);
    }
    // what was used holds no file any more
    const left = z.test.app.db.$client.prepare("select count(*) as n from file_links where data is not null or person_id is not null").get();
    expect(left).toEqual({ n: 0 });
  });

  it("/progress sends its chart as a photo Zalo fetches once, beside its summary in words", async () => {
    const { z } = await withLinks();
    const said = await z.say(SON, "/progress");
    expect(said).toContain("Đã đăng ký 0/20 người");
    await z.api.waitFor(() => z.api.sent(SON.id).some((m) => m.method === "sendPhoto"));
    const photo = z.api.sent(SON.id).find((m) => m.method === "sendPhoto")?.photo;
    expect(photo?.status).toBe(200);
    expect(photo?.contentType).toBe("image/png");
    expect(photo?.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Zalo has it now: the link is used up
    expect((await get(photo?.url ?? "")).status).toBe(410);
  });

  it("/report's list of the people not reached arrives as a link to a spreadsheet of every one of them", async () => {
    const { z } = await withLinks();
    const { directory, broadcasts } = z.test.app.services;
    // Zalo alone runs: the demo's people with only the terminal's account cannot be reached
    broadcasts.running.set(["zalo"]);
    const { announcementId } = broadcasts.announce(directory.findOnePerson("Phạm Văn Hùng"), {
      text: "Thông báo thử.",
      audience: { kind: "everyone" },
      repeat: null,
    });
    const run = broadcasts.report(directory.findOnePerson("Phạm Văn Hùng"), announcementId).runs[0];
    const report = await z.say(HUNG, `/report ${announcementId}`);
    const exported = await z.say(HUNG, /(\d)\. Xuất danh sách chưa nhận/.exec(report)?.[1] ?? "?");
    const [url = ""] = linksIn(exported, server?.url ?? "");
    const file = await press(url);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe((run?.unreachable.length ?? 0) + 1);
    expect(sheet?.getRow(2).getCell(3).value).toBe("Chỉ có tài khoản cửa sổ dòng lệnh, bot không chạy cửa sổ dòng lệnh");
  });

  it("gives a named complainant the letter to sign through a link", async () => {
    const { z, server } = await withLinks();
    z.link("Vũ Thị Lan", LAN);
    await z.say(LAN, "/tocao");
    await z.say(LAN, "Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    await z.say(LAN, "1");
    for (const answer of ["Phòng Tổ chức, Sở Nội vụ", "12 Lê Lợi, Huế", "0901234567", "Đề nghị xác minh."]) await z.say(LAN, answer);
    const receipt = await z.say(LAN, "1");
    expect(receipt).toContain("ĐƠN TỐ CÁO");
    expect(receipt).toContain("Trên Zalo, tệp đến dưới dạng một đường liên kết");
    const letter = await z.say(LAN, /(\d)\. Tải đơn/.exec(receipt)?.[1] ?? "?");
    const [url = ""] = linksIn(letter, server.url);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await (await press(url)).arrayBuffer()) });
    expect(value).toContain("ĐƠN TỐ CÁO");
    // a complaint flow: its link's issue and use leave in the logs neither the token nor who asked
    const logs = [...z.test.logLines, ...server.logLines];
    expect(logs.some((l) => l.includes("file link used"))).toBe(true);
    for (const secret of [tokenOf(url), LAN.id]) expect(logs.filter((l) => l.includes(secret))).toEqual([]);
  });
});

describe("files on Zalo without PUBLIC_URL", () => {
  it("says before a document is picked where else files can be had, and offers none it cannot send", async () => {
    z = await startZaloTest();
    z.link("Trịnh Văn Sơn", SON);
    const menu = await z.say(SON, "/documents");
    expect(menu).toContain("Zalo không cho bot gửi tệp, nên các tệp sau không lấy được ở đây");
    expect(menu).toContain("trên Telegram hoặc Slack, hoặc nhờ cán bộ công nghệ thông tin của cơ quan");
    expect(menu).toMatch(/• Kế hoạch năm \d{4}/);
    expect(menu).not.toMatch(/\d\. Kế hoạch/);
    expect(menu).not.toContain("gửi vào tin nhắn riêng");
    const exported = await z.say(SON, "/export");
    expect(exported).toContain("Bạn lấy được tệp này bằng cùng lệnh trên Telegram hoặc Slack, hoặc nhờ cán bộ công nghệ thông tin");
    for (const shell of ["npm", "máy chủ", "thư ký"]) expect(exported).not.toContain(shell);
    expect(await z.say(SON, "/progress")).toContain("Đã đăng ký 0/20 người");
    expect(z.api.callsOf("sendPhoto")).toEqual([]);

    // a named complainant's letter: its text is in the receipt, to copy; no Word file is offered
    z.link("Vũ Thị Lan", LAN);
    await z.say(LAN, "/tocao");
    await z.say(LAN, "Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    await z.say(LAN, "1");
    for (const answer of ["Phòng Tổ chức, Sở Nội vụ", "12 Lê Lợi, Huế", "0901234567", "Đề nghị xác minh."]) await z.say(LAN, answer);
    const receipt = await z.say(LAN, "1");
    expect(receipt).toContain("ĐƠN TỐ CÁO");
    expect(receipt).toContain("Zalo không cho bot gửi tệp Word: hãy chép nội dung đơn ở trên để in và ký.");
    expect(receipt).not.toContain("Tải đơn");
  });
});

describe("one-time links, as an attacker tries them", () => {
  it("answers 404 to a guessed, forged or malformed token, refuses what it must, and stays up", async () => {
    const { z, server } = await withLinks();
    const [url = ""] = linksIn(await z.say(SON, "/export"), server.url);
    const token = tokenOf(url);
    const flipped = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const guessed = Buffer.alloc(32, 7).toString("base64url");
    for (const path of [
      `/file/${flipped}`,
      `/file/${guessed}`,
      "/file/",
      "/file/../../etc/passwd",
      `/file/${token}/x`,
      `/file/${token}x`,
      `/file/${"A".repeat(10_000)}`,
    ]) {
      const answer = await fetch(`${server.url}${path}`, { method: "POST", body: "" });
      expect(answer.status, path).toBe(404);
    }
    expect((await fetch(url, { method: "PUT" })).status).toBe(405);
    // a body is never read: a large one is refused before anything else, and the link is unharmed
    expect((await fetch(url, { method: "POST", body: Buffer.alloc(1024 * 1024, 1) })).status).toBe(413);
    // two presses at once: one gets the file, the other 410
    const statuses = (await Promise.all([press(url), press(url)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
  });

  it("lets no link live past its time, nor after a restart, nor for someone who left", async () => {
    const { z: before, server } = await withLinks();
    const [first = "", second = ""] = linksIn(await before.say(SON, "/export"), server.url);
    const [hungs = ""] = linksIn(await before.say(HUNG, "/export"), server.url);
    // Hùng leaves the agency: his link stops working at once
    const hung = before.test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    before.test.app.db.$client.prepare("update people set status = 'inactive' where id = ?").run(hung.id);
    expect((await press(hungs)).status).toBe(410);

    // 25 hours later the first link is gone when used
    before.test.clock.advance(25 * 3600_000);
    expect((await get(first)).status).toBe(410);
    // the second, never opened, and Hùng's other one are deleted by the sweep when the bot starts again
    const restarted = await before.restart();
    z = restarted;
    server.serve(restarted.test.app);
    const waiting = () => restarted.test.app.db.$client.prepare("select count(*) as n from file_links where data is not null").get();
    expect(waiting()).toEqual({ n: 2 });
    runtime = await startRuntime({
      app: restarted.test.app,
      logger: restarted.test.app.services.log,
      transports: [restarted.zalo.transport()],
      timezone: "Asia/Ho_Chi_Minh",
      caseDigestCron: "0 8 * * *",
    });
    expect(waiting()).toEqual({ n: 0 });
    expect((await press(second)).status).toBe(410);
    // a week after, even its trace is forgotten
    restarted.test.clock.advance(8 * 86_400_000);
    restarted.test.app.fileLinks.sweep();
    expect((await press(second)).status).toBe(404);
  });

  it("leaves nothing in a copy of the database and its -wal that opens a link", async () => {
    const { z, server } = await withLinks();
    const urls = linksIn(await z.say(SON, "/export"), server.url);
    const copy = join(z.test.dir, "copy.sqlite");
    z.test.app.db.$client.pragma("wal_checkpoint(PASSIVE)");
    copyFileSync(z.test.databaseUrl, copy);
    if (existsSync(`${z.test.databaseUrl}-wal`)) copyFileSync(`${z.test.databaseUrl}-wal`, `${copy}-wal`);
    const stolen = new Database(copy, { readonly: true });
    const tables = stolen.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>;
    const values = tables.flatMap(({ name }) =>
      (stolen.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>).flatMap((row) => Object.values(row).map(String)),
    );
    const hashes = (stolen.prepare("select token_hash from file_links").all() as Array<{ token_hash: string }>).map((r) => r.token_hash);
    stolen.close();
    for (const url of urls) expect(values.filter((v) => v.includes(tokenOf(url)))).toEqual([]);
    expect(hashes).toHaveLength(2);
    // what the copy holds, tried as tokens (as they are, and shortened to a token's shape), opens nothing
    for (const hash of hashes) {
      for (const guess of [hash, Buffer.from(hash, "hex").toString("base64url")])
        expect((await press(`${server.url}/file/${guess}`)).status).toBe(404);
    }
    // a backup keeps no link: restored, it could otherwise open again a link used since
    const backup = backupDatabase(z.test.app.db.$client, join(z.test.dir, "backup.sqlite"));
    expect(backup.tables.file_links).toBe(0);
    for (const url of urls) expect((await press(url)).status).toBe(200);
  });

  it("never gives an anonymous complainant a link, not even for a forged request of a letter", async () => {
    const { z } = await withLinks();
    z.link("Vũ Thị Lan", LAN);
    await z.say(LAN, "/tocao");
    await z.say(LAN, "Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    await z.say(LAN, "2");
    const receipt = await z.say(LAN, "1");
    expect(receipt).toContain("Mã biên nhận");
    expect(receipt).not.toContain("đường liên kết");
    const caseId = (z.test.app.db.$client.prepare("select id from cases").get() as { id: number }).id;
    const forged = await z.test.app.dispatcher.dispatch({
      platform: "zalo",
      userId: LAN.id,
      chatId: LAN.id,
      chatKind: "dm",
      action: `documents:letter:${caseId}`,
    });
    expect(forged.replies.flatMap((r) => r.blocks).filter((b) => b.type === "file")).toEqual([]);
    expect(z.test.app.db.$client.prepare("select count(*) as n from file_links").get()).toEqual({ n: 0 });
    expect(auditRows(z)).toEqual([]);
    // and a stranger's account gets no link even for a reply that carries a file
    expect(
      z.test.app.port.fileLinks.offer(
        { platform: "zalo", externalId: hexId() },
        { fileName: "x.txt", mimeType: "text/plain", data: new Uint8Array(1) },
        "download",
      ),
    ).toBeNull();
    // a file within a complaint exchange is named, never linked, whoever the sender
    const file = { type: "file" as const, fileName: "don.docx", mimeType: "application/octet-stream", data: new Uint8Array(1) };
    const within = await linkFiles({ blocks: [file], sensitive: true }, { platform: "zalo", externalId: LAN.id }, z.test.app.port.fileLinks);
    expect(within).toEqual({
      linked: false,
      reply: { blocks: [{ type: "paragraph", text: { key: "zalo-file-confidential", args: { name: "don.docx" } } }], sensitive: true },
    });
    expect(z.test.app.db.$client.prepare("select count(*) as n from file_links").get()).toEqual({ n: 0 });
  });
});
