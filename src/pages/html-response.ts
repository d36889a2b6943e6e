/**
 * Responses of the HTML pages: the security headers every page carries, and validators
 * and caching like the API's (a strong ETag known before rendering, so a 304 costs nothing).
 */
import { conditionalResponse, etagOf } from "../http/etag";
import { htmlSecurityHeaders } from "../http/security-headers";
import { langOfPath } from "./lang";
import { styleHashSource } from "./style";

/** Bump when the markup of the pages changes for the same data (like RENDER_REVISION for the API). */
export const PAGE_REVISION = "2";

export const HTML_CONTENT_TYPE = "text/html; charset=utf-8";

/** Headers of every HTML page, including 304 and 404: images of the site itself, forms (the search box, a plain GET) submitting only to it. */
export async function pageHeaders(): Promise<Headers> {
  return new Headers(htmlSecurityHeaders({ styleSrc: await styleHashSource(), imgSrc: "'self' data:", formAction: "'self'", isolated: true }));
}

/** 200 with the page, or 304 when If-None-Match holds the current ETag. */
export async function htmlResponse(request: Request, version: string, render: () => Promise<string>): Promise<Response> {
  const headers = await pageHeaders();
  headers.set("Vary", "Accept");
  headers.set("X-Dataset-Version", version);
  // The language is in the URL (/en for English), so caches need no Vary for it; the header says which.
  headers.set("Content-Language", langOfPath(new URL(request.url).pathname) === "en" ? "en" : "zh-Hans");
  return conditionalResponse(request, await etagOf(request, [PAGE_REVISION, version, "html"]), headers, () => {
    headers.set("Content-Type", HTML_CONTENT_TYPE);
    return render();
  });
}
