// Vietnamese lists of people are ordered by given name (the last word), then family name (the first), then the
// middle names, with Vietnamese collation: "Vũ Thị Anh" before "Nguyễn Văn Bình", "Lê Ánh" before "Lê Bảo".

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** A full name split for sorting: given name, family name, middle names, and the whole name last. */
export type NameSortKey = [given: string, family: string, middle: string, whole: string];

/** The parts a Vietnamese list sorts a name by; made once per name when a long list is sorted. */
export function nameSortKey(fullName: string): NameSortKey {
  const name = fullName.normalize("NFC").trim();
  // names are cleaned where they enter, one space between words: cut at the first and last space without making
  // an array of words (a province's list sorts 50,000 names); any other spacing is split the long way
  if (/\s\s|[^\S ]/.test(name)) {
    const words = name.split(/\s+/);
    return [words.at(-1) ?? "", words.length > 1 ? (words[0] ?? "") : "", words.slice(1, -1).join(" "), fullName];
  }
  const first = name.indexOf(" ");
  if (first === -1) return [name, "", "", fullName];
  const last = name.lastIndexOf(" ");
  return [name.slice(last + 1), name.slice(0, first), first === last ? "" : name.slice(first + 1, last), fullName];
}

/** Compares two names' sort keys the way a Vietnamese list is sorted. */
export function compareNameKeys(a: NameSortKey, b: NameSortKey): number {
  return collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]) || collator.compare(a[2], b[2]) || collator.compare(a[3], b[3]);
}

/** Compares two full names the way a Vietnamese list is sorted. */
export function compareVietnameseNames(a: string, b: string): number {
  return compareNameKeys(nameSortKey(a), nameSortKey(b));
}

/** A copy of the list sorted by the names it holds; each name is split once, not at every comparison. */
export function byVietnameseName<T>(list: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = list.map((item) => ({ item, key: nameSortKey(nameOf(item)) }));
  keyed.sort((a, b) => compareNameKeys(a.key, b.key));
  return keyed.map((k) => k.item);
}
