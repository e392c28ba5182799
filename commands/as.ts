// /as NAME (console only): act as any person of the directory, to try the bot from the terminal.

import { DomainError } from "../src/core/errors";
import { byDuty } from "../src/core/roles";
import { type Reply, say, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "as",
  aliases: ["la"],
  description: "cmd-as-description",
  access: "everyone",
  where: "anywhere",
  platforms: ["console"],
  run(ctx) {
    if (ctx.args === "") return say("as-usage");
    let person: ReturnType<typeof ctx.services.directory.findOnePerson>;
    try {
      person = ctx.services.directory.findOnePerson(ctx.args);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // nothing changed: say so, and who the terminal still speaks as
      const still: Reply = ctx.actor ? say("as-still", { name: ctx.actor.fullName }) : say("as-still-nobody");
      return [say(`error-${error.code}`, error.args), still];
    }
    // a half-filled form belongs to the person who started it: do not hand it to someone else
    ctx.cancelForm();
    ctx.services.directory.linkAccount(person.id, ctx.identity);
    return say("as-now", { name: person.fullName, unit: person.unitName, roles: byDuty(person.roles).map((r) => text(`role-${r}`)) });
  },
});
