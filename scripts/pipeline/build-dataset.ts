/** One seed document in, one validated and reconciled dataset out: read → repair → parse → normalise → reconcile, each stage called once and in that order. */
import { createHash } from "node:crypto";
import type { BuildReport, DatasetBundle, PublishedRow } from "../../src/schema/bundle";
import { datasetMetaSchema, type AppliedCorrection, type Check, type Correction, type DatasetMeta } from "../../src/schema/dataset";
import { TABLE_LIST, TABLES } from "../../src/schema/tables";
import { BuildError, BuildErrors } from "./errors";
import type { ParsedTable } from "./model";
import { budgetLines } from "./normalise/budget-lines";
import { deriveTables } from "./normalise/derived";
import { applyClassification, loadClassification } from "./normalise/classification";
import { applyEconomicNames, loadEconomicClassification } from "./normalise/economic";
import { LINE_ROLES, LineMap, type LineEntry } from "./line-map";
import { parseDocument } from "./parse/document";
import { readSeed, type Seed } from "./read-seed";
import { baseId, departmentName } from "./dataset-id";
import { refuseOversized } from "./published-size";
import { amountCoverage } from "./reconcile/coverage";
import { countPrintedNumbers } from "./reconcile/printed-numbers";
import { checkFacts } from "./reconcile/facts";
import { withRelations } from "./reconcile/relations";
import { describeFailure, publicCheck } from "./reconcile/checker";
import { reconcile } from "./reconcile/index";
import { checkStructure } from "./reconcile/structure";
import type { Frameworks } from "./repair/framework";
import { repair } from "./repair/index";
import { findMobile, maskMobiles } from "./mobile-numbers";
import { toRecords } from "./published-records";
import { tablesJson, tablesJsonPieces, type DatasetJson } from "./published-json";

export interface SeedOptions {
  seedsDir: string;
  corrections: Correction[];
  frameworks: Frameworks;
  manifest: { url?: string; licence?: string } | undefined;
}

/** A built dataset with its tables' and checks' JSON as the build made it (for its objects, so they are not serialised again). */
export interface BuiltDataset {
  dataset: DatasetBundle;
  json: DatasetJson;
}

export function buildDataset(path: string, opts: SeedOptions): DatasetBundle {
  return buildFromSeed(readSeed(path), opts);
}

/** The same, for a seed already read (tests mutate seeds in memory). */
export function buildFromSeed(seed: Seed, opts: SeedOptions): DatasetBundle {
  return buildPublished(seed, opts).dataset;
}

