// Dates and numbers as Vietnamese administrative documents write them.
import type { DateTime } from "luxon";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "ngày 05 tháng 02 năm 2026": days under 10 and the months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, Phần I, mục II.4.b; read in the repository ericphan28/van-ban-plus, status official).
 */
export function dateInWords(day: DateTime): string {
  const month = day.month <= 2 ? pad(day.month) : String(day.month);
  return `ngày ${pad(day.day)} tháng ${month} năm ${day.year}`;
}

/** "…, ngày 05 tháng 02 năm 2026": the place and date line; a blank place is left dotted for the secretary. */
export function placeAndDate(place: string, day: DateTime): string {
  return `${place.trim() === "" ? "……………" : place.trim()}, ${dateInWords(day)}`;
}

/** 12.345 and 12,5: Vietnamese digit grouping and decimal comma. */
export function vietnameseNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat("vi-VN", { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** "dd/mm/yyyy" for dates in tables. */
export function shortDate(day: DateTime): string {
  return day.toFormat("dd/MM/yyyy");
}

/** "09 giờ 40 phút, ngày 27 tháng 11 năm 2026": a time as the minutes write it (Phụ lục III, mẫu 1.9). */
export function timeInWords(at: DateTime): string {
  return `${pad(at.hour)} giờ ${pad(at.minute)} phút, ${dateInWords(at)}`;
}

/** "3/4 (75,0%)": a count of a base and its share, one decimal. */
export function shareOf(count: number, base: number): string {
  return `${count}/${base} (${vietnameseNumber(base > 0 ? (count * 100) / base : 0, 1)}%)`;
}

/**
 * A body's name as running text: as given when it has small letters ("Sở Nội vụ"); from capitals, the first two
 * words capitalised and the rest small ("SỞ NỘI VỤ" → "Sở Nội vụ"), which fits most names of a Sở.
 */
export function inRunningText(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((word, i) => (i < 2 ? word.charAt(0).toLocaleUpperCase("vi") + word.slice(1) : word))
    .join(" ");
}
