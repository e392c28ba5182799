// Blocked is a state, not a sentence: Telegram's my_chat_member updates mark a person's account blocked and
// reachable again; the bot being removed from a group says nothing about anyone's private chat.
import { afterEach, describe, expect, it } from "vitest";
import { until } from "../support/conditions";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
afterEach(async () => tg.close());
const { lan } = USERS;

// a my_chat_member update makes no API call for the stand-in to check after, so these wait on the database
const blockedAt = () => {
  const person = tg.test.app.services.directory.findOnePerson("Vũ Thị Lan");
  return tg.test.app.services.directory.accountsOf(person.id).find((a) => a.platform === "telegram")?.blockedAt ?? null;
};

describe("blocking and unblocking the bot on Telegram", () => {
  it("follows my_chat_member in the private chat and ignores it from a group", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.setBlocked(lan, true);
    await until(() => blockedAt() !== null, "marked blocked");
    // the bot removed from a group the person is in: a group's update, not hers
    const removed = tg.api.pushUpdate({
      my_chat_member: {
        chat: { id: -100777, type: "group", title: "Phòng TCBC" },
        from: { is_bot: false, ...lan },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: tg.api.bot, status: "kicked" },
        new_chat_member: { user: tg.api.bot, status: "member" },
      },
    });
    await tg.api.waitFor(() => tg.api.confirmed(removed));
    expect(blockedAt()).not.toBeNull();
    tg.api.setBlocked(lan, false);
    await until(() => blockedAt() === null, "reachable again");
    // and writing to the bot after a block found by a failed send makes her reachable too
    tg.test.app.services.directory.markBlocked({ platform: "telegram", externalId: String(lan.id) }, true);
    tg.api.sendText(lan, "/whoami");
    await tg.api.waitFor(() => tg.api.chat(lan.id).length > 0);
    expect(blockedAt()).toBeNull();
  });
});
