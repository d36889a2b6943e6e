/**
 * Limits every request must pass before any route runs: URL length, number and length of
 * query parameters. The rate limit comes before them, in the Worker's outer layer
 * (rate-limit.ts), so refused requests count too.
 */
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "./problem";
import type { Limited } from "./rate-limit";

export type { Limited } from "./rate-limit";

export const MAX_URL_LENGTH = 8192;
export const MAX_PARAMS = 32;
export const MAX_VALUE_LENGTH = 1000;
export const limits: MiddlewareHandler<{ Bindings: Limited }> = async (c, next) => {
  const url = c.req.url;
  if (url.length > MAX_URL_LENGTH) {
    throw new ProblemError("uri-too-long", `The URL has ${url.length} characters; at most ${MAX_URL_LENGTH} are accepted.`);
  }
  const params = [...new URL(url).searchParams];
  // The table page's column chooser (a form without script) sends one `_fields` per column ticked: they count as one.
  const counted = params.length - Math.max(0, params.filter(([k]) => k === "_fields").length - 1);
  if (counted > MAX_PARAMS) {
    throw new ProblemError("invalid-query", `${counted} query parameters; at most ${MAX_PARAMS} are accepted.`, [{ param: "(query)", message: `at most ${MAX_PARAMS} parameters` }]);
  }
  const long = params.find(([, v]) => v.length > MAX_VALUE_LENGTH);
  if (long) {
    throw new ProblemError("invalid-query", `The value of ${long[0]} has ${long[1].length} characters; at most ${MAX_VALUE_LENGTH} are accepted.`, [{ param: long[0], message: `at most ${MAX_VALUE_LENGTH} characters` }]);
  }
  await next();
};
