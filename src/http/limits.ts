/**
 * Limits every request must pass before any route runs: URL length, number and length of
 * query parameters, and a per-client rate limit (Cloudflare's rate-limiting binding).
 */
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "./problem";

export const MAX_URL_LENGTH = 8192;
export const MAX_PARAMS = 32;
export const MAX_VALUE_LENGTH = 1000;
/** Must match the period of the [[ratelimits]] binding in wrangler.toml. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The bindings this middleware reads; absent in bare workerd (the benchmark), where nothing is limited. */
export type Limited = { RATE_LIMITER?: RateLimiter };

export const limits: MiddlewareHandler<{ Bindings: Limited }> = async (c, next) => {
  const url = c.req.url;
  if (url.length > MAX_URL_LENGTH) {
    throw new ProblemError("uri-too-long", `The URL has ${url.length} characters; at most ${MAX_URL_LENGTH} are accepted.`);
  }
  const params = [...new URL(url).searchParams];
  if (params.length > MAX_PARAMS) {
    throw new ProblemError("invalid-query", `${params.length} query parameters; at most ${MAX_PARAMS} are accepted.`, [{ param: "(query)", message: `at most ${MAX_PARAMS} parameters` }]);
  }
  const long = params.find(([, v]) => v.length > MAX_VALUE_LENGTH);
  if (long) {
    throw new ProblemError("invalid-query", `The value of ${long[0]} has ${long[1].length} characters; at most ${MAX_VALUE_LENGTH} are accepted.`, [{ param: long[0], message: `at most ${MAX_VALUE_LENGTH} characters` }]);
  }
  if (await isRateLimited(c.req.raw, c.env)) {
    throw new ProblemError("too-many-requests", `Rate limit exceeded for this client; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, [], { "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS) });
  }
  await next();
};

/** Whether this request is over its client's rate limit. */
export async function isRateLimited(request: Request, env: Limited | undefined): Promise<boolean> {
  // Cloudflare sets CF-Connecting-IP on every request at the edge; local runs without it are not limited.
  const client = request.headers.get("CF-Connecting-IP");
  const limiter = env?.RATE_LIMITER;
  return Boolean(client && limiter && !(await limiter.limit({ key: client })).success);
}
