/**
 * Validators, for every response that has them (API, pages, /docs, downloads). A strong ETag
 * is a hash of the data version, the negotiated format and the normalized request URL, so it
 * is known before any rendering and a 304 costs nothing.
 */
import { CACHE_CONTROL } from "./headers";

/** Bump when the bytes served for the same data and URL change (a rendering change). */
export const RENDER_REVISION = "2";

/** The URL with its query parameters in a canonical order. */
export function requestKey(url: URL): string {
  const pairs = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  pairs.sort();
  return `${url.origin}${url.pathname}?${pairs.join("&")}`;
}

/** `"<32 hex digits>"`: SHA-256 of the parts, truncated to 128 bits. */
export async function strongEtag(parts: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(parts.join("\n")));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `"${hex}"`;
}

/** Whether If-None-Match matches `etag` (weak comparison, as RFC 9110 requires for it). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

type Body = ConstructorParameters<typeof Response>[0];

/** The strong ETag of a response made of `parts` (data version, format …) for the request's URL. */
export function etagOf(request: Request, parts: readonly string[]): Promise<string> {
  return strongEtag([RENDER_REVISION, ...parts, requestKey(new URL(request.url))]);
}

/**
 * The one conditional GET: `headers` (sent on a 304 as on a 200) get the ETag and the caching
 * policy; when If-None-Match holds the ETag the answer is 304 and nothing is rendered, else
 * 200 with the body `render` makes (adding its content headers).
 */
export async function conditionalResponse(request: Request, etag: string, headers: Headers, render: (headers: Headers) => Body | Promise<Body>): Promise<Response> {
  headers.set("ETag", etag);
  headers.set("Cache-Control", CACHE_CONTROL);
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(await render(headers), { status: 200, headers });
}
