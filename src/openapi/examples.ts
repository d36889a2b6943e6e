/**
 * Plans the documented example requests from what the data store holds right now: the real
 * dataset ids, table ids, row ids and a search word taken from the data. Nothing about a
 * particular dataset is written here.
 */
import type { DataStore } from "../data/store";
import { PROBLEMS } from "../lib/problem";
import type { ColumnDef } from "../schema/columns";
import { TABLES } from "../schema/tables";
import { SEARCH_TABLES } from "../schema/search-scope";
import type { RouteSpec } from "../spec/route-spec";
import type { ExampleRequest } from "./types";

type Params = ExampleRequest["params"];
type Planned = Omit<ExampleRequest, "response">;

/** What the examples are made of. */
export interface ExampleIds {
  datasets: string[];
  /** Tables of the first dataset, in published order. */
  tables: { id: string; title: string; rowCount: number; firstRow: string | null; columns: readonly ColumnDef[]; amountMedian: number | null }[];
  /** A word that search finds (the start of the first title in the searched tables). */
  searchTerm: string | null;
}

const PAGE = 2;

/** Reads the ids the examples use from the store. */
export async function exampleIds(store: DataStore): Promise<ExampleIds> {
  const catalog = await store.getCatalog();
  const first = catalog.datasets[0];
  const tables: ExampleIds["tables"] = [];
  let searchTerm: string | null = null;
  if (first) {
    for (const id of Object.keys(first.row_counts)) {
      const data = await store.getTable(first.id, id);
      const row = data?.rows[0];
      const columns = data?.columns ?? [];
      const amount = columns.find((c) => c.type === "amount");
      const amountMedian = amount ? median((data?.rows ?? []).map((r) => r[amount.name])) : null;
      tables.push({ id, title: data?.meta.title_zh ?? id, rowCount: data?.rows.length ?? 0, firstRow: row?.id == null ? null : String(row.id), columns, amountMedian });
    }
    for (const scope of SEARCH_TABLES) {
      const title = (await store.getTable(first.id, scope.table))?.rows.find((r) => typeof r[scope.title] === "string")?.[scope.title];
      // Two characters of a real title: a CJK word that search is sure to find.
      if (typeof title === "string" && title.trim()) {
        searchTerm = Array.from(title.trim()).slice(0, 2).join("");
        break;
      }
    }
  }
  return { datasets: catalog.datasets.map((d) => d.id), tables, searchTerm };
}

