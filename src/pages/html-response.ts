/**
 * Responses of the HTML pages: the security headers every page carries, and validators
 * and caching like the API's (a strong ETag known before rendering, so a 304 costs nothing).
 */
import { ifNoneMatchHits, RENDER_REVISION, requestKey, strongEtag } from "../http/etag";
import { CACHE_CONTROL } from "../http/headers";
import { langOfPath } from "./lang";
import { styleHashSource } from "./style";

/** Bump when the markup of the pages changes for the same data (like RENDER_REVISION for the API). */
export const PAGE_REVISION = "2";

export const HTML_CONTENT_TYPE = "text/html; charset=utf-8";

/**
 * The strict policy: nothing loads but the page itself and its hashed inline stylesheet;
 * forms (the search box, a plain GET) submit only to this site.
 */
export async function contentSecurityPolicy(): Promise<string> {
  return [
    "default-src 'none'",
    `style-src ${await styleHashSource()}`,
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers of every HTML response, including 304 and 404. */
export async function pageHeaders(): Promise<Headers> {
  return new Headers({
    "Content-Security-Policy": await contentSecurityPolicy(),
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  });
}

/** 200 with the page, or 304 when If-None-Match holds the current ETag. */
export async function htmlResponse(request: Request, version: string, render: () => Promise<string>): Promise<Response> {
  const url = new URL(request.url);
  const etag = await strongEtag([RENDER_REVISION, PAGE_REVISION, version, "html", requestKey(url)]);
  const headers = await pageHeaders();
  headers.set("ETag", etag);
  headers.set("Cache-Control", CACHE_CONTROL);
  headers.set("Vary", "Accept");
  headers.set("X-Dataset-Version", version);
  // The language is in the URL (/en for English), so caches need no Vary for it; the header says which.
  headers.set("Content-Language", langOfPath(url.pathname) === "en" ? "en" : "zh-Hans");
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", HTML_CONTENT_TYPE);
  return new Response(await render(), { status: 200, headers });
}
