// Vietnamese lists of people are ordered by given name (the last word), then family name (the first), then the
// middle names, with Vietnamese collation: "Vũ Thị Anh" before "Nguyễn Văn Bình", "Lê Ánh" before "Lê Bảo".

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function parts(fullName: string): [given: string, family: string, middle: string] {
  const words = fullName.normalize("NFC").trim().split(/\s+/);
  const given = words.at(-1) ?? "";
  const family = words.length > 1 ? (words[0] ?? "") : "";
  return [given, family, words.slice(1, -1).join(" ")];
}

/** Compares two full names the way a Vietnamese list is sorted. */
export function compareVietnameseNames(a: string, b: string): number {
  const [ga, fa, ma] = parts(a);
  const [gb, fb, mb] = parts(b);
  return collator.compare(ga, gb) || collator.compare(fa, fb) || collator.compare(ma, mb) || collator.compare(a, b);
}

/** A copy of the list sorted by the names it holds. */
export function byVietnameseName<T>(list: readonly T[], nameOf: (item: T) => string): T[] {
  return [...list].sort((a, b) => compareVietnameseNames(nameOf(a), nameOf(b)));
}
