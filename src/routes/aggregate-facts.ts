/**
 * Sums over the facts of one or more datasets: the default of aggregate. The facts do not
 * overlap, so any group of them can be added; what would still count money twice (revenue
 * with expenditure, two years) is refused with a problem naming the parameter to change.
 */
import { excelName } from "../http/headers";
import type { DataStore } from "../data/store";
import { splitExtension } from "../http/negotiate";
import { ProblemError } from "../lib/problem";
import { jsonPayload, respond } from "../http/respond";
import { aggregate, aggregateColumns, NAME_COLUMNS, percentOf, type Totals } from "../query/aggregate";
import { projectRows, selectColumns } from "../query/apply";
import type { SumFamily } from "../data/stored-sums";
import { factSumsOf, familyFor, storedRow, sumAsRow } from "../query/fact-sums";
import { applyFilters } from "../query/filters";
import { factsOverlap, grandTotalMixes } from "../query/overlap";
import { sortRows } from "../query/sort";
import type { Filter } from "../query/types";
import type { Unit } from "../lib/money";
import { FORMATS } from "../lib/media-types";
import { convertRows, unitLabel } from "../query/units";
import { centsInUnit, wanToCents } from "../lib/money";
import { RENDERERS } from "../render/registry";
import { columnViews } from "../render/view";
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import type { CatalogEntry } from "../data/store";
import { TABLES } from "../schema/tables";
import { requireFormat, requireQuery, requireTable } from "./common";
import { AGGREGATE_EXTRA, AGGREGATE_PARAMS } from "../spec/params";

const AMOUNT = "amount";
const FACTS = TABLES.facts.id;

/** Columns of the datasets themselves, for sums across them. */
export const DATASET_COLUMNS: ColumnDef[] = [
  { name: "dataset", label: "数据集", type: "code", description: "Dataset id." },
  { name: "department", label: "部门", type: "string", description: "Department of the dataset." },
  { name: "year", label: "年度", type: "integer", description: "Year of the dataset." },
  { name: "kind", label: "类型", type: "string", enum: ["budget", "final-accounts"], description: "budget (预算) or final-accounts (决算): two accounts of the same money, never summed together." },
];

export interface FactsRequest {
  request: Request;
  store: DataStore;
  /** The datasets in scope before the filters on dataset columns. */
  datasets: readonly CatalogEntry[];
  /** Whether dataset/department/year are columns (the cross-dataset route). */
  across: boolean;
  groups: Readonly<Record<string, string>>;
  /** Version of the answer (a dataset's or the catalogue's). */
  version: string;
  /** Names of budget-lines columns, to explain a filter the facts do not have. */
  lineColumns: readonly string[];
}

export function total(t: Totals, unit: Unit) {
  return { amount: t.cents === null ? null : centsInUnit(t.cents, unit), count: t.count };
}

export const centsIn = (unit: Unit) => (row: PublishedRow) => {
  const v = row[AMOUNT];
  return typeof v !== "number" ? null : unit === "yuan" ? v / 100 : wanToCents(v);
};

