/** Steps every handler shares: parse the query (400), pick the format (406), resolve the page (410). */
import { negotiate } from "../http/negotiate";
import { ProblemError } from "../lib/problem";
import type { Page } from "../query/apply";
import { parseQuery, type QuerySpec } from "../query/parse";
import type { TableQuery } from "../query/types";
import type { Format } from "../lib/media-types";

/** The parsed query, or a 400 naming every bad parameter. */
export function requireQuery(params: URLSearchParams, spec: QuerySpec): TableQuery {
  const parsed = parseQuery(params, spec);
  if (parsed.ok) return parsed.value;
  const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
  throw new ProblemError("invalid-query", `Invalid query parameter${parsed.errors.length > 1 ? "s" : ""}: ${names}.`, parsed.errors);
}

/** How much of a request header a problem repeats. */
const MAX_ECHO = 200;

/** The negotiated format, or a 406. */
export function requireFormat(request: Request, extension: Format | null, query: TableQuery, offered: readonly Format[]): Format {
  const accept = request.headers.get("Accept");
  const format = negotiate({ extension, param: query.format, accept }, offered);
  if (format) return format;
  const shown = accept !== null && accept.length > MAX_ECHO ? `${accept.slice(0, MAX_ECHO)}…` : accept;
  throw new ProblemError("not-acceptable", `Accept: ${shown} rules out every format offered here (${offered.join(", ")}). Use ?format= or a .json/.csv/.ndjson/.xlsx extension.`);
}

/**
 * The page to serve: JSON always pages; CSV and NDJSON return every row unless `_size` or
 * `_next` is given. A cursor must come from this data version and this query.
 */
export function resolvePage(query: TableQuery, format: Format, version: string, key: string): Page | null {
  if (format !== "json" && !query.paging.explicit) return null;
  let offset = 0;
  const cursor = query.paging.cursor;
  if (cursor) {
    if (cursor.key !== key) {
      throw new ProblemError("invalid-query", "This cursor was issued for another query.", [
        { param: "_next", message: "The cursor belongs to a request with other filters, sort or unit; keep those parameters as they were, or drop _next." },
      ]);
    }
    if (cursor.version !== version) {
      throw new ProblemError("stale-cursor", `This cursor belongs to data version ${cursor.version}; the data is now version ${version}. Start again from the first page.`, [
        { param: "_next", message: `Cursor for version ${cursor.version}, current version ${version}.` },
      ]);
    }
    offset = cursor.offset;
  }
  return { offset, size: query.paging.size };
}
