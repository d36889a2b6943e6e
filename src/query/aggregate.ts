/** Group-by sums, exact: every amount is added as integer cents of 万元. */
import type { PublishedRow, PublishedValue } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { centsInUnit, wanToCents, type Unit } from "../lib/money";
import { sortRows } from "./sort";

/** The column every aggregate sums. */
export const AMOUNT = "amount";

/** `_group` over the facts: every dimension; 类/款/项 (class/section) name the classification levels. */
export const FACT_GROUPS: Readonly<Record<string, string>> = {
  class_code: "class_code",
  section_code: "section_code",
  code: "code",
  class: "class_code",
  section: "section_code",
  类: "class_code",
  款: "section_code",
  项: "code",
  direction: "direction",
  spending: "spending",
  economic_kind: "economic_kind",
  economic_class: "economic_class",
  经济分类: "economic_class",
  fund: "fund",
  appropriation: "appropriation",
  revenue_source: "revenue_source",
  unit_code: "unit_code",
  table: "table",
  measure: "measure",
};

/** `_group` over all datasets (/v1/aggregate): the facts' dimensions and the dataset's. */
export const CROSS_GROUPS: Readonly<Record<string, string>> = { dataset: "dataset", department: "department", year: "year", kind: "kind", ...FACT_GROUPS };

/** `_group` of raw sums over budget lines (`source=budget-lines&_raw=1`). */
export const RAW_GROUPS: Readonly<Record<string, string>> = {
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
  economic_code: "economic_code",
  economic_class: "economic_class",
  经济分类: "economic_class",
};

/** Every accepted `_group` spelling, for the documentation. */
export const GROUP_CHOICES: Readonly<Record<string, string>> = { ...CROSS_GROUPS, ...RAW_GROUPS };

/** Name columns that come with a group key: the classification levels' official names, the kind's label. */
export const NAME_COLUMNS: Readonly<Record<string, ColumnDef>> = {
  class_code: { name: "class_name", label: "类名称", type: "string", nullable: true, description: "Official name of the class (类)." },
  section_code: { name: "section_name", label: "款名称", type: "string", nullable: true, description: "Official name of the section (款)." },
  code: { name: "code_name", label: "科目名称", type: "string", nullable: true, description: "Official name of the classification code." },
  economic_kind: { name: "economic_kind_label", label: "支出种类名称", type: "string", nullable: true, description: "The kind of spending as the table's header prints it." },
  economic_class: { name: "economic_class_name", label: "经济分类类名称", type: "string", nullable: true, description: "Official name of the economic class (经济分类 类)." },
  unit_code: { name: "unit_name", label: "单位名称", type: "string", nullable: true, description: "Name of the budget unit, where the document prints unit rows." },
};

const COUNT_COLUMN: ColumnDef = { name: "count", label: "行数", type: "integer", description: "Number of rows (facts or budget lines) in the group." };
export const SHARE_COLUMN: ColumnDef = {
  name: "share",
  label: "占比（%）",
  type: "number",
  nullable: true,
  description: "The group's amount in percent of grand_total, computed from integer cents and rounded half away from zero to two decimals; null when there is no grand total.",
};

/** Output columns: each group key (with its name column), the summed amount, the share, the count. */
export function aggregateColumns(source: readonly ColumnDef[], group: readonly string[], amount: string, share: boolean): ColumnDef[] {
  const out: ColumnDef[] = [];
  for (const g of group) {
    const col = source.find((c) => c.name === g);
    if (col) out.push(col);
    if (NAME_COLUMNS[g]) out.push(NAME_COLUMNS[g]);
  }
  const amountCol = source.find((c) => c.name === amount);
  if (amountCol) out.push(amountCol);
  if (share) out.push(SHARE_COLUMN);
  out.push(COUNT_COLUMN);
  return out;
}

export interface Totals {
  /** Sum of the non-null amounts in cents, null when every amount is null. */
  cents: number | null;
  count: number;
}

export interface Group {
  keys: Record<string, PublishedValue>;
  /** The first row of the group, for columns that depend on the keys (names). */
  first: PublishedRow;
  totals: Totals;
}

export interface Aggregated {
  groups: Group[];
  grand: Totals;
}

/** Totals as a response states them: the amount in the unit, and the count. */
export function total(t: Totals, unit: Unit) {
  return { amount: t.cents === null ? null : centsInUnit(t.cents, unit), count: t.count };
}

/** A row's amount in cents of 万元, from rows already converted to `unit` (yuan are whole, so / 100). */
export const centsIn = (unit: Unit) => (row: PublishedRow) => {
  const v = row[AMOUNT];
  return typeof v !== "number" ? null : unit === "yuan" ? v / 100 : wanToCents(v);
};

function add(t: Totals, cents: number | null, count: number): void {
  t.count += count;
  if (cents !== null) t.cents = (t.cents ?? 0) + cents;
}

/**
 * Sums `centsOf(row)` per distinct combination of the group columns, ordered by the keys (nulls
 * last). A row counts as `countOf(row)` rows: a precomputed sum stands for the facts it adds.
 */
export function aggregate(rows: readonly PublishedRow[], group: readonly string[], centsOf: (row: PublishedRow) => number | null, countOf: (row: PublishedRow) => number = () => 1): Aggregated {
  const groups = new Map<string, Group>();
  const grand: Totals = { cents: null, count: 0 };
  for (const row of rows) {
    const keys = Object.fromEntries(group.map((g) => [g, row[g] ?? null]));
    const id = JSON.stringify(group.map((g) => keys[g]));
    let entry = groups.get(id);
    if (!entry) groups.set(id, (entry = { keys, first: row, totals: { cents: null, count: 0 } }));
    const cents = centsOf(row);
    const n = countOf(row);
    add(entry.totals, cents, n);
    add(grand, cents, n);
  }
  const order = sortRows(
    [...groups.values()].map((g, i) => ({ ...g.keys, __i: i })),
    group.map((column) => ({ column, desc: false })),
  );
  const list = [...groups.values()];
  return { groups: order.map((r) => list[r.__i as number]), grand };
}

/** part in percent of whole, to two decimals, rounded half away from zero with integer arithmetic. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const num = part * 10000;
  const sign = Math.sign(num) * Math.sign(whole);
  const [a, b] = [Math.abs(num), Math.abs(whole)];
  return (sign * (Math.floor(a / b) + (2 * (a % b) >= b ? 1 : 0))) / 100;
}
