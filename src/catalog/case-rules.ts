// Reads catalog/case-rules.json (deadlines by period of law) and catalog/holidays.json (official days off);
// a bad file stops the program naming the line and the problem, like the award catalog.
import { resolve } from "node:path";
import { type Holidays, holidaysSchema } from "../core/cases/calendar";
import { type CaseRules, caseRulesSchema } from "../core/cases/rules";
import { CATALOG_DIR, loadDataFile } from "./load";

export function loadCaseRules(file = resolve(CATALOG_DIR, "case-rules.json")): CaseRules {
  return loadDataFile(file, caseRulesSchema, "set of case rules");
}

export function loadHolidays(file = resolve(CATALOG_DIR, "holidays.json")): Holidays {
  return loadDataFile(file, holidaysSchema, "list of official days off");
}

/** This year and next, where the days-off list does not cover them: working days there count weekends only. */
export function missingHolidayYears(holidays: Holidays, today: Date): string[] {
  const year = today.getUTCFullYear();
  return [String(year), String(year + 1)].filter((y) => !(y in holidays.years));
}
