// Reads the data files under catalog/ (awards, rule sets by period, the agency's rules, the rating rules; case rules and
// days off: ./case-rules.ts); a bad file stops the program naming the entry and the problem.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ZodType } from "zod";
import { type Catalog, catalogSchema } from "../core/campaigns/catalog";
import { type Agency, agencySchema, type RuleSet, ruleSetSchema } from "../core/rules/schema";
import { type RatingRules, ratingRulesSchema } from "../core/yearend/rating-rules";
import { fromRoot } from "../paths";

export const CATALOG_DIR = fromRoot("catalog");

export class CatalogError extends Error {
  override name = "CatalogError";
}

/** Finds the line where a JSON path's value starts, so the message can point an editor at it. */
export function lineOfPath(source: string, path: ReadonlyArray<PropertyKey>): number | null {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return null;
  }
  // walk the path, then search for the key's text after the parent's position: good enough for a hint
  let offset = 0;
  for (const step of path) {
    if (typeof step === "number" && Array.isArray(value)) {
      let seen = -1;
      let depth = 0;
      for (let i = source.indexOf("[", offset) + 1; i < source.length; i++) {
        const ch = source[i];
        if (depth === 0 && ch === "{") {
          seen++;
          if (seen === step) {
            offset = i;
            break;
          }
        }
        if (ch === "{" || ch === "[") depth++;
        if (ch === "}" || ch === "]") depth--;
      }
      value = value[step];
    } else if (typeof step === "string" && value && typeof value === "object") {
      const at = source.indexOf(`"${step}"`, offset);
      if (at >= 0) offset = at;
      value = (value as Record<string, unknown>)[step];
    }
  }
  return source.slice(0, offset).split("\n").length;
}

/** Reads a JSON data file and validates it; a bad file stops the program naming each problem's line. */
export function loadDataFile<T>(file: string, schema: ZodType<T>, what: string): T {
  const source = readFileSync(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new CatalogError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const line = lineOfPath(source, issue.path);
    return `  - line ${line ?? "?"} (${issue.path.join(".")}): ${issue.message}`;
  });
  throw new CatalogError(`${file} is not a valid ${what}:\n${problems.join("\n")}`);
}

export function loadCatalog(file = resolve(CATALOG_DIR, "awards.json")): Catalog {
  return loadDataFile(file, catalogSchema, "award catalog");
}

/**
 * Reads every rule set in catalog/rulesets/ (an operator adds a period by adding a file) and checks each one
 * covers every award of the catalog and refers only to known awards.
 */
export function loadRuleSets(catalog: Catalog, dir = resolve(CATALOG_DIR, "rulesets")): RuleSet[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const codes = new Set(catalog.awards.map((a) => a.code));
  const sets = files.map((f) => {
    const file = join(dir, f);
    const set = loadDataFile(file, ruleSetSchema, "rule set");
    const problems: string[] = [];
    for (const code of codes) if (!set.awards[code]) problems.push(`has no rules for award ${code}`);
    for (const [code, rules] of Object.entries(set.awards)) {
      if (!codes.has(code)) problems.push(`has rules for unknown award ${code}`);
      for (const ref of [...rules.prerequisites.map((p) => p.award), ...(rules.quota ? [rules.quota.ofAward] : [])]) {
        if (!codes.has(ref)) problems.push(`awards.${code} refers to unknown award ${ref}`);
      }
    }
    for (const ref of set.principles.newStaff?.awards ?? []) if (!codes.has(ref)) problems.push(`newStaff refers to unknown award ${ref}`);
    if (problems.length > 0) throw new CatalogError(`${file} is not a valid rule set:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return set;
  });
  const ids = new Set<string>();
  for (const set of sets) {
    if (ids.has(set.id)) throw new CatalogError(`${dir}: two rule sets have the id ${set.id}`);
    ids.add(set.id);
  }
  if (!sets.some((s) => s.active)) throw new CatalogError(`${dir}: no active rule set`);
  return sets;
}

/** Reads catalog/ratings.json: the annual quality rating's rules by staff category and year. */
export function loadRatingRules(file = resolve(CATALOG_DIR, "ratings.json")): RatingRules {
  return loadDataFile(file, ratingRulesSchema, "set of rating rules");
}

/** Reads catalog/agency.json, the agency's own rules, and checks the award codes it names. */
export function loadAgency(catalog: Catalog, file = resolve(CATALOG_DIR, "agency.json")): Agency {
  const agency = loadDataFile(file, agencySchema, "set of agency rules");
  const codes = new Set(catalog.awards.map((a) => a.code));
  const named = [
    ...(agency.grantsItself.awards ?? []),
    ...Object.keys(agency.council.awardVotes),
    ...agency.quotas.flatMap((q) => [q.award, q.ofAward]),
  ];
  const unknown = named.filter((code) => !codes.has(code));
  if (unknown.length > 0) throw new CatalogError(`${file} names unknown awards: ${[...new Set(unknown)].join(", ")}`);
  return agency;
}
