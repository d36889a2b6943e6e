/**
 * The data package in Node: the descriptor validates against the official Tabular Data
 * Package and Data Package profiles (JSON Schema draft-04, shipped in the `datapackage` npm
 * package) with ajv, and datapackage-js, a Frictionless implementation, loads the zip
 * download and reads every resource with types, constraints and foreign keys checked.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import datapackage from "datapackage";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bundledStore } from "../../src/data/bundled-store";
import { columnsFor } from "../../src/data/columns";
import { datapackageDescriptor } from "../../src/datapackage/descriptor";
import { CODE_PATTERN } from "../../src/datapackage/fields";
import { datasetArchive } from "../../src/download/archive";
import type { Bundle } from "../../src/schema/bundle";
import { rowSchema } from "../../src/schema/row-schema";
import { TABLES } from "../../src/schema/tables";

const require = createRequire(import.meta.url);
const bundle = JSON.parse(readFileSync(new URL("../../data/datasets.json", import.meta.url), "utf8")) as Bundle;
const [dataset] = bundle.datasets;
const columnsOf = (id: string) => columnsFor(id, dataset.tables[id] ?? []);

function profile(name: string): object {
  return JSON.parse(readFileSync(require.resolve(`datapackage/lib/profiles/${name}.json`), "utf8"));
}

/** Profile errors of a descriptor, as "path message" lines. */
function profileErrors(name: string, descriptor: unknown): string[] {
  // The profiles carry documentation keywords (propertyOrder, context, options) and a form
  // hint (format "textarea") that are not JSON Schema; uri, email and date-time are checked.
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
  addFormats(ajv, ["uri", "email", "date-time"]);
  const validate = ajv.compile(profile(name));
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("descriptor against the official profiles", () => {
  for (const [label, origin] of [["served by the API", "https://budget.example"], ["inside the zip", null]] as const) {
    it(`${label}: valid Tabular Data Package and Data Package`, () => {
      const descriptor = datapackageDescriptor(dataset.meta, columnsOf, origin);
      expect(descriptor.resources).toHaveLength(21);
      expect(profileErrors("tabular-data-package", descriptor)).toEqual([]);
      expect(profileErrors("data-package", descriptor)).toEqual([]);
    });
  }

  it("the profile check can fail: a resource without a dialect delimiter, an upper-case name, a bad hash", () => {
    const descriptor = structuredClone(datapackageDescriptor(dataset.meta, columnsOf, null)) as any;
    delete descriptor.resources[0].dialect.delimiter;
    descriptor.resources[1].name = "Summary";
    descriptor.resources[2].hash = "sha256:not-hex";
    const errors = profileErrors("tabular-data-package", descriptor);
    expect(errors).toContain("/resources/0/dialect must have required property 'delimiter'");
    expect(errors).toContain('/resources/1/name must match pattern "^([-a-z0-9._/])+$"');
    expect(errors).toContain('/resources/2/hash must match pattern "^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$"');
  });

  it("the code pattern is the one the zod row schema enforces", () => {
    const json = z.toJSONSchema(rowSchema(TABLES.projects.columns)) as { properties: Record<string, { pattern?: string }> };
    expect(json.properties.unit_code.pattern).toBe(`^${CODE_PATTERN}$`);
  });
});

/**
 * The zip unpacked into a folder for datapackage-js, as it is: its CSVs carry no BOM (they are
 * for programs; spreadsheets get dataset.xlsx), which datapackage-js 1.x (tableschema-js) would
 * otherwise read into the first header name.
 */
function unpack(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "datapackage-"));
  for (const [path, content] of Object.entries(unzipSync(bytes))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (path.endsWith(".csv")) expect([...content.slice(0, 3)], path).not.toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe("datapackage-js loads the zip download", () => {
  it("reads every resource with types cast, constraints, primary keys and foreign keys checked", async () => {
    const store = bundledStore(bundle);
    const record = (await store.getDataset(dataset.meta.id))!;
    const archive = await datasetArchive(store, record);
    const pkg = await datapackage.Package.load(join(unpack(archive.bytes), "datapackage.json"));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      counts[resource.name] = rows.length;
    }
    expect(counts).toEqual(Object.fromEntries(dataset.meta.tables.map((t) => [t.id, t.row_count])));
    const indicators = await pkg.resources.find((r) => r.name === "project-indicators")!.read({ keyed: true, cast: true });
    // Typed values: numbers as numbers, blank as null, text as published.
    expect(indicators[0]).toMatchObject({ id: "p01-01", source_line: 304, target: "=100%", target_operator: "=", target_value: 100 });
    expect(indicators[1]).toMatchObject({ id: "p01-02", target_operator: null, target_value: null });
  });

  it("the same reader rejects a value outside its enum and a foreign key without a target (it can fail)", async () => {
    const store = bundledStore(bundle);
    const archive = await datasetArchive(store, (await store.getDataset(dataset.meta.id))!);
    const dir = unpack(archive.bytes);
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    const resource = (name: string) => descriptor.resources.find((r: { name: string }) => r.name === name);
    resource("project-indicators").schema.fields.find((f: { name: string }) => f.name === "target_operator").constraints.enum = ["≥", "≤"];
    resource("classifications").schema.foreignKeys = [{ fields: "parent", reference: { resource: "projects", fields: "id" } }];
    const pkg = await datapackage.Package.load(descriptor, { basePath: dir });
    expect(pkg.valid).toBe(true);
    const read = (name: string) => pkg.resources.find((r) => r.name === name)!.read({ keyed: true, cast: true, relations: true });
    await expect(read("project-indicators")).rejects.toThrow(/type and format mismatch/);
    await expect(read("classifications")).rejects.toThrow(/[Ff]oreign key/);
    await expect(read("projects")).resolves.toHaveLength(25);
  });
});
