/**
 * Names and references of components.schemas. The schemas themselves are converted from
 * zod at build time (component-schemas.ts → generated/component-schemas.json), so the Worker
 * carries no zod.
 */
import type { JsonSchema } from "./types";
import generated from "./generated/component-schemas.json";

export const PROBLEM = "Problem";

/** `table-row` → `TableRow`. */
export function pascal(name: string): string {
  return name.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase());
}

export function schemaRef(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

/** components.schemas and the component name of each route's response, as generated from the zod schemas. */
export const COMPONENTS = generated as { schemas: Record<string, JsonSchema>; names: Record<string, string> };
