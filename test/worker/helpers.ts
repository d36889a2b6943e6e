/** Calls the real Worker (the module's default export) the way a client would. */
import { exports } from "cloudflare:workers";
import { expect } from "vitest";

export const ORIGIN = "http://api.test";
/** The dataset built from the committed seed (its id is stable; its version is not asserted). */
export const DATASET = "2021-0a69ee67";
export const D = `/v1/datasets/${DATASET}`;

export function get(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(path.startsWith("http") ? path : ORIGIN + path, init));
}

export async function getJson<T = any>(path: string, init: RequestInit = {}): Promise<{ res: Response; body: T }> {
  const res = await get(path, init);
  const body = (await res.json()) as T;
  return { res, body };
}

/**
 * The body as UTF-8 text, without workerd's warning that a type it does not know as text
 * (application/x-ndjson) may be corrupted. A BOM is dropped, as Response.text() does, unless
 * the test is about the bytes and keeps it.
 */
export async function bodyAsText(res: Response, bom: "drop" | "keep" = "drop"): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: bom === "keep" }).decode(await res.arrayBuffer());
}

/** Asserts the RFC 9457 problem shape, CORS and nosniff; returns the body. */
export async function expectProblem(res: Response, status: number): Promise<any> {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  const body = (await res.json()) as any;
  expect(Object.keys(body).sort()).toEqual(["detail", "errors", "status", "title", "type"]);
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  expect(body.type).toMatch(/^\/v1\/problems\/[a-z-]+$/);
  for (const e of body.errors) expect(Object.keys(e).sort()).toEqual(["message", "param"]);
  return body;
}

/** `?…` from an object, keeping the order given. */
export function qs(params: Record<string, string>): string {
  return "?" + new URLSearchParams(params).toString();
}
