// /profile (lý lịch): the profile the roster holds for the achievement report (ngày sinh, quê quán, chức vụ, trình độ
// chuyên môn, lý luận chính trị). A person sees their own; HR (admin) and the secretary anyone's ("/profile Vũ Thị
// Lan"). Private chat only: it is personal data.

import { say, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "profile",
  aliases: ["lylich"],
  description: "cmd-profile-description",
  access: "registered",
  where: "dm",
  run(ctx) {
    const { directory } = ctx.services;
    const person = ctx.args.trim() ? directory.findOnePerson(ctx.args.trim()) : ctx.actor;
    if (!person) return say("whoami-unknown");
    const profile = directory.profileOf(ctx.actor, person.id);
    const shown = (value: string | null | undefined) => value ?? text("profile-unset");
    const birth = profile?.birthDate ? profile.birthDate.split("-").reverse().join("/") : null;
    return say("profile-shown", {
      name: person.fullName,
      unit: person.unitName,
      birth: shown(birth),
      hometown: shown(profile?.hometown),
      position: shown(profile?.position),
      qualification: shown(profile?.qualification),
      politicalTheory: shown(profile?.politicalTheory),
    });
  },
});
