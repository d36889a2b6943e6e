/**
 * The one spelling of every URL the site serves: the API's paths (OpenAPI template form, from
 * which the routes take their Hono patterns) and the builder of their URLs, absolute from a
 * request's origin (responses, the data package) or relative with origin "" (the pages' links,
 * the workbook's note).
 */

/** The API's paths, by route name. */
export const API_PATHS = {
  index: "/v1",
  datasets: "/v1/datasets",
  dataset: "/v1/datasets/{dataset}",
  tables: "/v1/datasets/{dataset}/tables",
  table: "/v1/datasets/{dataset}/tables/{table}",
  source: "/v1/datasets/{dataset}/source",
  row: "/v1/datasets/{dataset}/tables/{table}/rows/{id}",
  datapackage: "/v1/datasets/{dataset}/datapackage.json",
  download: "/v1/datasets/{dataset}/download.zip",
  "download-xlsx": "/v1/datasets/{dataset}/download.xlsx",
  checks: "/v1/datasets/{dataset}/checks",
  aggregate: "/v1/datasets/{dataset}/aggregate",
  "aggregate-all": "/v1/aggregate",
  search: "/v1/search",
  problems: "/v1/problems",
  problem: "/v1/problems/{type}",
  openapi: "/openapi.json",
} as const;

/** A path template with its {parameters} filled in order, each percent-encoded. */
export function fill(template: string, ...values: readonly string[]): string {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++] ?? ""));
}

/** The Hono pattern of a path template: `{dataset}` → `:dataset`. */
export function honoPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}

export function urls(origin: string) {
  const at = (template: string, ...values: readonly string[]) => origin + fill(template, ...values);
  return {
    index: at(API_PATHS.index),
    datasets: at(API_PATHS.datasets),
    search: at(API_PATHS.search),
    problems: at(API_PATHS.problems),
    dataset: (d: string) => at(API_PATHS.dataset, d),
    tables: (d: string) => at(API_PATHS.tables, d),
    table: (d: string, t: string, ext = "") => at(API_PATHS.table, d, t) + ext,
    row: (d: string, t: string, id: string) => at(API_PATHS.row, d, t, id),
    checks: (d: string) => at(API_PATHS.checks, d),
    aggregate: (d: string) => at(API_PATHS.aggregate, d),
    datapackage: (d: string) => at(API_PATHS.datapackage, d),
    workbook: (d: string) => at(API_PATHS["download-xlsx"], d),
    zip: (d: string) => at(API_PATHS.download, d),
  };
}
