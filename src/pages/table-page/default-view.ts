/**
 * What a reader came for, first: each table's default view (the page without `_fields`)
 * shows its name or label column, then its amounts, then the other short columns, with
 * where a row was read (file, line) last. Long texts are not columns of the default view:
 * each row folds them behind one "展开" (a details element), so a row stays one line tall.
 * `_fields` shows exactly the columns asked for, in that order.
 */
import type { ColumnDef } from "../../schema/columns";

/** The columns a table's view starts with, where the generic order would not put first what matters. */
const LEAD: Readonly<Record<string, readonly string[]>> = {
  "project-changes": ["name", "change_amount", "change_percent", "current_year_amount", "last_year_amount"],
  projects: ["name", "current_year_amount", "total_amount", "last_year_amount", "last_year_total_amount"],
  "project-indicators": ["project_name", "level3", "target"],
  "performance-indicators": ["level3", "target"],
  facts: ["code_name", "revenue_source", "economic_kind_label", "amount"],
  "budget-lines": ["item", "measure_label", "amount"],
  classifications: ["code", "name"],
};

/** The label of a row, where a table has no lead of its own: the first of these it has. */
const LABELS = ["name", "item", "project_name", "task", "department", "level3"];

const PROVENANCE = new Set(["source_file", "source_line"]);

export interface DefaultView {
  /** The grid's columns, in reading order. */
  shown: ColumnDef[];
  /** Long texts, folded per row. */
  folded: ColumnDef[];
}

/** The name or label column of a table's rows (its first lead column), if any. */
export function labelColumn(table: string, columns: readonly ColumnDef[]): string | null {
  const lead = LEAD[table] ?? LABELS;
  return lead.find((n) => columns.some((c) => c.name === n && c.type !== "amount")) ?? null;
}

export function defaultView(table: string, columns: readonly ColumnDef[]): DefaultView {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const lead = (LEAD[table] ?? [LABELS.find((n) => byName.has(n))].filter((n): n is string => n !== undefined)).flatMap((n) => byName.get(n) ?? []);
  const taken = new Set(lead.map((c) => c.name));
  const rest = columns.filter((c) => !taken.has(c.name));
  const amounts = rest.filter((c) => c.type === "amount");
  const short = rest.filter((c) => c.type !== "amount" && c.type !== "text" && !PROVENANCE.has(c.name));
  return {
    shown: [...lead, ...amounts, ...short, ...rest.filter((c) => PROVENANCE.has(c.name))],
    folded: rest.filter((c) => c.type === "text"),
  };
}
