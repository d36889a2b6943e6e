/**
 * Sums over the facts of one or more datasets: the default of aggregate. The facts do not
 * overlap, so any group of them can be added; what would still count money twice (revenue
 * with expenditure, two years) is refused with a problem naming the parameter to change.
 * Returns the groups' rows, the grand total and a sentence saying what was summed; the
 * routes only parse the request and render this.
 */
import { requireTable } from "../data/require";
import type { DatasetHead, DataStore } from "../data/store";
import type { SumFamily } from "../data/stored-sums";
import { ProblemError } from "../lib/problem";
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { TABLES } from "../schema/tables";
import { aggregate, aggregateColumns, AMOUNT, centsIn, NAME_COLUMNS, percentOf, total, type Totals } from "./aggregate";
import { factSumsOf, familyFor, storedRow, sumAsRow } from "./fact-sums";
import { applyFilters } from "./filters";
import { factsOverlap, grandTotalMixes } from "./overlap";
import type { Filter, TableQuery } from "./types";
import { convertRows } from "./units";

const FACTS = TABLES.facts.id;

/** Columns of the datasets themselves, for sums across them. */
export const DATASET_COLUMNS: ColumnDef[] = [
  { name: "dataset", label: "数据集", type: "code", description: "Dataset id." },
  { name: "department", label: "部门", type: "string", description: "Department of the dataset." },
  { name: "year", label: "年度", type: "integer", description: "Year of the dataset." },
  { name: "kind", label: "类型", type: "string", enum: ["budget", "final-accounts"], description: "budget (预算) or final-accounts (决算): two accounts of the same money, never summed together." },
];

/** The columns a facts aggregate filters and groups by: the dataset's own first when it spans datasets. */
export function factColumns(across: boolean): ColumnDef[] {
  return [...(across ? DATASET_COLUMNS : []), ...TABLES.facts.columns];
}

export interface FactsScope {
  store: DataStore;
  /** The datasets in scope before the filters on dataset columns. */
  datasets: readonly DatasetHead[];
  /** Whether dataset/department/year are columns (the cross-dataset route). */
  across: boolean;
}

export interface FactsSum {
  /** The datasets whose facts were read (after the filters on dataset columns). */
  datasets: readonly DatasetHead[];
  columns: ColumnDef[];
  /** One row per group, in key order: the keys (with their names), the amount in the query's unit, the share, the count. */
  rows: PublishedRow[];
  /** The grand total in cents (null when the groups are kinds of money that do not add up) and the facts counted. */
  grand: Totals;
  /** What was summed, in a sentence. */
  summed: string;
}

/** The facts of the scope, filtered, checked for overlap and summed by the query's groups. */
export async function sumFacts(scope: FactsScope, query: TableQuery): Promise<FactsSum> {
  const columns = factColumns(scope.across);
  // Filters on the dataset's own columns choose which datasets are read at all.
  const onDataset = query.filters.filter((f) => DATASET_COLUMNS.some((c) => c.name === f.column.name));
  const chosen = applyFilters(scope.datasets.map((d) => ({ dataset: d.id, department: d.department, year: d.year, kind: d.kind, __meta: d.id })), onDataset);
  const kept = new Set(chosen.map((c) => c.__meta));
  const metas = scope.datasets.filter((d) => kept.has(d.id));
  // Across datasets, a query within one family of dimensions reads that family's sums: one object, not every facts table.
  const named = [...query.filters.map((f) => f.column.name), ...query.group];
  const family = scope.across ? familyFor(named.filter((c) => !DATASET_COLUMNS.some((d) => d.name === c))) : undefined;
  const rows = await factRows(scope.store, metas, scope.across, family, named.some((c) => c === "dataset" || c === "department"));

  const implicit = !query.filters.some((f) => f.column.name === "direction") && !query.group.includes("direction");
  const direction: Filter = { param: "direction", column: columns.find((c) => c.name === "direction")!, op: "exact", value: "expenditure" };
  const filters = [...query.filters.filter((f) => !onDataset.includes(f)), ...(implicit ? [direction] : [])];
  const filtered = applyFilters(convertRows(rows, columns, query.unit), filters);
  const overlap = factsOverlap(filtered, query.group);
  if (overlap.length) throw new ProblemError("overlapping-sum", `This sum would count money twice: ${overlap.map((e) => e.param).join(", ")}.`, overlap);

  const result = aggregate(filtered, query.group, centsIn(query.unit), (row) => (typeof row.__count === "number" ? row.__count : 1));
  const mixes = grandTotalMixes(filtered);
  const grand = mixes ? null : result.grand.cents;
  const out = result.groups.map(({ keys, first, totals }) => {
    const row: PublishedRow = { ...keys, [AMOUNT]: total(totals, query.unit).amount, share: grand === null || totals.cents === null ? null : percentOf(totals.cents, grand), count: totals.count };
    for (const key of query.group) if (NAME_COLUMNS[key]) row[NAME_COLUMNS[key].name] = keys[key] === null ? null : (first[NAME_COLUMNS[key].name] ?? null);
    return row;
  });
  const summed =
    `${result.grand.count} facts of ${metas.length} dataset${metas.length === 1 ? "" : "s"}` +
    (implicit ? ", direction=expenditure (the default; filter direction=revenue for revenue)" : "") +
    ": no fact is part of another, so the sum counts each amount once" +
    (mixes ? `; no grand total, since ${mixes}` : "") +
    "." +
    (!filtered.length && filters.some((f) => f.column.name === "table" || f.column.name === "measure")
      ? ` Facts are read from ${[...new Set(rows.map((f) => f.table))].join(" and ")} only (their table of origin); the other tables' figures are sums of facts (budget-lines.derived_by names the check).`
      : "");
  return { datasets: metas, columns: aggregateColumns(columns, query.group, AMOUNT, true), rows: out, grand: { cents: grand, count: result.grand.count }, summed };
}

