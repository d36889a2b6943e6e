/** Which datasets a catalogue request selects: by department, year and kind, in catalogue order. */
import { ProblemError } from "../lib/problem";
import type { CatalogEntry } from "../data/store";

export interface CatalogFilter {
  department?: string;
  year?: string;
  kind?: string;
}

/** The datasets the filter keeps; a year that is not four digits is a 400. */
export function selectDatasets(datasets: readonly CatalogEntry[], { department, year, kind }: CatalogFilter): CatalogEntry[] {
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    throw new ProblemError("invalid-query", "Invalid query parameter: year.", [{ param: "year", message: `year is a four-digit year such as 2021, not '${year.slice(0, 50)}'.` }]);
  }
  return datasets.filter((d) => (department === undefined || d.department === department) && (year === undefined || String(d.year) === year) && (kind === undefined || d.kind === kind));
}
