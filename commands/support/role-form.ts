// The person-and-role form shared by /grant and /revoke.

import { ROLES } from "../../src/core/roles";
import { answers } from "../../src/engine/answers";
import { say, text } from "../../src/kernel/reply";
import type { CommandContext, FormSpec, FormValues, Outcome } from "./command";

export const roleForm: FormSpec = {
  fields: [
    { name: "person", kind: "person", title: "field-person", prompt: "ask-person" },
    {
      name: "role",
      kind: "choice",
      title: "field-role",
      prompt: "ask-role",
      choices: () => ROLES.map((r) => ({ value: r, label: text(`role-${r}`) })),
    },
  ],
};

export function changeRole(grant: boolean) {
  return (ctx: CommandContext, values: FormValues): Outcome => {
    const person = ctx.services.directory.getPerson(answers(values).id("person"));
    const role = answers(values).string("role");
    const changed = grant ? ctx.services.directory.grant(ctx.actor, person.id, role) : ctx.services.directory.revoke(ctx.actor, person.id, role);
    const key = grant ? (changed ? "role-granted" : "role-already") : changed ? "role-revoked" : "role-not-held";
    return say(key, { name: person.fullName, role: text(`role-${role}`) });
  };
}
