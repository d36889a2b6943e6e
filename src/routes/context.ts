/** The Hono environment of this app: the data store is a context variable. */
import type { Context } from "hono";
import type { DataStore } from "../data/store";
import type { Limited } from "../http/limits";

export type AppEnv = { Bindings: Limited; Variables: { store: DataStore } };
export type AppContext = Context<AppEnv>;
