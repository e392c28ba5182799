// The README is the landing page: CI reads its first two lines as the commands to run, and everything else lives
// in docs/, so it stays short enough to read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const README = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");

describe("README.md", () => {
  it("starts with the two commands CI reads, each on its own line", () => {
    expect(README.split("\n").slice(0, 2)).toEqual(["npm ci && npm start", "npm ci && npm test"]);
  });

  it("stays under 10,000 characters", () => {
    expect([...README].length).toBeLessThan(10_000);
  });

  it("points each reader to their document", () => {
    for (const page of ["docs/huong-dan/README.md", "docs/guide/README.md", "docs/operator/README.md", "docs/legal.md", "docs/dev/README.md"]) {
      expect(README).toContain(`](${page})`);
    }
  });
});