export async function aggregateFacts(r: FactsRequest): Promise<Response> {
  const url = new URL(r.request.url);
  const { format: extension } = splitExtension(url.pathname.split("/").pop() ?? "");
  const factColumns = [...(r.across ? DATASET_COLUMNS : []), ...TABLES.facts.columns];
  explainLineColumns(url.searchParams, factColumns, r.lineColumns);
  const query = requireQuery(url.searchParams, {
    filterColumns: factColumns,
    outputColumns: (group) => aggregateColumns(factColumns, group, AMOUNT, true),
    reserved: AGGREGATE_PARAMS,
    extra: AGGREGATE_EXTRA,
    formats: FORMATS,
    groups: r.groups,
  });
  if (query.extra._raw !== undefined) {
    throw new ProblemError("invalid-query", "_raw applies to raw sums over budget lines only.", [{ param: "_raw", message: "Give source=budget-lines with _raw=1 for a raw sum over one table's item lines, or leave _raw out to sum the facts." }]);
  }
  const format = requireFormat(r.request, extension, query, FORMATS);

  // Filters on the dataset's own columns choose which datasets are read at all.
  const onDataset = query.filters.filter((f) => DATASET_COLUMNS.some((c) => c.name === f.column.name));
  const chosen = applyFilters(r.datasets.map((d) => ({ dataset: d.id, department: d.department, year: d.year, kind: d.kind, __meta: d.id })), onDataset);
  const kept = new Set(chosen.map((c) => c.__meta));
  const metas = r.datasets.filter((d) => kept.has(d.id));
  // Across datasets, a query within one family of dimensions reads that family's sums: one object, not every facts table.
  const named = [...query.filters.map((f) => f.column.name), ...query.group];
  const family = r.across ? familyFor(named.filter((c) => !DATASET_COLUMNS.some((d) => d.name === c))) : undefined;
  const rows = await factRows(r.store, metas, r.across, family, named.some((c) => c === "dataset" || c === "department"));

  const implicit = !query.filters.some((f) => f.column.name === "direction") && !query.group.includes("direction");
  const direction: Filter = { param: "direction", column: factColumns.find((c) => c.name === "direction")!, op: "exact", value: "expenditure" };
  const filters = [...query.filters.filter((f) => !onDataset.includes(f)), ...(implicit ? [direction] : [])];
  const filtered = applyFilters(convertRows(rows, factColumns, query.unit), filters);
  const overlap = factsOverlap(filtered, query.group);
  if (overlap.length) throw new ProblemError("overlapping-sum", `This sum would count money twice: ${overlap.map((e) => e.param).join(", ")}.`, overlap);

  const result = aggregate(filtered, query.group, centsIn(query.unit), (row) => (typeof row.__count === "number" ? row.__count : 1));
  const mixes = grandTotalMixes(filtered);
  const grand = mixes ? null : result.grand.cents;
  const columns = aggregateColumns(factColumns, query.group, AMOUNT, true);
  const out = result.groups.map(({ keys, first, totals }) => {
    const row: PublishedRow = { ...keys, [AMOUNT]: total(totals, query.unit).amount, share: grand === null || totals.cents === null ? null : percentOf(totals.cents, grand), count: totals.count };
    for (const key of query.group) if (NAME_COLUMNS[key]) row[NAME_COLUMNS[key].name] = keys[key] === null ? null : (first[NAME_COLUMNS[key].name] ?? null);
    return row;
  });
  const ids = metas.map((m) => m.id);
  const summed =
    `${result.grand.count} facts of ${ids.length} dataset${ids.length === 1 ? "" : "s"}` +
    (implicit ? ", direction=expenditure (the default; filter direction=revenue for revenue)" : "") +
    ": no fact is part of another, so the sum counts each amount once" +
    (mixes ? `; no grand total, since ${mixes}` : "") +
    "." +
    (!filtered.length && filters.some((f) => f.column.name === "table" || f.column.name === "measure")
      ? ` Facts are read from ${[...new Set(rows.map((f) => f.table))].join(" and ")} only (their table of origin); the other tables' figures are sums of facts (budget-lines.derived_by names the check).`
      : "");
  const selected = selectColumns(columns, query.fields);
  const unit = unitLabel(query.unit, metas[0]?.unit.label ?? r.datasets[0]?.unit.label ?? "万元");
  const view = {
    dataset: ids.join(","),
    table: FACTS,
    title_zh: TABLES.facts.titleZh,
    note: summed,
    version: r.version,
    columns: columnViews(selected, unit),
    rows: projectRows(sortRows(out, query.sort), selected),
    total: out.length,
    next: null,
  };
  return respond({
    request: r.request,
    version: r.version,
    format,
    render: () => {
      if (format === "json") {
        return jsonPayload({ ...view, source: FACTS, datasets: ids, group_by: query.group, summed, grand_total: { amount: grand === null ? null : centsInUnit(grand, query.unit), count: result.grand.count } });
      }
      const rendered = RENDERERS[format](view, { csv: query.csv, columns: selected });
      const name = ids.length === 1 ? ids[0]! : "all";
      const download = rendered.attachment ? { ascii: excelName(`${name}-aggregate`, format, query.csv.excel), utf8: excelName(`${ids.length === 1 ? metas[0]!.title_zh : "全部数据集"}-汇总`, format, query.csv.excel), ext: format } : null;
      return { ...rendered, download };
    },
  });
}

/**
 * The rows an aggregate sums: with a family, its sums by year and kind (naming no dataset or
 * department, where the store has them) or per dataset; else the facts themselves. Rows of
 * sums carry __count, the number of facts they add.
 */
async function factRows(store: DataStore, metas: readonly CatalogEntry[], across: boolean, family: SumFamily | undefined, byDataset: boolean): Promise<PublishedRow[]> {
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
function explainLineColumns(params: URLSearchParams, factColumns: readonly ColumnDef[], lineColumns: readonly string[]): void {
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
