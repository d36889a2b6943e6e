/** Header values shared by responses: caching, downloads, paging links. */

/** Browsers and the edge may cache for 5 minutes, then serve stale for a day while revalidating. */
export const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** Headers a browser script may read on a cross-origin response. */
export const EXPOSED_HEADERS = ["ETag", "Link", "X-Dataset-Version", "Content-Disposition"];

/** RFC 5987 value: percent-encode everything but attr-chars. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii.csv"; filename*=UTF-8''中文.csv` (names without the extension). */
export function contentDisposition(ascii: string, utf8: string, ext: string): string {
  const plain = ascii.replace(/[^A-Za-z0-9._-]/g, "_");
  const unicode = utf8.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
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
