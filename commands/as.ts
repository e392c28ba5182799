// /as NAME (console only): act as any person of the directory, to try the bot from the terminal.
import { defineCommand } from "../src/core/command";
import { say, text } from "../src/core/reply";

export default defineCommand({
  name: "as",
  aliases: ["la"],
  description: "cmd-as-description",
  access: "everyone",
  where: "anywhere",
  platforms: ["console"],
  run(ctx) {
    if (ctx.args === "") return say("as-usage");
    const person = ctx.services.directory.findOnePerson(ctx.args);
    // a half-filled form belongs to the person who started it: do not hand it to someone else
    ctx.cancelForm();
    ctx.services.directory.linkAccount(person.id, ctx.identity);
    return say("as-now", { name: person.fullName, unit: person.unitName, roles: person.roles.map((r) => text(`role-${r}`)) });
  },
});
