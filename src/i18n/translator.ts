// Fluent message bundles per locale behind the core's Translator port.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { showTime } from "../kernel/dates";
import { LOCALES, type Locale } from "../kernel/locale";
import type { Translator } from "../kernel/ports";
import { type Args, type ArgValue, isLocalizedText, isText } from "../kernel/reply";
import { fromRoot } from "../paths";

export const LOCALES_DIR = fromRoot("locales");

/** Reads every .ftl file of a locale; a syntax error stops the program with the file and the problem. */
export function loadBundle(locale: Locale, dir = LOCALES_DIR): FluentBundle {
  // useIsolating adds invisible bidi marks around values, which end up in chat and break copy-paste
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const folder = join(dir, locale);
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".ftl"))
    .sort()) {
    const resource = new FluentResource(readFileSync(join(folder, file), "utf8"));
    const errors = bundle.addResource(resource);
    if (errors.length > 0) throw new Error(`locales/${locale}/${file}: ${errors.map((e) => e.message).join("; ")}`);
  }
  return bundle;
}

function isEmpty(args: Args): boolean {
  for (const _ in args) return false;
  return true;
}

export function createTranslator(options: { timezone: string; defaultLocale: Locale; dir?: string }): Translator {
  const bundles = new Map(LOCALES.map((l) => [l, loadBundle(l, options.dir)]));
  // A message without arguments always formats to the same text (the bundles never change after loading), and most
  // of a reply's lines are such (a command's description, a button's label): formatted once per locale, not for
  // every reply. Only messages that exist are kept, so the cache is bounded by locales/.
  const fixed = new Map(LOCALES.map((l) => [l, new Map<string, string>()]));
  // Arguments frozen by their author (a help line's command, aliases and description, built once per command) say
  // they never change: their text is kept beside them, per locale and key, for as long as they live. Arguments
  // built for one reply, with people's words in them, are not frozen and are never kept.
  const byFrozenArgs = new WeakMap<Args, Map<Locale, Map<string, string>>>();

  /** Where the text of `key` with these arguments may be kept, by key; null: formatted each time. */
  function keptFor(locale: Locale, args: Args | undefined): Map<string, string> | null {
    if (args === undefined || isEmpty(args)) return fixed.get(locale) ?? null;
    if (!Object.isFrozen(args)) return null;
    let byLocale = byFrozenArgs.get(args);
    if (!byLocale) {
      byLocale = new Map();
      byFrozenArgs.set(args, byLocale);
    }
    let kept = byLocale.get(locale);
    if (!kept) {
      kept = new Map();
      byLocale.set(locale, kept);
    }
    return kept;
  }

  function translate(locale: Locale, key: string, args?: Args): string {
    const kept = keptFor(locale, args);
    const known = kept?.get(key);
    if (known !== undefined) return known;
    const formatted = format(locale, key, args);
    // a key with no message comes back as itself, and is not kept: such keys could be anything
    if (kept && formatted !== key) kept.set(key, formatted);
    return formatted;
  }

  function format(locale: Locale, key: string, args?: Args): string {
    const bundle = bundles.get(locale);
    const message = bundle?.getMessage(key) ?? bundles.get(options.defaultLocale)?.getMessage(key);
    const owner = bundle?.getMessage(key) ? bundle : bundles.get(options.defaultLocale);
    if (!message?.value || !owner) return key;
    const resolved: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(args ?? {})) resolved[name] = resolveArg(locale, value);
    return owner.formatPattern(message.value, resolved);
  }

  function resolveArg(locale: Locale, value: ArgValue): string | number {
    if (typeof value === "number") return value;
    if (typeof value === "string") return value;
    // HH:mm dd/mm/yyyy in both languages, where the agency is
    if (value instanceof Date) return showTime(value, options.timezone);
    if (Array.isArray(value)) return value.map((v) => String(resolveArg(locale, v))).join(", ");
    if (isLocalizedText(value)) return value[locale];
    if (isText(value)) return translate(locale, value.key, value.args);
    return String(value);
  }

  return {
    t: translate,
    has: (locale, key) => bundles.get(locale)?.hasMessage(key) ?? false,
  };
}
