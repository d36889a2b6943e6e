/**
 * The OpenAPI 3.1 document as a pure function of the route registry and the example
 * requests planned from the data (ids only): no I/O, so it runs in Node as in workerd.
 */
import { PROBLEMS } from "../lib/problem";
import type { Format } from "../lib/media-types";
import { CONTENT_TYPES } from "../render/registry";
import { MAX_XLSX_CELLS, MAX_XLSX_ROWS } from "../render/xlsx/table";
import type { RouteSpec } from "../spec/route-spec";
import { COMPONENTS, schemaRef } from "./json-schemas";
import { FILTERS_PARAM, PATH_PARAMS, queryParams } from "./parameters";
import { problemResponseRef, problemResponses, problemsFor } from "./problems";
import type { ExampleRequest, Header, MediaType, OpenApiDocument, Operation, Parameter, Ref, ResponseObject } from "./types";

/** A page of this server that is not JSON (e.g. /docs), documented beside the API routes. */
export interface PageSpec {
  name: string;
  path: string;
  summary: string;
  mediaType: string;
}

export interface DocumentInput {
  routes: readonly RouteSpec[];
  pages: readonly PageSpec[];
  /** Example requests by route name; a route without any gets one without parameters. */
  examples: Readonly<Record<string, readonly ExampleRequest[]>>;
  /** Version of the data served (the catalog's). */
  dataVersion: string;
}

const TAGS: Record<string, string> = {
  catalog: "Datasets and their tables (数据集与表)",
  data: "Rows, sums and search (数据行、汇总与检索)",
  quality: "Reconciliation checks (核对)",
  reference: "Error types and this documentation (错误类型与文档)",
};

const TAG_OF: Record<string, string> = {
  index: "catalog",
  datasets: "catalog",
  dataset: "catalog",
  tables: "catalog",
  table: "data",
  row: "data",
  source: "data",
  aggregate: "data",
  "aggregate-all": "data",
  search: "data",
  checks: "quality",
};

export const MEDIA_TYPES: Record<Format, string> = Object.fromEntries(
  Object.entries(CONTENT_TYPES).map(([format, type]) => [format, type.split(";")[0]]),
) as Record<Format, string>;

const HEADERS: Record<string, Header> = {
  ETag: { description: "Strong validator: send it back in If-None-Match for a 304.", schema: { type: "string", pattern: '^"[0-9a-f]{32}"$' } },
  "Cache-Control": { description: "Caching allowed for 5 minutes, then stale for a day while revalidating.", schema: { type: "string" } },
  "X-Dataset-Version": { description: "Content hash of the dataset served (of all datasets on the index, the list and search).", schema: { type: "string" } },
  Link: { description: 'The next page: `<url>; rel="next"`, present when there is one.', schema: { type: "string" } },
  "Content-Disposition": { description: "Downloads (CSV, files): `attachment` with an ASCII and a Chinese (RFC 5987) file name.", schema: { type: "string" } },
};

const headerRef = (name: string): Ref => ({ $ref: `#/components/headers/${name}` });

function pathParamNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** Attaches each example's value of a parameter to the parameter, keyed by example name. */
function withExamples(param: Parameter, examples: readonly ExampleRequest[]): Parameter {
  const entries = examples.filter((e) => Object.hasOwn(e.params, param.name)).map((e) => [e.name, { summary: e.summary, value: e.params[param.name] }] as const);
  return entries.length ? { ...param, examples: Object.fromEntries(entries) } : param;
}

function description(route: RouteSpec): string {
  const parts = [route.summary];
  if (route.formats.length > 1) {
    parts.push(
      `Formats: ${route.formats.map((f) => `\`${MEDIA_TYPES[f]}\``).join(", ")}: the path extension (\`.${route.formats.join("`, `.")}\`) wins, then \`format\`, then Accept. CSV, NDJSON and XLSX return every matching row unless \`_size\` or \`_next\` is given (an XLSX at most ${MAX_XLSX_ROWS} rows and ${MAX_XLSX_CELLS} cells: filter for more).`,
    );
  }
  if (route.filters) parts.push(`Column filters: ${FILTERS_PARAM.description}`);
  parts.push("HEAD is answered like GET, without a body. Send If-None-Match with the ETag for a 304.");
  return parts.join("\n\n");
}

