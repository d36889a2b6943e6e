/** Mounts the HTML pages on the app: the routes (no query parameters), and 405 for methods other than GET/HEAD/OPTIONS. */
import type { Handler, Hono } from "hono";
import { problemResponse } from "../http/problem";
import type { AppEnv } from "../routes/context";
import { checksPage, datasetPage, homePage, projectPage } from "./handlers";
import { pageQueryProblem } from "./page-query";
import { searchPage } from "./search-page";
import { datasetsPage, glossaryPage } from "./site-pages";

/** The pages, by Hono path (outside /v1, so they never shadow an API route); `query`: the page checks its own query string. */
export const PAGE_ROUTES: readonly { path: string; handler: Handler<AppEnv>; query?: true }[] = [
  { path: "/", handler: homePage },
  { path: "/datasets", handler: datasetsPage },
  { path: "/glossary", handler: glossaryPage },
  { path: "/search", handler: searchPage, query: true },
  { path: "/datasets/:dataset", handler: datasetPage },
  { path: "/datasets/:dataset/checks", handler: checksPage },
  { path: "/datasets/:dataset/projects/:project", handler: projectPage },
];

export function mountPages(app: Hono<AppEnv>): void {
  for (const { path, handler, query } of PAGE_ROUTES) {
    app.get(path, (c, next) => {
      const problem = query ? null : pageQueryProblem(new URL(c.req.url));
      if (problem) throw problem;
      return handler(c, next);
    });
    app.all(path, (c) =>
      problemResponse("method-not-allowed", `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; these pages are read-only.`, [], { Allow: "GET, HEAD, OPTIONS" }),
    );
  }
}
