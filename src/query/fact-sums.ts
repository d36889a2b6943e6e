/**
 * Sums of each dataset's facts by one dimension, made once (by the build for R2, in memory
 * for the bundled store), so a sum across a thousand datasets reads one small object instead
 * of a thousand facts tables. A family is a dimension with the columns it determines (a 项
 * code fixes its 款 and 类 and their names); every family keeps direction, which no sum may
 * mix. A query whose filters and groups stay within one family is answered from its sums,
 * with the same overlap checks and the same counts as over the facts themselves.
 */
import type { PublishedRow, PublishedValue } from "../schema/bundle";
import type { FamilyRollup, FamilySums, StoredSum, SumFamily } from "../data/stored-sums";
import { centsToWan, wanToCents } from "../lib/money";

/** Smallest first: the first family that covers a query is the one read. */
export const SUM_FAMILIES: readonly SumFamily[] = [
  { name: "direction", columns: [] },
  { name: "spending", columns: ["spending"] },
  { name: "fund", columns: ["fund"] },
  { name: "appropriation", columns: ["appropriation"] },
  { name: "revenue_source", columns: ["revenue_source"] },
  { name: "unit", columns: ["unit_code", "unit_name"] },
  { name: "economic_class", columns: ["economic_class", "economic_class_name"] },
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

const cents = (v: PublishedValue) => (typeof v === "number" ? wanToCents(v) : null);
const addCents = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** One dataset's facts summed by the family's columns and direction, in first-seen order. */
export function sumFacts(facts: readonly PublishedRow[], family: SumFamily): SumRow[] {
  const groups = new Map<string, SumRow>();
  for (const f of facts) {
    const values = family.columns.map((c) => f[c] ?? null);
    const key = JSON.stringify([f.direction ?? null, ...values]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { direction: f.direction ?? null, values, cents: null, count: 0 }));
    g.cents = addCents(g.cents, cents(f.amount ?? null));
    g.count++;
  }
  return [...groups.values()];
}

/** A stored sum as a SumRow again. */
export function storedRow(keys: readonly PublishedValue[][], [k, c, n]: readonly [number, number | null, number]): SumRow {
  const [direction, ...values] = keys[k]!;
  return { direction: direction ?? null, values, cents: c, count: n };
}

/** The family that holds every fact column a query names, if one does. */
export function familyFor(columns: readonly string[]): SumFamily | undefined {
  const needed = columns.filter((c) => c !== "direction");
  return SUM_FAMILIES.find((f) => needed.every((c) => f.columns.includes(c)));
}

/** A sum as a row like a fact's (amount in 万元), with the number of facts it stands for. */
export function sumAsRow(s: SumRow, columns: readonly string[]): PublishedRow {
  const row: PublishedRow = { direction: s.direction, amount: s.cents === null ? null : centsToWan(s.cents), __count: s.count };
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
  if (store.factSums) {
    const stored = await store.factSums(family);
    const wanted = new Set(ids);
    return new Map(stored.datasets.filter(([id]) => wanted.has(id)).map(([id, sums]) => [id, sums.map((s) => storedRow(stored.keys, s))]));
  }
  const out = new Map<string, SumRow[]>();
  for (const id of ids) {
    const table = await store.getTable(id, factsTable);
    if (table) out.set(id, sumFacts(table.rows, family));
  }
  return out;
}
