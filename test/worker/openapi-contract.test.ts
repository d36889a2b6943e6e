/**
 * The contract: every route is called with each of its documented examples, and every JSON
 * answer is validated against the schema the document gives for it (JSON Schema 2020-12,
 * @hyperjump/json-schema's OpenAPI 3.1 dialect), so the document and the Worker cannot drift.
 */
import { addUriSchemePlugin } from "@hyperjump/browser";
import { validate, type Validator } from "@hyperjump/json-schema/openapi-3-1";
import { beforeAll, describe, expect, it } from "vitest";
import { PROBLEMS } from "../../src/lib/problem";
import { examplePath, exampleNames } from "../../src/openapi/example-url";
import { EXAMPLE_ORIGIN } from "../../src/openapi/path";
import { trimLists } from "../../src/openapi/trim";
import type { MediaType, OpenApiDocument, Operation, Ref, ResponseObject } from "../../src/openapi/types";
import { TABLE_PARAMS } from "../../src/spec/params";
import { ROUTES } from "../../src/routes/index";
import { bodyAsText, D, get, ORIGIN } from "./helpers";

const DOC_URI = `${ORIGIN}/openapi.json`;
let doc: OpenApiDocument;

// The validator reads the document from the Worker itself, never from the network.
addUriSchemePlugin("http", {
  retrieve: async (uri: string) => {
    if (uri.split("#")[0] !== DOC_URI) throw new Error(`The contract test retrieves only ${DOC_URI}, not ${uri}`);
    const res = new Response(await (await get("/openapi.json")).text(), { headers: { "Content-Type": "application/openapi+json" } });
    Object.defineProperty(res, "url", { value: DOC_URI });
    return res;
  },
});

/** Each schema of the document compiled once: compiling, not validating, is what costs. */
const compiled = new Map<string, Promise<Validator>>();

/** Validation errors of `value` against the schema at `pointer` in the document (empty when valid). */
async function violations(pointer: string, value: unknown): Promise<unknown[]> {
  const uri = `${DOC_URI}#${pointer}`;
  let validator = compiled.get(uri);
  if (!validator) compiled.set(uri, (validator = validate(uri)));
  const output = (await validator)(value as never, "BASIC");
  return output.valid ? [] : (output.errors ?? [{ error: "invalid" }]);
}

function resolve(r: ResponseObject | Ref): ResponseObject {
  return "$ref" in r ? doc.components.responses[r.$ref.split("/").pop()!] : r;
}

/** The pointer of the schema of `media` in the 200 response of `op` (following one $ref). */
function schemaPointer(op: Operation, media: string): string {
  const schema = (resolve(op.responses["200"]).content?.[media] as MediaType).schema;
  return typeof schema.$ref === "string" ? schema.$ref.slice(1) : "";
}

const TEXT = /json|^text\//;
const media = (res: Response) => (res.headers.get("Content-Type") ?? "").split(";")[0];
const operations = () => Object.entries(doc.paths).map(([template, item]) => ({ template, op: item.get }));

beforeAll(async () => {
  doc = (await (await get("/openapi.json")).json()) as OpenApiDocument;
});

