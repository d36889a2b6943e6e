/**
 * The pages take no query parameters: an unknown one is the API's usual 400, never a page
 * rendered (and cached) once more under another URL.
 */
import { ProblemError } from "../http/problem";
import { parseQuery } from "../query/parse";

/** The problem with a page's query string, or null when it has none. */
export function pageQueryProblem(url: URL): ProblemError | null {
  const parsed = parseQuery(url.searchParams, { reserved: [], formats: [] });
  if (parsed.ok) return null;
  const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
  return new ProblemError("invalid-query", `This page takes no query parameters: ${names}.`, parsed.errors);
}
