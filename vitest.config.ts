import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// .ci/run asks for a JSON report beside the usual output, to print its one-line summary
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // every test file gets its own SQLite file; a few run a real HTTP server on loopback
    pool: "forks",
    // vitest's default is one worker fewer than the cores: on the 2-core development machine, one file at a time.
    // Most slow files wait on a child bot process or a stand-in, so two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // a worker keeps the modules it loaded for its next file instead of loading the whole app again for each
    // (about a third of the suite's CPU time). Test files share nothing else: each makes its own app, database
    // file and stand-ins, and restores real timers after faking them.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
