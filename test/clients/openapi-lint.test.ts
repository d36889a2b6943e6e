/**
 * Lints the served /openapi.json with a real OpenAPI linter (Redocly, recommended-strict plus
 * a few stricter rules in openapi-redocly.yaml). It runs in Node: the app is built here over
 * the bundled data and asked for its document, exactly as the Worker would answer.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "node_modules/@redocly/cli/bin/cli.js");
const CONFIG = join(ROOT, "test/clients/openapi-redocly.yaml");

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

let dir: string;
let doc: any;

function lint(document: unknown): LintReport {
  const file = join(dir, `openapi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  const run = spawnSync(process.execPath, [CLI, "lint", file, "--config", CONFIG, "--format=json"], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    timeout: 120_000,
  });
  const start = run.stdout.indexOf("{");
  if (start < 0) throw new Error(`redocly printed no report (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as LintReport;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
  const res = await createApp(bundledStore(JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8")))).request("http://127.0.0.1:8787/openapi.json");
  expect(res.status).toBe(200);
  doc = await res.json();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("redocly lint of /openapi.json", () => {
  it("finds no error and no warning", () => {
    const report = lint(doc);
    expect(report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  }, 120_000);

  it("would catch a broken document: a missing operationId, an example that breaks its schema, an undeclared path parameter", () => {
    const broken = structuredClone(doc);
    delete broken.paths["/v1"].get.operationId;
    broken.paths["/v1/datasets"].get.responses["200"].content["application/json"].examples.default.value.total = "one";
    broken.paths["/v1/datasets/{dataset}"].get.parameters = [];
    const rules = new Set(lint(broken).problems.filter((p) => p.severity === "error").map((p) => p.ruleId));
    expect([...rules].sort()).toEqual(["no-invalid-media-type-examples", "operation-operationId", "path-parameters-defined"]);
  }, 120_000);
});
