// What follows /hosothanhtich is read in any order: years, a title or form (any spelling), "đơn vị", "excel", a name.
import { describe, expect, it } from "vitest";
import { parseRecordQuery } from "../../commands/support/record-query";
import { loadCatalog } from "../../src/catalog/load";
import { loadRecordAwards } from "../../src/catalog/record-awards";
import { createAwardCatalog } from "../../src/core/campaigns/catalog";
import { createRecordAwards } from "../../src/core/records/awards";

const catalog = loadCatalog();
const awards = createRecordAwards(createAwardCatalog(catalog), loadRecordAwards(catalog));
const q = (args: string) => parseRecordQuery(args, awards);

describe("parseRecordQuery", () => {
  it("reads years, awards, the unit word, excel and a name", () => {
    expect(q("")).toEqual({ fromYear: null, toYear: null, awardCodes: [], unit: false, excel: false, name: "" });
    expect(q("LĐTT 2020-2026 excel")).toEqual({ fromYear: 2020, toYear: 2026, awardCodes: ["LDTT"], unit: false, excel: true, name: "" });
    expect(q("2024 lao dong tien tien 2022")).toMatchObject({ fromYear: 2022, toYear: 2024, awardCodes: ["LDTT"] });
    expect(q("Vũ Thị Lan chiến sĩ thi đua cơ sở")).toMatchObject({ awardCodes: ["CSTDCS"], name: "Vũ Thị Lan" });
    expect(q("đơn vị Phòng Cải cách hành chính")).toMatchObject({ unit: true, name: "Phòng Cải cách hành chính" });
    expect(q("Giấy khen 2020–2026")).toMatchObject({ awardCodes: ["GK_GD", "GK_GD_TT"], fromYear: 2020, toYear: 2026 });
    // a collective title that begins with "tập thể" is an award, not the unit word
    expect(q("tập thể lao động tiên tiến")).toMatchObject({ awardCodes: ["TTLDTT"], unit: false, name: "" });
    expect(q("Nguyễn Văn An")).toMatchObject({ awardCodes: [], name: "Nguyễn Văn An" });
  });
});
