/**
 * Every line of a seed has exactly one role: a title, a unit line, a header row, a row of a
 * table, a field of a project sheet, a note, a line a repair removed… The readers claim the
 * lines they read; a non-blank line nobody claimed stops the build, so no printed line (and no
 * figure on it) is dropped without a word.
 */
import { BuildError } from "./errors";

export const LINE_ROLES = [
  "blank",
  "title",
  "unit-line",
  "year-line",
  "note",
  "header",
  "column-numbers",
  "row",
  "field",
  "heading",
  "indicator-header",
  "indicator",
  "signature",
  "removed",
] as const;
export type LineRole = (typeof LINE_ROLES)[number];

export interface LineEntry {
  line: number;
  role: LineRole;
  /** Table (or sheet) the line belongs to, where it belongs to one. */
  table: string | null;
  /** Row ids the line became (a table row, or a project and its fields). */
  rows: string[];
}

export class LineMap {
  private readonly entries = new Map<number, LineEntry>();

  /** Gives a line its role; a second, different role for the same line is a reader's bug. */
  claim(line: number, role: LineRole, table: string | null = null, row: string | null = null): void {
    const e = this.entries.get(line);
    if (!e) {
      this.entries.set(line, { line, role, table, rows: row ? [row] : [] });
      return;
    }
    if (e.role !== role && !(e.role === "removed" || role === "removed")) {
      throw new Error(`line ${line} claimed as ${e.role} and as ${role}`);
    }
    if (row && !e.rows.includes(row)) e.rows.push(row);
    e.table ??= table;
  }

  get(line: number): LineEntry | undefined {
    return this.entries.get(line);
  }

  /** The whole map, one entry per line of the seed; an unclaimed non-blank line is an error naming where it stands. */
  complete(file: string, lines: readonly string[], where: (line: number) => string): LineEntry[] {
    const out: LineEntry[] = [];
    lines.forEach((text, i) => {
      const line = i + 1;
      const e = this.entries.get(line);
      if (e) out.push(e);
      else if (text.replace(/\t/g, "").trim() === "") out.push({ line, role: "blank", table: null, rows: [] });
      else {
        const cells = text.split("\t").map((c) => c.trim()).filter(Boolean).slice(0, 3).map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
        throw new BuildError(file, line, "unread", `${where(line)}: ${cells.join(" | ")}`);
      }
    });
    return out;
  }
}
