/** zod schemas of the descriptor (GET …/datapackage.json) and of the zip download, for the route registry. */
import { z } from "zod";

export const constraintsSchema = z
  .object({ required: z.literal(true).optional(), enum: z.array(z.string()).min(1).optional(), pattern: z.string().optional() })
  .strict();

export const fieldSchema = z
  .object({
    name: z.string(),
    type: z.enum(["string", "number", "integer", "date"]),
    title: z.string(),
    description: z.string(),
    constraints: constraintsSchema.optional(),
    // Fiscal Data Package terms.
    columnType: z.string().optional(),
    currency: z.string().optional(),
    factor: z.number().optional(),
    direction: z.enum(["expenditure", "revenue"]).optional(),
    phase: z.enum(["approved", "executed"]).optional(),
    classificationType: z.enum(["functional", "administrative"]).optional(),
  })
  .strict();

export const resourceSchema = z
  .object({
    profile: z.literal("tabular-data-resource"),
    name: z.string().regex(/^[-a-z0-9._/]+$/),
    path: z.string(),
    title: z.string(),
    description: z.string(),
    format: z.literal("csv"),
    mediatype: z.literal("text/csv"),
    encoding: z.literal("utf-8"),
    bytes: z.number().int().optional(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
    dialect: z
      .object({ delimiter: z.literal(","), lineTerminator: z.literal("\r\n"), quoteChar: z.literal('"'), doubleQuote: z.literal(true), header: z.literal(true) })
      .strict(),
    schema: z
      .object({
        fields: z.array(fieldSchema).min(1),
        missingValues: z.array(z.string()),
        primaryKey: z.string(),
        foreignKeys: z.array(z.object({ fields: z.string(), reference: z.object({ resource: z.string(), fields: z.string() }).strict() }).strict()).optional(),
      })
      .strict(),
  })
  .strict();

export const datapackageSchema = z
  .object({
    profile: z.literal("tabular-data-package"),
    name: z.string().regex(/^[-a-z0-9._/]+$/),
    id: z.string(),
    title: z.string(),
    description: z.string(),
    version: z.string(),
    homepage: z.string().url().optional(),
    keywords: z.array(z.string()),
    sources: z.array(z.object({ title: z.string(), path: z.string().optional(), hash: z.string(), bytes: z.number().int() }).strict()).min(1),
    licenses: z.array(z.object({ name: z.string().optional(), title: z.string() }).strict()).optional(),
    countryCode: z.string(),
    fiscalPeriod: z.object({ start: z.string(), end: z.string() }).strict(),
    resources: z.array(resourceSchema).min(1),
  })
  .strict();

/** The zip is binary; this names it for documentation (application/zip). */
export const downloadSchema = z.string().describe("A zip archive (application/zip): README.txt, datapackage.json, data/<table>.csv, checks.json, corrections.json, dataset.xlsx.");
