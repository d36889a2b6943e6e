/**
 * The per-client rate limit (Cloudflare's rate-limiting binding), as the Worker's outermost
 * layer: every request counts, whatever is wrong with it and whether or not the response
 * cache could answer it, so no kind of request is free to repeat.
 */
import { problemForBrowser } from "../pages/error-page";
import { EXPOSED_HEADERS } from "./headers";
import { problemResponse } from "./problem";

/** Must match the period of the [[ratelimits]] binding in wrangler.toml. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The bindings this layer reads; absent in bare workerd (the benchmark), where nothing is limited. */
export type Limited = { RATE_LIMITER?: RateLimiter };

/** A Worker's fetch handler (the context left generic: this file is also type-checked for Node). */
interface FetchHandler<E, C> {
  fetch(request: Request, env: E, ctx: C): Response | Promise<Response>;
}

/** Whether this request is over its client's rate limit (one more request counted for it). */
export async function isRateLimited(request: Request, env: Limited | undefined): Promise<boolean> {
  // Cloudflare sets CF-Connecting-IP on every request at the edge; local runs without it are not limited.
  const client = request.headers.get("CF-Connecting-IP");
  const limiter = env?.RATE_LIMITER;
  return Boolean(client && limiter && !(await limiter.limit({ key: client })).success);
}

/** The 429, with the headers the app gives every problem (it never reaches the app). */
export function tooManyRequests(): Response {
  return problemResponse("too-many-requests", `Rate limit exceeded for this client; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, [], {
    "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS),
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": [...EXPOSED_HEADERS, "Retry-After"].join(","),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  });
}

/** `handler` behind the rate limit. */
export function withRateLimit<E extends Limited, C>(handler: FetchHandler<E, C>): { fetch: FetchHandler<E, C>["fetch"] } {
  return {
    async fetch(request, env, ctx) {
      // The 429 never reaches the app, so it passes the app's problem-to-page step here.
      if (await isRateLimited(request, env)) return problemForBrowser(request, tooManyRequests());
      return handler.fetch(request, env, ctx);
    },
  };
}