describe("OpenAPI document", () => {
  it("documents every route of the registry, and /docs", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([...ROUTES.map((r) => r.template), "/docs"].sort());
    for (const r of ROUTES) expect(doc.paths[r.template].get.operationId).toBe(r.name);
    expect(doc.servers).toEqual([{ url: "/", description: "This server: the origin this document is served from" }]);
  });

  it("gives every route at least one example with a response, from the real ids", () => {
    for (const { template, op } of operations()) {
      if (template === "/docs") continue;
      const names = exampleNames(op);
      expect(names.length, template).toBeGreaterThan(0);
      const ok = resolve(op.responses["200"]);
      // Files (a zip) have no example body to show; the contract test still calls them.
      if (Object.keys(ok.content ?? {}).every((m) => !TEXT.test(m))) continue;
      const documented = new Set(Object.values(ok.content ?? {}).flatMap((m) => Object.keys(m.examples ?? {})));
      for (const name of names) expect(documented.has(name), `${template} example ${name}`).toBe(true);
    }
    const datasetParam = doc.paths["/v1/datasets/{dataset}"].get.parameters.find((p) => p.name === "dataset")!;
    expect(Object.values(datasetParam.examples ?? {}).map((e) => e.value)).toEqual(["2021-0a69ee67"]);
    const tables = doc.paths["/v1/datasets/{dataset}/tables/{table}"].get;
    expect(exampleNames(tables)).toHaveLength(21 + 3);
    expect(examplePath("/v1/datasets/{dataset}/tables/{table}", tables, "projects")).toBe(`${D}/tables/projects?_size=2`);
  });

  it("describes the reserved parameters and the column filters of table rows", () => {
    const op = doc.paths["/v1/datasets/{dataset}/tables/{table}"].get;
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:dataset", "path:table", ...TABLE_PARAMS.map((n) => `query:${n}`), "query:filters"]);
    const filters = op.parameters.at(-1)!;
    expect(filters).toMatchObject({ style: "form", explode: true, schema: { type: "object", additionalProperties: { type: "string" } } });
    expect(Object.keys(resolve(op.responses["200"]).content!)).toEqual(["application/json", "text/csv", "application/x-ndjson", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    const problemStatuses = Object.entries(PROBLEMS).filter(([slug]) => slug !== "overlapping-sum").map(([, p]) => String(p.status)).filter((s) => s !== "405");
    expect(Object.keys(op.responses).sort()).toEqual(["200", "304", ...problemStatuses].sort());
    expect(resolve(op.responses["404"]).content).toHaveProperty(["application/problem+json"]);
  });
});

describe("contract: each documented example against the Worker", () => {
  it("answers every example as documented, valid against its schema", async () => {
    let checked = 0;
    for (const { template, op } of operations()) {
      if (template === "/docs") continue;
      for (const name of exampleNames(op)) {
        const path = examplePath(template, op, name);
        // The examples were taken on EXAMPLE_ORIGIN: the answers there are the examples.
        const res = await get(EXAMPLE_ORIGIN + path);
        expect(res.status, path).toBe(200);
        const type = media(res);
        const content = resolve(op.responses["200"]).content?.[type];
        expect(content, `${path} answered ${type}`).toBeDefined();
        if (type === "application/json") {
          const body = await res.json();
          expect(await violations(schemaPointer(op, type), body), path).toEqual([]);
          // The document's example is this very answer (lists cut), except the document's own.
          if (template !== "/openapi.json") expect(content!.examples?.[name]?.value, path).toEqual(trimLists(body));
        } else if (TEXT.test(type)) {
          expect(content!.examples?.[name]?.value, path).toBe(await bodyAsText(res));
        } else {
          expect((await res.arrayBuffer()).byteLength, path).toBeGreaterThan(0);
        }
        checked++;
      }
    }
    // 11 routes with one example or one per dataset, 18 tables + 3, rows of the non-empty tables, 6+ problem types.
    expect(checked).toBeGreaterThan(50);
  });

  it("the validator rejects a body that breaks the schema", async () => {
    const op = doc.paths["/v1/datasets"].get;
    const body = (await (await get("/v1/datasets")).json()) as Record<string, unknown>;
    expect(await violations(schemaPointer(op, "application/json"), body)).toEqual([]);
    expect(await violations(schemaPointer(op, "application/json"), { ...body, total: "1" })).not.toEqual([]);
    expect(await violations(schemaPointer(op, "application/json"), { ...body, extra: 1 })).not.toEqual([]);
  });

  it("problem responses match the Problem schema and are listed on the operation", async () => {
    const cases: [string, number, RequestInit?][] = [
      [`${D}/tables/projects?_size=0`, 400],
      [`${D}/tables/projects?nmae=x`, 400],
      ["/v1/datasets/nope", 404],
      [`${D}/tables/projects/rows/p99`, 404],
      [`${D}/tables/projects`, 406, { headers: { Accept: "application/xml" } }],
      ["/openapi.json?x=1", 400],
    ];
    for (const [path, status, init] of cases) {
      const res = await get(path, init);
      expect(res.status, path).toBe(status);
      expect(media(res)).toBe("application/problem+json");
      const body = await res.json();
      expect(await violations("/components/schemas/Problem", body), path).toEqual([]);
    }
    expect(await violations("/components/schemas/Problem", { type: "x", title: "x", status: 200, detail: "x", errors: [] })).not.toEqual([]);
    for (const { op } of operations()) {
      for (const status of ["400", "406", "500"]) {
        expect(Object.keys(resolve(op.responses[status]).content ?? {}), `${op.operationId} ${status}`).toEqual(["application/problem+json"]);
      }
    }
  });

  it("the problem examples of the document are real problem bodies", async () => {
    for (const [name, response] of Object.entries(doc.components.responses)) {
      for (const example of Object.values(response.content!["application/problem+json"].examples!)) {
        expect(await violations("/components/schemas/Problem", example.value), name).toEqual([]);
      }
    }
    const notFound = doc.components.responses.NotFound.content!["application/problem+json"].examples!["not-found"];
    expect(notFound.summary).toMatch(/^GET \/v1\/datasets\/2021-0a69ee67\/tables\//);
    expect((notFound.value as { detail: string }).detail).toMatch(/^No table '/);
  });
});
