/** The Hono environment of this app: the data store, the request's URL (parsed once), the routes (and the one being served) and the OpenAPI document are context variables. */
import type { Context } from "hono";
import type { DataStore } from "../data/store";
import type { Limited } from "../http/limits";
import type { DocumentSource } from "../openapi/served";
import type { RouteSpec } from "../spec/route-spec";

export type AppEnv = { Bindings: Limited; Variables: { store: DataStore; url: URL; routes: readonly RouteSpec[]; route: RouteSpec; documents: DocumentSource } };
export type AppContext = Context<AppEnv>;
