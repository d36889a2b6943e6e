/**
 * Responses of the HTML pages: the security headers every page carries, and validators
 * and caching like the API's (a strong ETag known before rendering, so a 304 costs nothing).
 */
import { conditionalResponse, etagOf } from "../http/etag";
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
