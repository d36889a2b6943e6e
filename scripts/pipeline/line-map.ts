/**
 * Every line of a seed has exactly one role: a title, a unit line, a header row, a row of a
 * table, a field of a project sheet, a note, a line a repair removed… The readers claim the
 * lines they read; a non-blank line nobody claimed stops the build, so no printed line (and no
 * figure on it) is dropped without a word.
 */
import { LINE_ROLE_LABELS, type LineRole } from "../../src/schema/columns";
import { BuildError } from "./errors";

export const LINE_ROLES = Object.keys(LINE_ROLE_LABELS) as LineRole[];
export type { LineRole };

export interface LineEntry {
  line: number;
  role: LineRole;
  /** The printed title of the table or sheet the line stands in (null before the first). */
  section: string | null;
  /** The published table the line was read into, where it is one table. */
  table: string | null;
  /** Row ids the line became (a table row, or a project and its fields); `table/id` for a row of another table than `table`. */
  rows: string[];
}

export class LineMap {
  private readonly entries = new Map<number, LineEntry>();

  constructor(private readonly file: string) {}

  /** Gives a line its role; a second, different role for the same line is a reader's bug. */
  claim(line: number, role: LineRole, table: string | null = null, row: string | null = null): void {
    const e = this.entries.get(line);
    if (!e) {
      this.entries.set(line, { line, role, section: null, table, rows: row ? [row] : [] });
      return;
    }
    if (e.role !== role && !(e.role === "removed" || role === "removed")) {
      throw new BuildError(this.file, line, "internal", `the line is read twice, as ${e.role} and as ${role}`);
    }
    e.table ??= table;
    // A line of a two-sided table is a row of each side: a row of another table than the line's is named with its table.
    const ref = row && table && table !== e.table ? `${table}/${row}` : row;
    if (ref && !e.rows.includes(ref)) e.rows.push(ref);
  }

  get(line: number): LineEntry | undefined {
    return this.entries.get(line);
  }

  /** The whole map, one entry per line of the seed; an unclaimed non-blank line is an error naming where it stands. */
  complete(lines: readonly string[], sectionOf: (line: number) => string | null): LineEntry[] {
    const out: LineEntry[] = [];
    lines.forEach((text, i) => {
      const line = i + 1;
      const e = this.entries.get(line);
      const section = sectionOf(line);
      if (e) out.push({ ...e, section });
      else if (text.replace(/\t/g, "").trim() === "") out.push({ line, role: "blank", section, table: null, rows: [] });
      else {
        const cells = text.split("\t").map((c) => c.trim()).filter(Boolean).slice(0, 3).map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
        throw new BuildError(this.file, line, "unread", `${section ?? "before the first table"}: ${cells.join(" | ")}`);
      }
    });
    return out;
  }
}
