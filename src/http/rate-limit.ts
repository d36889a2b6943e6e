/**
 * The per-client rate limit (Cloudflare's rate-limiting binding): who is over it, and the 429.
 * The Worker entries put it outermost (src/rate-limited.ts).
 */
import { BASE_SECURITY_HEADERS } from "./security-headers";
import { clientNetwork } from "./client-network";
import { EXPOSED_HEADERS } from "./headers";
import { problemResponse } from "../lib/problem";

/** Must match the period of the [[ratelimits]] binding in wrangler.toml. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The bindings this layer reads; absent in bare workerd (the benchmark), where nothing is limited. */
export type Limited = { RATE_LIMITER?: RateLimiter };

/** Whether this request is over its client's rate limit (one more request counted for it). */
export async function isRateLimited(request: Request, env: Limited | undefined): Promise<boolean> {
  // Cloudflare sets CF-Connecting-IP on every request at the edge; local runs without it are not limited.
  const client = request.headers.get("CF-Connecting-IP");
  const limiter = env?.RATE_LIMITER;
  // Counted per network (an IPv6 /64), so rotating addresses within one does not multiply the limit.
  return Boolean(client && limiter && !(await limiter.limit({ key: clientNetwork(client) })).success);
}

/** The 429, with the headers the app gives every problem (it never reaches the app). */
export function tooManyRequests(): Response {
  return problemResponse("too-many-requests", `Rate limit exceeded for this client; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, [], {
    "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS),
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": [...EXPOSED_HEADERS, "Retry-After"].join(","),
    ...BASE_SECURITY_HEADERS,
  });
}
