// The demo organisation's sample document settings and its people's profiles, so `/demo` shows every document with
// a province, a place, signers with their posts and the Sở's own texts. Sample values, marked as such in the texts
// they cite: an agency sets its own in catalog/agency.json (`documents`), which wins over these key by key.
import type { PersonProfile } from "../core/directory/profile";
import type { DocumentSettingsInput } from "../documents/settings";

export const DEMO_DOCUMENT_SETTINGS: DocumentSettingsInput = {
  parent: "UBND TỈNH THỪA THIÊN HUẾ",
  name: "Sở Nội vụ",
  place: "Huế",
  symbol: "SNV",
  draftingUnit: "TĐKT",
  competence: [
    {
      text: "Quyết định số 16/2021/QĐ-UBND ngày 20 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ (văn bản mẫu của tổ chức thử nghiệm)",
      from: null,
      until: "2025-06-30",
    },
    {
      text: "Quyết định số 45/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ (văn bản mẫu của tổ chức thử nghiệm)",
      from: "2025-07-01",
      until: null,
    },
  ],
  rules: [
    {
      text: "Quyết định số 125/QĐ-SNV ngày 15 tháng 02 năm 2022 của Giám đốc Sở Nội vụ ban hành Quy chế thi đua, khen thưởng của Sở (văn bản mẫu của tổ chức thử nghiệm)",
      from: null,
      until: "2023-12-31",
    },
    {
      text: "Quyết định số 210/QĐ-SNV ngày 20 tháng 3 năm 2024 của Giám đốc Sở Nội vụ ban hành Quy chế thi đua, khen thưởng của Sở (văn bản mẫu của tổ chức thử nghiệm)",
      from: "2024-01-01",
      until: null,
    },
  ],
  fund: "Quỹ thi đua, khen thưởng của Sở Nội vụ",
  councilStandingTitle: "Ủy viên Thường trực Hội đồng",
  meetingPlace: "Phòng họp Sở Nội vụ",
};

/** The demo people's posts and, for some, the rest of their profile. */
export const DEMO_PROFILES: Record<string, Partial<PersonProfile>> = {
  "Phạm Văn Hùng": {
    position: "Giám đốc",
    birthDate: "1970-04-12",
    hometown: "Hương Trà, Thừa Thiên Huế",
    qualification: "Thạc sĩ Hành chính công",
    politicalTheory: "Cao cấp",
  },
  "Lê Thị Mai": {
    position: "Phó Giám đốc",
    birthDate: "1975-09-02",
    hometown: "Phú Vang, Thừa Thiên Huế",
    qualification: "Thạc sĩ Luật",
    politicalTheory: "Cao cấp",
  },
  "Nguyễn Văn Tâm": { position: "Chánh Văn phòng" },
  "Hoàng Văn Long": { position: "Trưởng phòng" },
  "Vũ Thị Lan": {
    position: "Chuyên viên",
    birthDate: "1990-02-05",
    hometown: "Quảng Điền, Thừa Thiên Huế",
    qualification: "Cử nhân Luật",
    politicalTheory: "Trung cấp",
  },
  "Bùi Đức Anh": { position: "Chuyên viên" },
  "Ngô Thị Thu": { position: "Trưởng phòng" },
  "Đặng Quốc Bảo": { position: "Trưởng phòng" },
  "Trịnh Văn Sơn": { position: "Trưởng ban" },
  "Dương Văn Khoa": { position: "Chánh Thanh tra" },
  "Lâm Thị Yến": { position: "Giám đốc Trung tâm" },
};
