/** The parts of an OpenAPI 3.1 document this generator writes and the /docs page reads. */

export type JsonSchema = Record<string, unknown>;

export interface Example {
  summary?: string;
  description?: string;
  value: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  description: string;
  required?: boolean;
  schema: JsonSchema;
  style?: "simple" | "form";
  explode?: boolean;
  examples?: Record<string, Example>;
}

export interface MediaType {
  schema: JsonSchema;
  examples?: Record<string, Example>;
}

export interface Header {
  description: string;
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, Header | Ref>;
  content?: Record<string, MediaType>;
}

export interface Ref {
  $ref: string;
}

export interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: Parameter[];
  responses: Record<string, ResponseObject | Ref>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    headers: Record<string, Header>;
  };
}

/** One documented request of an operation: its parameter values and the response it gets. */
export interface ExampleRequest {
  /** Key shared by the parameters' and the response's `examples`. */
  name: string;
  summary: string;
  /** Path and query parameter values (query arrays are comma lists, `filters` an object). */
  params: Record<string, string | number | string[] | Record<string, string>>;
  /** The JSON body the Worker answered, lists cut (see trim.ts). */
  response?: unknown;
}
