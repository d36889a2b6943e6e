/** Wires the app: CORS, security headers, one error shape, and the routes of the registry. */
import { Hono, type Handler } from "hono";
import { cors } from "hono/cors";
import type { DataStore } from "./data/store";
import { EXPOSED_HEADERS } from "./http/headers";
import { limits } from "./http/limits";
import { problemResponse, ProblemError } from "./http/problem";
import { aggregateLines } from "./routes/aggregate";
import { listChecks } from "./routes/checks";
import type { AppEnv } from "./routes/context";
import { getDataset, listTables } from "./routes/dataset";
import { listDatasets } from "./routes/datasets";
import { getProblem, listProblems } from "./routes/problems";
import { ROUTES, type RouteName } from "./routes/registry";
import { index } from "./routes/root";
import { search } from "./routes/search";
import { tableRow } from "./routes/table-row";
import { tableRows } from "./routes/table-rows";

const HANDLERS: Record<RouteName, Handler<AppEnv>> = {
  index,
  datasets: listDatasets,
  dataset: getDataset,
  tables: listTables,
  table: tableRows,
  row: tableRow,
  checks: listChecks,
  aggregate: aggregateLines,
  search,
  problems: listProblems,
  problem: getProblem,
};

const ALLOW = "GET, HEAD, OPTIONS";

/** The API over a data store. */
export function createApp(store: DataStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: EXPOSED_HEADERS, maxAge: 86400 }));
  app.use(async (c, next) => {
    c.set("store", store);
    await next();
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    if (!c.res.headers.has("Referrer-Policy")) c.res.headers.set("Referrer-Policy", "no-referrer");
  });
  app.use(limits);

  app.get("/", (c) => c.redirect("/v1", 302));
  for (const route of ROUTES) {
    app.get(route.path, HANDLERS[route.name]);
    app.all(route.path, (c) =>
      problemResponse("method-not-allowed", `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; this API is read-only.`, [], { Allow: ALLOW }),
    );
  }

  app.notFound((c) => problemResponse("not-found", `No route ${new URL(c.req.url).pathname}. Start at /v1.`));
  app.onError((err) => {
    if (err instanceof ProblemError) return err.toResponse();
    console.error(err);
    return problemResponse("internal-error", "Something went wrong on our side; the request itself may be fine. Try again later.");
  });
  return app;
}
