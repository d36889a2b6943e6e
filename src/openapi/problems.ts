/** components.responses: one problem+json response per problem type, and which operations list it. */
import { PROBLEMS, problemBody, PROBLEM_CONTENT_TYPE, type ProblemSlug } from "../lib/problem";
import { pascal, PROBLEM, schemaRef } from "./json-schemas";
import type { Ref, ResponseObject } from "./types";

export const PROBLEM_MEDIA_TYPE = PROBLEM_CONTENT_TYPE.split(";")[0];

/** The problem types an operation can answer with, given its path parameters and query parameters. */
export function problemsFor(pathParams: readonly string[], queryParams: readonly string[]): ProblemSlug[] {
  return (Object.keys(PROBLEMS) as ProblemSlug[]).filter((slug) => {
    if (slug === "method-not-allowed") return false; // documented operations are all GET
    if (slug === "not-found") return pathParams.length > 0;
    if (slug === "stale-cursor") return queryParams.includes("_next");
    if (slug === "overlapping-sum") return queryParams.includes("_group");
    return true;
  });
}

export function problemResponseRef(slug: ProblemSlug): Ref {
  return { $ref: `#/components/responses/${pascal(slug)}` };
}

/** One response component per problem type an operation lists, with an example body (details filled in later from real requests where cheap). */
export function problemResponses(): Record<string, ResponseObject> {
  const out: Record<string, ResponseObject> = {};
  for (const slug of problemsFor(["any"], ["_next", "_group"])) {
    const { title, description } = PROBLEMS[slug];
    out[pascal(slug)] = {
      description: `${title}: ${description}`,
      headers: { "Cache-Control": { description: "`no-store`: errors are never cached.", schema: { type: "string", const: "no-store" } } },
      content: {
        [PROBLEM_MEDIA_TYPE]: {
          schema: schemaRef(PROBLEM),
          examples: { [slug]: { summary: title, value: problemBody(slug, description) } },
        },
      },
    };
  }
  return out;
}
