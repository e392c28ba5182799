// The "/" menu: everything a person may run in private chats, the group commands in groups, in vi and en.
import type { Bot } from "grammy";
import type { AdapterPort } from "../../engine/adapter-port";
import { LOCALES } from "../../kernel/locale";
import { TELEGRAM_LIMITS } from "./limits";

export async function setCommandMenus(bot: Bot, port: Pick<AdapterPort, "registry" | "translator" | "defaultLocale">): Promise<void> {
  const { registry, translator, defaultLocale } = port;
  const telegramCommands = registry.all().filter((c) => !c.hidden && (!c.platforms || c.platforms.includes("telegram")));
  for (const locale of LOCALES) {
    const describe = (names: typeof telegramCommands) =>
      names.map((c) => ({
        command: c.name,
        description: translator.t(locale, c.description).slice(0, TELEGRAM_LIMITS.commandDescription),
      }));
    const languageCode = locale === defaultLocale ? undefined : locale;
    // private chats list what a registered staff member may run; role-only commands still work when typed
    const everyday = telegramCommands.filter((c) => c.access === "everyone" || (Array.isArray(c.access) && c.access.includes("staff")));
    await bot.api.setMyCommands(describe(everyday), { scope: { type: "all_private_chats" }, language_code: languageCode });
    await bot.api.setMyCommands(describe(telegramCommands.filter((c) => c.groupMenu)), {
      scope: { type: "all_group_chats" },
      language_code: languageCode,
    });
  }
}
