/**
 * The numbering of searchable rows that postings refer to: datasets in catalogue order, within
 * each the search tables in SEARCH_TABLES order, within each its rows in published order. It
 * follows from the catalogue alone (row counts), so the index stores no row ids and a Worker
 * can turn a doc number into a row without reading anything.
 */
import { SEARCH_TABLES } from "../schema/search-scope";

export interface DocPlace {
  dataset: number;
  table: number;
  row: number;
}

export interface DocSpace {
  /** Number of docs. */
  size: number;
  /** The first doc of a dataset's table (of SEARCH_TABLES), and the one past its last. */
  range(dataset: number, table: number): [number, number];
  locate(doc: number): DocPlace;
}

interface DatasetLike {
  row_counts: Readonly<Record<string, number>>;
}

export function docSpace(datasets: readonly DatasetLike[]): DocSpace {
  const T = SEARCH_TABLES.length;
  // starts[d * T + t] is the first doc of table t of dataset d; one more entry closes the last range.
  const starts = new Float64Array(datasets.length * T + 1);
  let next = 0;
  datasets.forEach((d, i) => {
    SEARCH_TABLES.forEach((s, t) => {
      starts[i * T + t] = next;
      next += Object.hasOwn(d.row_counts, s.table) ? d.row_counts[s.table]! : 0;
    });
  });
  starts[datasets.length * T] = next;
  return {
    size: next,
    range: (dataset, table) => [starts[dataset * T + table]!, starts[dataset * T + table + 1]!],
    locate(doc) {
      // The last range starting at or before doc that is not empty.
      let lo = 0;
      let hi = datasets.length * T - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= doc) lo = mid;
        else hi = mid - 1;
      }
      return { dataset: Math.floor(lo / T), table: lo % T, row: doc - starts[lo]! };
    },
  };
}
