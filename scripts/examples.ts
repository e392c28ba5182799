// npm run docs:examples: writes one example of each document (.docx) and chart (.png) the bot produces, from the
// demo organisation, into docs/examples/, so the docs can show them and anyone can regenerate them.
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
  config: { DATABASE_URL: join(dir, "demo.sqlite"), DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createLogger("silent"),
});
// the demo organisation comes with sample document settings (province, place, the Sở's own texts, signers' posts)
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
  if (!block) throw new Error(`${name}: no file in the reply: ${JSON.stringify(replies).slice(0, 300)}`);
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

// the year's nominations, proposed by the council's secretary: Lao động tiên tiến (no vote asked), a Chiến sĩ thi
// đua cơ sở, a Giấy khen, the province's Bằng khen (proposed upward) and a collective title
const { nominations, directory, campaigns, ballots } = app.services;
const secretary = directory.findOnePerson("Trịnh Văn Sơn");
const campaignId = campaigns.byCode("TD2023")?.id as number;
const propose = (name: string, awardCode: string, achievements: string, nominee: "person" | "unit" = "person") =>
  nominations.propose(secretary, {
    nominee,
    nomineeId: nominee === "person" ? directory.findOnePerson(name).id : directory.findUnit(name).id,
    awardCode,
    kind: "year_end",
    campaignId,
    achievements,
  });
const advanced = [];
for (const name of ["Vũ Thị Lan", "Bùi Đức Anh", "Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc", "Tạ Thị Kim"]) {
  advanced.push(await propose(name, "LDTT", "Hoàn thành tốt nhiệm vụ được giao; tích cực tham gia phong trào thi đua."));
}
const fighter = await propose(
  "Vũ Thị Lan",
  "CSTDCS",
  "Hoàn thành xuất sắc nhiệm vụ; sáng kiến «Một cửa điện tử» rút ngắn thời gian giải quyết hồ sơ.",
);
const commended = await propose("Nguyễn Văn An", "GK_GD", "Hoàn thành xuất sắc việc số hoá hồ sơ lưu trữ của phòng.");
const upward = await propose("Ngô Thị Thu", "BK_UBND", "Chủ trì đề án cải cách thủ tục hành chính của tỉnh.");
const collective = await propose("Phòng Tổ chức", "TTLDTT", "Hoàn thành tốt nhiệm vụ và kế hoạch năm; không có cá nhân bị kỷ luật.", "unit");

const son = as("Trịnh Văn Sơn");
const session = await ballots.open(secretary, {
  title: "Xét khen thưởng năm 2023",
  nominationIds: [fighter.id, commended.id, upward.id],
  endsAt: new Date(Date.now() + 86_400_000),
});
for (const member of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Đặng Quốc Bảo"]) {
  const who = as(member);
  await say(who, { action: `vote:open:${session.id}` });
  for (const n of [fighter, commended, upward]) await say(who, { action: `vote:p:${session.id}.${n.id}.a` });
  await say(who, { action: `vote:review:${session.id}` });
  await say(who, { action: `vote:cast:${session.id}` });
}
await say(son, { action: `sessions:closeok:${session.id}` });

await save(await say(son, { action: `documents:minutes:${session.id}` }), "bien-ban-hop-hoi-dong.docx");
await save(await say(son, { action: "documents:proposal:2023" }), "to-trinh-va-danh-sach-de-nghi.docx");
await save(await say(son, { action: "documents:upward:2023" }), "to-trinh-de-nghi-cap-tren.docx");
await save(await say(son, { action: "documents:decision:2023" }), "du-thao-quyet-dinh.docx");
await save(await say(son, { action: `documents:pledges:${campaignId}` }), "tong-hop-dang-ky-thi-dua.docx");
await save(await say(long, { action: `documents:unitpledges:${campaignId}` }), "ban-dang-ky-thi-dua-don-vi.docx");
await save(await say(as("Vũ Thị Lan"), { action: `documents:achievements:${fighter.id}` }), "bao-cao-thanh-tich.docx");
await save(await say(long, { action: `documents:achievements:${collective.id}` }), "bao-cao-thanh-tich-tap-the.docx");
// the decision as the secretary records it once signed: its certificates print from it
await nominations.decide(secretary, [...advanced.map((n) => n.id), fighter.id, commended.id, collective.id], {
  number: "12/QĐ-SNV",
  date: "2024-01-20",
  signer: "Phạm Văn Hùng, Giám đốc",
});
await save(await say(son, { action: "documents:certificates:2023" }), "giay-khen-va-giay-chung-nhan.docx");
await save(await say(son, { action: "documents:plan:2024" }), "ke-hoach-thi-dua.docx");
await save(await say(son, { action: "documents:report:2023" }), "bao-cao-tong-ket.docx");
await save(await say(son, "/tiendo"), "bieu-do-tien-do-dang-ky.png");

app.close();
rmSync(dir, { recursive: true, force: true });
