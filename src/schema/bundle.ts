/** Shape of data/datasets.json: what the build writes and the Worker serves. */
import type { Check, DatasetMeta } from "./dataset";

export type PublishedValue = string | number | null;
export type PublishedRow = Record<string, PublishedValue>;

export interface BuildReport {
  dataset: string;
  version: string;
  classification_list: string | null;
  tables: { id: string; row_count: number }[];
  corrections_applied: number;
  /** Of those, the entries of seeds/corrections.json (the rest are repairs by rule). */
  corrections_manual: number;
  repairs_by_rule: Record<string, number>;
  /** Printed amounts, how many some check covers, and the ones the document states only once (with why). */
  amount_coverage: { amounts: number; covered: number; stated_once: { id: string; line: number; reason: string }[] };
  /** Every number-shaped cell of the raw text: published as an amount of its line, or classified by what it is. */
  printed_numbers: { printed: number; published: number; classified: Record<string, number> };
  /** How many lines of the seed have each role (title, header, row, field, …); none is unread. */
  line_roles: Record<string, number>;
  checks: { total: number; passed: number; failed: number; by_kind: Record<string, number> };
  notes: string[];
}

export interface DatasetBundle {
  meta: DatasetMeta;
  checks: Check[];
  report: BuildReport;
  tables: Record<string, PublishedRow[]>;
}

export interface Bundle {
  format: 1;
  datasets: DatasetBundle[];
}
