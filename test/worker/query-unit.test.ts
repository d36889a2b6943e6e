/** The query layer as pure functions: parsing, filtering, sorting, units, cursors. */
import { describe, expect, it } from "vitest";
import type { ColumnDef } from "../../src/schema/columns";
import { runQuery } from "../../src/query/apply";
import { decodeCursor, encodeCursor, queryKey } from "../../src/query/cursor";
import { parseQuery, type QuerySpec } from "../../src/query/parse";
import { closest } from "../../src/lib/suggest";
import { fold } from "../../src/query/text";
import { wanInUnit, wanToCents } from "../../src/lib/money";

const columns: ColumnDef[] = [
  { name: "id", label: "编号", type: "code", description: "" },
  { name: "name", label: "名称", type: "string", description: "" },
  { name: "kind", label: "类型", type: "string", enum: ["a", "b"], description: "" },
  { name: "amount", label: "金额", type: "amount", nullable: true, description: "" },
  { name: "n", label: "数", type: "integer", description: "" },
  { name: "day", label: "日期", type: "date", description: "" },
];
const spec: QuerySpec = { filterColumns: columns, reserved: ["_sort", "_fields", "_size", "_next", "_unit", "_bom", "_header", "_excel", "format"], formats: ["json", "csv", "ndjson"] };
const rows = [
  { id: "08", name: "甲（一）", kind: "a", amount: 10.5, n: 2, day: "2021-01-01" },
  { id: "10", name: "乙", kind: "b", amount: null, n: 10, day: "2021-06-30" },
  { id: "9", name: "ABC", kind: "a", amount: 100, n: 1, day: "2020-12-31" },
  { id: "07", name: "甲二", kind: "b", amount: 10.5, n: 3, day: "2021-01-01" },
];