/** The same with the tables' JSON: what a build thread writes to the cache. */
export function buildPublished(seed: Seed, opts: SeedOptions): BuiltDataset {
  const lineMap = new LineMap(seed.file);
  const ctx = { file: seed.file, lines: lineMap };
  const { sections, corrections: applied } = repair(seed, opts.corrections, opts.frameworks, lineMap);
  for (const c of applied) if (c.published === null) lineMap.claim(c.line, "removed");
  const parsedDoc = parseDocument(ctx, sections, seed.lines.length);
  const doc = { ...parsedDoc, department: departmentName(seed.file, seed.lines, parsedDoc.department) };
  const sourceLines = lineMap.complete(seed.lines, (line) => sections.findLast((s) => s.line <= line)?.printedTitle ?? null);

  const list = loadClassification(opts.seedsDir, doc.year);
  const classification = applyClassification(list, doc.tables, seed.file);
  const economicNames = loadEconomicClassification(opts.seedsDir);
  const notes = [...classification.notes, ...applyEconomicNames(economicNames, doc.tables, seed.file)];
  if (list && list.year !== doc.year) notes.push(`classification list ${list.file} used for a ${doc.year} document (no list for ${doc.year})`);

  const derived = deriveTables(seed.file, doc.tables, classification.table, economicNames);
  const parsed: ParsedTable[] = [...doc.tables.values()];
  const budget = budgetLines(seed.file, parsed);

  // Reconcile: every table is read and normalised by now; the checks only compare them.
  const structure = checkStructure(doc.sheets, opts.frameworks);
  const factChecks = checkFacts(derived.facts, doc.tables, seed.file);
  const checks = [...reconcile(seed.file, doc.tables), ...factChecks];
  const failed = checks.filter((c) => !c.pass);
  const broken = structure.filter((s) => !s.check.pass);
  if (failed.length || broken.length) {
    throw new BuildErrors([
      ...failed.map((c) => new BuildError(seed.file, c.lines[0] ?? null, "reconcile", describeFailure(c))),
      ...broken.flatMap((s) => s.problems.map((p) => new BuildError(seed.file, p.line, "structure", `check ${s.check.id} failed: ${p.message}`))),
    ]);
  }

  const all = new Map<string, ParsedTable>(parsed.map((t) => [t.def.id, t]));
  const lines = withRelations(budget, parsed, checks, derived.facts);
  const coverage = amountCoverage(seed.file, lines, checks);
  const numbers = countPrintedNumbers(seed.file, seed.lines, sourceLines, all, lines, applied);
  const publicChecks = [...checks.map(publicCheck), ...structure.map((s) => s.check)];

  // Emit: every table as published records, and the dataset's metadata and report.
  all.set("budget-lines", lines);
  all.set(TABLES.source.id, sourceTable(seed, sourceLines, applied));
  all.set("classifications", classification.table);
  for (const t of derived.tables) all.set(t.def.id, t);
  const tables: Record<string, PublishedRow[]> = {};
  for (const def of TABLE_LIST) {
    const t = all.get(def.id);
    if (!t) throw new BuildError(seed.file, null, "internal", `table ${def.id} was not produced`);
    tables[def.id] = toRecords(seed.file, t);
  }
  const json: DatasetJson = { tables: tablesJson(tables), checks: JSON.stringify(publicChecks) };
  refuseOversized(seed.file, json.tables, (id) => all.get(id)?.lines ?? null);

  // The hash of JSON.stringify({ tables, checks, applied, sha }), fed in pieces: the tables' and checks' JSON is made once.
  const hash = createHash("sha256").update('{"tables":');
  for (const piece of tablesJsonPieces(json.tables)) hash.update(piece);
  hash.update(`,"checks":${json.checks},"applied":${JSON.stringify(applied)},"sha":${JSON.stringify(seed.sha256)}}`);
  const version = hash.digest("hex").slice(0, 16);
  // Lengthened by buildAll where it collides with another dataset's (dataset-id.ts).
  const id = baseId(doc);
  const kindZh = doc.kind === "budget" ? "部门预算" : "部门决算";
  const meta = datasetMetaSchema.parse({
    id,
    title_zh: `${doc.department}${doc.year}年${kindZh}`,
    title_en: `${doc.year} department ${doc.kind === "budget" ? "budget" : "final accounts"} of ${doc.department}`,
    department: doc.department,
    year: doc.year,
    kind: doc.kind,
    unit: { label: "万元", factor: 10000, currency: "CNY" },
    publisher: doc.department,
    licence: opts.manifest?.licence ?? null,
    source: { file: seed.file, sha256: seed.sha256, bytes: seed.bytes, lines: seed.lines.length, url: opts.manifest?.url ?? null },
    version,
    tables: TABLE_LIST.map((def) => {
      const t = all.get(def.id)!;
      return { id: def.id, title_zh: def.titleZh, title_en: def.titleEn, source_title: t.sourceTitle, description: def.description, row_count: tables[def.id]!.length, note: t.note, lines: t.lines };
    }),
    corrections: applied,
    checks_summary: { total: publicChecks.length, passed: publicChecks.length, failed: 0 },
  });
  refuseMobiles(seed.file, meta, tables, publicChecks);
  const byKind: Record<string, number> = {};
  for (const c of publicChecks) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const byRule: Record<string, number> = {};
  for (const c of applied) if (c.source === "rule") byRule[c.kind] = (byRule[c.kind] ?? 0) + 1;
  const report: BuildReport = {
    dataset: id,
    version,
    classification_list: list?.file ?? null,
    tables: meta.tables.map((t) => ({ id: t.id, row_count: t.row_count })),
    corrections_applied: applied.length,
    corrections_manual: applied.filter((c) => c.source === "manual").length,
    repairs_by_rule: byRule,
    amount_coverage: coverage,
    printed_numbers: numbers,
    line_roles: Object.fromEntries(LINE_ROLES.map((r) => [r, sourceLines.filter((l) => l.role === r).length]).filter(([, n]) => n)),
    checks: { total: publicChecks.length, passed: publicChecks.length, failed: 0, by_kind: byKind },
    notes,
  };
  return { dataset: { meta, checks: publicChecks, report, tables }, json };
}

