import { defineConfig } from "vitest/config";

// .ci/run asks for a JSON report beside the usual output, to print its one-line summary
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // every test file gets its own SQLite file; a few run a real HTTP server on loopback
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
