/** The bundled DataStore: catalog, datasets, tables, row lookup. */
import { bundledFiles } from "../../src/data/bundled-files";
import { describe, expect, it } from "vitest";
import { bundledStore } from "../../src/data/bundled-store";
import type { Bundle } from "../../src/schema/bundle";

const tiny = (version: string): Bundle => ({
  format: 1,
  datasets: [
    {
      meta: { id: "d1", version, tables: [{ id: "projects", row_count: 1 }, { id: "custom", row_count: 1 }] },
      checks: [],
      report: { notes: ["n"] },
      tables: { projects: [{ id: "p1", name: "甲" }], custom: [{ id: "c1", n: 2 }] },
    },
  ],
} as unknown as Bundle);

describe("bundled store", () => {
  it("lists datasets with a catalog version that follows theirs", async () => {
    const a = await bundledStore(tiny("v1")).getCatalog();
    const b = await bundledStore(tiny("v2")).getCatalog();
    expect(a.datasets.map((d) => d.id)).toEqual(["d1"]);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect(a.version).not.toBe(b.version);
  });

  it("finds tables and rows, and nothing for unknown ids", async () => {
    const store = bundledStore(tiny("v1"));
    const t = await store.getTable("d1", "projects");
    expect(t?.row("p1")).toEqual({ id: "p1", name: "甲" });
    expect(t?.row("p2")).toBe(undefined);
    expect(t?.columns.map((c) => c.name)).toContain("total_amount"); // declared columns from src/schema
    expect(await store.getTable("d1", "nope")).toBe(undefined);
    expect(await store.getTable("d2", "projects")).toBe(undefined);
    expect(await store.getDataset("d2")).toBe(undefined);
    expect((await store.getDataset("d1"))?.notes).toEqual(["n"]);
  });

  it("serves a table the schema does not declare, with inferred columns", async () => {
    const t = await bundledStore(tiny("v1")).getTable("d1", "custom");
    expect(t?.columns.map((c) => [c.name, c.type])).toEqual([
      ["id", "string"],
      ["n", "number"],
    ]);
  });

  it("reads the real bundle", async () => {
    const store = bundledStore(bundledFiles);
    const [d] = (await store.getCatalog()).datasets;
    expect((await store.getTable(d.id, "projects"))?.rows).toHaveLength(25);
  });
});
