/**
 * components.schemas from the zod schemas that the tests hold responses to: one registry,
 * one conversion, so shared parts (Column, Problem) become $refs instead of copies.
 * Run by `npm run gen:schemas` into generated/component-schemas.json (a test keeps the two equal).
 */
import { z } from "zod";
import type { RouteSpec } from "../spec/route-spec";
import * as responseSchemas from "../spec/responses";
import { columnSchema, problemSchema } from "../spec/responses";
import { pascal, PROBLEM } from "./json-schemas";
import type { JsonSchema } from "./types";

/**
 * JSON Schema 2020-12 of each named zod schema, plus Problem and Column. Returns the
 * component name given to each input name (a schema listed twice keeps its first name).
 */
export function componentSchemas(named: readonly { name: string; schema: z.ZodType }[]): {
  schemas: Record<string, JsonSchema>;
  names: Record<string, string>;
} {
  const registry = z.registry<{ id: string }>();
  registry.add(problemSchema, { id: PROBLEM });
  registry.add(columnSchema, { id: "Column" });
  const names: Record<string, string> = {};
  for (const { name, schema } of named) {
    const existing = registry.get(schema)?.id;
    names[name] = existing ?? `${pascal(name)}Response`;
    if (!existing) registry.add(schema, { id: names[name] });
  }
  const out = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    // Inside an OpenAPI 3.1 document the dialect is the document's and ids would re-base $refs.
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    schemas[id] = rest;
  }
  return { schemas, names };
}

/** What generated/component-schemas.json holds: the components of every route's response. */
export function routeComponents(routes: readonly RouteSpec[]) {
  return componentSchemas(routes.map((r) => ({ name: r.name, schema: responseSchemas[r.response] })));
}
