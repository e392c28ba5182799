// /khieunai, /tocao, /phananh: /complain with the kind already chosen, so a sender who knows what they want is not
// asked again. Each is its own command (the registry gives a command no way to know which alias was typed).
import type { CaseKind } from "../src/core/cases/types";
import { type CommandSpec, defineCommand, openForm } from "../src/core/command";

function shortcut(name: string, kind: CaseKind): CommandSpec {
  return defineCommand({
    name,
    aliases: [],
    description: `cmd-${name}-description`,
    access: "everyone",
    where: "dm",
    run: () => openForm("complain", { kind }),
  });
}

export const khieunai = shortcut("khieunai", "complaint");
export const tocao = shortcut("tocao", "denunciation");
export const phananh = shortcut("phananh", "feedback");