function ids(query: string, page: { offset: number; size: number } | null = null): string[] {
  const parsed = parseQuery(new URLSearchParams(query), spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return runQuery(rows, columns, parsed.value, page).rows.map((r) => String(r.id));
}

function errors(query: string, s: QuerySpec = spec) {
  const parsed = parseQuery(new URLSearchParams(query), s);
  if (parsed.ok) throw new Error("expected errors");
  return parsed.errors;
}

describe("filters", () => {
  it("compare numbers as numbers and codes as strings", () => {
    expect(ids("n__gt=2")).toEqual(["10", "07"]); // 10 > 2 numerically, though "10" < "2" as text
    expect(ids("id__gt=08")).toEqual(["10", "9"]); // codes compare as text: "10" > "08", "9" > "08"
    expect(ids("id=08")).toEqual(["08"]);
    expect(ids("id=8")).toEqual([]); // a code is not a number: "8" ≠ "08"
  });
  it("apply every operator", () => {
    expect(ids("amount=10.5")).toEqual(["08", "07"]);
    expect(ids("amount__exact=10.50")).toEqual(["08", "07"]);
    expect(ids("amount__ne=10.5")).toEqual(["10", "9"]); // ne is the complement of exact: nulls included
    expect(ids("amount__gte=10.5")).toEqual(["08", "9", "07"]);
    expect(ids("amount__lt=100")).toEqual(["08", "07"]); // null never compares
    expect(ids("amount__lte=100")).toEqual(["08", "9", "07"]);
    expect(ids("id__in=07,9,x")).toEqual(["9", "07"]);
    expect(ids("name__contains=甲")).toEqual(["08", "07"]);
    expect(ids("name__contains=(一)")).toEqual(["08"]); // width-insensitive: ( matches （
    expect(ids("name__contains=abc")).toEqual(["9"]); // case-insensitive
    expect(ids("name__startswith=甲二")).toEqual(["07"]);
    expect(ids("amount__isnull=true")).toEqual(["10"]);
    expect(ids("amount__isnull=false")).toEqual(["08", "9", "07"]);
    expect(ids("day__lt=2021-01-01")).toEqual(["9"]);
    expect(ids("kind=b&n__gte=5")).toEqual(["10"]); // filters are ANDed
  });
  it("keep the exact + ne partition for every column and value", () => {
    for (const c of columns) {
      for (const row of rows) {
        const v = row[c.name as keyof typeof row];
        if (v === null) continue;
        const eq = ids(`${c.name}=${v}`);
        const ne = ids(`${c.name}__ne=${v}`);
        expect([...eq, ...ne].sort()).toEqual(rows.map((r) => r.id).sort());
      }
    }
  });
});

describe("sort, fields and pages", () => {
  it("sorts on several columns, stably, nulls last both ways", () => {
    expect(ids("_sort=amount")).toEqual(["08", "07", "9", "10"]);
    expect(ids("_sort=-amount")).toEqual(["9", "08", "07", "10"]);
    expect(ids("_sort=day,-n")).toEqual(["9", "07", "08", "10"]);
    expect(ids("_sort=kind")).toEqual(["08", "9", "10", "07"]); // ties keep the published order
  });
  it("selects columns in the order asked", () => {
    const parsed = parseQuery(new URLSearchParams("_fields=name,id,name"), spec);
    if (!parsed.ok) throw new Error();
    const result = runQuery(rows, columns, parsed.value, null);
    expect(result.columns.map((c) => c.name)).toEqual(["name", "id"]);
    expect(Object.keys(result.rows[0])).toEqual(["name", "id"]);
  });
  it("pages with a next offset until the end", () => {
    const parsed = parseQuery(new URLSearchParams(""), spec);
    if (!parsed.ok) throw new Error();
    expect(runQuery(rows, columns, parsed.value, { offset: 0, size: 3 }).nextOffset).toBe(3);
    expect(runQuery(rows, columns, parsed.value, { offset: 3, size: 3 }).nextOffset).toBe(null);
  });
  it("converts amounts to exact integer yuan before filtering", () => {
    expect(ids("_unit=yuan&amount=105000")).toEqual(["08", "07"]);
    expect(wanInUnit(4533.7, "yuan")).toBe(45337000);
    expect(wanInUnit(0.07, "yuan")).toBe(700); // 0.07 * 100 is 7.000000000000001 in floating point
    expect(wanToCents(1474.6) + wanToCents(46.3)).toBe(152090);
  });
});

describe("errors name the parameter and what is allowed", () => {
  it("suggests a close column name", () => {
    expect(errors("nmae=x")).toEqual([{ param: "nmae", message: expect.stringContaining("Did you mean 'name'?") }]);
    expect(closest("amout", columns.map((c) => c.name))).toEqual(["amount"]);
  });
  it("rejects unknown operators, operators that do not fit the type, and unparsable values", () => {
    expect(errors("name__like=x")[0].message).toContain("Operators for 'name': exact, ne, gt, gte, lt, lte, in, contains, startswith, isnull");
    expect(errors("amount__contains=1")[0].message).toContain("'contains' does not apply to amount column 'amount'");
    expect(errors("amount__gt=1e3")[0].message).toContain("is not a number");
    expect(errors("n=1.5")[0].message).toContain("is not an integer");
    expect(errors("day=2021-1-1")[0].message).toContain("yyyy-mm-dd");
    expect(errors("kind=c")[0].message).toContain("not one of a, b");
    expect(errors("amount__isnull=maybe")[0].message).toContain("true or false");
    expect(errors("amount__in=1,x")[0].message).toContain("comma-separated");
  });
  it("checks reserved parameters", () => {
    expect(errors("_size=0")[0].param).toBe("_size");
    expect(errors("_size=1001")[0].message).toContain("1 to 1000");
    expect(errors("_size=1&_size=2")[0].message).toContain("more than once");
    expect(errors("_sort=nope")[0]).toEqual({ param: "_sort", message: expect.stringContaining("Unknown column 'nope'") });
    expect(errors("_fields=")[0].message).toContain("empty item");
    expect(errors("_unit=usd")[0].message).toContain("yuan");
    expect(errors("_bom=yes")[0].param).toBe("_bom");
    expect(errors("_header=chinese")[0].param).toBe("_header");
    expect(errors("format=xml")[0].message).toContain("formats here: json, csv, ndjson");
    expect(errors("_next=garbage")[0].param).toBe("_next");
    expect(errors("_nxt=1")[0].message).toContain("Did you mean '_next'");
    expect(errors("_group=class", spec)[0].message).toContain("does not apply here");
    expect(errors("x=1", { reserved: ["format"], formats: ["json"] })[0].message).toBe("Unknown parameter 'x'. Parameters here: format.");
  });
  it("collects every error at once", () => {
    expect(errors("nmae=x&_size=0&amount__gt=x").map((e) => e.param)).toEqual(["nmae", "amount__gt", "_size"]);
  });
});

describe("cursors", () => {
  it("round-trip and refuse anything else", () => {
    const c = { version: "abc123", offset: 200, key: "0123456789abcdef" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of ["", "x", "YWJj", "!!!!", encodeCursor(c).slice(0, -3)]) expect(decodeCursor(bad)).toBe(null);
  });
  it("fingerprint the row-selecting parameters only, in any order", () => {
    const k = (q: string) => queryKey("d/t", new URLSearchParams(q));
    expect(k("a=1&b=2&_size=5&_fields=a&format=csv")).toBe(k("b=2&a=1"));
    expect(k("a=1")).not.toBe(k("a=2"));
    expect(k("a=1&_unit=yuan")).not.toBe(k("a=1"));
    expect(queryKey("d/t", new URLSearchParams())).not.toBe(queryKey("d/u", new URLSearchParams()));
  });
});

describe("text", () => {
  it("folds width and case", () => {
    expect(fold("（ＡＢＣ）１２")).toBe("(abc)12");
  });
});
