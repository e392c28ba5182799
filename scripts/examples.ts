// npm run docs:examples: writes one example of each document (.docx) and chart (.png) the bot produces, from the
// demo organisation, into docs/examples/, so the README can show them and anyone can regenerate them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app";
import type { Inbound } from "../src/engine/dispatch";
import type { Block, Reply } from "../src/kernel/reply";
import { createLogger } from "../src/logging/logger";

const OUT = join(import.meta.dirname, "../docs/examples");
const dir = mkdtempSync(join(tmpdir(), "thidua-examples-"));
const app = createApp({
  config: {
    DATABASE_URL: join(dir, "demo.sqlite"),
    DEFAULT_LOCALE: "vi",
    TIMEZONE: "Asia/Ho_Chi_Minh",
    AGENCY_PARENT: "UBND TỈNH",
    AGENCY_NAME: "SỞ NỘI VỤ",
    AGENCY_PLACE: "",
    DIRECTOR_NAME: "Phạm Văn Hùng",
  },
  logger: createLogger("silent"),
});
app.services.setup.seedDemo();

function as(name: string): Omit<Inbound, "text" | "action"> {
  const person = app.services.directory.findOnePerson(name);
  app.services.directory.linkAccount(person.id, { platform: "console", externalId: name });
  return { platform: "console", userId: name, chatId: `dm-${name}`, chatKind: "dm" };
}
const say = async (who: Omit<Inbound, "text" | "action">, input: string | { action: string }) =>
  (await app.dispatcher.dispatch({ ...who, ...(typeof input === "string" ? { text: input } : input) })).replies;

async function save(replies: Reply[], name: string): Promise<void> {
  const block = replies
    .flatMap((r) => r.blocks)
    .find((b): b is Extract<Block, { type: "file" | "image" }> => b.type === "file" || b.type === "image");
  if (!block) throw new Error(`${name}: no file in the reply`);
  // a chart is drawn at twice its size, as the terminal chat and Slack draw a small one
  writeFileSync(join(OUT, name), block.type === "image" ? await block.picture.png(2) : block.data);
  console.log(`docs/examples/${name}`);
}

mkdirSync(OUT, { recursive: true });
for (const [name, commitments] of [
  ["Vũ Thị Lan", "- Hoàn thành xuất sắc nhiệm vụ được giao\n- 01 sáng kiến cải tiến thủ tục hành chính"],
  ["Bùi Đức Anh", "- Hoàn thành tốt nhiệm vụ"],
  ["Nguyễn Văn An", "- Số hoá 100% hồ sơ lưu trữ của phòng"],
] as const) {
  const who = as(name);
  await say(who, "/pledge");
  await say(who, "1");
  await say(who, { action: "f:done" });
  await say(who, commitments);
  await say(who, { action: "f:ok" });
}
const long = as("Hoàng Văn Long");
await say(long, { action: "review:ok:1" });
await say(long, "/nominate");
await say(long, { action: "f:pick:0" });
await say(long, "Vũ Thị Lan");
await say(long, "1");
await say(long, { action: "f:pick:0" });
await say(long, { action: "f:pick:0" });
await say(long, "Hoàn thành xuất sắc nhiệm vụ; sáng kiến «Một cửa điện tử» rút ngắn thời gian giải quyết hồ sơ.");
await say(long, { action: "f:ok" });
const son = as("Trịnh Văn Sơn");
await say(son, "/opensession");
await say(son, "Xét khen thưởng năm 2023");
await say(son, "1");
await say(son, new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
await say(son, { action: "f:ok" });
for (const member of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Đặng Quốc Bảo"]) {
  const who = as(member);
  await say(who, { action: "vote:open:1" });
  await say(who, { action: "vote:p:1.1.a" });
  await say(who, { action: "vote:review:1" });
  await say(who, { action: "vote:cast:1" });
}
await say(son, { action: "sessions:closeok:1" });
const year = app.services.nominations.get(1).year;
const campaignId = app.services.campaigns.byCode("TD2023")?.id as number;

await save(await say(son, { action: "documents:minutes:1" }), "bien-ban-hop-hoi-dong.docx");
await save(await say(son, { action: `documents:proposal:${year}` }), "to-trinh-va-danh-sach-de-nghi.docx");
await save(await say(son, { action: `documents:decision:${year}` }), "du-thao-quyet-dinh.docx");
await save(await say(son, { action: `documents:pledges:${campaignId}` }), "tong-hop-dang-ky-thi-dua.docx");
await save(await say(long, { action: `documents:unitpledges:${campaignId}` }), "ban-dang-ky-thi-dua-don-vi.docx");
await save(await say(long, { action: "documents:achievements:1" }), "bao-cao-thanh-tich.docx");
await save(await say(son, { action: `documents:plan:${year + 1}` }), "ke-hoach-thi-dua.docx");
await save(await say(son, { action: `documents:report:${year}` }), "bao-cao-tong-ket.docx");
await save(await say(son, "/tiendo"), "bieu-do-tien-do-dang-ky.png");

app.close();
rmSync(dir, { recursive: true, force: true });
