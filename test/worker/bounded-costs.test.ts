/**
 * No request costs much more than an ordinary one, and every bad one is a clear 400:
 * suggestions compare only plausible names, search caps its words, problem bodies cap
 * their lists, dates are days of the calendar, cursors belong to one query, and pages
 * take no query string.
 */
import { describe, expect, it } from "vitest";
import { MAX_ERRORS } from "../../src/lib/problem";
import { encodeCursor, queryKey } from "../../src/query/cursor";
import { cappedEditDistance } from "../../src/lib/edit-distance";
import { closest, listSome, MAX_SUGGEST_LENGTH } from "../../src/lib/suggest";
import { isCalendarDate } from "../../src/query/values";
import { TABLE_LIST } from "../../src/schema/tables";
import { D, DATASET, expectProblem, get, getJson } from "./helpers";

const P = `${D}/tables/projects`;

describe("did-you-mean", () => {
  const tables = TABLE_LIST.map((t) => t.id);
  const counting = () => {
    const compared: string[] = [];
    const distance = (a: string, b: string, max: number) => (compared.push(b), cappedEditDistance(a, b, max));
    return { compared, distance };
  };

  it("compares a word only with names whose length is within the allowed distance", () => {
    const { compared, distance } = counting();
    expect(closest("projcts", tables, distance)).toEqual(["projects"]);
    expect(compared.length).toBeGreaterThan(0);
    expect(compared.every((c) => Math.abs(c.length - "projcts".length) <= 2)).toBe(true);
    expect(compared.length).toBe(tables.filter((t) => Math.abs(t.length - 7) <= 2).length);
  });

  it("compares nothing for a word longer than any name (an 8,100-character id)", () => {
    const { compared, distance } = counting();
    const ids = Array.from({ length: 1000 }, (_, i) => `2021-${i.toString(16).padStart(8, "0")}`);
    expect(closest("2".repeat(8100), ids, distance)).toEqual([]);
    expect(closest("2".repeat(MAX_SUGGEST_LENGTH + 1), [...ids, "2".repeat(MAX_SUGGEST_LENGTH)], distance)).toEqual([]);
    expect(compared).toEqual([]);
  });

  it("stops a comparison once it must exceed the bound, and finds the same distances under it", () => {
    expect(cappedEditDistance("kitten", "sitting")).toBe(3);
    expect(cappedEditDistance("kitten", "sitting", 3)).toBe(3);
    expect(cappedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(cappedEditDistance("a".repeat(60), "b".repeat(60), 5)).toBe(6);
    expect(cappedEditDistance("abc", "abcdefgh", 2)).toBe(3);
  });

  it("lists at most 20 names in a message, and says how many there are", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `d${i}`);
    expect(listSome(ids.slice(0, 20))).toBe(ids.slice(0, 20).join(", "));
    expect(listSome(ids)).toBe(`${ids.slice(0, 20).join(", ")}, … (25 in all)`);
  });

  it("a dataset id of 8,100 characters is a 404 without suggestions", async () => {
    const body = await expectProblem(await get(`/v1/datasets/${"2".repeat(8100)}`), 404);
    expect(body.detail).not.toContain("Did you mean");
    expect(body.detail).toMatch(/ Datasets: 2021-0a69ee67\.$/);
  });
});

