// The template of a file of past decisions: the import's columns with Vietnamese headers and a few example rows (a
// person's title, a form from the province, a collective's title, a past rating). Sent by /import and written to
// docs/examples/ by `npm run docs:award-template`.
import type { Table } from "../ports";

export const AWARD_TEMPLATE_HEADERS = ["Họ tên", "Đơn vị", "Năm", "Danh hiệu/Hình thức", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"];

export const AWARD_TEMPLATE_ROWS: string[][] = [
  ["Nguyễn Văn An", "Phòng Cải cách hành chính", "2024", "Lao động tiên tiến", "125/QĐ-SNV", "16/12/2024", "Giám đốc Sở Nội vụ"],
  ["Nguyễn Văn An", "Phòng Cải cách hành chính", "2024", "Chiến sĩ thi đua cơ sở", "126/QĐ-SNV", "16/12/2024", "Giám đốc Sở Nội vụ"],
  ["Nguyễn Văn An", "Phòng Cải cách hành chính", "2025", "Bằng khen của Chủ tịch UBND tỉnh", "412/QĐ-UBND", "03/03/2026", "Chủ tịch UBND tỉnh"],
  ["", "Phòng Cải cách hành chính", "2025", "Tập thể lao động tiên tiến", "9/QĐ-SNV", "12/01/2026", "Giám đốc Sở Nội vụ"],
  ["Nguyễn Văn An", "Phòng Cải cách hành chính", "2025", "Hoàn thành xuất sắc nhiệm vụ", "", "", ""],
];

export function awardTemplateTable(): Table {
  return { sheetName: "Ho so thanh tich", headers: AWARD_TEMPLATE_HEADERS, rows: AWARD_TEMPLATE_ROWS };
}
