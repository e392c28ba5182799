// Case deadlines computed from the real catalog files (catalog/case-rules.json, catalog/holidays.json): periods in
// working days skip weekends and official days off, calendar periods that end on a day off move to the next
// working day, and the rule set is chosen by the day each step starts (before and from 1 July 2026).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseRules, loadHolidays, missingHolidayYears } from "../../src/catalog/case-rules";
import { CatalogError } from "../../src/catalog/load";
import { createWorkCalendar } from "../../src/core/cases/calendar";
import { createCaseDeadlines, type DeadlineState } from "../../src/core/cases/deadlines";
import { ruleSetOn } from "../../src/core/cases/rules";

const rules = loadCaseRules();
const calendar = createWorkCalendar(loadHolidays());
const deadlines = createCaseDeadlines(rules, calendar);

const named = (over: Partial<DeadlineState>): DeadlineState => ({
  kind: "complaint",
  anonymous: false,
  instance: 1,
  remote: false,
  complexity: "normal",
  extensions: 0,
  receivedOn: "2026-01-05",
  letterReceivedOn: null,
  acceptedOn: null,
  pausedDays: 0,
  ...over,
});

describe("the work calendar", () => {
  it("counts working days past a weekend and the Tết days off", () => {
    // Friday 13/2/2026; 14–15 weekend, 16–20 Tết, 21–22 weekend: the 7th working day is Tuesday 3/3
    expect(calendar.periodEnd("2026-02-13", { days: 7, unit: "working" }, true)).toBe("2026-03-03");
  });

  it("counts a Saturday worked in exchange for a bridged day, and not the bridged day", () => {
    // Friday 2/1/2026 is off, Saturday 10/1 is worked
    expect(calendar.isWorkingDay("2026-01-02")).toBe(false);
    expect(calendar.isWorkingDay("2026-01-10")).toBe(true);
    expect(calendar.periodEnd("2025-12-31", { days: 2, unit: "working" }, true)).toBe("2026-01-06");
  });

  it("tells which of this year and next the days-off list lacks", () => {
    expect(missingHolidayYears(loadHolidays(), new Date("2026-11-27T00:00:00Z"))).toEqual([]);
    expect(missingHolidayYears(loadHolidays(), new Date("2027-06-01T00:00:00Z"))).toEqual(["2028"]);
  });

  it("moves a calendar period ending on a day off to the next working day", () => {
    // 20/4/2026 + 10 days = Thursday 30/4 (holiday); 1/5 holiday, 2–3/5 weekend: Monday 4/5
    expect(calendar.periodEnd("2026-04-20", { days: 10, unit: "calendar" }, true)).toBe("2026-05-04");
    expect(calendar.periodEnd("2026-04-20", { days: 10, unit: "calendar" }, false)).toBe("2026-04-30");
  });
});

describe("acceptance periods by date", () => {
  it("is 10 days under Luật Khiếu nại Điều 27 until 30/6/2026, 7 working days under Nghị định 155/2026 from 1/7/2026", () => {
    const before = deadlines.acceptance(named({ letterReceivedOn: "2026-06-29" }));
    expect(before).toMatchObject({ day: "2026-07-09", rule: { article: "Luật Khiếu nại 02/2011/QH13, Điều 27", status: "official" } });
    const after = deadlines.acceptance(named({ letterReceivedOn: "2026-07-02" }));
    expect(after).toMatchObject({ day: "2026-07-13", rule: { article: "Nghị định 155/2026/NĐ-CP, Điều 10", status: "quoted", unit: "working" } });
    // across the weekend and Quốc khánh (1–2/9/2026): Friday 28/8 → Thursday 10/9
    expect(deadlines.acceptance(named({ letterReceivedOn: "2026-08-28" }))?.day).toBe("2026-09-10");
  });

  it("has no deadline for a named case before its signed letter, nor ever for anonymous information", () => {
    expect(deadlines.acceptance(named({}))).toBeNull();
    expect(deadlines.resolution(named({}))).toBeNull();
    const information = named({ kind: "denunciation", anonymous: true, letterReceivedOn: "2026-03-02", acceptedOn: "2026-03-03" });
    expect(deadlines.acceptance(information)).toBeNull();
    expect(deadlines.resolution(information)).toBeNull();
  });

  it("gives a denunciation 7 working days of initial handling (Luật Tố cáo Điều 24)", () => {
    const due = deadlines.acceptance(named({ kind: "denunciation", letterReceivedOn: "2026-02-13" }));
    expect(due).toMatchObject({ day: "2026-03-03", rule: { article: "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 1", status: "official" } });
  });
});

