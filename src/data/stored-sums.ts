/**
 * The stored form of the facts' sums by family (query/fact-sums.ts makes and reads them): what
 * the build writes for R2 and a store returns.
 */
import type { PublishedValue } from "../schema/bundle";

/** A dimension of the facts, with the columns it determines. */
export interface SumFamily {
  name: string;
  columns: readonly string[];
}

/** [index into keys, sum in cents or null, number of facts]. */
export type StoredSum = [number, number | null, number];

/** The stored form of a family's sums over every dataset of a catalogue (value tuples stored once). */
export interface FamilySums {
  format: 1;
  family: string;
  columns: readonly string[];
  /** The distinct [direction, ...values] tuples. */
  keys: PublishedValue[][];
  /** Per dataset, in catalogue order: its id and sums. */
  datasets: [string, StoredSum[]][];
}

/** The same sums added up over the datasets of each year and kind: what a query that names no dataset or department reads, the same size at any number of datasets. */
export interface FamilyRollup {
  format: 1;
  family: string;
  columns: readonly string[];
  keys: PublishedValue[][];
  /** [year, kind, index into keys, sum in cents or null, number of facts]. */
  groups: [number, string, number, number | null, number][];
}
