// Reads catalog/awards.json (case rules: ./case-rules.ts); a bad file stops the program naming the entry and the problem.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ZodType } from "zod";
import { type Catalog, catalogSchema } from "../core/campaigns/catalog";

export const CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../catalog");

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