describe("resolution periods", () => {
  const accepted = (over: Partial<DeadlineState>) =>
    deadlines.resolution(named({ letterReceivedOn: "2026-07-28", acceptedOn: "2026-08-03", ...over }))?.day;

  it("follows Điều 28 and 37: first and second instance, complex, remote", () => {
    // 3/8/2026 + 30 = 2/9 (Quốc khánh) → Thursday 3/9
    expect(accepted({})).toBe("2026-09-03");
    expect(accepted({ complexity: "complex" })).toBe("2026-09-17");
    expect(accepted({ remote: true })).toBe("2026-09-17");
    expect(accepted({ remote: true, complexity: "complex" })).toBe("2026-10-02");
    expect(accepted({ instance: 2 })).toBe("2026-09-17");
    expect(accepted({ instance: 2, complexity: "complex" })).toBe("2026-10-02");
    expect(accepted({ instance: 2, remote: true })).toBe("2026-10-02");
    expect(accepted({ instance: 2, remote: true, complexity: "complex" })).toBe("2026-10-12");
  });

  it("gives a denunciation 30 days, plus 30 per extension (Luật Tố cáo Điều 30: 30 / 60 / 90)", () => {
    expect(accepted({ kind: "denunciation" })).toBe("2026-09-03");
    expect(accepted({ kind: "denunciation", extensions: 1 })).toBe("2026-10-02");
    // 90 days = Sunday 1/11 → Monday 2/11
    expect(accepted({ kind: "denunciation", extensions: 2 })).toBe("2026-11-02");
  });

  it("adds the days a case was suspended", () => {
    // 3/8 + 30 + 10 = Saturday 12/9 → Monday 14/9
    expect(accepted({ kind: "denunciation", pausedDays: 10 })).toBe("2026-09-14");
  });

  it("lets a complaint's clock pause only from 1/7/2026, a denunciation's always (Luật Tố cáo Điều 34)", () => {
    expect(deadlines.suspension("complaint", "2026-06-30").applies).toBe(false);
    expect(deadlines.suspension("complaint", "2026-07-01")).toMatchObject({ applies: true, status: "quoted" });
    expect(deadlines.suspension("denunciation", "2025-01-01")).toMatchObject({ applies: true, status: "official" });
  });

  it("asks the second-instance dialogue to be announced 5 days ahead from 1/7/2026 only", () => {
    expect(deadlines.dialogueNotice("2026-06-30")).toBeNull();
    expect(deadlines.dialogueNotice("2026-07-01")).toMatchObject({ days: 5, status: "quoted" });
  });
});

describe("the 90 days to complain (Luật Khiếu nại Điều 9)", () => {
  it("ends 90 days after the decision was learned of, moved off Tết Dương lịch and the weekend", () => {
    // 3/10/2026 + 90 = Friday 1/1/2027 (day off), 2–3/1 weekend → Monday 4/1/2027
    expect(deadlines.limitToComplain("2026-10-03")).toMatchObject({ day: "2027-01-04", rule: { article: "Luật Khiếu nại 02/2011/QH13, Điều 9" } });
  });
});

describe("the rule files", () => {
  it("label feedback periods as the agency's own", () => {
    expect(deadlines.feedbackRule().status).toBe("agency");
  });

  it("choose one rule set per day", () => {
    expect(ruleSetOn(rules, "2026-06-30").id).toBe("kn2011-tc2018");
    expect(ruleSetOn(rules, "2026-07-01").id).toBe("kn2025-tc2018");
  });

  it("refuse overlapping rule sets, naming the line", () => {
    const dir = join(import.meta.dirname, "..", "..", "catalog");
    const source = JSON.parse(readFileSync(join(dir, "case-rules.json"), "utf8"));
    source.ruleSets[1].from = "2026-06-01";
    const file = join(import.meta.dirname, "overlap.tmp.json");
    writeFileSync(file, JSON.stringify(source, null, 2));
    try {
      expect(() => loadCaseRules(file)).toThrow(CatalogError);
      expect(() => loadCaseRules(file)).toThrow(/overlaps rule set kn2011-tc2018/);
    } finally {
      rmSync(file);
    }
  });

  it("are all listed in catalog/SOURCES.md with their status, and official or quoted ones say where they were read", () => {
    const sources = readFileSync(join(import.meta.dirname, "..", "..", "catalog", "SOURCES.md"), "utf8");
    const walk = (node: unknown, path: string[]): Array<{ path: string; rule: Record<string, unknown> }> => {
      if (!node || typeof node !== "object") return [];
      const record = node as Record<string, unknown>;
      if (typeof record.article === "string") return [{ path: path.join("."), rule: record }];
      return Object.entries(record).flatMap(([k, v]) => walk(v, [...path, k]));
    };
    for (const set of rules.ruleSets) {
      for (const { path, rule } of walk({ complaint: set.complaint, denunciation: set.denunciation }, [])) {
        expect(sources, `${set.id} ${path}`).toContain(`| \`${set.id}\` | \`${path}\` |`);
        expect(String(rule.readAt).length).toBeGreaterThan(3);
      }
    }
    expect(sources).toContain("| `feedback.reply` |");
  });
});
