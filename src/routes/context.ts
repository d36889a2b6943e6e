/** The Hono environment of this app: the data store is a context variable. */
import type { Context } from "hono";
import type { DataStore } from "../data/store";

export type AppEnv = { Variables: { store: DataStore } };
export type AppContext = Context<AppEnv>;
