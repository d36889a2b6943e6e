/** Wires the app: CORS, security headers, one error shape, and the routes of the registry. */
import { Hono, type Handler } from "hono";
import { cors } from "hono/cors";
import type { DataStore } from "./data/store";
import { EXPOSED_HEADERS } from "./http/headers";
import { limits } from "./http/limits";
import { methodNotAllowed, READ_METHODS } from "./http/read-only";
import { BASE_SECURITY_HEADERS } from "./http/security-headers";
import { docsPage, DOCS_PAGE } from "./routes/docs";
import { documentSource, openApiDocument } from "./routes/openapi";
import { problemResponse, ProblemError } from "./lib/problem";
import { problemForBrowser } from "./pages/error-page";
import { mountPages } from "./pages/mount";
import { aggregateDataset } from "./routes/aggregate";
import { aggregateAll } from "./routes/aggregate-all";
import { listChecks } from "./routes/checks";
import type { AppEnv } from "./routes/context";
import { getDatapackage } from "./routes/datapackage";
import { getDataset, listTables } from "./routes/dataset";
import { listDatasets } from "./routes/datasets";
import { getDownload, getWorkbook } from "./routes/download";
import { getProblem, listProblems } from "./routes/problems";
import { ROUTES, type RouteName } from "./spec/registry";
import { index } from "./routes/root";
import { search } from "./routes/search";
import { tableRow } from "./routes/table-row";
import { tableRows } from "./routes/table-rows";

/** Handlers by route name; `openapi` is made per app, since its examples are the app's own answers. */
const HANDLERS: Record<Exclude<RouteName, "openapi">, Handler<AppEnv>> = {
  index,
  datasets: listDatasets,
  dataset: getDataset,
  tables: listTables,
  datapackage: getDatapackage,
  download: getDownload,
  "download-xlsx": getWorkbook,
  table: tableRows,
  // The line map is the table source; this path names it directly.
  source: tableRows,
  row: tableRow,
  checks: listChecks,
  aggregate: aggregateDataset,
  "aggregate-all": aggregateAll,
  search,
  problems: listProblems,
  problem: getProblem,
};

/** The API over a data store. */
export function createApp(store: DataStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(cors({ origin: "*", allowMethods: READ_METHODS, exposeHeaders: EXPOSED_HEADERS, maxAge: 86400 }));
  // Every problem of the app (thrown, notFound, 405, limits) passes here: a page for a browser.
  app.use(async (c, next) => {
    await next();
    const page = await problemForBrowser(c.req.raw, c.res);
    if (page !== c.res) c.res = page;
  });
  app.use(async (c, next) => {
    c.set("store", store);
    c.set("url", new URL(c.req.url));
    await next();
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  });
  app.use(limits);

  mountPages(app);
  const openapi = documentSource((request) => Promise.resolve(app.fetch(request)), [DOCS_PAGE]);
  const handlers: Record<RouteName, Handler<AppEnv>> = { ...HANDLERS, openapi: openApiDocument(openapi) };
  const routes = [...ROUTES.map((r) => ({ path: r.path, handler: handlers[r.name] })), { path: DOCS_PAGE.path, handler: docsPage(openapi) }];
  for (const { path, handler } of routes) {
    app.get(path, handler);
    app.all(path, methodNotAllowed("this API is"));
  }

  app.notFound((c) => problemResponse("not-found", `No route ${c.var.url.pathname}. Start at /v1.`));
  app.onError((err) => {
    if (err instanceof ProblemError) return err.toResponse();
    console.error(err);
    return problemResponse("internal-error", "Something went wrong on our side; the request itself may be fine. Try again later.");
  });
  return app;
}
