import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // every test file gets its own SQLite file; a few run a real HTTP server on loopback
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
