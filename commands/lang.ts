// /lang (ngôn ngữ): switches the person's language between Vietnamese and English.
import { answers } from "../src/engine/answers";
import { LOCALES, type Locale } from "../src/kernel/locale";
import { say, text } from "../src/kernel/reply";
import { foldText } from "../src/kernel/text";
import { defineCommand } from "./support/command";

const NAMES: Record<string, Locale> = { vi: "vi", "tieng viet": "vi", vietnamese: "vi", en: "en", english: "en", "tieng anh": "en" };

export default defineCommand({
  name: "lang",
  aliases: ["ngonngu"],
  description: "cmd-lang-description",
  access: "registered",
  where: "anywhere",
  form: {
    confirm: false,
    prefill(ctx) {
      const wanted = NAMES[foldText(ctx.args)];
      return wanted ? { locale: wanted } : {};
    },
    fields: [
      {
        name: "locale",
        kind: "choice",
        title: "field-language",
        prompt: "ask-language",
        choices: () => [
          { value: "vi", label: text("language-vi") },
          { value: "en", label: text("language-en") },
        ],
      },
    ],
  },
  run(ctx, values) {
    const locale = answers(values).oneOf("locale", LOCALES);
    if (!ctx.actor) return say("error-not-registered");
    ctx.services.directory.setLocale(ctx.actor.id, locale);
    ctx.locale = locale;
    return say("lang-changed");
  },
});