/**
 * The last guard: no published human text holds a personal mobile number, however it is
 * written. What people wrote, as published: names, titles, notes, every text and string cell,
 * the printed and published cells of corrections and their reasons, check descriptions; not
 * the hashes, ids and codes the build derives (a hex hash may hold an 11-digit run that reads
 * like a mobile number, and is no personal data). The pages and the zip are rendered from
 * these strings, so they are covered too. Read in place (no copy of the tables), with the
 * path to a string kept as a stack and spelled out only for the error.
 */
function refuseMobiles(file: string, meta: DatasetMeta, tables: Record<string, PublishedRow[]>, checks: Check[]): void {
  const path: (string | number)[] = ["dataset"];
  const at = () => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
  const text = (v: unknown): void => {
    if (typeof v !== "string") return;
    const m = findMobile(v);
    if (m) throw new BuildError(file, null, "personal-data", `a personal mobile number (${m}) would be published at ${at()}; the personal-mobile rule should have masked it`);
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i]);
        path.pop();
      }
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        path.push(k);
        visit(x);
        path.pop();
      }
    } else text(v);
  };
  const { sha256: _sha, ...source } = meta.source;
  const { version: _version, id: _id, ...rest } = meta;
  path.push("meta");
  visit({ ...rest, source });
  path.splice(1, Infinity, "tables");
  for (const def of TABLE_LIST) {
    const columns = def.columns.filter((c) => c.type === "string" || c.type === "text").map((c) => c.name);
    const rows = tables[def.id] ?? [];
    path.push(def.id);
    for (let i = 0; i < rows.length; i++) {
      path.push(i, "");
      for (const c of columns) {
        path[path.length - 1] = c;
        text(rows[i]![c]);
      }
      path.length -= 2;
    }
    path.pop();
  }
  path.splice(1, Infinity, "checks");
  for (let i = 0; i < checks.length; i++) {
    path.push(i);
    text(checks[i]!.description);
    path.pop();
  }
}

/** The line map as a table: every line, its role, what it became, the corrections on it, and its text (mobiles masked). */
function sourceTable(seed: Seed, entries: LineEntry[], applied: AppliedCorrection[]): ParsedTable {
  const kinds = new Map<number, string[]>();
  for (const c of applied) if (!kinds.get(c.line)?.includes(c.kind)) kinds.set(c.line, [...(kinds.get(c.line) ?? []), c.kind]);
  const rows = entries.map((e) => ({
    id: `L${e.line}`,
    source_file: seed.file,
    source_line: e.line,
    role: e.role,
    section: e.section,
    table: e.table,
    row_ids: e.rows.join(",") || null,
    corrections: kinds.get(e.line)?.join(",") ?? null,
    text: e.role === "blank" ? null : maskMobiles(seed.lines[e.line - 1]!).text,
  }));
  return { def: TABLES.source, rows, note: null, sourceTitle: null, lines: [1, seed.lines.length] };
}
