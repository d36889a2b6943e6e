/** Wires the app: CORS, security headers, one error shape, the API's routes (src/routes/index.ts) and the pages. */
import { Hono } from "hono";
import { cors } from "hono/cors";
import { trimTrailingSlash } from "hono/trailing-slash";
import type { DataStore } from "./data/store";
import { EXPOSED_HEADERS } from "./http/headers";
import { limits } from "./http/limits";
import { methodNotAllowed, READ_METHODS } from "./http/read-only";
import { BASE_SECURITY_HEADERS } from "./http/security-headers";
import { problemResponse, ProblemError } from "./lib/problem";
import { documentSource } from "./openapi/served";
import { problemForBrowser } from "./pages/error-page";
import { mountPages } from "./pages/mount";
import type { AppEnv } from "./routes/context";
import { docsPage, DOCS_PAGE } from "./routes/docs";
import { ROUTES } from "./routes/index";
import { routeOf } from "./routes/negotiated";

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
  // The OpenAPI document's examples are this app's own answers.
  const documents = documentSource((request) => Promise.resolve(app.fetch(request)), ROUTES, [DOCS_PAGE]);
  app.use(async (c, next) => {
    c.set("store", store);
    c.set("url", new URL(c.req.url));
    c.set("routes", ROUTES);
    c.set("documents", documents);
    await next();
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  });
  app.use(limits);
  // A path typed or linked with a trailing slash (/en/, /datasets/) that names nothing goes to the one without.
  app.use(trimTrailingSlash());

  mountPages(app);
  for (const route of ROUTES) {
    app.get(route.path, routeOf(route), route.handler);
    app.all(route.path, methodNotAllowed("this API is"));
  }
  app.get(DOCS_PAGE.path, docsPage);
  app.all(DOCS_PAGE.path, methodNotAllowed("this API is"));

  app.notFound((c) => problemResponse("not-found", `No route ${c.var.url.pathname}. Start at /v1.`));
  app.onError((err) => {
    if (err instanceof ProblemError) return err.toResponse();
    console.error(err);
    return problemResponse("internal-error", "Something went wrong on our side; the request itself may be fine. Try again later.");
  });
  return app;
}
