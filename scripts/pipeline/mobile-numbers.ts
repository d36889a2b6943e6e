/**
 * Personal mobile numbers, however written: ASCII or full-width digits, grouped 3-4-4 by
 * spaces or dashes, with or without +86 / 86. Office numbers (a 7–8 digit number, an area
 * code) do not match. The personal-mobile rule masks them; the build's last guard and the
 * source table read by the same pattern, so what is masked and what is refused never differ.
 */
const DIGIT = "[0-9０-９]";
const SEP = "[ \\-－]?";
const MOBILE = new RegExp(
  `(?<![0-9０-９])((?:[+＋]?[8８][6６]${SEP})?[1１][3-9３-９]${DIGIT})(${SEP})(${DIGIT}{4})(${SEP}${DIGIT}{4})(?![0-9０-９])`,
  "gu",
);

/** Every mobile number holds a 1 (its first digit, ASCII or full-width): a text without one needs no search (most cells, Chinese words). */
const mayHoldMobile = (text: string) => text.includes("1") || text.includes("１");

/** The text with every mobile number masked, and how many there were. */
export function maskMobiles(text: string): { text: string; count: number } {
  if (!mayHoldMobile(text)) return { text, count: 0 };
  let count = 0;
  const masked = text.replace(MOBILE, (_m, head: string, sep: string, _middle: string, tail: string) => {
    count++;
    return `${head}${sep}****${tail}`;
  });
  return { text: masked, count };
}

/** The first mobile number in the text, shown by its first three digits only, or null. */
export function findMobile(text: string): string | null {
  if (!mayHoldMobile(text)) return null;
  MOBILE.lastIndex = 0;
  const m = MOBILE.exec(text);
  MOBILE.lastIndex = 0;
  return m ? `${m[1]!.slice(0, 3)}…` : null;
}

/** What a record publishes in place of the printed side of a masked cell. */
export const WITHHELD = "（不公开 withheld）";
