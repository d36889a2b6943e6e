/**
 * The per-client rate limit as the Worker's outermost layer: every request counts, whatever
 * is wrong with it and whether or not the response cache could answer it, so no kind of
 * request is free to repeat.
 */
import { isRateLimited, tooManyRequests, type Limited } from "./http/rate-limit";
import { problemForBrowser } from "./pages/error-page";

/** A Worker's fetch handler, whatever its bindings and context (the two entries differ in their bindings). */
interface FetchHandler<E, C> {
  fetch(request: Request, env: E, ctx: C): Response | Promise<Response>;
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
