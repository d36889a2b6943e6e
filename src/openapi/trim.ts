/**
 * Response examples are real responses with long lists of records cut, so the document
 * stays small. Lists of plain values (source lines, terms) and `columns` stay whole: they
 * describe the rows, and a cut list of columns would contradict them.
 */

export const EXAMPLE_LIST_LIMIT = 3;

const KEEP_WHOLE = new Set(["columns"]);

/** `value` with every list of objects longer than `limit` cut to its first `limit` items, at any depth. */
export function trimLists(value: unknown, limit = EXAMPLE_LIST_LIMIT): unknown {
  if (Array.isArray(value)) {
    const cut = value.some((v) => v !== null && typeof v === "object") ? value.slice(0, limit) : value;
    return cut.map((v) => trimLists(v, limit));
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEEP_WHOLE.has(k) && Array.isArray(v) ? v.map((x) => trimLists(x, limit)) : trimLists(v, limit)]));
  }
  return value;
}
