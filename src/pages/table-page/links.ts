/**
 * The table page's links: its own query with one change. Pairs are kept in one canonical
 * order, so the markup depends only on what the response cache keys on (requestKey sorts
 * the parameters too), and the links a page makes land on canonical URLs.
 */

export type Pair = readonly [string, string];

/**
 * A query longer than this (its query string, in characters) is carried once per page, by a
 * form of hidden fields (QUERY_FORM), instead of once per link: sort headers and facet values
 * become that form's buttons, naming only what they change. So a page's size is bounded by
 * its URL's (an 8 KB URL gives at most a few hundred KB), never the URL times the links.
 */
export const LONG_QUERY = 1024;
export const QUERY_FORM = "query";

const byKeyThenValue = ([k1, v1]: Pair, [k2, v2]: Pair) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0);

/** The parameters of a URL in canonical order. */
export function canonicalPairs(params: URLSearchParams): Pair[] {
  return [...params].sort(byKeyThenValue);
}

/** `path?pairs`, or the bare path without parameters. */
export function href(path: string, pairs: readonly Pair[]): string {
  const q = new URLSearchParams(pairs as [string, string][]).toString();
  return q ? `${path}?${q}` : path;
}

/** The query string alone (no `?`), for the API's download links. */
export function queryString(pairs: readonly Pair[]): string {
  return new URLSearchParams(pairs as [string, string][]).toString();
}

/**
 * Pairs for another selection of rows: `_next` dropped, since a cursor belongs to one
 * filter and sort (the API refuses it for any other), and a new selection starts at its top.
 */
export function reselect(pairs: readonly Pair[], edit: { set?: Pair; add?: Pair; remove?: Pair }): Pair[] {
  const same = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];
  let out = pairs.filter(([k]) => k !== "_next");
  if (edit.remove) out = out.filter((p) => !same(p, edit.remove!));
  if (edit.set) out = [...out.filter(([k]) => k !== edit.set![0]), edit.set];
  if (edit.add && !out.some((p) => same(p, edit.add!))) out = [...out, edit.add];
  return out.sort(byKeyThenValue);
}

/** Pairs of another page of the same selection: `_next` set to the cursor, or dropped for the first page. */
export function toPage(pairs: readonly Pair[], cursor: string | null): Pair[] {
  const out = pairs.filter(([k]) => k !== "_next");
  return (cursor === null ? out : [...out, ["_next", cursor] as const]).sort(byKeyThenValue);
}

/** Pairs of the downloads: the same rows in the same order and columns, every one of them (no paging). */
export function unpaged(pairs: readonly Pair[]): Pair[] {
  return pairs.filter(([k]) => k !== "_next" && k !== "_size");
}
