/**
 * GET /v1/datasets/{dataset}/aggregate[.json|.csv|.ndjson|.xlsx]: sums over the dataset's facts
 * (aggregate-facts.ts), or, with source=budget-lines&_raw=1, a raw sum over budget lines
 * that refuses lines overlapping each other.
 */
import { excelName } from "../http/headers";
import type { PublishedRow } from "../schema/bundle";
import { TABLES } from "../schema/tables";
import { splitExtension } from "../http/negotiate";
import { ProblemError } from "../lib/problem";
import { jsonPayload, respond } from "../http/respond";
import { aggregate, aggregateColumns, AMOUNT, centsIn, FACT_GROUPS, RAW_GROUPS, total } from "../query/aggregate";
import { projectRows, selectColumns } from "../query/apply";
import { applyFilters } from "../query/filters";
import { linesOverlap } from "../query/overlap";
import { sortRows } from "../query/sort";
import { FORMATS } from "../lib/media-types";
import { convertRows, unitLabel } from "../query/units";
import { RENDERERS } from "../render/registry";
import { tableView } from "../render/view";
import { aggregateFacts } from "./aggregate-facts";
import { requireDataset, requireTable } from "../data/require";
import { requireFormat, requireQuery } from "./common";
import type { ApiRoute } from "./route";
import { API_PATHS } from "../spec/links";
import type { AppContext } from "./context";
import { AGGREGATE_EXTRA, AGGREGATE_PARAMS } from "../spec/params";

const LINE_COLUMNS = TABLES.budgetLines.columns.map((c) => c.name);
const SOURCES = ["facts", "budget-lines"];

export async function aggregateDataset(c: AppContext): Promise<Response> {
  const store = c.var.store;
  const id = c.req.param("dataset") ?? "";
  const source = c.var.url.searchParams.get("source") ?? "facts";
  if (!SOURCES.includes(source)) {
    throw new ProblemError("invalid-query", `Unknown source '${source}'.`, [{ param: "source", message: `source takes facts (the default: amounts none of which is part of another) or budget-lines (with _raw=1), not '${source}'.` }]);
  }
  if (source === "budget-lines") return rawLines(c);
  const { meta } = await requireDataset(store, id);
  return aggregateFacts({ request: c.req.raw, store, datasets: [meta], across: false, groups: FACT_GROUPS, version: meta.version, lineColumns: LINE_COLUMNS });
}

/** Raw sums over budget lines: only when asked for (_raw=1), and only over lines that do not overlap. */
async function rawLines(c: AppContext): Promise<Response> {
  const { format: extension } = splitExtension(c.req.param("resource") ?? "");
  const store = c.var.store;
  const lines = await requireTable(store, c.req.param("dataset") ?? "", TABLES.budgetLines.id);
  const { dataset, meta } = lines;
  const url = c.var.url;
  const query = requireQuery(url.searchParams, {
    filterColumns: lines.columns,
    outputColumns: (group) => aggregateColumns(lines.columns, group, AMOUNT, false),
    reserved: AGGREGATE_PARAMS,
    extra: AGGREGATE_EXTRA,
    formats: FORMATS,
    groups: RAW_GROUPS,
  });
  if (query.extra._raw !== "1") {
    throw new ProblemError("overlapping-sum", "budget-lines holds every printed amount: totals, subtotals, 其中 parts, and the same figure in several tables. Summed as they are they count money many times over.", [
      { param: "_raw", message: "Add _raw=1 to sum budget lines anyway: the sum is then allowed only over item lines of one table and one measure that do not overlap. Or drop source=budget-lines to sum the facts, which never overlap." },
    ]);
  }
  const format = requireFormat(c.req.raw, extension, query, FORMATS);
  const filtered = applyFilters(convertRows(lines.rows, lines.columns, query.unit), query.filters);
  const overlap = linesOverlap(filtered, lines.rows);
  if (overlap.length) throw new ProblemError("overlapping-sum", `These budget lines overlap: ${overlap.map((e) => e.param).join(", ")}.`, overlap);

  const classifications = await store.getTable(dataset.id, TABLES.classifications.id);
  const names = new Map((classifications?.rows ?? []).map((r) => [String(r.code), r.name ?? r.name_in_document ?? null]));
  const result = aggregate(filtered, query.group, centsIn(query.unit));
  const columns = aggregateColumns(lines.columns, query.group, AMOUNT, false);
  const nameOf: Record<string, string> = { class_code: "class_name", section_code: "section_name", code: "code_name" };
  const rows = result.groups.map(({ keys, totals }) => {
    const row: PublishedRow = { ...keys, [AMOUNT]: total(totals, query.unit).amount, count: totals.count };
    for (const key of query.group) if (nameOf[key]) row[nameOf[key]] = keys[key] === null ? null : (names.get(String(keys[key])) ?? null);
    return row;
  });
  const first = filtered[0];
  const summed = first
    ? `${filtered.length} budget lines of ${first.table}, measure ${first.measure} (${first.measure_label}), none a total, copy or 其中 part of another of them (a raw sum: source=budget-lines&_raw=1).`
    : "No budget line matches the filters.";
  const selected = selectColumns(columns, query.fields);
  const view = tableView(dataset, { ...meta, note: summed }, selected, unitLabel(query.unit, dataset.unit.label), { rows: projectRows(sortRows(rows, query.sort), selected), total: rows.length, next: null });
  return respond({
    request: c.req.raw,
    version: dataset.version,
    format,
    render: () => {
      if (format === "json") return jsonPayload({ ...view, source: TABLES.budgetLines.id, datasets: [dataset.id], group_by: query.group, summed, grand_total: total(result.grand, query.unit) });
      const rendered = RENDERERS[format](view, { csv: query.csv, columns: selected });
      const download = rendered.attachment ? { ascii: excelName(`${dataset.id}-aggregate`, format, query.csv.excel), utf8: excelName(`${dataset.title_zh}-汇总`, format, query.csv.excel), ext: format } : null;
      return { ...rendered, download };
    },
  });
}

export const aggregateRoute = { name: "aggregate", path: "/v1/datasets/:dataset/:resource{aggregate(?:\\.(?:json|csv|ndjson|xlsx))?}", template: API_PATHS.aggregate, summary: "Exact sums of the dataset's facts (amounts none of which is part of another) grouped by any dimension: 类/款/项 with names, basic/project, kind of spending, fund, direction; each group with its share of the total. Sums that would count money twice are a 400. source=budget-lines&_raw=1 sums budget lines of one table and measure, refusing overlapping ones.", formats: FORMATS, params: [...AGGREGATE_PARAMS, ...AGGREGATE_EXTRA], filters: true, response: "aggregateSchema", handler: aggregateDataset } satisfies ApiRoute;
