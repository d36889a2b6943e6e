/**
 * What a route of the API promises: path, summary, formats, query parameters and response
 * schema. Each route declares its own beside its handler (src/routes); GET /v1, the OpenAPI
 * document and /docs read them from the list in src/routes/index.ts.
 */
import type { Format } from "../lib/media-types";
/** Response schemas are named, not imported: zod loads only where a schema is used (OpenAPI, tests). */
import type * as Schemas from "./responses";

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
