/**
 * GET /docs: the API reference as one self-contained HTML page, rendered from /openapi.json
 * once per document (not per origin); the request's origin is written into its commands by
 * a string substitution, so each command can be pasted as it is.
 */
import { conditionalResponse, etagOf } from "../http/etag";
import { htmlSecurityHeaders } from "../http/security-headers";
import { requireQuery } from "./common";
import type { AppContext } from "./context";
import type { PageSpec } from "../openapi/document";
import { EXAMPLE_ORIGIN, OPENAPI_PATH } from "../openapi/path";
import { escapeHtml } from "../docs/markup";
import { renderDocs } from "../docs/render";
import { docsStyleHash } from "../docs/style";

export const DOCS_PAGE: PageSpec = {
  name: "docs",
  path: "/docs",
  summary: "This reference as a web page (接口文档), rendered from /openapi.json.",
  mediaType: "text/html",
};

const HTML = "text/html; charset=utf-8";


// The page of the last document rendered: it changes only with the document (its hash).
let rendered: { hash: string; html: string } | null = null;

export async function docsPage(c: AppContext): Promise<Response> {
  requireQuery(c.var.url.searchParams, { reserved: [], formats: [] });
  const served = await c.var.documents(c.var.store);
  const headers = new Headers({ ...htmlSecurityHeaders({ styleSrc: await docsStyleHash(), formAction: "'none'", isolated: false }), "X-Dataset-Version": served.dataVersion });
  return conditionalResponse(c.req.raw, await etagOf(c.req.raw, ["docs", served.hash]), headers, () => {
    if (rendered?.hash !== served.hash) rendered = { hash: served.hash, html: renderDocs(served.doc, OPENAPI_PATH, EXAMPLE_ORIGIN) };
    headers.set("Content-Type", HTML);
    return forOrigin(rendered.html, c.var.url.origin);
  });
}

/** The page rendered for EXAMPLE_ORIGIN, its commands and example URLs moved to `origin`. */
export function forOrigin(page: string, origin: string): string {
  return origin === EXAMPLE_ORIGIN ? page : page.split(EXAMPLE_ORIGIN).join(escapeHtml(origin));
}
