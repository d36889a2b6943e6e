/** Mounts the HTML pages on the app: the routes (and the query each takes), and 405 for methods other than GET/HEAD/OPTIONS. */
import type { Handler, Hono } from "hono";
import { methodNotAllowed } from "../http/read-only";
import type { AppEnv } from "../routes/context";
import { checksPage, datasetPage, homePage, projectPage, sourcePage } from "./handlers";
import { honoPath } from "../spec/links";
import { EN_PREFIX } from "./lang";
import { PAGE_PATHS } from "./paths";
import { pageQueryProblem, type PageQuery } from "./page-query";
import { searchPage } from "./search-page";
import { datasetsPage, glossaryPage } from "./site-pages";
import { tablePage } from "./table-page/handler";

/** The pages, by Hono path (outside /v1, so they never shadow an API route); `query`: which query string the page takes (its handler checks any but none). */
export const PAGE_ROUTES: readonly { path: string; handler: Handler<AppEnv>; query?: PageQuery }[] = [
  { path: honoPath(PAGE_PATHS.home), handler: homePage },
  { path: honoPath(PAGE_PATHS.datasets), handler: datasetsPage, query: "datasets" },
  { path: honoPath(PAGE_PATHS.glossary), handler: glossaryPage },
  { path: honoPath(PAGE_PATHS.search), handler: searchPage, query: "search" },
  { path: honoPath(PAGE_PATHS.dataset), handler: datasetPage },
  { path: honoPath(PAGE_PATHS.checks), handler: checksPage },
  { path: honoPath(PAGE_PATHS.source), handler: sourcePage },
  { path: honoPath(PAGE_PATHS.project), handler: projectPage },
  // Its handler checks the table query, which needs the table's columns.
  { path: honoPath(PAGE_PATHS.table), handler: tablePage, query: "table" },
];

/** Every page at its Chinese path and, under /en, in English (a URL of its own, so caches keep them apart). */
export function mountPages(app: Hono<AppEnv>): void {
  const routes = PAGE_ROUTES.flatMap((r) => [r, { ...r, path: r.path === "/" ? EN_PREFIX : EN_PREFIX + r.path }]);
  for (const { path, handler, query = "none" } of routes) {
    app.get(path, (c, next) => {
      const problem = query === "none" ? pageQueryProblem(c.var.url) : null;
      if (problem) throw problem;
      return handler(c, next);
    });
    app.all(path, methodNotAllowed("these pages are"));
  }
}
