// One person's year, end to end on a real SQLite file: pledge in January; self-assessment and the quality rating in
// December; the unit's review (bình xét) by secret ballot of its three members; the proposal it makes; the council's
// vote; the decision. And the colleague rated "hoàn thành nhiệm vụ", whom the rules refuse Lao động tiên tiến.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const person = (name: string) => test.app.services.directory.findOnePerson(name);

describe("a year of emulation", () => {
  it("takes a pledge through self-assessment, rating, the unit's secret review, the council and the decision", async () => {
    const { campaigns, pledges, yearEnd, ballots, nominations } = test.app.services;
    // January: the leader launches the year's campaign; Lan and Anh pledge, their unit head confirms
    const campaign = campaigns.launch(person("Phạm Văn Hùng"), {
      title: "Phong trào thi đua năm 2026",
      description: "",
      kind: "yearly",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      pledgeDeadline: new Date("2026-01-31T16:59:59Z"),
      awardCodes: ["LDTT", "CSTDCS"],
    });
    for (const name of ["Vũ Thị Lan", "Bùi Đức Anh"]) {
      const pledge = await pledges.create(person(name), "person", {
        campaignId: campaign.id,
        awardCodes: ["LDTT"],
        commitments: "- Hoàn thành tốt nhiệm vụ\n- Tham gia phong trào",
      });
      await pledges.confirm(person("Hoàng Văn Long"), pledge.id);
    }

    // December: the secretary opens the evaluation; Lan assesses herself; the unit head rates the year
    test.clock.set("2026-12-01T02:00:00Z");
    await yearEnd.assessments.openWindow(person("Trịnh Văn Sơn"), campaign.id, "2026-12-01", "2026-12-10");
    const lan = actAs(test, "Vũ Thị Lan");
    const sheet = await say(test, lan, "/tudanhgia");
    for (const action of actions(sheet.replies).filter((a) => a.startsWith("selfassess:item:"))) {
      await say(test, lan, { action });
      await say(test, lan, "1");
      await say(test, lan, { action: "f:skip" });
      await say(test, lan, { action: "f:ok" });
    }
    await say(test, lan, { action: actions(sheet.replies).find((a) => a.startsWith("selfassess:achievements:")) as string });
    await say(test, lan, "Hoàn thành 100% hồ sơ đúng hạn; sáng kiến số hoá hồ sơ.");
    expect((await say(test, lan, { action: "f:ok" })).text).toContain("Đã đánh giá đủ các nội dung");
    yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Vũ Thị Lan").id, 2026, "good");
    yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Bùi Đức Anh").id, 2026, "completed");

    // Anh, rated "hoàn thành nhiệm vụ", is refused Lao động tiên tiến, and the refusal names its rule
    const refusal = nominations.refusalOf(person("Hoàng Văn Long"), {
      nominee: "person",
      nomineeId: person("Bùi Đức Anh").id,
      awardCode: "LDTT",
      kind: "year_end",
      campaignId: campaign.id,
    });
    expect(refusal).not.toBeNull();
    const refusalText = test.app.services.translator.t("vi", `error-${refusal?.code}`, refusal?.args);
    expect(refusalText).toMatch(/Hoàn thành tốt nhiệm vụ/i);
    expect(refusalText).toMatch(/Điều 24/);

    // the unit's review: the head sees who is eligible for what, and opens a secret ballot on Lan for LĐTT
    const long = actAs(test, "Hoàng Văn Long");
    const overview = await say(test, long, "/binhxet");
    expect(overview.text).toContain(
      "Vũ Thị Lan: đăng ký Lao động tiên tiến; đã tự đánh giá; xếp loại: Hoàn thành tốt nhiệm vụ; đủ điều kiện đề nghị: Lao động tiên tiến",
    );
    expect(overview.text).toContain(
      "Bùi Đức Anh: đăng ký Lao động tiên tiến; chưa tự đánh giá; xếp loại: Hoàn thành nhiệm vụ; đủ điều kiện đề nghị: —",
    );
    const question = await say(test, long, { action: actions(overview.replies)[0] as string });
    const lanForLdtt = question.replies
      .flatMap((r) => r.buttons ?? [])
      .flat()
      .find((b) => b.label.args?.name === "Vũ Thị Lan");
    await say(test, long, { action: lanForLdtt?.action as string });
    await say(test, long, { action: "f:done" });
    await say(test, long, "05/12/2026");
    const opened = await say(test, long, { action: "f:ok" });
    expect(opened.text).toMatch(/Đã mở cuộc bình xét số \d+ với 1 đề nghị; phiếu bầu kín đã gửi đến 3 người của đơn vị/);
    const unitSession = ballots.all().find((s) => s.scope === "unit");
    expect(unitSession?.unitId).toBe(person("Vũ Thị Lan").unitId);
    const nominationId = ballots.items(unitSession?.id as number)[0]?.nominationId as number;
    expect(nominations.get(nominationId).status).toBe("unit_review");

    // its three members vote by secret ballot (two for, one against), through the same /vote as the council's
    for (const [name, code] of [
      ["Hoàng Văn Long", "a"],
      ["Vũ Thị Lan", "a"],
      ["Bùi Đức Anh", "r"],
    ] as const) {
      const member = actAs(test, name);
      await say(test, member, { action: `vote:open:${unitSession?.id}` });
      await say(test, member, { action: `vote:p:${unitSession?.id}.${nominationId}.${code}` });
      await say(test, member, { action: `vote:review:${unitSession?.id}` });
      expect((await say(test, member, { action: `vote:cast:${unitSession?.id}` })).text).toContain("Đã bỏ phiếu");
    }
    // a colleague from another unit has no ballot in it
    expect((await say(test, actAs(test, "Đỗ Minh Quân"), { action: `vote:open:${unitSession?.id}` })).text).toContain("không");
    const told: string[] = [];
    test.app.observeNotifications((id, reply) => {
      const first = reply.blocks[0];
      if (first && "text" in first && first.text.key === "nomination-notify-proposed") told.push(test.app.services.directory.getPerson(id).fullName);
    });
    test.clock.set("2026-12-05T17:30:00Z");
    await ballots.closeDueSessions(test.clock.now());
    // two of three members agreed, more than half: the unit proposes Lan to the council, and the secretary hears of it
    expect(nominations.get(nominationId).status).toBe("proposed");
    expect(told).toEqual(["Trịnh Văn Sơn"]);
    const progress = await say(test, actAs(test, "Trịnh Văn Sơn"), "/tongket");
    expect(progress.text).toContain(
      "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: 2/3 đăng ký, 1/2 tự đánh giá, 2/3 đã xếp loại, đã bình xét, 1 người được đề nghị lên Hội đồng",
    );

    // the council votes on the proposal, and the secretary records the decision
    const son = person("Trịnh Văn Sơn");
    const council = await ballots.open(son, {
      title: "Xét khen thưởng năm 2026",
      nominationIds: [nominationId],
      endsAt: new Date("2026-12-20T10:00:00Z"),
    });
    for (const name of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Hoàng Văn Long", "Đặng Quốc Bảo", "Trịnh Văn Sơn"]) {
      await ballots.pick(person(name), council.id, nominationId, "approve");
      await ballots.cast(person(name), council.id);
    }
    await ballots.close(son, council.id);
    expect(nominations.get(nominationId).status).toBe("approved");
    await nominations.decide(son, [nominationId], { number: "125/QĐ-SNV", date: "2026-12-25", signer: "Phạm Văn Hùng" });
    expect(nominations.get(nominationId)).toMatchObject({ status: "decided", decisionNo: "125/QĐ-SNV", personId: person("Vũ Thị Lan").id });
  });
});
