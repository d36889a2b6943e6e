/**
 * Paths of the HTML pages (relative to the origin, so a page works behind any host name),
 * in the language of the page being rendered (/en/… for English; see lang.ts).
 */
import { urls } from "../spec/links";
import { inLang, useLang } from "./lang";

const enc = encodeURIComponent;
const local = (path: string) => inLang(path, useLang());

export const pagePaths = {
  get home() {
    return local("/");
  },
  dataset: (d: string) => local(`/datasets/${enc(d)}`),
  checks: (d: string) => local(`/datasets/${enc(d)}/checks`),
  source: (d: string, line?: number) => local(`/datasets/${enc(d)}/source`) + (line ? `#L${line}` : ""),
  project: (d: string, p: string) => local(`/datasets/${enc(d)}/projects/${enc(p)}`),
  table: (d: string, t: string) => local(`/datasets/${enc(d)}/tables/${enc(t)}`),
  get datasets() {
    return local("/datasets");
  },
  get search() {
    return local("/search");
  },
  glossary: (anchor?: string) => local(`/glossary${anchor ? `#${enc(anchor)}` : ""}`),
  docs: "/docs",
  openapi: "/openapi.json",
  api: "/v1",
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
