// /unitpledge (đăng ký tập thể): a unit head registers the unit's collective title and commitments.
import { defineCommand } from "./support/command";
import { pledgeForm, savePledge } from "./support/pledge-form";

export default defineCommand({
  name: "unitpledge",
  aliases: ["dangkytapthe"],
  description: "cmd-unitpledge-description",
  access: ["unit_head"],
  where: "dm",
  form: pledgeForm("unit"),
  run: (ctx, values) => savePledge(ctx, "unit", values),
});
