/** GET /v1/datasets/{dataset}/aggregate[.json|.csv|.ndjson]: sums over the budget lines, grouped and filtered. */
import type { PublishedRow } from "../schema/bundle";
import { TABLES } from "../schema/tables";
import { splitExtension } from "../http/negotiate";
import { jsonPayload, respond } from "../http/respond";
import { aggregate, aggregateColumns, GROUP_CHOICES, nameColumnOf, type Totals } from "../query/aggregate";
import { projectRows, selectColumns } from "../query/apply";
import { applyFilters } from "../query/filters";
import { sortRows } from "../query/sort";
import { FORMATS, type Unit } from "../query/types";
import { convertRows, fromCents, toCents, unitLabel } from "../query/units";
import { RENDERERS } from "../render/registry";
import { tableView } from "../render/view";
import { requireFormat, requireQuery, requireTable } from "./common";
import type { AppContext } from "./context";
import { AGGREGATE_PARAMS } from "./params";

const AMOUNT = "amount";

function total(t: Totals, unit: Unit) {
  return { amount: t.cents === null ? null : fromCents(t.cents, unit), count: t.count };
}

export async function aggregateLines(c: AppContext): Promise<Response> {
  const { format: extension } = splitExtension(c.req.param("resource") ?? "");
  const store = c.var.store;
  const lines = await requireTable(store, c.req.param("dataset") ?? "", TABLES.budgetLines.id);
  const { dataset, meta } = lines;
  const url = new URL(c.req.url);
  const query = requireQuery(url.searchParams, {
    filterColumns: lines.columns,
    outputColumns: (group) => aggregateColumns(lines.columns, group, AMOUNT),
    reserved: AGGREGATE_PARAMS,
    formats: FORMATS,
    groups: GROUP_CHOICES,
  });
  const format = requireFormat(c.req.raw, extension, query, FORMATS);

  return respond({
    request: c.req.raw,
    version: dataset.version,
    format,
    render: async () => {
      const classifications = await store.getTable(dataset.id, TABLES.classifications.id);
      const names = new Map((classifications?.rows ?? []).map((r) => [String(r.code), r.name ?? r.name_in_document ?? null]));
      const filtered = applyFilters(convertRows(lines.rows, lines.columns, query.unit), query.filters);
      const centsOf = (row: PublishedRow) => {
        const v = row[AMOUNT];
        return typeof v !== "number" ? null : query.unit === "yuan" ? v / 100 : toCents(v);
      };
      const result = aggregate(filtered, query.group, centsOf);
      const columns = aggregateColumns(lines.columns, query.group, AMOUNT);
      const rows = result.groups.map(({ keys, totals }) => {
        const row: PublishedRow = { ...keys, [AMOUNT]: total(totals, query.unit).amount, count: totals.count };
        for (const key of query.group) {
          const nameColumn = nameColumnOf(key);
          if (nameColumn) row[nameColumn] = keys[key] === null ? null : (names.get(String(keys[key])) ?? null);
        }
        return row;
      });
      const selected = selectColumns(columns, query.fields);
      const view = tableView(dataset, meta, selected, unitLabel(query.unit, dataset.unit.label), { rows: projectRows(sortRows(rows, query.sort), selected), total: rows.length, next: null });
      if (format === "json") return jsonPayload({ ...view, group_by: query.group, grand_total: total(result.grand, query.unit) });
      const rendered = RENDERERS[format](view, query.csv);
      const download = rendered.attachment ? { ascii: `${dataset.id}-aggregate`, utf8: `${dataset.title_zh}-汇总`, ext: format } : null;
      return { ...rendered, download };
    },
  });
}
