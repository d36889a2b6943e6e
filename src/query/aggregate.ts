/** Group-by sums over budget lines, exact: every amount is added as integer cents of 万元. */
import type { PublishedRow, PublishedValue } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { sortRows } from "./sort";

/** Accepted `_group` spellings → column; class/section and 类/款/项 name the classification levels. */
export const GROUP_CHOICES: Readonly<Record<string, string>> = {
  class_code: "class_code",
  section_code: "section_code",
  code: "code",
  table: "table",
  measure: "measure",
  fund: "fund",
  class: "class_code",
  section: "section_code",
  类: "class_code",
  款: "section_code",
  项: "code",
};

/** Name columns added beside classification keys, filled from the classifications table. */
const NAME_COLUMNS: Readonly<Record<string, ColumnDef>> = {
  class_code: { name: "class_name", label: "类名称", type: "string", nullable: true, description: "Official name of the class (类)." },
  section_code: { name: "section_name", label: "款名称", type: "string", nullable: true, description: "Official name of the section (款)." },
  code: { name: "code_name", label: "科目名称", type: "string", nullable: true, description: "Official name of the classification code." },
};

const COUNT_COLUMN: ColumnDef = { name: "count", label: "行数", type: "integer", description: "Number of budget lines in the group." };

/** Output columns: each group key (with its name column), the summed amount, the line count. */
export function aggregateColumns(source: readonly ColumnDef[], group: readonly string[], amount: string): ColumnDef[] {
  const out: ColumnDef[] = [];
  for (const g of group) {
    const col = source.find((c) => c.name === g);
    if (col) out.push(col);
    if (NAME_COLUMNS[g]) out.push(NAME_COLUMNS[g]);
  }
  const amountCol = source.find((c) => c.name === amount);
  if (amountCol) out.push(amountCol);
  out.push(COUNT_COLUMN);
  return out;
}

export interface Totals {
  /** Sum of the non-null amounts in cents, null when every amount is null. */
  cents: number | null;
  count: number;
}

export interface Aggregated {
  groups: { keys: Record<string, PublishedValue>; totals: Totals }[];
  grand: Totals;
}

function add(t: Totals, cents: number | null): void {
  t.count++;
  if (cents !== null) t.cents = (t.cents ?? 0) + cents;
}

/** Sums `centsOf(row)` per distinct combination of the group columns, ordered by the keys (nulls last). */
export function aggregate(rows: readonly PublishedRow[], group: readonly string[], centsOf: (row: PublishedRow) => number | null): Aggregated {
  const groups = new Map<string, { keys: Record<string, PublishedValue>; totals: Totals }>();
  const grand: Totals = { cents: null, count: 0 };
  for (const row of rows) {
    const keys = Object.fromEntries(group.map((g) => [g, row[g] ?? null]));
    const id = JSON.stringify(group.map((g) => keys[g]));
    let entry = groups.get(id);
    if (!entry) groups.set(id, (entry = { keys, totals: { cents: null, count: 0 } }));
    const cents = centsOf(row);
    add(entry.totals, cents);
    add(grand, cents);
  }
  const order = sortRows(
    [...groups.values()].map((g, i) => ({ ...g.keys, __i: i })),
    group.map((column) => ({ column, desc: false })),
  );
  const list = [...groups.values()];
  return { groups: order.map((r) => list[r.__i as number]), grand };
}

/** The name column of a group key, if it has one. */
export function nameColumnOf(key: string): string | null {
  return NAME_COLUMNS[key]?.name ?? null;
}
