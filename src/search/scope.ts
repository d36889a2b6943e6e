/** Which tables full-text search looks in, and which column titles a hit. */
import { TABLES } from "../schema/tables";

export interface SearchTable {
  table: string;
  /** Column whose value titles a hit. */
  title: string;
}

/** Projects, indicators and budget lines, in the order hits are listed. */
export const SEARCH_TABLES: readonly SearchTable[] = [
  { table: TABLES.projects.id, title: "name" },
  { table: TABLES.projectIndicators.id, title: "level3" },
  { table: TABLES.performanceIndicators.id, title: "level3" },
  { table: TABLES.budgetLines.id, title: "item" },
];
