// The readiness rules on their own, with a clock the test moves: start-up first, a late scheduler, platform states.
import { copyFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createHealth } from "../../src/ops/health";
import { createTestApp } from "../support/harness";

function setup() {
  const test = createTestApp({ seedDemo: false });
  let now = 1_000_000;
  const health = createHealth({
    databasePath: join(test.dir, "thidua.sqlite"),
    ping: () => test.app.db.$client.prepare("select 1").get(),
    schedulerIntervalMs: 60_000,
    now: () => now,
  });
  const advance = (ms: number) => {
    now += ms;
  };
  return { test, health, advance };
}

describe("readiness", () => {
  it("is not ready before start-up completes, whatever the checks say", () => {
    const { test, health } = setup();
    expect(health.readiness()).toMatchObject({ ready: false, starting: true, database: { ok: true } });
    health.markStarted();
    expect(health.readiness().ready).toBe(true);
    test.close();
  });

  it("goes unready when the scheduler has not run for two intervals, and ready at its next run", () => {
    const { test, health, advance } = setup();
    health.expectScheduler();
    health.markStarted();
    expect(health.readiness()).toMatchObject({ ready: false, scheduler: { ok: false, lastTickSecondsAgo: null } });
    health.tick();
    advance(120_000);
    expect(health.readiness()).toMatchObject({ ready: true, scheduler: { ok: true, lastTickSecondsAgo: 120 } });
    advance(10_000);
    expect(health.readiness()).toMatchObject({ ready: false, scheduler: { ok: false, lastTickSecondsAgo: 130 } });
    health.tick();
    expect(health.readiness().ready).toBe(true);
    test.close();
  });

  it("counts a platform that asks us to retry (429, 5xx) as reached, and one unreachable or refusing as not ready", () => {
    const { test, health } = setup();
    health.markStarted();
    const telegram = health.link("telegram");
    expect(health.readiness().platforms.telegram).toEqual({ ok: false, state: "connecting" });
    expect(telegram.set("up")).toBe(true);
    expect(telegram.set("up")).toBe(false);
    expect(health.readiness().ready).toBe(true);
    telegram.set("retrying", "http-429");
    expect(health.readiness()).toMatchObject({ ready: true, platforms: { telegram: { ok: true, state: "retrying", reason: "http-429" } } });
    telegram.set("unreachable", "ETIMEDOUT");
    expect(health.readiness()).toMatchObject({ ready: false, platforms: { telegram: { ok: false, reason: "ETIMEDOUT" } } });
    telegram.set("refused", "http-401");
    expect(health.readiness().ready).toBe(false);
    test.close();
  });

  it("goes unready when another file is put at the database's path, even a copy of it, and ready when the file comes back", () => {
    const { test, health } = setup();
    health.markStarted();
    const path = join(test.dir, "thidua.sqlite");
    renameSync(path, `${path}.saved`);
    writeFileSync(path, "not a database at all, just text");
    expect(health.readiness()).toMatchObject({ ready: false, database: { ok: false, reason: "replaced" } });
    copyFileSync(`${path}.saved`, path);
    expect(health.readiness()).toMatchObject({ ready: false, database: { ok: false, reason: "replaced" } });
    renameSync(`${path}.saved`, path);
    expect(health.readiness().ready).toBe(true);
    test.close();
  });
});
