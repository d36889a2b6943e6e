import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayers, cycles, type Spec } from "./check";
import { importsOf, readSources, resolveSpecifier, specifiersOf, type Import } from "./imports";
import { SPEC } from "./spec";

const ROOT = resolve(__dirname, "../..");

// The build's output (data/*.json) is imported by the bundled store; it is not code.
const isCode = (i: Import) => !i.to.startsWith("data/");

function projectImports(): Import[] {
  const files = readSources(ROOT, ["src", "scripts/pipeline"]);
  return importsOf(files, (from, specifier) => resolveSpecifier(ROOT, from, specifier)).filter(isCode);
}

describe("layers", () => {
  const report = checkLayers(SPEC, projectImports());

  it("prints the folder graph", () => {
    console.log(`${report.violations.length} imports against the order, ${report.folderCycles.length} cycles between folders, ${report.fileCycles.length} between files`);
    console.log(`folder graph (${report.edges.length} edges):\n${report.edges.map(([a, b]) => `  ${a} -> ${b}`).join("\n")}`);
    expect(report.edges.length).toBeGreaterThan(0);
  });

  it("imports only downward", () => {
    expect(report.violations.map((v) => `${v.from}:${v.line} -> ${v.to}: ${v.reason}`)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    expect(report.folderCycles).toEqual([]);
  });

  it("has no cycle between files", () => {
    expect(report.fileCycles).toEqual([]);
  });

  it("lists no exception that no import needs any more", () => {
    expect(report.staleExceptions).toEqual([]);
  });
});

describe("the layer checker", () => {
  const spec: Spec = {
    stacks: [
      {
        name: "src",
        root: "src",
        layers: [
          { folders: ["lib"], why: "bottom" },
          { folders: ["data", "query"], why: "middle" },
          { folders: ["app"], why: "top" },
        ],
        rootFiles: { "app.ts": "app" },
      },
    ],
    shared: {},
    exceptions: [],
  };
  const imp = (from: string, to: string, line = 1): Import => ({ from, to, line, typeOnly: false });

  it("passes imports that go down or sideways without a cycle", () => {
    const report = checkLayers(spec, [imp("src/app.ts", "src/data/a.ts"), imp("src/data/a.ts", "src/query/b.ts"), imp("src/query/b.ts", "src/lib/c.ts")]);
    expect(report).toEqual({
      edges: [
        ["src/app", "src/data"],
        ["src/data", "src/query"],
        ["src/query", "src/lib"],
      ],
      violations: [],
      folderCycles: [],
      fileCycles: [],
      staleExceptions: [],
    });
  });

  it("fails on a planted upward import", () => {
    const report = checkLayers(spec, [imp("src/lib/c.ts", "src/data/a.ts", 7)]);
    expect(report.violations).toEqual([{ from: "src/lib/c.ts", to: "src/data/a.ts", line: 7, reason: "src/lib (layer 0) imports src/data (layer 1), above it" }]);
  });

  it("fails on a planted cycle between folders of one layer, and between files", () => {
    const report = checkLayers(spec, [imp("src/data/a.ts", "src/query/b.ts"), imp("src/query/b.ts", "src/data/a.ts")]);
    expect(report.violations).toEqual([]);
    expect(report.folderCycles).toEqual([["src/data", "src/query"]]);
    expect(report.fileCycles).toEqual([["src/data/a.ts", "src/query/b.ts"]]);
  });

  it("leaves an excepted import out, and reports an exception no import needs", () => {
    const excepting: Spec = { ...spec, exceptions: [{ from: "src/lib/c.ts", to: "src/data/a.ts", why: "test" }, { from: "src/lib/c.ts", to: "src/app.ts", why: "test" }] };
    const report = checkLayers(excepting, [imp("src/lib/c.ts", "src/data/a.ts")]);
    expect(report.violations).toEqual([]);
    expect(report.edges).toEqual([]);
    expect(report.staleExceptions).toEqual(["src/lib/c.ts -> src/app.ts"]);
  });

  it("finds every cycle of a graph, and none in a tree", () => {
    const graph = (pairs: [string, string][]) => {
      const edges = new Map<string, Set<string>>();
      for (const [a, b] of pairs) {
        edges.set(a, (edges.get(a) ?? new Set()).add(b));
        if (!edges.has(b)) edges.set(b, new Set());
      }
      return edges;
    };
    expect(cycles(graph([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"], ["d", "e"], ["e", "d"]]))).toEqual([["a", "b", "c"], ["d", "e"]]);
    expect(cycles(graph([["a", "b"], ["a", "c"], ["b", "c"]]))).toEqual([]);
  });

  it("reads static, type-only, re-export and dynamic imports, not commented ones or strings", () => {
    const text = [
      'import { a } from "./a";',
      'import type { B } from "../b";',
      "import {",
      "  c,",
      '} from "./c";',
      'export { d } from "./d";',
      'export const url = "./not-an-import";',
      '// import { e } from "./e";',
      '/* import { f } from "./f"; */',
      'const g = await import("./g");',
      'import "./h";',
      'const http = "https://example.org"; // from "./i"',
    ].join("\n");
    expect(specifiersOf(text)).toEqual([
      { specifier: "./a", line: 1, typeOnly: false },
      { specifier: "../b", line: 2, typeOnly: true },
      { specifier: "./c", line: 3, typeOnly: false },
      { specifier: "./d", line: 6, typeOnly: false },
      { specifier: "./h", line: 11, typeOnly: false },
      { specifier: "./g", line: 10, typeOnly: false },
    ]);
  });

  it("resolves a specifier the way bundler resolution does", () => {
    const exists = (path: string) => ["src/a/b.ts", "src/c/index.ts", "src/d.tsx", "src/e.d.ts", "data/f.json"].includes(path);
    expect(resolveSpecifier("/r", "src/a/x.ts", "./b", exists)).toBe("src/a/b.ts");
    expect(resolveSpecifier("/r", "src/a/x.ts", "../c", exists)).toBe("src/c/index.ts");
    expect(resolveSpecifier("/r", "src/a/x.ts", "../d", exists)).toBe("src/d.tsx");
    expect(resolveSpecifier("/r", "src/a/x.ts", "../e", exists)).toBe("src/e.d.ts");
    expect(resolveSpecifier("/r", "src/a/x.ts", "../../data/f.json", exists)).toBe("data/f.json");
    expect(resolveSpecifier("/r", "src/a/x.ts", "hono/jsx", exists)).toBeUndefined();
    expect(() => resolveSpecifier("/r", "src/a/x.ts", "./missing", exists)).toThrow('src/a/x.ts: cannot resolve "./missing"');
  });
});
