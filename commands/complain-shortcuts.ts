// /khieunai, /tocao, /phananh: /complain with the kind already chosen, so a sender who knows what they want is not
// asked again. Each is its own command (the registry gives a command no way to know which alias was typed), with
// /complain's own form and run, so Slack opens the same modal and the receipt is the same.
import type { CaseKind } from "../src/core/cases/types";
import complain from "./complain";
import { type CommandSpec, defineCommand } from "./support/command";

function shortcut(name: string, kind: CaseKind): CommandSpec {
  const form = complain.form as NonNullable<CommandSpec["form"]>;
  return defineCommand({
    ...complain,
    name,
    aliases: [],
    description: `cmd-${name}-description`,
    homeShortcut: undefined,
    form: { ...form, prefill: () => ({ kind }) },
    actions: undefined,
  });
}

export const khieunai = shortcut("khieunai", "complaint");
export const tocao = shortcut("tocao", "denunciation");
export const phananh = shortcut("phananh", "feedback");
