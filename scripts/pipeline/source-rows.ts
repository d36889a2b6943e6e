/**
 * Turns seed lines into rows of cells and applies the manual corrections to them.
 * A correction names a line and the cells it expects there; if the line no longer
 * reads so, the build stops instead of fixing the wrong thing, and so it does when a
 * correction names no line of the document or is not used at all.
 */
import type { AppliedCorrection, Correction } from "../../src/schema/dataset";
import { BuildError } from "./errors";

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

const CORRECTIONS = "corrections.json";

export function toRows(file: string, lines: readonly string[], corrections: Correction[]): { rows: SourceRow[]; applied: AppliedCorrection[] } {
  const byLine = new Map<number, Correction[]>();
  for (const c of corrections) {
    if (c.file !== file) continue;
    const [from, to] = c.lines ?? [c.line!, c.line!];
    if (to < from) throw new BuildError(CORRECTIONS, null, "correction", `${file}: line range ${from}-${to} is reversed`);
    if (to > lines.length) throw new BuildError(CORRECTIONS, null, "correction", `${file}: a correction (${c.kind}) names line ${to}, but the document has ${lines.length} lines`);
    for (let n = from; n <= to; n++) byLine.set(n, [...(byLine.get(n) ?? []), c]);
  }
  const used = new Set<Correction>();
  const applied: AppliedCorrection[] = [];
  const rows: SourceRow[] = [];
  lines.forEach((text, i) => {
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
          file,
          line,
          "correction-mismatch",
          `correction (${c.kind}) expects ${JSON.stringify(c.printed)} from cell ${c.at}, the line reads ${JSON.stringify(actual)}`,
        );
      }
      used.add(c);
      cells = c.published === null ? null : [...cells.slice(0, c.at), ...c.published, ...cells.slice(c.at + c.printed.length)];
      applied.push({ file, line, kind: c.kind, source: "manual", printed: c.printed, published: c.published, reason: c.reason, ...(c.reason_zh ? { reason_zh: c.reason_zh } : {}) });
    }
    if (cells === null) return;
    cells = trimTrailing(cells);
    if (cells.length > 0) rows.push({ line, cells });
  });
  const unused = corrections.find((c) => c.file === file && !used.has(c));
  if (unused) throw new BuildError(file, unused.line ?? unused.lines![0], "correction-unused", `the correction (${unused.kind}) for this line was not applied: it covers only blank lines`);
  return { rows, applied };
}

export const text = (cell: Cell | undefined): string => cell ?? "";
