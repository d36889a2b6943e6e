/** The Hono environment of this app: the data store and the request's URL (parsed once) are context variables. */
import type { Context } from "hono";
import type { DataStore } from "../data/store";
import type { Limited } from "../http/limits";

export type AppEnv = { Bindings: Limited; Variables: { store: DataStore; url: URL } };
export type AppContext = Context<AppEnv>;