/**
 * The rows an aggregate sums: with a family, its sums by year and kind (naming no dataset or
 * department, where the store has them) or per dataset; else the facts themselves. Rows of
 * sums carry __count, the number of facts they add.
 */
async function factRows(store: DataStore, metas: readonly DatasetHead[], across: boolean, family: SumFamily | undefined, byDataset: boolean): Promise<PublishedRow[]> {
  const rows: PublishedRow[] = [];
  if (family && !byDataset && store.factRollup) {
    const rollup = await store.factRollup(family);
    const years = new Set(metas.map((m) => `${m.year}\u0000${m.kind}`));
    for (const [year, kind, k, c, n] of rollup.groups) {
      if (years.has(`${year}\u0000${kind}`)) rows.push({ year, kind, ...sumAsRow(storedRow(rollup.keys, [k, c, n]), family.columns) });
    }
  } else if (family) {
    const sums = await factSumsOf(store, family, metas.map((m) => m.id), FACTS);
    for (const meta of metas) {
      for (const s of sums.get(meta.id) ?? []) rows.push({ dataset: meta.id, department: meta.department, year: meta.year, kind: meta.kind, ...sumAsRow(s, family.columns) });
    }
  } else {
    for (const meta of metas) {
      const facts = await requireTable(store, meta.id, FACTS);
      for (const f of facts.rows) rows.push(across ? { dataset: meta.id, department: meta.department, year: meta.year, kind: meta.kind, ...f } : f);
    }
  }
  return rows;
}

/** A filter on a column of budget-lines that the facts do not have: say why and what to ask instead. */
export function explainLineColumns(params: URLSearchParams, factColumns: readonly ColumnDef[], lineColumns: readonly string[]): void {
  const errors = [];
  for (const param of params.keys()) {
    if (param.startsWith("_") || param === "format" || param === "source") continue;
    const at = param.lastIndexOf("__");
    const name = at > 0 ? param.slice(0, at) : param;
    if (factColumns.some((c) => c.name === name) || !lineColumns.includes(name)) continue;
    errors.push({
      param,
      message: `'${name}' is a column of budget-lines, not of the facts that aggregate sums by default. The facts never overlap, so no ${name === "row_kind" ? "row_kind filter" : "such filter"} is needed: group or filter by ${factColumns.filter((c) => !["id", "source_file", "source_line", "amount"].includes(c.name)).map((c) => c.name).join(", ")}. For a raw sum over budget lines add source=budget-lines&_raw=1.`,
    });
  }
  if (errors.length) throw new ProblemError("invalid-query", `Not a column of the facts: ${errors.map((e) => e.param).join(", ")}.`, errors);
}
