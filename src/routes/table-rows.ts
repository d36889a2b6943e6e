/** GET /v1/datasets/{dataset}/tables/{table}[.json|.csv|.ndjson|.xlsx]: the rows of a table. */
import { respond } from "../http/respond";
import { excelName, withParam } from "../http/headers";
import { splitExtension } from "../http/negotiate";
import { runQuery } from "../query/apply";
import { encodeCursor, queryKey } from "../query/cursor";
import { FORMATS } from "../lib/media-types";
import { unitLabel } from "../query/units";
import { RENDERERS } from "../render/registry";
import { tableView } from "../render/view";
import { requireTable } from "../data/require";
import { resolvePage } from "./common";
import type { ApiRoute } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { TABLE_PARAMS } from "../spec/params";

export async function tableRows(c: AppContext): Promise<Response> {
  const { base, format: extension } = splitExtension(c.req.param("table") ?? "");
  const table = await requireTable(c.var.store, c.req.param("dataset") ?? "", base);
  const { dataset, meta } = table;
  const url = c.var.url;
  const { query, format } = negotiated(c, { filterColumns: table.columns }, extension);
  const key = queryKey(`${dataset.id}/${meta.id}`, url.searchParams);
  const page = resolvePage(query, format, dataset.version, key);

  return respond({
    request: c.req.raw,
    version: dataset.version,
    format,
    render: () => {
      const result = runQuery(table.rows, table.columns, query, page);
      const next = result.nextOffset === null ? null : withParam(url, "_next", encodeCursor({ version: dataset.version, offset: result.nextOffset, key }));
      const view = tableView(dataset, meta, result.columns, unitLabel(query.unit, dataset.unit.label), { rows: result.rows, total: result.total, next });
      const rendered = RENDERERS[format](view, { csv: query.csv, columns: result.columns });
      const download = rendered.attachment ? { ascii: excelName(`${dataset.id}-${meta.id}`, format, query.csv.excel), utf8: excelName(`${dataset.title_zh}-${meta.title_zh}`, format, query.csv.excel), ext: format } : null;
      return { ...rendered, download, next };
    },
  });
}

export const tableRoute = { name: "table", path: honoPath(API_PATHS.table), template: API_PATHS.table, summary: "Rows of a table (add .json, .csv, .ndjson or .xlsx), filtered, sorted and paged.", formats: FORMATS, params: TABLE_PARAMS, filters: true, response: "tableRowsSchema", handler: tableRows } satisfies ApiRoute;

export const sourceRoute = { name: "source", path: "/v1/datasets/:dataset/:table{source(?:\\.(?:json|csv|ndjson|xlsx))?}", template: API_PATHS.source, summary: "The source document line by line (the table source, add .json, .csv, .ndjson or .xlsx): each line's number, its role (title, header, data row, field, indicator, blank …), the table and rows it became, the corrections applied to it, and its text. Filtered, sorted and paged like any table.", formats: FORMATS, params: TABLE_PARAMS, filters: true, response: "tableRowsSchema", handler: tableRows } satisfies ApiRoute;
