// The documents the secretary files, written by the bot as .docx (src/documents implements this port). Each
// method checks who asks, gathers what the bot already holds, and returns the file; nothing is stored.

import type { Locale } from "../kernel/locale";
import type { Person } from "./directory/types";
import type { GeneratedFile } from "./ports";

export interface Paperwork {
  /** Biên bản họp Hội đồng for a closed review session (secretary). */
  minutes(actor: Person | null, sessionId: number, locale: Locale): Promise<GeneratedFile>;
  /** Tờ trình with its Danh sách: what the Sở grants (to the Director) or proposes upward (to the province). */
  proposal(actor: Person | null, year: number, level: "grant" | "upward", locale: Locale): Promise<GeneratedFile>;
  /** Dự thảo Quyết định khen thưởng with its list in an annex (secretary). */
  decisionDraft(actor: Person | null, year: number, locale: Locale): Promise<GeneratedFile>;
  /** Bảng tổng hợp đăng ký thi đua of a campaign, by unit (secretary, leaders). */
  pledgeSummary(actor: Person | null, campaignId: number, locale: Locale): Promise<GeneratedFile>;
  /** The bản đăng ký thi đua of the actor's unit (its head). */
  unitPledges(actor: Person | null, campaignId: number, locale: Locale): Promise<GeneratedFile>;
  /** Báo cáo thành tích of a nominee (the nominee, their unit head, the secretary). */
  achievementReport(actor: Person | null, nominationId: number, locale: Locale): Promise<GeneratedFile>;
  /** Kế hoạch công tác thi đua, khen thưởng for a year, from the campaigns set up (secretary, leaders). */
  plan(actor: Person | null, year: number, locale: Locale): Promise<GeneratedFile>;
  /** Đơn khiếu nại / Đơn tố cáo of a named case, for its sender alone to print, sign and hand in. */
  caseLetter(actor: Person | null, caseId: number): Promise<GeneratedFile>;
  /** Báo cáo tổng kết công tác thi đua, khen thưởng of a year, with its figures (secretary, leaders). */
  yearReport(actor: Person | null, year: number, locale: Locale): Promise<GeneratedFile>;
  /** The Giấy khen and title certificates of a year's recorded decisions, one page each, in one file (secretary). */
  certificates(actor: Person | null, year: number, locale: Locale): Promise<GeneratedFile>;
}