function okResponse(route: RouteSpec, schemaName: string): ResponseObject {
  const headers: Record<string, Ref> = { ETag: headerRef("ETag"), "Cache-Control": headerRef("Cache-Control"), "X-Dataset-Version": headerRef("X-Dataset-Version") };
  if ((route.params as readonly string[]).includes("_next")) headers.Link = headerRef("Link");
  if (route.formats.includes("csv") || route.formats.includes("xlsx") || route.file) headers["Content-Disposition"] = headerRef("Content-Disposition");
  const content: Record<string, MediaType> = {};
  if (route.file) content[route.file] = { schema: { ...schemaRef(schemaName), contentMediaType: route.file } };
  for (const format of route.formats) {
    content[MEDIA_TYPES[format]] =
      format === "json"
        ? { schema: schemaRef(schemaName) }
        : format === "csv"
          ? { schema: { type: "string", description: "RFC 4180 CSV, UTF-8 (with a BOM unless `_bom=0`), CRLF line ends; one row per line after the header. Text exactly as published unless `_excel=1`." } }
          : format === "xlsx"
            ? { schema: { type: "string", contentMediaType: MEDIA_TYPES.xlsx, description: "An Excel workbook: a 说明 sheet (the table, version and its columns: name, 中文, type, description), then the rows under one frozen header row of Chinese labels, with an autofilter. Codes and ids are text cells (zeros kept), amounts number cells, dates date cells, coded values in their Chinese words, blanks empty; no cell is a formula." } }
            : { schema: { type: "string", description: "One JSON object per line: a row, as in the `rows` of the JSON response." } };
  }
  return { description: "OK", headers, content };
}

function operation(route: RouteSpec, schemaName: string, examples: readonly ExampleRequest[]): Operation {
  const pathNames = pathParamNames(route.template);
  const path = pathNames.map((name) => withExamples({ ...PATH_PARAMS[name], name, in: "path", required: true }, examples));
  const query = queryParams(route.params, route.formats, route.name).map((p) => withExamples(p, examples));
  if (route.filters) query.push(withExamples({ ...FILTERS_PARAM }, examples));
  const responses: Record<string, ResponseObject | Ref> = {
    "200": okResponse(route, schemaName),
    "304": { description: "Not modified: the If-None-Match ETag is current.", headers: { ETag: headerRef("ETag") } },
  };
  for (const slug of problemsFor(pathNames, route.params)) {
    responses[String(PROBLEMS[slug].status)] = problemResponseRef(slug);
  }
  return { operationId: route.name, summary: route.summary, description: description(route), tags: [TAG_OF[route.name] ?? (route.template.includes("{dataset}") ? "catalog" : "reference")], parameters: [...path, ...query], responses };
}

function pageOperation(page: PageSpec): Operation {
  return {
    operationId: page.name,
    summary: page.summary,
    description: `${page.summary}\n\nHEAD is answered like GET, without a body.`,
    tags: ["reference"],
    parameters: [],
    responses: {
      "200": { description: "OK", headers: { ETag: headerRef("ETag"), "Cache-Control": headerRef("Cache-Control") }, content: { [page.mediaType]: { schema: { type: "string" } } } },
      "304": { description: "Not modified: the If-None-Match ETag is current.", headers: { ETag: headerRef("ETag") } },
      ...Object.fromEntries(problemsFor([], []).map((slug) => [String(PROBLEMS[slug].status), problemResponseRef(slug)])),
    },
  };
}

/** The OpenAPI 3.1 document of `input.routes` and `input.pages`, with the response examples still empty. */
export function buildDocument(input: DocumentInput): OpenApiDocument {
  const { schemas, names } = COMPONENTS;
  const paths: OpenApiDocument["paths"] = {};
  for (const route of input.routes) {
    paths[route.template] = { get: operation(route, names[route.name], input.examples[route.name] ?? []) };
  }
  for (const page of input.pages) paths[page.path] = { get: pageOperation(page) };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Budget disclosure API (部门预算公开数据接口)",
      version: `v1, data ${input.dataVersion}`,
      description:
        "Chinese department budget disclosures (部门预算公开) as validated tables: JSON, CSV and NDJSON, amounts in 万元 or exact yuan. Read-only (GET and HEAD; other methods get a 405 problem), open to any origin (CORS). Errors are RFC 9457 problem details (`application/problem+json`). This document is generated from the same zod schemas that the server's responses are tested against; its examples are real responses of this server (lists cut to their first items).",
    },
    servers: [{ url: "/", description: "This server: the origin this document is served from" }],
    security: [],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: { schemas, responses: problemResponses(), headers: HEADERS },
  };
}
