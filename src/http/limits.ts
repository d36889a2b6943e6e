/**
 * Limits every request must pass before any route runs: URL length, number and length of
 * query parameters. The rate limit comes before them, in the Worker's outer layer
 * (rate-limit.ts), so refused requests count too.
 */
import { BASE_SECURITY_HEADERS } from "./security-headers";
import type { MiddlewareHandler } from "hono";
import { EXPOSED_HEADERS } from "./headers";
import { problemResponse, ProblemError } from "../lib/problem";
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

/**
 * The Accept header is read by negotiation, the response cache's key and the page-or-problem
 * choice, each in time that grows with its length; no client needs more than a few hundred
 * characters. Checked in front of the response cache (serve-cached.ts), before any of them.
 */
export const MAX_ACCEPT_LENGTH = 4096;

/** The 431 for an over-long Accept header, or null. A problem+json whatever Accept says (it is not to be parsed). */
export function oversizedHeader(request: Request): Response | null {
  const accept = request.headers.get("Accept");
  if (accept === null || accept.length <= MAX_ACCEPT_LENGTH) return null;
  const n = accept.length.toLocaleString("en");
  return problemResponse(
    "header-too-large",
    `Accept 请求头有 ${n} 个字符，最多接受 ${MAX_ACCEPT_LENGTH.toLocaleString("en")} 个。The Accept header has ${n} characters; at most ${MAX_ACCEPT_LENGTH.toLocaleString("en")} are accepted.`,
    [{ param: "Accept", message: `at most ${MAX_ACCEPT_LENGTH} characters` }],
    {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": EXPOSED_HEADERS.join(","),
      ...BASE_SECURITY_HEADERS,
    },
  );
}
