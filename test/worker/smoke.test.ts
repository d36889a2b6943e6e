import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";

it("runs inside workerd", () => {
  expect(navigator.userAgent).toBe("Cloudflare-Workers");
});

it("serves /healthz", async () => {
  const res = await exports.default.fetch("http://example.com/healthz");
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('{"ok":true}');
});
