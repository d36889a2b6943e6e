/** GET /v1/datasets/{dataset}/tables/{table}/rows/{id}: one row, its provenance and corrections. */
import { jsonPayload, respond } from "../http/respond";
import { ProblemError } from "../lib/problem";
import { projectRows, selectColumns } from "../query/apply";
import { didYouMean } from "../lib/suggest";
import { convertRows, unitLabel } from "../query/units";
import { columnViews } from "../render/view";
import { requireDataset, requireTable } from "../data/require";
import { type ApiRoute, JSON_ONLY } from "./route";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { API_PATHS, honoPath, urls } from "../spec/links";
import { ROW_PARAMS } from "../spec/params";

export async function tableRow(c: AppContext): Promise<Response> {
  const table = await requireTable(c.var.store, c.req.param("dataset") ?? "", c.req.param("table") ?? "");
  const { dataset, meta } = table;
  const id = c.req.param("id") ?? "";
  const row = table.row(id);
  if (!row) {
    const hint = table.rows.length <= 1000 ? didYouMean(id, table.rows.map((r) => String(r.id))) : "";
    throw new ProblemError("not-found", `No row '${id}' in table '${meta.id}' of dataset '${dataset.id}'.${hint}`);
  }
  const url = c.var.url;
  const { query, format } = negotiated(c, { outputColumns: () => table.columns });
  const links = urls(url.origin);
  // The corrections come with the dataset record, not the catalogue's entry.
  const { meta: full } = await requireDataset(c.var.store, dataset.id);

  return respond({
    request: c.req.raw,
    version: dataset.version,
    format,
    render: () => {
      const columns = selectColumns(table.columns, query.fields);
      const [converted] = convertRows([row], table.columns, query.unit);
      const corrections = full.corrections.filter((k) => k.file === row.source_file && k.line === row.source_line);
      return jsonPayload({
        dataset: dataset.id,
        table: meta.id,
        id,
        version: dataset.version,
        columns: columnViews(columns, unitLabel(query.unit, dataset.unit.label)),
        row: projectRows([converted], columns)[0],
        provenance: {
          source_file: row.source_file ?? null,
          source_line: row.source_line ?? null,
          source_sha256: row.source_file === dataset.source.file ? dataset.source.sha256 : null,
          source_url: row.source_file === dataset.source.file ? dataset.source.url : null,
        },
        corrections,
        links: { self: links.row(dataset.id, meta.id, id), table: links.table(dataset.id, meta.id), dataset: links.dataset(dataset.id) },
      });
    },
  });
}

export const rowRoute = { name: "row", path: honoPath(API_PATHS.row), template: API_PATHS.row, summary: "One row (a permalink) with its provenance and the corrections applied to it.", formats: JSON_ONLY, params: ROW_PARAMS, filters: false, response: "rowSchema", handler: tableRow } satisfies ApiRoute;
