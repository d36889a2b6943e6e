/**
 * What full-text search reads: for each searched table, the columns whose text is indexed
 * and how much a match there weighs in the ranking (a project's name over its long text).
 * The build's index and the bundled backend's in-memory index both read this list, so the
 * two can never disagree about what is searchable.
 */
import { TABLES } from "./tables";

export interface SearchField {
  column: string;
  /** 3: the title; 2: a short label; 1: long text. */
  weight: 1 | 2 | 3;
}

export interface SearchTable {
  table: string;
  /** Column whose value titles a hit. */
  title: string;
  /** Indexed columns, in this order (a posting names a field by its index here). */
  fields: readonly SearchField[];
}

const f = (weight: SearchField["weight"], ...columns: string[]): SearchField[] => columns.map((column) => ({ column, weight }));

/** Projects, indicators and budget lines, in the order hits of equal rank are listed. */
export const SEARCH_TABLES: readonly SearchTable[] = [
  {
    table: TABLES.projects.id,
    title: "name",
    fields: [...f(3, "name"), ...f(2, "unit_name", "fund_type", "purpose", "leaders", "contacts", "phone"), ...f(1, "overview", "basis", "necessity", "measures", "plan", "remarks", "overall_goal", "annual_goal")],
  },
  { table: TABLES.projectIndicators.id, title: "level3", fields: [...f(3, "level3"), ...f(2, "project_name", "level1", "level2", "target", "target_unit")] },
  { table: TABLES.performanceIndicators.id, title: "level3", fields: [...f(3, "level3"), ...f(2, "level1", "level2", "target", "target_unit"), ...f(1, "description")] },
  { table: TABLES.budgetLines.id, title: "item", fields: [...f(3, "item"), ...f(2, "measure_label")] },
];
