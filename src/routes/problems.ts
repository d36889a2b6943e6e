/** GET /v1/problems and /v1/problems/{type}: what each problem `type` of an error body means. */
import { jsonPayload, respond } from "../http/respond";
import { PROBLEMS, ProblemError, problemType, type ProblemSlug } from "../lib/problem";
import { RENDER_REVISION } from "../http/etag";
import { type ApiRoute, JSON_ONLY } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { DOC_PARAMS } from "../spec/params";

function describe(slug: ProblemSlug) {
  const { status, title, description } = PROBLEMS[slug];
  return { type: problemType(slug), status, title, description };
}

export async function listProblems(c: AppContext): Promise<Response> {
  const { format } = negotiated(c);
  return respond({
    request: c.req.raw,
    version: `api-${RENDER_REVISION}`,
    versionHeader: false,
    format,
    render: () => jsonPayload({ problems: (Object.keys(PROBLEMS) as ProblemSlug[]).map(describe) }),
  });
}

export async function getProblem(c: AppContext): Promise<Response> {
  const slug = c.req.param("type") ?? "";
  if (!Object.hasOwn(PROBLEMS, slug)) throw new ProblemError("not-found", `No problem type '${slug}'. Types: ${Object.keys(PROBLEMS).join(", ")}.`);
  const { format } = negotiated(c);
  return respond({ request: c.req.raw, version: `api-${RENDER_REVISION}`, versionHeader: false, format, render: () => jsonPayload(describe(slug as ProblemSlug)) });
}

export const problemsRoute = { name: "problems", path: honoPath(API_PATHS.problems), template: API_PATHS.problems, summary: "The problem types of error responses.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "problemListSchema", handler: listProblems } satisfies ApiRoute;

export const problemRoute = { name: "problem", path: honoPath(API_PATHS.problem), template: API_PATHS.problem, summary: "One problem type.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "problemTypeSchema", handler: getProblem } satisfies ApiRoute;
