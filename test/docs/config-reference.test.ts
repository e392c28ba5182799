// The configuration reference is generated from the zod schema of src/config.ts: the committed page must be what
// `npm run docs:config` writes today, and name every variable the bot reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_REFERENCE_PATH, renderConfigReference } from "../../scripts/config-reference";
import { configSchema } from "../../src/config";

const ROOT = join(import.meta.dirname, "../..");

describe("docs/operator/configuration.md", () => {
  it("is up to date with src/config.ts (run npm run docs:config)", () => {
    expect(readFileSync(join(ROOT, CONFIG_REFERENCE_PATH), "utf8")).toBe(renderConfigReference());
  });

  it("names every variable of the schema, with its default", () => {
    const page = readFileSync(join(ROOT, CONFIG_REFERENCE_PATH), "utf8");
    for (const name of Object.keys(configSchema.shape)) expect(page, name).toContain(`| \`${name}\``);
    expect(page).toMatch(/\| `DATABASE_URL` \| `\.\/data\/thidua\.sqlite` \|/);
    expect(page).toMatch(/\| `BALLOT_KEY` 🔒 \|/);
  });
});
