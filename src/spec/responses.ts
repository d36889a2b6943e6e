/**
 * zod schemas of every response body, derived from the dataset schemas in src/schema. They
 * describe the API (route metadata, a later /openapi.json) and the tests validate against them.
 */
import { z } from "zod";
import { MATCH_KINDS } from "../search/rank";
import { appliedCorrectionSchema, checkSchema, datasetMetaSchema } from "../schema/dataset";

export { datapackageSchema, downloadSchema } from "./datapackage-schema";

/** The workbook is binary; this names it for documentation. */
export const workbookSchema = z.string().describe("An Office Open XML workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet): a 说明 sheet, then one sheet per table.");

const url = z.string().url();
const value = z.union([z.string(), z.number(), z.null()]);
const row = z.record(z.string(), value);
const tableMeta = datasetMetaSchema.shape.tables.element;
const tableWithLinks = tableMeta.extend({ url, csv_url: url });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    errors: z.array(z.object({ param: z.string(), message: z.string() }).strict()),
  })
  .strict();

export const columnSchema = z
  .object({
    name: z.string(),
    label: z.string(),
    type: z.enum(["string", "text", "code", "amount", "integer", "number", "date"]),
    unit: z.string().nullable(),
    description: z.string(),
  })
  .strict();

export const indexSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    version: z.string(),
    datasets: z.array(z.object({ id: z.string(), title_zh: z.string(), title_en: z.string(), year: z.number().int(), url }).strict()).describe("The first datasets of the catalogue (at most 20); all of them, filtered and paged, at links.datasets."),
    datasets_total: z.number().int().describe("How many datasets the catalogue holds."),
    links: z.record(z.string(), url),
    routes: z.array(z.object({ name: z.string(), path: z.string(), summary: z.string(), formats: z.array(z.string()) }).strict()),
  })
  .strict();

export const datasetListSchema = z
  .object({
    version: z.string(),
    total: z.number().int(),
    datasets: z.array(
      datasetMetaSchema
        .pick({ id: true, title_zh: true, title_en: true, department: true, year: true, kind: true, unit: true, version: true })
        .extend({ row_counts: z.record(z.string(), z.number().int()), url })
        .strict(),
    ),
    /** The next page of the catalogue (same filters), or null on the last page. */
    next: url.nullable(),
  })
  .strict();

export const datasetSchema = datasetMetaSchema.extend({
  tables: z.array(tableWithLinks),
  notes: z.array(z.string()),
  links: z.record(z.string(), url),
});

export const tableListSchema = z
  .object({ dataset: z.string(), version: z.string(), total: z.number().int(), tables: z.array(tableWithLinks) })
  .strict();

export const tableRowsSchema = z
  .object({
    dataset: z.string(),
    table: z.string(),
    title_zh: z.string(),
    note: z.string().nullable(),
    version: z.string(),
    columns: z.array(columnSchema),
    rows: z.array(row),
    total: z.number().int(),
    next: url.nullable(),
  })
  .strict();

export const rowSchema = z
  .object({
    dataset: z.string(),
    table: z.string(),
    id: z.string(),
    version: z.string(),
    columns: z.array(columnSchema),
    row,
    provenance: z
      .object({ source_file: value, source_line: value, source_sha256: z.string().nullable(), source_url: z.string().nullable() })
      .strict(),
    corrections: z.array(appliedCorrectionSchema),
    links: z.object({ self: url, table: url, dataset: url }).strict(),
  })
  .strict();

export const checksSchema = z
  .object({
    dataset: z.string(),
    version: z.string(),
    unit: z.string(),
    summary: datasetMetaSchema.shape.checks_summary,
    total: z.number().int(),
    checks: z.array(checkSchema),
  })
  .strict();

export const aggregateSchema = tableRowsSchema.extend({
  source: z.enum(["facts", "budget-lines"]),
  datasets: z.array(z.string()),
  group_by: z.array(z.string()),
  summed: z.string(),
  grand_total: z.object({ amount: z.number().nullable(), count: z.number().int() }).strict(),
});

export const searchSchema = z
  .object({
    q: z.string(),
    terms: z.array(z.string()),
    version: z.string(),
    total: z.number().int(),
    hits: z.array(
      z
        .object({
          dataset: z.string(),
          table: z.string(),
          id: z.string(),
          title: value,
          url,
          match: z.enum(MATCH_KINDS).describe("Why the hit ranks where it does: phrase (the words as typed, next to each other, in one field), field (every word in one field), row (every word somewhere in the row). Hits are listed phrase first, then field, then row; within each, a match in the title (project name, indicator, budget item) before one in a label, before one in long text; then in catalogue order."),
          matches: z.array(z.object({ column: z.string(), label: z.string(), snippet: z.string() }).strict()),
          row,
        })
        .strict(),
    ),
    next: url.nullable(),
  })
  .strict();

const problemTypeSchema = z.object({ type: z.string(), status: z.number().int(), title: z.string(), description: z.string() }).strict();
export const problemListSchema = z.object({ problems: z.array(problemTypeSchema) }).strict();
export { problemTypeSchema };

/** GET /openapi.json: only the frame of an OpenAPI 3.1 document; a linter checks the rest. */
export const openApiSchema = z
  .object({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.object({ title: z.string(), version: z.string() }).loose(),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .loose();
