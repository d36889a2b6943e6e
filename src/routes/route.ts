/** A route of the API: its spec (what /v1, the OpenAPI document and /docs say of it) and its handler, in one object. */
import type { Handler } from "hono";
import type { Format } from "../lib/media-types";
import type { RouteSpec } from "../spec/route-spec";
import type { AppEnv } from "./context";

/** The formats of a route that serves JSON only. */
export const JSON_ONLY: readonly Format[] = ["json"];

export interface ApiRoute extends RouteSpec {
  handler: Handler<AppEnv>;
}
