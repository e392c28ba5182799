// Helpers for judging nominations in different emulation years: an app at a year's review, a yearly campaign,
// and proposing through the core with the refusal read back in Vietnamese.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG_DIR } from "../../src/catalog/load";
import type { NominationKind } from "../../src/core/nominations/types";
import type { Agency } from "../../src/core/rules/schema";
import type { StandingKind } from "../../src/core/standings/types";
import { createTestApp, type TestApp } from "../support/harness";

export const SECRETARY = "Trịnh Văn Sơn";

/** An app whose clock stands at the year-end review of `year` (early January after it). */
export function atReviewOf(year: number, config: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const test = createTestApp(config);
  test.clock.set(`${year + 1}-01-05T02:00:00Z`);
  return test;
}

/** The yearly campaign of `year` (the demo has 2023's). */
export function yearlyCampaign(test: TestApp, year: number): number {
  const { campaigns } = test.app.services;
  const existing = campaigns.byCode(`TD${year}`);
  if (existing) return existing.id;
  return campaigns.create({
    code: `TD${year}`,
    title: `Phong trào thi đua năm ${year}`,
    description: "Thi đua hoàn thành nhiệm vụ năm.",
    kind: "yearly",
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    pledgeDeadline: null,
    awardCodes: ["LDTT", "CSTDCS"],
    createdBy: null,
  }).id;
}

/** Proposes through the core as the secretary; returns the nomination or the refusal's message in Vietnamese. */
export async function propose(
  test: TestApp,
  name: string,
  awardCode: string,
  opts: { year?: number; kind?: NominationKind; campaignId?: number | null; achievements?: string } = {},
) {
  const { directory, nominations, translator } = test.app.services;
  const kind = opts.kind ?? "year_end";
  const campaignId = opts.campaignId !== undefined ? opts.campaignId : kind === "year_end" ? yearlyCampaign(test, opts.year ?? 2023) : null;
  try {
    const created = await nominations.propose(directory.findOnePerson(SECRETARY), {
      nominee: "person",
      nomineeId: directory.findOnePerson(name).id,
      awardCode,
      kind,
      campaignId,
      achievements: opts.achievements ?? "Hoàn thành xuất sắc nhiệm vụ.",
    });
    return { id: created.id, refusal: null };
  } catch (error) {
    const e = error as { code?: string; args?: Record<string, never> };
    if (!e.code) throw error;
    return { id: null, refusal: translator.t("vi", `error-${e.code}`, e.args) };
  }
}

/** Records a standing for a demo person as the secretary. */
export function recordStanding(test: TestApp, name: string, kind: StandingKind, startsOn: string, endsOn: string | null = null) {
  const { standings, directory } = test.app.services;
  return standings.record(directory.findOnePerson(SECRETARY), {
    personId: directory.findOnePerson(name).id,
    unitId: null,
    kind,
    startsOn,
    endsOn,
    reference: "",
  });
}

/** A copy of catalog/agency.json changed by `edit`, written under the test's own folder. */
export function agencyFile(dir: string, edit: (agency: Agency) => void): string {
  const agency = JSON.parse(readFileSync(join(CATALOG_DIR, "agency.json"), "utf8"));
  edit(agency);
  const file = join(dir, "agency.json");
  writeFileSync(file, JSON.stringify(agency));
  return file;
}
