// /revoke (thu hồi quyền): an admin takes a role back.
import { defineCommand } from "./support/command";
import { changeRole, roleForm } from "./support/role-form";

export default defineCommand({
  name: "revoke",
  aliases: ["thuhoiquyen"],
  description: "cmd-revoke-description",
  access: ["admin"],
  where: "dm",
  form: roleForm,
  run: changeRole(false),
});
