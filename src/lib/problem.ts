/** RFC 9457 problem details: the one body shape of every 4xx and 5xx response. */

/** One thing wrong with a request parameter: the parameter as written and what is allowed. */
export interface ParamError {
  param: string;
  message: string;
}

export const PROBLEMS = {
  "invalid-query": { status: 400, title: "Invalid query", description: "A query parameter is unknown, names an unknown column or operator, or has a value that does not parse. `errors` names each parameter and what is allowed." },
  "overlapping-sum": { status: 400, title: "Sum would count money twice", description: "The amounts the request would add overlap: revenue with expenditure, two years, or (over budget lines) a total with its parts, two tables' copies of one figure, two breakdowns of one total. `errors` says which parameter to change; the facts (the default of aggregate) never overlap." },
  "not-found": { status: 404, title: "Not found", description: "No such route, dataset, table or row." },
  "method-not-allowed": { status: 405, title: "Method not allowed", description: "The API is read-only: GET, HEAD and OPTIONS. The Allow header lists them." },
  "not-acceptable": { status: 406, title: "Not acceptable", description: "The Accept header excludes every format this resource offers (application/json, text/csv, application/x-ndjson, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); use an extension or ?format= instead." },
  "uri-too-long": { status: 414, title: "URI too long", description: "The request URL is longer than this API accepts (8,192 characters). Narrow the query; no filter needs that much text." },
  "header-too-large": { status: 431, title: "Request header too large", description: "A request header is longer than this API reads (Accept: 4,096 characters). No format or page needs that much; send a shorter one." },
  "too-many-requests": { status: 429, title: "Too many requests", description: "This client sent more requests than the rate limit allows. Wait the number of seconds in the Retry-After header and try again." },
  "stale-cursor": { status: 410, title: "Cursor from another version of the data", description: "The `_next` cursor was issued for a version of the dataset that is no longer served. Start again from the first page." },
  "data-unavailable": { status: 503, title: "Data unavailable", description: "The data of this dataset could not be read from storage: an object of this build is missing, or is not what the build wrote (truncated, damaged, swapped). A fault of the deployment, never of the request; never cached, so a repaired store is read again." },
  "internal-error": { status: 500, title: "Internal server error", description: "A fault of the server, never of the request." },
} as const;

export type ProblemSlug = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: ParamError[];
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

/** The type URI of a problem; it resolves to its description on this API. */
export function problemType(slug: ProblemSlug): string {
  return `/v1/problems/${slug}`;
}

/** A problem lists at most this many errors, then how many more there were: its size never grows with the query. */
export const MAX_ERRORS = 10;

/** The first MAX_ERRORS errors and, past them, one that counts the rest. */
export function boundedErrors(errors: readonly ParamError[]): ParamError[] {
  if (errors.length <= MAX_ERRORS) return [...errors];
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { param: "(query)", message: `${rest} more error${rest > 1 ? "s" : ""} not listed; fix these first.` }];
}

/** The problem body: built here and nowhere else. */
export function problemBody(slug: ProblemSlug, detail: string, errors: ParamError[] = []): ProblemBody {
  const { status, title } = PROBLEMS[slug];
  return { type: problemType(slug), title, status, detail, errors: boundedErrors(errors) };
}

/** A problem+json response; errors are never cached. */
export function problemResponse(slug: ProblemSlug, detail: string, errors: ParamError[] = [], headers: Record<string, string> = {}): Response {
  const body = problemBody(slug, detail, errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/** Thrown by handlers and helpers; app.onError turns it into its problem response. */
export class ProblemError extends Error {
  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly errors: ParamError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  toResponse(): Response {
    return problemResponse(this.slug, this.detail, this.errors, this.headers);
  }
}
