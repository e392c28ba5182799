// The people a broadcast benchmark sends to: one unit of `count` staff with Telegram ids from `firstTelegramId` on
// (every tenth also on Slack when asked), and an announcement to that unit by the demo's leader.
import type { App } from "../../src/app";
import type { Person } from "../../src/core/directory/types";
import { createDirectoryRepo } from "../../src/db/repos/directory";

export function announceToRecipients(
  app: App,
  count: number,
  options: { firstTelegramId: number; slackEveryTenth?: boolean },
): { announcementId: number; leader: Person } {
  const repo = createDirectoryRepo(app.db);
  const unitId = repo.insertUnit("Đơn vị đo tải", new Date());
  app.uow.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = repo.insertPerson({ fullName: `Người nhận ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
      repo.addRole(id, "staff");
      repo.upsertAccount(id, "telegram", String(options.firstTelegramId + i));
      if (options.slackEveryTenth && i % 10 === 0) repo.upsertAccount(id, "slack", `UBENCH${i}`);
    }
  });
  const leader = app.services.directory.findOnePerson("Phạm Văn Hùng");
  const { announcementId } = app.services.broadcasts.announce(leader, {
    text: "Phát động phong trào thi đua năm 2026.",
    audience: { kind: "units", unitIds: [unitId] },
    repeat: null,
  });
  return { announcementId, leader };
}
