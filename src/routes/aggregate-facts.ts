/** The facts aggregate as a response: parses the request, sums with query/aggregate-facts, renders the sums. */
import type { DatasetHead, DataStore } from "../data/store";
import { excelName } from "../http/headers";
import { splitExtension } from "../http/negotiate";
import { jsonPayload, respond } from "../http/respond";
import { FORMATS } from "../lib/media-types";
import { ProblemError } from "../lib/problem";
import { aggregateColumns, AMOUNT, total } from "../query/aggregate";
import { explainLineColumns, factColumns, sumFacts } from "../query/aggregate-facts";
import { projectRows, selectColumns } from "../query/apply";
import { sortRows } from "../query/sort";
import { unitLabel } from "../query/units";
import { RENDERERS } from "../render/registry";
import { columnViews } from "../render/view";
import { TABLES } from "../schema/tables";
import { AGGREGATE_EXTRA, AGGREGATE_PARAMS } from "../spec/params";
import { requireFormat, requireQuery } from "./common";

const FACTS = TABLES.facts.id;

export interface FactsRequest {
  request: Request;
  store: DataStore;
  /** The datasets in scope before the filters on dataset columns. */
  datasets: readonly DatasetHead[];
  /** Whether dataset/department/year are columns (the cross-dataset route). */
  across: boolean;
  groups: Readonly<Record<string, string>>;
  /** Version of the answer (a dataset's or the catalogue's). */
  version: string;
  /** Names of budget-lines columns, to explain a filter the facts do not have. */
  lineColumns: readonly string[];
}

export async function aggregateFacts(r: FactsRequest): Promise<Response> {
  const url = new URL(r.request.url);
  const { format: extension } = splitExtension(url.pathname.split("/").pop() ?? "");
  const columns = factColumns(r.across);
  explainLineColumns(url.searchParams, columns, r.lineColumns);
  const query = requireQuery(url.searchParams, {
    filterColumns: columns,
    outputColumns: (group) => aggregateColumns(columns, group, AMOUNT, true),
    reserved: AGGREGATE_PARAMS,
    extra: AGGREGATE_EXTRA,
    formats: FORMATS,
    groups: r.groups,
  });
  if (query.extra._raw !== undefined) {
    throw new ProblemError("invalid-query", "_raw applies to raw sums over budget lines only.", [{ param: "_raw", message: "Give source=budget-lines with _raw=1 for a raw sum over one table's item lines, or leave _raw out to sum the facts." }]);
  }
  const format = requireFormat(r.request, extension, query, FORMATS);
  const sum = await sumFacts({ store: r.store, datasets: r.datasets, across: r.across }, query);

  const ids = sum.datasets.map((m) => m.id);
  const selected = selectColumns(sum.columns, query.fields);
  const unit = unitLabel(query.unit, sum.datasets[0]?.unit.label ?? r.datasets[0]?.unit.label ?? "万元");
  const view = {
    dataset: ids.join(","),
    table: FACTS,
    title_zh: TABLES.facts.titleZh,
    note: sum.summed,
    version: r.version,
    columns: columnViews(selected, unit),
    rows: projectRows(sortRows(sum.rows, query.sort), selected),
    total: sum.rows.length,
    next: null,
  };
  return respond({
    request: r.request,
    version: r.version,
    format,
    render: () => {
      if (format === "json") return jsonPayload({ ...view, source: FACTS, datasets: ids, group_by: query.group, summed: sum.summed, grand_total: total(sum.grand, query.unit) });
      const rendered = RENDERERS[format](view, { csv: query.csv, columns: selected });
      const name = ids.length === 1 ? ids[0]! : "all";
      const download = rendered.attachment ? { ascii: excelName(`${name}-aggregate`, format, query.csv.excel), utf8: excelName(`${ids.length === 1 ? sum.datasets[0]!.title_zh : "全部数据集"}-汇总`, format, query.csv.excel), ext: format } : null;
      return { ...rendered, download };
    },
  });
}
