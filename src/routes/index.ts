/**
 * The API's routes, in the order they are matched and documented. A route is one file (its
 * spec and handler together); adding one is that file and one line here.
 */
import { aggregateRoute } from "./aggregate";
import { aggregateAllRoute } from "./aggregate-all";
import { checksRoute } from "./checks";
import { datapackageRoute } from "./datapackage";
import { datasetRoute, tablesRoute } from "./dataset";
import { datasetsRoute } from "./datasets";
import { downloadRoute, downloadXlsxRoute } from "./download";
import { openapiRoute } from "./openapi";
import { problemRoute, problemsRoute } from "./problems";
import { indexRoute } from "./root";
import { searchRoute } from "./search";
import { rowRoute } from "./table-row";
import { sourceRoute, tableRoute } from "./table-rows";
import type { ApiRoute } from "./route";

export const ROUTES: readonly ApiRoute[] = [
  indexRoute,
  datasetsRoute,
  datasetRoute,
  tablesRoute,
  tableRoute,
  sourceRoute,
  rowRoute,
  datapackageRoute,
  downloadRoute,
  downloadXlsxRoute,
  checksRoute,
  aggregateRoute,
  aggregateAllRoute,
  searchRoute,
  problemsRoute,
  problemRoute,
  openapiRoute,
];