/** The middle value of a column, so that a filter on it keeps about half of the rows. */
function median(values: readonly unknown[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
  return numbers.length ? numbers[Math.floor(numbers.length / 2)] : null;
}

/** A filtered, sorted, projected example on the largest table with an id, a name and an amount column. */
function filteredTable(ids: ExampleIds, dataset: string): Planned | null {
  const candidates = ids.tables
    .filter((t) => t.amountMedian !== null && t.columns.some((c) => c.name === "id") && t.columns.some((c) => c.name === "name"))
    .sort((a, b) => b.rowCount - a.rowCount);
  const t = candidates[0];
  if (!t) return null;
  const amount = t.columns.find((c) => c.type === "amount")!;
  return {
    name: `${t.id}-filtered`,
    summary: `${t.title}: ${amount.name} ≥ ${t.amountMedian}, largest first, three columns`,
    params: { dataset, table: t.id, filters: { [`${amount.name}__gte`]: String(t.amountMedian) }, _sort: [`-${amount.name}`, "id"], _fields: ["id", "name", amount.name], _size: PAGE },
  };
}

/**
 * Sums that answer a figure printed in every disclosure of the template (a test names the
 * figure each one equals): template words only, no dataset's numbers.
 */
export const AGGREGATE_EXAMPLES: Planned[] = [
  { name: "by-class", summary: "Expenditure facts summed by 类, largest first, with each 类's share of the total", params: { _group: ["class_code"], _sort: ["-amount"] } },
  { name: "general-budget-by-class", summary: "The general public budget (一般公共预算) by 类", params: { _group: ["类"], filters: { fund: "general_budget" } } },
  { name: "drilldown", summary: "类 → 款 → 项, each level with its official name", params: { _group: ["类", "款", "项"] } },
  { name: "by-kind", summary: "基本支出 / 项目支出 and each kind of spending", params: { _group: ["spending", "economic_kind"] } },
  { name: "revenue", summary: "Revenue by source", params: { _group: ["revenue_source"], filters: { direction: "revenue" } } },
  { name: "raw-lines", summary: "A raw sum over budget lines, asked for explicitly: 一般公共预算支出情况表's 项 rows, column 总计, by 类", params: { _group: ["class_code"], source: "budget-lines", _raw: "1", filters: { table: TABLES.generalBudgetExpenditure.id, measure: "total", row_kind: "item" } } },
];

/** Sums over every dataset. */
export const CROSS_EXAMPLES: Planned[] = [
  { name: "by-department-and-year", summary: "Expenditure by dataset's department and year", params: { _group: ["year", "department"] } },
  { name: "class-by-year", summary: "Each 类 by year, over all departments", params: { _group: ["year", "class_code"] } },
];

/** The example requests of one route. */
function plan(route: RouteSpec, ids: ExampleIds): Planned[] {
  const dataset = ids.datasets[0];
  const withRows = ids.tables.filter((t) => t.firstRow !== null);
  const table = withRows[0] ?? ids.tables[0];
  const perDataset = (): Planned[] => ids.datasets.map((d) => ({ name: d, summary: `Dataset ${d}`, params: { dataset: d } }));
  if (!dataset && route.template.includes("{dataset}")) return [];
  switch (route.name) {
    case "dataset":
    case "tables":
    case "checks":
      return perDataset();
    case "table": {
      const out: Planned[] = ids.tables.map((t) => ({ name: t.id, summary: `${t.title} (${t.id}), first ${PAGE} rows`, params: { dataset, table: t.id, _size: PAGE } }));
      const filtered = filteredTable(ids, dataset);
      if (filtered) out.push(filtered);
      if (table) {
        out.push({ name: `${table.id}-csv`, summary: `${table.title} as CSV with Chinese headers, first ${PAGE} rows`, params: { dataset, table: table.id, format: "csv", _header: "labels", _bom: "0", _size: PAGE } });
        out.push({ name: `${table.id}-ndjson`, summary: `${table.title} as NDJSON, first ${PAGE} rows`, params: { dataset, table: table.id, format: "ndjson", _size: PAGE } });
      }
      return out;
    }
    case "row":
      return withRows.map((t) => ({ name: t.id, summary: `The first row of ${t.title} (${t.id})`, params: { dataset, table: t.id, id: t.firstRow! } }));
    case "aggregate":
      return AGGREGATE_EXAMPLES.map((e) => ({ ...e, params: { dataset, ...e.params } }));
    case "aggregate-all":
      return CROSS_EXAMPLES;
    case "search":
      return ids.searchTerm ? [{ name: "word", summary: `Rows containing ${ids.searchTerm}`, params: { q: ids.searchTerm, _size: PAGE } }] : [];
    case "problem":
      return Object.keys(PROBLEMS).map((slug) => ({ name: slug, summary: `The problem type ${slug}`, params: { type: slug } }));
    default: {
      // A route this file does not know yet: one example per dataset, or the first ids of everything.
      const names = [...route.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      if (names.length === 1 && names[0] === "dataset") return perDataset();
      const values: Record<string, string | undefined> = { dataset, table: table?.id, id: withRows[0]?.firstRow ?? undefined, type: Object.keys(PROBLEMS)[0] };
      if (names.some((n) => values[n] === undefined)) return [];
      return [{ name: "default", summary: route.summary, params: Object.fromEntries(names.map((n) => [n, values[n]!])) }];
    }
  }
}

/** Example requests by route name. */
export function planExamples(routes: readonly RouteSpec[], ids: ExampleIds): Record<string, Planned[]> {
  return Object.fromEntries(routes.map((r) => [r.name, plan(r, ids)]));
}
