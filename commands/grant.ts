// /grant (cấp quyền): an admin gives a person a role.
import { defineCommand } from "./support/command";
import { changeRole, roleForm } from "./support/role-form";

export default defineCommand({
  name: "grant",
  aliases: ["capquyen"],
  description: "cmd-grant-description",
  access: ["admin"],
  where: "dm",
  form: roleForm,
  run: changeRole(true),
});
