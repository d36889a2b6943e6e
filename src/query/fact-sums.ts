/**
 * Sums of each dataset's facts by one dimension, made once (by the build for R2, in memory
 * for the bundled store), so a sum across a thousand datasets reads one small object instead
 * of a thousand facts tables. A family is a dimension with the columns it determines (a 项
 * code fixes its 款 and 类 and their names); every family keeps direction, which no sum may
 * mix. A query whose filters and groups stay within one family is answered from its sums,
 * with the same overlap checks and the same counts as over the facts themselves.
 */
import type { PublishedRow, PublishedValue } from "../schema/bundle";

export interface SumFamily {
  name: string;
  columns: readonly string[];
}

/** Smallest first: the first family that covers a query is the one read. */
export const SUM_FAMILIES: readonly SumFamily[] = [
  { name: "direction", columns: [] },
  { name: "spending", columns: ["spending"] },
  { name: "fund", columns: ["fund"] },
  { name: "appropriation", columns: ["appropriation"] },
  { name: "revenue_source", columns: ["revenue_source"] },
  { name: "unit_code", columns: ["unit_code"] },
  { name: "class", columns: ["class_code", "class_name"] },
  { name: "economic_kind", columns: ["spending", "economic_kind", "economic_kind_label"] },
  { name: "table", columns: ["table", "measure"] },
  { name: "section", columns: ["class_code", "class_name", "section_code", "section_name"] },
  { name: "code", columns: ["class_code", "class_name", "section_code", "section_name", "code", "code_name"] },
  { name: "class_fund", columns: ["class_code", "class_name", "fund", "appropriation"] },
];

/** One dataset's sum: the family's values, the sum in cents (null when every amount is blank), the number of facts. */
export interface SumRow {
  direction: PublishedValue;
  values: PublishedValue[];
  cents: number | null;
  count: number;
}

/** The stored form of a family's sums over every dataset of a catalogue. */
export interface FamilySums {
  format: 1;
  family: string;
  columns: readonly string[];
  /** Per dataset, in catalogue order: [dataset id, its rows]. */
  datasets: [string, SumRow[]][];
}

const cents = (v: PublishedValue) => (typeof v === "number" ? Math.round(v * 100) : null);

/** One dataset's facts summed by the family's columns and direction, in first-seen order. */
export function sumFacts(facts: readonly PublishedRow[], family: SumFamily): SumRow[] {
  const groups = new Map<string, SumRow>();
  for (const f of facts) {
    const values = family.columns.map((c) => f[c] ?? null);
    const key = JSON.stringify([f.direction ?? null, ...values]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { direction: f.direction ?? null, values, cents: null, count: 0 }));
    const c = cents(f.amount ?? null);
    if (c !== null) g.cents = (g.cents ?? 0) + c;
    g.count++;
  }
  return [...groups.values()];
}

export function familySums(family: SumFamily, datasets: readonly { id: string; facts: readonly PublishedRow[] }[]): FamilySums {
  return { format: 1, family: family.name, columns: family.columns, datasets: datasets.map((d) => [d.id, sumFacts(d.facts, family)]) };
}

/** The family that holds every fact column a query names, if one does. */
export function familyFor(columns: readonly string[]): SumFamily | undefined {
  const needed = columns.filter((c) => c !== "direction");
  return SUM_FAMILIES.find((f) => needed.every((c) => f.columns.includes(c)));
}

/** A sum as a row like a fact's (amount in 万元), with the number of facts it stands for. */
export function sumAsRow(s: SumRow, columns: readonly string[]): PublishedRow {
  const row: PublishedRow = { direction: s.direction, amount: s.cents === null ? null : s.cents / 100, __count: s.count };
  columns.forEach((c, i) => (row[c] = s.values[i] ?? null));
  return row;
}

/** A family's sums for a store: the build's (R2), or summed from the facts of the datasets asked (29 rows each). */
export interface SumsSource {
  getTable(dataset: string, table: string): Promise<{ rows: readonly PublishedRow[] } | undefined>;
  factSums?(family: SumFamily): Promise<FamilySums>;
}

/** The sums of these datasets by dataset id (only theirs are read where no sums were built). */
export async function factSumsOf(store: SumsSource, family: SumFamily, ids: readonly string[], factsTable: string): Promise<Map<string, SumRow[]>> {
  if (store.factSums) return new Map((await store.factSums(family)).datasets);
  const out = new Map<string, SumRow[]>();
  for (const id of ids) {
    const table = await store.getTable(id, factsTable);
    if (table) out.set(id, sumFacts(table.rows, family));
  }
  return out;
}
