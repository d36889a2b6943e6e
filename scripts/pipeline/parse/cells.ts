/** Small readers shared by the table parsers. */
import { parseAmount } from "../../../src/lib/money";
import { BuildError } from "../errors";
import type { SourceRow } from "../source-rows";
import { squash } from "../template-text";


export function amountAt(file: string, row: SourceRow, index: number, what: string, suffix = ""): number | null {
  const raw = row.cells[index];
  const v = parseAmount(raw, suffix);
  if (v === undefined) {
    throw new BuildError(file, row.line, "amount", `${what}: "${raw}" in cell ${index + 1} is not an amount`);
  }
  return v;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as printed in "十五、资源勘探信息等支出". */
export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf("十");
  if (i < 0) return s.length === 1 ? DIGITS[s]! : null;
  const tens = i === 0 ? 1 : DIGITS[s.slice(0, i)] ?? NaN;
  const ones = i === s.length - 1 ? 0 : DIGITS[s.slice(i + 1)] ?? NaN;
  const n = tens * 10 + ones;
  return Number.isNaN(n) ? null : n;
}


/** Stacked header text of each column across the given header rows ("基本支出 小计"). */
export function headerLabels(rows: SourceRow[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const labels: string[] = [];
  for (let i = 0; i < width; i++) labels.push(rows.map((r) => squash(r.cells[i])).filter(Boolean).join(" "));
  return labels;
}

/** Fails with the layout that was expected when a header word is not where the template has it. */
export function expectHeader(file: string, table: string, rows: SourceRow[], expected: Record<number, string[]>): void {
  const labels = headerLabels(rows);
  for (const [index, words] of Object.entries(expected)) {
    const label = labels[Number(index)] ?? "";
    for (const w of words) {
      if (!label.includes(w)) {
        throw new BuildError(
          file,
          rows[0]?.line ?? null,
          "unrecognised-layout",
          `${table}: expected header "${w}" in column ${Number(index) + 1}, found "${label}"`,
        );
      }
    }
  }
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