describe("search", () => {
  it("searches for at most 8 words", async () => {
    expect((await get(`/v1/search?q=${encodeURIComponent("aa bb cc dd ee ff gg hh")}`)).status).toBe(200);
    const body = await expectProblem(await get(`/v1/search?q=${encodeURIComponent("aa bb cc dd ee ff gg hh ii")}`), 400);
    expect(body.errors).toEqual([{ param: "q", message: "q has 9 words; at most 8 are searched for at once." }]);
    const hundred = Array.from({ length: 100 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(" ");
    expect((await expectProblem(await get(`/v1/search?q=${encodeURIComponent(hundred)}`), 400)).errors[0].param).toBe("q");
  });

  it("takes words of two characters or more: the index is of character pairs", async () => {
    for (const q of ["培", "培训 费", "a"]) {
      const body = await expectProblem(await get(`/v1/search?q=${encodeURIComponent(q)}`), 400);
      expect(body.errors).toEqual([{ param: "q", message: "Every word of q needs at least 2 characters (a single character matches nearly every row): e.g. 培训, 科普, or the character within a longer word." }]);
    }
    // A character outside the BMP is one character, not two UTF-16 units.
    expect((await expectProblem(await get(`/v1/search?q=${encodeURIComponent("\u{20000}")}`), 400)).errors[0].param).toBe("q");
    expect((await get(`/v1/search?q=${encodeURIComponent("\u{20000}\u{20001}")}`)).status).toBe(200);
  });

  it("takes words of at most 50 characters", async () => {
    expect((await get(`/v1/search?q=${"培".repeat(50)}`)).status).toBe(200);
    const body = await expectProblem(await get(`/v1/search?q=${"培".repeat(51)}`), 400);
    expect(body.errors).toEqual([{ param: "q", message: "A word of q is limited to 50 characters." }]);
  });
});

describe("problem bodies", () => {
  it(`list at most ${MAX_ERRORS} errors, then how many more: a _sort of 330 unknown names`, async () => {
    const names = Array(330).fill("x").join(",");
    const res = await get(`${P}?_sort=${names}`);
    const text = await res.clone().text();
    const body = await expectProblem(res, 400);
    expect(body.errors).toHaveLength(MAX_ERRORS + 1);
    expect(body.errors.slice(0, MAX_ERRORS).map((e: any) => e.param)).toEqual(Array(MAX_ERRORS).fill("_sort"));
    expect(body.errors[0].message).toMatch(/^Unknown column 'x'\. .*Columns: id, /);
    expect(body.errors[MAX_ERRORS]).toEqual({ param: "(query)", message: `${330 - MAX_ERRORS} more errors not listed; fix these first.` });
    expect(text.length).toBeLessThan(8 * 1024);
  });

  it("the same for _fields, and a short list is given whole", async () => {
    const many = await expectProblem(await get(`${P}?_fields=${Array.from({ length: 50 }, (_, i) => `f${i}`).join(",")}`), 400);
    expect(many.errors).toHaveLength(MAX_ERRORS + 1);
    expect(many.errors[MAX_ERRORS].message).toBe("40 more errors not listed; fix these first.");
    const few = await expectProblem(await get(`${P}?_fields=nmae,idd`), 400);
    expect(few.errors.map((e: any) => e.message)).toEqual([expect.stringMatching(/^Unknown column 'nmae'\. Did you mean 'name'\?/), expect.stringMatching(/^Unknown column 'idd'\. Did you mean 'id'\?/)]);
  });

  it("repeat at most 200 characters of an Accept header (of up to 4,096, the most one may have)", async () => {
    const body = await expectProblem(await get("/v1", { headers: { Accept: `image/png, ${"x/y, ".repeat(800)}`.trim() } }), 406);
    expect(body.detail.length).toBeLessThan(400);
  });
});

describe("dates", () => {
  it("are days of the calendar", () => {
    for (const ok of ["2021-01-31", "2020-02-29", "2000-02-29", "2021-12-31", "0004-02-29"]) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ["2021-13-45", "2021-02-29", "1900-02-29", "2021-04-31", "2021-00-10", "2021-01-00", "2021-1-1", "20210101", "2021-01-01T00:00"]) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it("a filter on a date that is not a day is a 400 naming the parameter", async () => {
    const body = await expectProblem(await get(`${D}/tables/projects?start_date=2021-13-45`), 400);
    expect(body.errors).toEqual([{ param: "start_date", message: "'2021-13-45' is not a date (write a day of the calendar as yyyy-mm-dd, e.g. 2021-01-31)." }]);
    await expectProblem(await get(`${D}/tables/projects?end_date__gte=2021-02-29`), 400);
    await expectProblem(await get(`${D}/tables/projects?start_date__in=2021-01-01,2021-02-30`), 400);
    expect((await get(`${D}/tables/projects?start_date__gte=2020-02-29`)).status).toBe(200);
  });
});

describe("cursors", () => {
  it("two queries whose parameters would join to the same text have different keys", () => {
    const a = queryKey("s", new URLSearchParams([["id__ne", "p01\nname__ne=x"]]));
    const b = queryKey("s", new URLSearchParams([["id__ne", "p01"], ["name__ne", "x"]]));
    expect(a).not.toBe(b);
    expect(queryKey("s", new URLSearchParams([["a=b", "c"]]))).not.toBe(queryKey("s", new URLSearchParams([["a", "b=c"]])));
    expect(queryKey("s\na=b", new URLSearchParams())).not.toBe(queryKey("s", new URLSearchParams([["a", "b"]])));
  });

  it("a cursor from one query is refused for another whose joined parts collide", async () => {
    const first = `${P}?_size=5&id__ne=${encodeURIComponent("p01\nname__ne=x")}`;
    const { body } = await getJson(first);
    expect(body.total).toBe(25);
    const cursor = new URL(body.next).searchParams.get("_next")!;
    expect((await get(`${first}&_next=${cursor}`)).status).toBe(200);
    const other = await expectProblem(await get(`${P}?_size=5&id__ne=p01&name__ne=x&_next=${cursor}`), 400);
    expect(other.errors[0]).toMatchObject({ param: "_next" });
  });

  it("a cursor of the old encoding is not one of ours", async () => {
    const old = btoa("c2|v|5|0123456789abcdef|00000000").replace(/=+$/, "");
    await expectProblem(await get(`${P}?_size=5&_next=${old}`), 400);
    expect(encodeCursor({ version: "v", offset: 5, key: "k" })).not.toBe(old);
  });
});

describe("pages take no query string", () => {
  const html = { headers: { Accept: "text/html" } };
  for (const path of ["/", `/datasets/${DATASET}`, `/datasets/${DATASET}/checks`, `/datasets/${DATASET}/projects/p01`]) {
    it(`${path}?x=1 is a 400 naming the parameter, not another page`, async () => {
      expect((await get(path, html)).status).toBe(200);
      // A browser gets the 400 as a page; the same request as an API client gets the problem.
      const page = await get(`${path}?x=1`, html);
      expect([page.status, page.headers.get("Content-Type")]).toEqual([400, "text/html; charset=utf-8"]);
      expect(await page.text()).toContain("This page takes no query parameters: x.");
      const body = await expectProblem(await get(`${path}?x=1`), 400);
      expect(body.errors).toEqual([{ param: "x", message: "Unknown parameter 'x'. Parameters here: none." }]);
      expect(body.detail).toBe("This page takes no query parameters: x.");
    });
  }
});
