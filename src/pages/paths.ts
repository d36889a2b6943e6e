/**
 * Paths of the HTML pages (relative to the origin, so a page works behind any host name),
 * in the language of the page being rendered (/en/… for English; see lang.ts).
 */
import { API_PATHS, fill, urls } from "../spec/links";
import { inLang, useLang } from "./lang";

const enc = encodeURIComponent;
const local = (path: string) => inLang(path, useLang());

/** The pages' paths (before the language prefix), by page: pagePaths builds links from them, mount.ts routes them. */
export const PAGE_PATHS = {
  home: "/",
  datasets: "/datasets",
  glossary: "/glossary",
  search: "/search",
  dataset: "/datasets/{dataset}",
  checks: "/datasets/{dataset}/checks",
  source: "/datasets/{dataset}/source",
  project: "/datasets/{dataset}/projects/{project}",
  table: "/datasets/{dataset}/tables/{table}",
} as const;

export const pagePaths = {
  get home() {
    return local(PAGE_PATHS.home);
  },
  dataset: (d: string) => local(fill(PAGE_PATHS.dataset, d)),
  checks: (d: string) => local(fill(PAGE_PATHS.checks, d)),
  source: (d: string, line?: number) => local(fill(PAGE_PATHS.source, d)) + (line ? `#L${line}` : ""),
  project: (d: string, p: string) => local(fill(PAGE_PATHS.project, d, p)),
  table: (d: string, t: string) => local(fill(PAGE_PATHS.table, d, t)),
  get datasets() {
    return local(PAGE_PATHS.datasets);
  },
  get search() {
    return local(PAGE_PATHS.search);
  },
  glossary: (anchor?: string) => local(`${PAGE_PATHS.glossary}${anchor ? `#${enc(anchor)}` : ""}`),
  docs: "/docs",
  openapi: API_PATHS.openapi,
  api: API_PATHS.index,
};

/** Paths of the API resources a page links to. */
export const apiPaths = urls("");

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
