// Words kept the same everywhere in Vietnamese: one spelling of "huỷ", the council's name as the law writes it,
// and no phrase that reads as a translation.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const VI = join(import.meta.dirname, "..", "locales", "vi");
const lines = readdirSync(VI)
  .filter((f) => f.endsWith(".ftl"))
  .flatMap((file) =>
    readFileSync(join(VI, file), "utf8")
      .split("\n")
      .map((line, i) => ({ where: `${file}:${i + 1}`, line })),
  );

const offending = (pattern: RegExp) => lines.filter(({ line }) => pattern.test(line.normalize("NFC"))).map(({ where }) => where);

describe("Vietnamese wording", () => {
  it("spells huỷ one way (the old-style accent, as the rest of the bot)", () => {
    expect(offending(/h[ủ]y/iu)).toEqual([]);
  });

  it("writes the council's name with capitals, as official documents do", () => {
    expect(offending(/Hội đồng thi đua|Hội đồng Thi đua – khen thưởng/u)).toEqual([]);
  });

  it("has no 'Lưu ý thật'", () => {
    expect(offending(/Lưu ý thật/u)).toEqual([]);
  });
});
