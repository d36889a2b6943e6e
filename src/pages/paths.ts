/** Paths of the HTML pages (relative to the origin, so a page works behind any host name). */

const enc = encodeURIComponent;

export const pagePaths = {
  home: "/",
  dataset: (d: string) => `/datasets/${enc(d)}`,
  checks: (d: string) => `/datasets/${enc(d)}/checks`,
  source: (d: string, line?: number) => `/datasets/${enc(d)}/source${line ? `#L${line}` : ""}`,
  project: (d: string, p: string) => `/datasets/${enc(d)}/projects/${enc(p)}`,
  table: (d: string, t: string) => `/datasets/${enc(d)}/tables/${enc(t)}`,
  datasets: "/datasets",
  search: "/search",
  glossary: (anchor?: string) => `/glossary${anchor ? `#${enc(anchor)}` : ""}`,
  docs: "/docs",
  openapi: "/openapi.json",
  api: "/v1",
};

/** Paths of the API resources a page links to. */
export const apiPaths = {
  dataset: (d: string) => `/v1/datasets/${enc(d)}`,
  checks: (d: string) => `/v1/datasets/${enc(d)}/checks`,
  datapackage: (d: string) => `/v1/datasets/${enc(d)}/datapackage.json`,
  table: (d: string, t: string, suffix = "") => `/v1/datasets/${enc(d)}/tables/${enc(t)}${suffix}`,
  row: (d: string, t: string, id: string) => `/v1/datasets/${enc(d)}/tables/${enc(t)}/rows/${enc(id)}`,
};

/** The downloads of a table: XLSX, Excel-ready CSV (Chinese headers and values, codes as text), plain CSV (exact, with a BOM), JSON. */
export function downloads(d: string, t: string, filter = "") {
  const amp = filter ? `&${filter}` : "";
  const q = filter ? `?${filter}` : "";
  return {
    xlsx: apiPaths.table(d, t, `.xlsx${q}`),
    excel: apiPaths.table(d, t, `.csv?_excel=1${amp}`),
    csv: apiPaths.table(d, t, `.csv${q}`),
    json: apiPaths.table(d, t, `.json${q}`),
  };
}
