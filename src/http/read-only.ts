/** The site is read-only: the methods it answers, and the one 405 for any other. */
import type { Context } from "hono";
import { problemResponse } from "../lib/problem";

/** The methods every path answers (OPTIONS: the CORS preflight). */
export const READ_METHODS = ["GET", "HEAD", "OPTIONS"];

/** The 405 for a method outside READ_METHODS on a path that exists; `whose` names what is read-only ("this API is"). */
export function methodNotAllowed(whose: string) {
  return (c: Context): Response =>
    problemResponse("method-not-allowed", `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; ${whose} read-only.`, [], { Allow: READ_METHODS.join(", ") });
}
