// The demo organisation: the Department of Home Affairs of the 2023 plan, with people in every role.
import type { Role } from "../core/roles";

export interface DemoPerson {
  fullName: string;
  roles: Role[];
  email: string;
}

export interface DemoUnit {
  name: string;
  people: DemoPerson[];
}

const p = (fullName: string, email: string, ...roles: Role[]): DemoPerson => ({ fullName, email, roles: ["staff", ...roles] });

export const DEMO_UNITS: DemoUnit[] = [
  {
    name: "Ban Giám đốc Sở",
    people: [p("Phạm Văn Hùng", "hung.pv@snv.example", "leader", "council"), p("Lê Thị Mai", "mai.lt@snv.example", "leader", "council")],
  },
  {
    name: "Văn phòng Sở",
    people: [
      p("Nguyễn Văn Tâm", "tam.nv@snv.example", "unit_head", "council"),
      p("Trần Thị Hoa", "hoa.tt@snv.example", "admin"),
      p("Đỗ Minh Quân", "quan.dm@snv.example"),
    ],
  },
  {
    name: "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
    people: [
      p("Hoàng Văn Long", "long.hv@snv.example", "unit_head", "council"),
      p("Vũ Thị Lan", "lan.vt@snv.example"),
      p("Bùi Đức Anh", "anh.bd@snv.example"),
    ],
  },
  {
    name: "Phòng Cải cách hành chính",
    people: [p("Ngô Thị Thu", "thu.nt@snv.example", "unit_head"), p("Nguyễn Văn An", "an.nv@snv.example"), p("Phan Thị Bích", "bich.pt@snv.example")],
  },
  {
    name: "Phòng Công chức, viên chức",
    people: [p("Đặng Quốc Bảo", "bao.dq@snv.example", "unit_head", "council"), p("Lý Thị Ngọc", "ngoc.lt@snv.example")],
  },
  {
    name: "Ban Thi đua – Khen thưởng",
    people: [p("Trịnh Văn Sơn", "son.tv@snv.example", "unit_head", "council", "secretary"), p("Mai Thị Hạnh", "hanh.mt@snv.example", "case_handler")],
  },
  {
    name: "Thanh tra Sở",
    people: [p("Dương Văn Khoa", "khoa.dv@snv.example", "unit_head", "case_handler"), p("Hồ Thị Duyên", "duyen.ht@snv.example")],
  },
  {
    name: "Trung tâm Lưu trữ lịch sử",
    people: [p("Lâm Thị Yến", "yen.lt@snv.example", "unit_head"), p("Cao Văn Phúc", "phuc.cv@snv.example"), p("Tạ Thị Kim", "kim.tt@snv.example")],
  },
];

/** The yearly campaign of the 2023 plan (Kế hoạch công tác thi đua, khen thưởng năm 2023). */
export const DEMO_CAMPAIGN = {
  code: "TD2023",
  title: "Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2023",
  description:
    "Phát động tại Hội nghị cán bộ, công chức, viên chức đầu năm; mỗi CCVCNLĐ và mỗi phòng, đơn vị đăng ký danh hiệu thi đua và cam kết thực hiện.",
  kind: "yearly" as const,
  startsOn: "2023-01-01",
  endsOn: "2023-12-31",
  awardCodes: ["LDTT", "CSTDCS", "CSTDT", "TTLDTT", "TTLDXS"],
  /** The plan's registration window has long passed; the demo keeps it open this long from its creation. */
  pledgeWindowDays: 30,
};

/** The plan's thematic and period campaigns (Kế hoạch 2023, mục II), launched without pledges. */
export const DEMO_OTHER_CAMPAIGNS = [
  {
    code: "TD75NAM",
    title: "Thi đua lập thành tích chào mừng kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi Thi đua ái quốc (11/6/1948 – 11/6/2023)",
    description: "Thiết thực lập thành tích chào mừng các ngày lễ lớn của đất nước, của tỉnh và của ngành Nội vụ.",
    kind: "thematic" as const,
    startsOn: "2023-01-01",
    endsOn: "2023-06-11",
    awardCodes: [],
  },
  {
    code: "CCHC2023",
    title: "Thi đua đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin, tăng cường cung cấp dịch vụ công trực tuyến",
    description: "Thường xuyên rà soát, đơn giản hoá thủ tục hành chính; xây dựng quy trình nội bộ giải quyết thủ tục hành chính khoa học, chặt chẽ.",
    kind: "thematic" as const,
    startsOn: "2023-01-01",
    endsOn: "2023-12-31",
    awardCodes: [],
  },
  {
    code: "VHCS1925",
    title: "Cán bộ, công chức, viên chức Sở Nội vụ thi đua thực hiện văn hoá công sở giai đoạn 2019–2025",
    description: "Thi đua xây dựng cơ quan, đơn vị đạt chuẩn văn hoá.",
    kind: "period" as const,
    startsOn: "2019-01-01",
    endsOn: "2025-12-31",
    awardCodes: [],
  },
];
