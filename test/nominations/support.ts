// Helpers for the nomination tests: proposing through the real forms, and quick set-up through the core.

import type { NominationKind } from "../../src/core/nominations/types";
import type { Inbound } from "../../src/engine/dispatch";
import { say, type TestApp } from "../support/harness";

type Who = Omit<Inbound, "text" | "action">;

/** Fills /nominate for a person as a proposer would, typing numbers for the choices; returns the last reply. */
export async function nominatePerson(test: TestApp, who: Who, name: string, awardNumber: number, achievements = "Hoàn thành xuất sắc nhiệm vụ.") {
  await say(test, who, "/nominate");
  await say(test, who, { action: "f:pick:0" }); // a person
  await say(test, who, name);
  await say(test, who, String(awardNumber));
  await say(test, who, { action: "f:pick:0" }); // year-end
  await say(test, who, { action: "f:pick:0" }); // the yearly campaign
  await say(test, who, achievements);
  const reply = await say(test, who, { action: "f:ok" });
  // a refusal at Confirm keeps the form open at its summary (to fix and confirm again); these tests move on
  if (reply.text.includes("Chưa lưu được")) await say(test, who, "/cancel");
  return reply;
}

/** Proposes through the core as the secretary, for set-up that is not what the test is about. */
export async function proposeAsSecretary(test: TestApp, personName: string, awardCode: string, kind: NominationKind = "year_end") {
  const { directory, nominations, campaigns } = test.app.services;
  const secretary = directory.findOnePerson("Trịnh Văn Sơn");
  const campaign = campaigns.byCode("TD2023");
  return nominations.propose(secretary, {
    nominee: "person",
    nomineeId: directory.findOnePerson(personName).id,
    awardCode,
    kind,
    campaignId: campaign?.id ?? null,
    achievements: "Hoàn thành xuất sắc nhiệm vụ.",
  });
}

/** Opens a session through /opensession as the secretary on the given nominations, ending tomorrow. */
export async function openSession(test: TestApp, secretary: Who, nominationIds: number[]) {
  await say(test, secretary, "/opensession");
  await say(test, secretary, "Xét khen thưởng năm 2023");
  const choices = test.app.services.nominations.list(test.app.services.directory.findOnePerson("Trịnh Văn Sơn"), { status: "proposed" });
  const numbers = nominationIds.map((id) => choices.findIndex((n) => n.id === id) + 1);
  await say(test, secretary, numbers.join(","));
  await say(test, secretary, "xong");
  await say(test, secretary, "2026-01-06");
  return say(test, secretary, { action: "f:ok" });
}

/** Fills and casts a ballot with one choice letter per nomination (a = for, r = against, x = abstain). */
export async function vote(test: TestApp, member: Who, sessionId: number, choices: Record<number, "a" | "r" | "x">) {
  await say(test, member, { action: `vote:open:${sessionId}` });
  for (const [nominationId, code] of Object.entries(choices)) {
    await say(test, member, { action: `vote:p:${sessionId}.${nominationId}.${code}` });
  }
  await say(test, member, { action: `vote:review:${sessionId}` });
  return say(test, member, { action: `vote:cast:${sessionId}` });
}
