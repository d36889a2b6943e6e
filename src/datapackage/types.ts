/**
 * Types of the Frictionless Tabular Data Package (v1) this project writes, with the Fiscal
 * Data Package terms it adds to fields (the spec allows extra properties): from the zod schemas.
 */
import type { z } from "zod";
import type { constraintsSchema, datapackageSchema, fieldSchema, resourceSchema } from "../spec/datapackage-schema";

export type Descriptor = z.infer<typeof datapackageSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type FieldType = Field["type"];
export type FieldConstraints = z.infer<typeof constraintsSchema>;
export type CsvDialect = Resource["dialect"];
export type ForeignKey = NonNullable<Resource["schema"]["foreignKeys"]>[number];

/** Fiscal Data Package terms of an amount field: FDP 0.3 measure terms, and FDP 1.0's `columnType`. */
export type MeasureTerms = Required<Pick<Field, "columnType" | "currency" | "factor" | "phase">> & Pick<Field, "direction">;

/** Fiscal Data Package terms of a classification field. */
export type ClassificationTerms = Required<Pick<Field, "columnType" | "classificationType">>;
