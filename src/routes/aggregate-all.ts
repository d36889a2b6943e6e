/**
 * GET /v1/aggregate[.json|.csv|.ndjson|.xlsx]: sums over the facts of every dataset, grouped and
 * filtered by dataset, department and year too. Filters on those are applied to the catalogue
 * first, so only the datasets they keep are read.
 */
import { ProblemError } from "../lib/problem";
import { CROSS_GROUPS } from "../query/aggregate";
import { TABLES } from "../schema/tables";
import { aggregateFacts } from "./aggregate-facts";
import { AGGREGATE_PARAMS } from "../spec/params";
import { FORMATS } from "../lib/media-types";
import type { ApiRoute } from "./route";
import { API_PATHS } from "../spec/links";
import type { AppContext } from "./context";

export async function aggregateAll(c: AppContext): Promise<Response> {
  const source = c.var.url.searchParams.get("source");
  if (source !== null && source !== "facts") {
    throw new ProblemError("invalid-query", "Across datasets only the facts are summed.", [{ param: "source", message: "Raw sums over budget lines are per dataset: /v1/datasets/{dataset}/aggregate?source=budget-lines&_raw=1. Leave source out here." }]);
  }
  const catalog = await c.var.store.getCatalog();
  return aggregateFacts({ request: c.req.raw, store: c.var.store, datasets: catalog.datasets, across: true, groups: CROSS_GROUPS, version: catalog.version, lineColumns: TABLES.budgetLines.columns.map((col) => col.name) });
}

export const aggregateAllRoute = { name: "aggregate-all", path: "/v1/:resource{aggregate(?:\\.(?:json|csv|ndjson|xlsx))?}", template: API_PATHS["aggregate-all"], summary: "The same sums over the facts of every dataset, also grouped and filtered by dataset, department and year (e.g. 科学技术支出 by department, one year against another). Filters on dataset, department and year decide which datasets are read.", formats: FORMATS, params: [...AGGREGATE_PARAMS, "source"], filters: true, response: "aggregateSchema", handler: aggregateAll } satisfies ApiRoute;
