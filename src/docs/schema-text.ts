/** Short human descriptions of parameter schemas and shell-quoted curl commands, for /docs. */
import { examplePath } from "../openapi/example-url";
import type { JsonSchema, Operation } from "../openapi/types";

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(", ") : "");

/** `integer 1–1000, default 100`, `one of: a, b`, `comma list of …`. */
export function schemaText(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.type === "array") {
    const items = (schema.items ?? {}) as JsonSchema;
    parts.push(items.enum ? `comma list of: ${list(items.enum)}` : "comma list");
  } else if (schema.type === "object") {
    parts.push("col=value, col__op=value …");
  } else if (schema.enum) {
    parts.push(`one of: ${list(schema.enum)}`);
  } else {
    parts.push(String(schema.type ?? "any"));
    if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum}–${schema.maximum}`);
    if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} characters`);
  }
  if (schema.default !== undefined) parts.push(`default ${schema.default}`);
  return parts.join(", ");
}

/** Quotes `text` for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The URL with percent-encoded UTF-8 (Chinese) shown as text; ASCII escapes such as %26 stay. */
function readable(url: string): string {
  return url.replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** `curl '<origin><path>'` for the example `name` of an operation. */
export function curlCommand(origin: string, template: string, op: Operation, name: string): string {
  return `curl ${shellQuote(readable(origin + examplePath(template, op, name)))}`;
}
