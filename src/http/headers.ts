/** Header values shared by responses: caching, downloads, paging links. */

/** Browsers and the edge may cache for 5 minutes, then serve stale for a day while revalidating. */
export const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** Headers a browser script may read on a cross-origin response. */
export const EXPOSED_HEADERS = ["ETag", "Link", "X-Dataset-Version", "Content-Disposition"];

/** C0 and C1 controls, the soft hyphen, zero-width characters, bidi marks, embeddings, overrides and isolates, the BOM. */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/** RFC 5987 value: percent-encode everything but attr-chars. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii.csv"; filename*=UTF-8''中文.csv` (names without the extension). */
export function contentDisposition(ascii: string, utf8: string, ext: string): string {
  const plain = ascii.replace(/[^A-Za-z0-9._-]/g, "_");
  // Control characters, and the invisible ones that reorder or hide text (zero-width, bidi
  // controls), are dropped: a saved file's name shows what it is.
  const unicode = utf8.replace(INVISIBLE, "").replace(/[\\/:*?"<>|]/g, "_");
  return `attachment; filename="${plain}.${ext}"; filename*=UTF-8''${encodeExtValue(unicode)}.${ext}`;
}

/** A download's name (without extension): the CSV for Excel is `…-excel.csv`, apart from the plain CSV of the same rows. */
export function excelName(name: string, format: string, excel: boolean): string {
  return format === "csv" && excel ? `${name}-excel` : name;
}

/** A Link header value. */
export function link(url: string, rel: string): string {
  return `<${url}>; rel="${rel}"`;
}

/** `url` with one query parameter set (absolute). */
export function withParam(url: URL, name: string, value: string): string {
  const next = new URL(url);
  next.searchParams.set(name, value);
  return next.toString();
}
