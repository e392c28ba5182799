// The dedupe store: a retried delivery acts once, across a restart; keys are hashed and rows carry a generation,
// not a time; old generations are pruned.

import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSeenRequestStore } from "../../src/db/repos/seen-requests";
import { createTestApp, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ seedDemo: false });
});
afterEach(() => test.close());
const KEY = Buffer.alloc(32, 5);

describe("seen requests", () => {
  it("say yes once per key, keep no id and no time, and prune by generation", () => {
    const seen = createSeenRequestStore(test.app.db, KEY, 3);
    expect(seen.firstTime("tg:1001")).toBe(true);
    expect(seen.firstTime("tg:1001")).toBe(false);
    // a second store on the same database (another process, or after a restart) remembers it too
    expect(createSeenRequestStore(test.app.db, KEY, 3).firstTime("tg:1001")).toBe(false);
    const rows = () => test.app.db.$client.prepare("select * from seen_requests").all() as Array<{ key: string; generation: number }>;
    expect(Object.keys(rows()[0] ?? {}).sort()).toEqual(["generation", "key"]);
    expect(rows()[0]?.key).not.toContain("1001");
    for (let i = 0; i < 20; i++) seen.firstTime(`tg:${2000 + i}`);
    // at most the two newest generations remain, each of at most a few keys
    const generations = new Set(rows().map((r) => r.generation));
    expect(Math.max(...generations) - Math.min(...generations)).toBeLessThanOrEqual(1);
    expect(rows().length).toBeLessThanOrEqual(9);
    // a recent key is still refused; one pruned long ago is forgotten, as intended
    expect(seen.firstTime("tg:2019")).toBe(false);
    expect(seen.firstTime("tg:1001")).toBe(true);
  });

  it("store the updates of one burst side by side, and still know a key written in the older, ungrouped form", () => {
    const seen = createSeenRequestStore(test.app.db, KEY, 1000);
    const newest = () => test.app.db.$client.prepare("select key from seen_requests order by rowid desc limit 1").pluck().get() as string;
    seen.firstTime("tg:500100");
    const first = newest();
    seen.firstTime("tg:500101");
    const next = newest();
    seen.firstTime("tg:501100");
    const later = newest();
    // neighbours share the group's part of the key (and so the index's pages); another thousand does not
    expect(next.slice(0, 8)).toBe(first.slice(0, 8));
    expect(later.slice(0, 8)).not.toBe(first.slice(0, 8));
    expect(next).not.toBe(first);
    expect(first).not.toContain("500100");

    // a request recorded before an upgrade, under the whole HMAC of its id, acts no more after it
    const before = createHmac("sha256", KEY).update("tg:499999").digest("base64url");
    test.app.db.$client.prepare("insert into seen_requests (key, generation) values (?, 0)").run(before);
    const upgraded = createSeenRequestStore(test.app.db, KEY, 1000);
    expect(upgraded.firstTime("tg:499999")).toBe(false);
    expect(upgraded.firstTime("tg:499998")).toBe(true);
  });
});
