/**
 * The query and format of a request, parsed and negotiated as its route's spec says: the
 * parameters it documents (reserved ones by name, any other passed through raw) and the
 * formats it offers. The spec is put in the context by the middleware `routeOf` that
 * app.ts mounts before each route's handler; the handler calls `negotiated` where it
 * needs the query, so a 404 of the path still comes before a 400 of the query.
 */
import type { MiddlewareHandler } from "hono";
import type { Format } from "../lib/media-types";
import { RESERVED, type QuerySpec, type ReservedName } from "../query/parse";
import type { TableQuery } from "../query/types";
import type { RouteSpec } from "../spec/route-spec";
import { requireFormat, requireQuery } from "./common";
import type { AppContext, AppEnv } from "./context";

const isReserved = (param: string): param is ReservedName => (RESERVED as readonly string[]).includes(param);

/** The middleware that tells the handler (and `negotiated`) which route it serves. */
export function routeOf(route: RouteSpec): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("route", route);
    await next();
  };
}

/**
 * The request's query (a 400 naming every bad parameter) and format (a 406), by the route's
 * spec; `more` adds what the spec cannot know (the table's columns), `extension` the format
 * a path names (`rows.csv`).
 */
export function negotiated(c: AppContext, more: Partial<QuerySpec> = {}, extension: Format | null = null): { query: TableQuery; format: Format } {
  const { params, formats } = c.var.route;
  const query = requireQuery(c.var.url.searchParams, { reserved: params.filter(isReserved), extra: params.filter((p) => !isReserved(p)), formats, ...more });
  return { query, format: requireFormat(c.req.raw, extension, query, formats) };
}
