/**
 * Reads a table's printed header rows into one path of words per column, and maps each path
 * to a column of the template's vocabulary. A header is what the document prints, not what one
 * seed happened to print: columns may come in any order, be fewer or more, and be nested
 * (基本支出 over 小计 | 工资福利支出 | …). A word the vocabulary does not know stops the build.
 */
import { BuildError } from "../errors";
import { nearestWords } from "../../../src/lib/edit-distance";
import type { SourceRow } from "../source-rows";
import { squash, templateWord } from "../template-text";

/** The column-number row under a header: "** | ** | 1 | 2 …" or "栏次 | 1 | 2 …". */
export function isColumnNumberRow(cells: readonly (string | null)[]): boolean {
  const filled = cells.map((c) => squash(c)).filter(Boolean);
  return filled.length > 1 && filled.every((c) => c === "**" || c === "栏次" || /^\d{1,2}$/.test(c)) && filled.some((c) => !/^\d{1,2}$/.test(c) || c === "1");
}

/** A header row prints words only: no digit outside a column-number row. */
export const isHeaderRow = (cells: readonly (string | null)[]): boolean => !cells.some((c) => /\d/.test(c ?? ""));

export interface HeaderColumn {
  index: number;
  /** Words from the outermost header row to the innermost, spaces removed ("基本支出", "小计"). */
  path: string[];
  line: number;
}

/**
 * One path per column. A word spans the empty cells to its right while the row below prints
 * something under them (a merged cell); the column-number row carries no words.
 */
export function headerPaths(rows: SourceRow[]): HeaderColumn[] {
  const wordRows = rows.filter((r) => !isColumnNumberRow(r.cells));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const grid = wordRows.map((r) => Array.from({ length: width }, (_, i) => squash(r.cells[i])));
  for (let y = 0; y < grid.length - 1; y++) {
    const row = grid[y]!;
    for (let x = 1; x < width; x++) {
      if (!row[x] && row[x - 1] && wordsBelow(grid, y, x) && wordsBelow(grid, y, x - 1)) row[x] = row[x - 1]!;
    }
  }
  const columns: HeaderColumn[] = [];
  for (let x = 0; x < width; x++) {
    const path = grid.map((r) => r[x]!).filter((w, y, all) => w && w !== all[y - 1]);
    const line = wordRows.find((r) => squash(r.cells[x]))?.line ?? rows[0]?.line ?? 0;
    if (path.length) columns.push({ index: x, path, line });
  }
  return columns;
}

/** Whether a column prints words below row y: a word spans right only where it heads words, over columns that have some. */
function wordsBelow(grid: string[][], y: number, x: number): boolean {
  return grid.slice(y + 1).some((r) => r[x]);
}

export interface Vocabulary {
  /** Words that name a key column (code parts, unit code, name) → key. */
  keys: Record<string, string>;
  /** Words that name an amount column → column name; "小计" and "合计" under a group word take the group's. */
  amounts: Record<string, string>;
  /** Words that only group other columns (科目编码 over 类 | 款 | 项; 本年支出 over its parts). */
  groups?: readonly string[];
}

export interface ColumnMap {
  keys: Map<string, number>;
  amounts: Map<string, number>;
  width: number;
}

const SUBTOTAL = new Set(["小计", "合计"]);

/**
 * Maps every printed column to the vocabulary. Unknown words, two columns of one meaning, and
 * an amount column without a word are refused, naming the header line and the nearest known words.
 */
export function mapColumns(file: string, table: string, rows: SourceRow[], vocab: Vocabulary): ColumnMap {
  const known = new Map<string, string>();
  for (const [w, k] of Object.entries(vocab.keys)) known.set(templateWord(w), `key:${k}`);
  for (const [w, k] of Object.entries(vocab.amounts)) known.set(templateWord(w), `amount:${k}`);
  for (const w of vocab.groups ?? []) known.set(templateWord(w), "group");
  const out: ColumnMap = { keys: new Map(), amounts: new Map(), width: 0 };
  for (const col of headerPaths(rows)) {
    let meaning: string | null = null;
    for (const [depth, word] of col.path.entries()) {
      const w = templateWord(word);
      let m = known.get(w);
      if (m === undefined && SUBTOTAL.has(w) && depth > 0) m = known.get(templateWord(col.path[depth - 1]!));
      if (m === undefined) {
        const near = nearestWords(w, [...known.keys()], 3);
        throw new BuildError(file, col.line, "unknown-header", `${table}: header word "${word}" (column ${col.index + 1}) is not a word of the template${near.length ? `; nearest known words: ${near.join(", ")}` : ""}`);
      }
      if (m !== "group") meaning = m;
    }
    if (!meaning) throw new BuildError(file, col.line, "unknown-header", `${table}: column ${col.index + 1} ("${col.path.join(" ")}") names a group and no column of its own`);
    const [kind, name] = meaning.split(":") as ["key" | "amount", string];
    const target = kind === "key" ? out.keys : out.amounts;
    if (target.has(name)) {
      throw new BuildError(file, col.line, "unknown-header", `${table}: columns ${target.get(name)! + 1} and ${col.index + 1} both read as ${name} ("${col.path.join(" ")}")`);
    }
    target.set(name, col.index);
    out.width = Math.max(out.width, col.index + 1);
  }
  return out;
}

/**
 * For the tables read by position (the two-sided 收支 tables): every word of the header rows must
 * be one of the table's, or the build stops naming the line, the word and the nearest known words.
 */
export function refuseUnknownWords(file: string, table: string, rows: SourceRow[], words: readonly string[]): void {
  const known = new Set(words.map(templateWord));
  for (const row of rows) {
    if (isColumnNumberRow(row.cells)) continue;
    for (const cell of row.cells) {
      const w = templateWord(cell);
      if (!w || known.has(w)) continue;
      const near = nearestWords(w, [...known], 3);
      throw new BuildError(file, row.line, "unknown-header", `${table}: header word "${squash(cell)}" is not a word of the template; nearest known words: ${near.join(", ")}`);
    }
  }
}
