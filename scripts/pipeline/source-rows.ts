/**
 * Turns seed lines into rows of cells and applies the corrections file to them.
 * A correction names a line and the cells it expects there; if the line no longer
 * reads so, the build stops instead of fixing the wrong thing.
 */
import type { AppliedCorrection, Correction } from "../../src/schema/dataset";
import { BuildError } from "./errors";
import type { Seed } from "./read-seed";

/** A cell is text, or null when a correction declares it deliberately blank. */
export type Cell = string | null;

export interface SourceRow {
  line: number;
  cells: Cell[];
}

export function splitCells(line: string): string[] {
  return line.split("\t").map((c) => c.trim());
}

/** Trailing empty cells carry no meaning in the PDF's text export. */
function trimTrailing(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

export function toRows(seed: Seed, corrections: Correction[]): { rows: SourceRow[]; applied: AppliedCorrection[] } {
  const byLine = new Map<number, Correction[]>();
  for (const c of corrections) {
    if (c.file !== seed.file) continue;
    const [from, to] = c.lines ?? [c.line!, c.line!];
    if (to < from) throw new BuildError(c.file, from, "correction", `line range ${from}-${to} is reversed`);
    for (let n = from; n <= to; n++) byLine.set(n, [...(byLine.get(n) ?? []), c]);
  }
  const applied: AppliedCorrection[] = [];
  const rows: SourceRow[] = [];
  seed.lines.forEach((text, i) => {
    const line = i + 1;
    let cells: Cell[] | null = splitCells(text);
    for (const c of byLine.get(line) ?? []) {
      if (cells === null) break;
      // A range covers the rows of a block; the blank lines between pages are not rows.
      if (c.lines && text.trim() === "") continue;
      const actual = cells.slice(c.at, c.at + c.printed.length);
      const matches = actual.length === c.printed.length && actual.every((v, k) => v === c.printed[k]);
      if (!matches) {
        throw new BuildError(
          seed.file,
          line,
          "correction-mismatch",
          `correction (${c.kind}) expects ${JSON.stringify(c.printed)} from cell ${c.at}, the line reads ${JSON.stringify(actual)}`,
        );
      }
      cells = c.published === null ? null : [...cells.slice(0, c.at), ...c.published, ...cells.slice(c.at + c.printed.length)];
      applied.push({ file: seed.file, line, kind: c.kind, printed: c.printed, published: c.published, reason: c.reason });
    }
    if (cells === null) return;
    cells = trimTrailing(cells);
    if (cells.length > 0) rows.push({ line, cells });
  });
  return { rows, applied };
}

export const text = (cell: Cell | undefined): string => cell ?? "";
