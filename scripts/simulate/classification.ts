/** The official classification lists the expected rows name codes by (seeds/*.csv, as the build reads them). */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_SEEDS = resolve(import.meta.dirname, "../../seeds");

export interface CodeList {
  names: Map<string, string>;
  /** 类 code → its 款 codes, in list order. */
  children: Map<string, string[]>;
}

function readList(path: string): CodeList {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  const names = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const line of readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).slice(1)) {
    const [code, , name, parent] = line.split(",");
    if (!code || !name) continue;
    names.set(code, name);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  return { names, children };
}

const cache = new Map<string, CodeList>();
function cached(path: string): CodeList {
  if (!cache.has(path)) cache.set(path, readList(path));
  return cache.get(path)!;
}

export const economicList = (seedsDir = DEFAULT_SEEDS) => cached(join(seedsDir, "economic-classification.csv"));
export const functionalList = (seedsDir = DEFAULT_SEEDS) => cached(join(seedsDir, "functional-classification-2021.csv"));
