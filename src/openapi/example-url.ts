/**
 * Turns an operation's named example into a request path, serializing each parameter as
 * its Parameter object says (path: simple; query: form, arrays comma-joined unless exploded,
 * objects exploded into `key=value` pairs). The contract test and /docs use the same function.
 */
import type { Operation } from "./types";

/**
 * Example names of an operation: the keys of its parameters' `examples`, in first-seen order;
 * `default` for an operation without parameters to fill; none when a path parameter has no example.
 */
export function exampleNames(op: Operation): string[] {
  const names = new Set<string>();
  for (const p of op.parameters) for (const name of Object.keys(p.examples ?? {})) names.add(name);
  if (op.parameters.some((p) => p.in === "path" && !p.examples)) return [];
  if (names.size === 0) names.add("default");
  return [...names];
}

/** `/v1/…?…` for the example `name` of the operation at `template`. */
export function examplePath(template: string, op: Operation, name: string): string {
  let path = template;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    const example = p.examples?.[name];
    if (!example) {
      if (p.in === "path") throw new Error(`${op.operationId}: path parameter ${p.name} has no example '${name}'`);
      continue;
    }
    const value = example.value;
    if (p.in === "path") {
      path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    } else if (Array.isArray(value)) {
      if (p.explode === false) query.append(p.name, value.join(","));
      else for (const v of value) query.append(p.name, String(v));
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) query.append(k, String(v));
    } else {
      query.append(p.name, String(value));
    }
  }
  // Commas separate list items and are legal in a query; left unescaped, commands stay readable.
  const qs = query.toString().replace(/%2C/g, ",");
  return qs ? `${path}?${qs}` : path;
}
