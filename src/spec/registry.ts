/**
 * Every route in one place: path, summary, formats, query parameters and response schema.
 * app.ts wires handlers from it, GET /v1 lists it, and an OpenAPI generator can read it.
 */
import type { Format } from "../lib/media-types";
/** Response schemas are named, not imported: zod loads only where a schema is used (OpenAPI, tests). */
import type * as Schemas from "./responses";
import { AGGREGATE_EXTRA, AGGREGATE_PARAMS, CHECKS_EXTRA, CHECKS_RESERVED, DATASETS_EXTRA, DATASETS_RESERVED, DOC_PARAMS, ROW_PARAMS, SEARCH_EXTRA, SEARCH_RESERVED, TABLE_PARAMS } from "./params";

export type ResponseSchemaName = { [K in keyof typeof Schemas]: (typeof Schemas)[K] extends import("zod").ZodType ? K : never }[keyof typeof Schemas];

export interface RouteSpec {
  name: string;
  /** Hono path pattern. */
  path: string;
  /** The same path in OpenAPI style. */
  template: string;
  summary: string;
  formats: readonly Format[];
  /** Query parameters beyond column filters, for documentation. */
  params: readonly string[];
  /** Whether `col=value` / `col__op=value` filters apply. */
  filters: boolean;
  /** Name of the response body's zod schema in src/spec/responses.ts. */
  response: ResponseSchemaName;
  /** Media type of a route that serves one file, not a negotiated format (formats is then empty). */
  file?: string;
}

const ALL: readonly Format[] = ["json", "csv", "ndjson", "xlsx"];
const JSON_ONLY: readonly Format[] = ["json"];

export const ROUTES = [
  { name: "index", path: "/v1", template: "/v1", summary: "Index: datasets and links to every resource.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "indexSchema" },
  { name: "datasets", path: "/v1/datasets", template: "/v1/datasets", summary: "The datasets, one per source document: department, year, kind, unit, version, row counts; filtered by department, year and kind, and paged (_size, _next).", formats: JSON_ONLY, params: [...DATASETS_EXTRA, ...DATASETS_RESERVED], filters: false, response: "datasetListSchema" },
  { name: "dataset", path: "/v1/datasets/:dataset", template: "/v1/datasets/{dataset}", summary: "Metadata of a dataset: titles, publisher, unit, source document, licence, tables, corrections, checks summary.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "datasetSchema" },
  { name: "tables", path: "/v1/datasets/:dataset/tables", template: "/v1/datasets/{dataset}/tables", summary: "The tables of a dataset with row counts, titles and notes.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "tableListSchema" },
  { name: "table", path: "/v1/datasets/:dataset/tables/:table", template: "/v1/datasets/{dataset}/tables/{table}", summary: "Rows of a table (add .json, .csv, .ndjson or .xlsx), filtered, sorted and paged.", formats: ALL, params: TABLE_PARAMS, filters: true, response: "tableRowsSchema" },
  { name: "source", path: "/v1/datasets/:dataset/:table{source(?:\\.(?:json|csv|ndjson|xlsx))?}", template: "/v1/datasets/{dataset}/source", summary: "The source document line by line (the table source, add .json, .csv, .ndjson or .xlsx): each line's number, its role (title, header, data row, field, indicator, blank …), the table and rows it became, the corrections applied to it, and its text. Filtered, sorted and paged like any table.", formats: ALL, params: TABLE_PARAMS, filters: true, response: "tableRowsSchema" },
  { name: "row", path: "/v1/datasets/:dataset/tables/:table/rows/:id", template: "/v1/datasets/{dataset}/tables/{table}/rows/{id}", summary: "One row (a permalink) with its provenance and the corrections applied to it.", formats: JSON_ONLY, params: ROW_PARAMS, filters: false, response: "rowSchema" },
  { name: "datapackage", path: "/v1/datasets/:dataset/datapackage.json", template: "/v1/datasets/{dataset}/datapackage.json", summary: "The dataset as a Frictionless Tabular Data Package descriptor: one resource per table (CSV URL, field types, Chinese titles, constraints, foreign keys), unit and currency in Fiscal Data Package terms.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "datapackageSchema" },
  { name: "download", path: "/v1/datasets/:dataset/download.zip", template: "/v1/datasets/{dataset}/download.zip", summary: "The whole dataset in one zip: README.txt, datapackage.json, every table as CSV with a UTF-8 BOM (data/<table>.csv), checks.json, corrections.json and dataset.xlsx (the workbook of download.xlsx).", formats: [], params: [], filters: false, response: "downloadSchema", file: "application/zip" },
  { name: "download-xlsx", path: "/v1/datasets/:dataset/download.xlsx", template: "/v1/datasets/{dataset}/download.xlsx", summary: "The whole dataset as one Excel workbook (.xlsx): a 说明 sheet (dataset, department, year, unit, source document, version, licence, the sheets with their row counts, every column), then one sheet per table with Chinese headers, codes as text, amounts as numbers, dates as dates. Also in download.zip as dataset.xlsx.", formats: [], params: [], filters: false, response: "workbookSchema", file: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { name: "checks", path: "/v1/datasets/:dataset/checks", template: "/v1/datasets/{dataset}/checks", summary: "Every reconciliation check: expected, actual, pass, source lines.", formats: JSON_ONLY, params: [...CHECKS_EXTRA, ...CHECKS_RESERVED], filters: false, response: "checksSchema" },
  { name: "aggregate", path: "/v1/datasets/:dataset/:resource{aggregate(?:\\.(?:json|csv|ndjson|xlsx))?}", template: "/v1/datasets/{dataset}/aggregate", summary: "Exact sums of the dataset's facts (amounts none of which is part of another) grouped by any dimension: 类/款/项 with names, basic/project, kind of spending, fund, direction; each group with its share of the total. Sums that would count money twice are a 400. source=budget-lines&_raw=1 sums budget lines of one table and measure, refusing overlapping ones.", formats: ALL, params: [...AGGREGATE_PARAMS, ...AGGREGATE_EXTRA], filters: true, response: "aggregateSchema" },
  { name: "aggregate-all", path: "/v1/:resource{aggregate(?:\\.(?:json|csv|ndjson|xlsx))?}", template: "/v1/aggregate", summary: "The same sums over the facts of every dataset, also grouped and filtered by dataset, department and year (e.g. 科学技术支出 by department, one year against another). Filters on dataset, department and year decide which datasets are read.", formats: ALL, params: [...AGGREGATE_PARAMS, "source"], filters: true, response: "aggregateSchema" },
  { name: "search", path: "/v1/search", template: "/v1/search", summary: "Projects, indicators and budget lines containing every word of q, across datasets, ranked (the phrase, then every word in one field, then in the row) and paged.", formats: JSON_ONLY, params: [...SEARCH_EXTRA, ...SEARCH_RESERVED], filters: false, response: "searchSchema" },
  { name: "problems", path: "/v1/problems", template: "/v1/problems", summary: "The problem types of error responses.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "problemListSchema" },
  { name: "problem", path: "/v1/problems/:type", template: "/v1/problems/{type}", summary: "One problem type.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "problemTypeSchema" },
  { name: "openapi", path: "/openapi.json", template: "/openapi.json", summary: "This API as an OpenAPI 3.1 document, generated from the schemas the responses are tested against; /docs renders it.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "openApiSchema" },
] as const satisfies readonly RouteSpec[];

export type RouteName = (typeof ROUTES)[number]["name"];
