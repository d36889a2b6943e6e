/**
 * The layer checker: given resolved imports and a layer spec, the imports that point
 * upward and the cycles between folders and between files.
 */
import type { Import } from "./imports";

/** One stack of layers, bottom first; a folder may import its own layer and those below. */
export type Stack = {
  name: string;
  /** Directory the stack's files sit under, e.g. "src". */
  root: string;
  layers: readonly { folders: readonly string[]; why: string }[];
  /** Files directly in `root`, by the folder (layer member) they belong to. */
  rootFiles: Readonly<Record<string, string>>;
};

export type Spec = {
  stacks: readonly Stack[];
  /** Folders of other stacks a stack may import, as "stack/folder": the shared base. */
  shared: Readonly<Record<string, readonly string[]>>;
  /** Imports allowed against the order for now, each with why and who removes it. */
  exceptions: readonly { from: string; to: string; why: string }[];
};

export type Violation = { from: string; to: string; line: number; reason: string };
export type Report = {
  /** Folder → folders it imports (exceptions left out), sorted. */
  edges: [string, string][];
  violations: Violation[];
  folderCycles: string[][];
  fileCycles: string[][];
  /** Exceptions that match no import any more: delete them from the spec. */
  staleExceptions: string[];
};

type Place = { stack: Stack; folder: string; rank: number };

function placeOf(spec: Spec, file: string): Place {
  const stack = spec.stacks.find((s) => file.startsWith(`${s.root}/`));
  if (stack === undefined) throw new Error(`${file}: in no stack of the layer spec`);
  const inside = file.slice(stack.root.length + 1);
  const folder = inside.includes("/") ? inside.slice(0, inside.indexOf("/")) : stack.rootFiles[inside];
  if (folder === undefined) throw new Error(`${file}: a file directly in ${stack.root}/ with no layer in the spec`);
  const rank = stack.layers.findIndex((layer) => layer.folders.includes(folder));
  if (rank < 0) throw new Error(`${file}: folder "${folder}" has no layer in the spec`);
  return { stack, folder, rank };
}

const folderName = (place: Place): string => `${place.stack.name}/${place.folder}`;

/** Strongly connected components of more than one node (Tarjan), each sorted; sorted. */
export function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

function addEdge(edges: Map<string, Set<string>>, from: string, to: string): void {
  if (!edges.has(from)) edges.set(from, new Set());
  if (!edges.has(to)) edges.set(to, new Set());
  edges.get(from)!.add(to);
}

/** Checks `imports` against `spec`. */
export function checkLayers(spec: Spec, imports: readonly Import[]): Report {
  const excepted = (i: Import) => spec.exceptions.some((e) => e.from === i.from && e.to === i.to);
  const used = new Set<string>();
  const folderEdges = new Map<string, Set<string>>();
  const fileEdges = new Map<string, Set<string>>();
  const violations: Violation[] = [];
  for (const i of imports) {
    if (excepted(i)) {
      used.add(`${i.from} -> ${i.to}`);
      continue;
    }
    const from = placeOf(spec, i.from);
    const to = placeOf(spec, i.to);
    addEdge(fileEdges, i.from, i.to);
    if (from.folder !== to.folder || from.stack !== to.stack) addEdge(folderEdges, folderName(from), folderName(to));
    if (from.stack !== to.stack) {
      if (!(spec.shared[from.stack.name] ?? []).includes(folderName(to)))
        violations.push({ from: i.from, to: i.to, line: i.line, reason: `${from.stack.name} may not import ${folderName(to)}` });
    } else if (to.rank > from.rank) {
      violations.push({ from: i.from, to: i.to, line: i.line, reason: `${folderName(from)} (layer ${from.rank}) imports ${folderName(to)} (layer ${to.rank}), above it` });
    }
  }
  const edges = [...folderEdges].flatMap(([from, tos]) => [...tos].map((to): [string, string] => [from, to]));
  return {
    edges: edges.sort((a, b) => a.join(" ").localeCompare(b.join(" "))),
    violations,
    folderCycles: cycles(folderEdges),
    fileCycles: cycles(fileEdges),
    staleExceptions: spec.exceptions.filter((e) => !used.has(`${e.from} -> ${e.to}`)).map((e) => `${e.from} -> ${e.to}`),
  };
}
