import { expect, it } from "vitest";
import { get } from "./helpers";

it("runs inside workerd", () => {
  expect(navigator.userAgent).toBe("Cloudflare-Workers");
});

it("serves the index at /v1 and redirects / to it", async () => {
  const res = await get("/v1");
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  const root = await get("/", { redirect: "manual" });
  expect(root.status).toBe(302);
  expect(new URL(root.headers.get("Location")!, "http://x").pathname).toBe("/v1");
});
