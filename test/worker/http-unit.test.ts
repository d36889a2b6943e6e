/** HTTP helpers as pure functions: negotiation, validators, download names. */
import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "../../src/http/etag";
import { contentDisposition } from "../../src/http/headers";
import { negotiate, parseAccept, splitExtension } from "../../src/http/negotiate";

describe("negotiation and headers", () => {
  const offered = ["json", "csv", "ndjson"] as const;
  const pick = (accept: string | null, extension: "csv" | null = null, param: "ndjson" | null = null) => negotiate({ extension, param, accept }, offered);
  it("lets the extension win, then format=, then Accept", () => {
    expect(pick("application/json", "csv", "ndjson")).toBe("csv");
    expect(pick("application/json", null, "ndjson")).toBe("ndjson");
    expect(pick("text/csv")).toBe("csv");
    expect(pick("application/x-ndjson")).toBe("ndjson");
    expect(pick("text/csv;q=0.5, application/json")).toBe("json");
    expect(pick("text/*")).toBe("csv");
    expect(pick("*/*")).toBe("json");
    expect(pick("text/html,application/xhtml+xml,*/*;q=0.8")).toBe("json");
    expect(pick(null)).toBe("json");
    expect(pick("")).toBe("json");
    expect(pick("application/xml")).toBe(null);
    expect(pick("application/json;q=0, */*")).toBe("csv");
    expect(parseAccept("garbage, text/csv;q=0.3").map((r) => r.q)).toEqual([0.3]);
  });
  it("splits known extensions only", () => {
    expect(splitExtension("projects.csv")).toEqual({ base: "projects", format: "csv" });
    expect(splitExtension("projects")).toEqual({ base: "projects", format: null });
    expect(splitExtension(".csv")).toEqual({ base: ".csv", format: null });
  });
  it("matches If-None-Match lists, weak tags and *", () => {
    expect(ifNoneMatchHits('"a", "b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits("*", '"b"')).toBe(true);
    expect(ifNoneMatchHits('"c"', '"b"')).toBe(false);
    expect(ifNoneMatchHits(null, '"b"')).toBe(false);
  });
  it("writes an ASCII filename and a UTF-8 one", () => {
    expect(contentDisposition("d-t", "预算-项目(1)", "csv")).toBe(
      `attachment; filename="d-t.csv"; filename*=UTF-8''%E9%A2%84%E7%AE%97-%E9%A1%B9%E7%9B%AE%281%29.csv`,
    );
  });
  it("drops control, zero-width and bidi characters from the UTF-8 filename", () => {
    // U+202E would show "预算vsc.exe" as "预算exe.csv"; U+200B hides inside a name; NUL and DEL are controls.
    expect(contentDisposition("d-t", "预\u200b算\u202Eexe.\u0000\u007f\u2066x\u2069\ufeff", "csv")).toBe(
      `attachment; filename="d-t.csv"; filename*=UTF-8''%E9%A2%84%E7%AE%97exe.x.csv`,
    );
  });
});

describe("the rate limit's client key", () => {
  it("is an IPv6 address's /64 (however it is spelled), an IPv4 address itself, and an unparseable value as sent", async () => {
    const { clientNetwork } = await import("../../src/http/client-network");
    expect(clientNetwork("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:0DB8:0001:0002::ffff")).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
    expect(clientNetwork("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientNetwork("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientNetwork("::ffff:c000:207")).toBe("192.0.2.7");
    expect(clientNetwork("64:ff9b::192.0.2.7")).toBe("64:ff9b:0:0::/64");
    expect(clientNetwork("192.0.2.7")).toBe("192.0.2.7");
    expect(clientNetwork("1:2:3:4:5:6:7:8:9")).toBe("1:2:3:4:5:6:7:8:9");
    expect(clientNetwork("1::2::3")).toBe("1::2::3");
    expect(clientNetwork("gggg::1")).toBe("gggg::1");
  });
});
