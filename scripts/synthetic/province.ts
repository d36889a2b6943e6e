/**
 * npm run province -- N OUT — writes N realistic disclosures into OUT/seeds/, made by the
 * simulator (scripts/simulate) from the real seed: each a department of its own (city, county
 * and office: distinct names, so distinct ids), its own year, scale and project vocabulary
 * (every project renamed from a list of topics and forms, so search indexes text that differs
 * between documents), with the PDF's artefacts, the empty tables filled, two or three budget
 * units in some, and BOM or CRLF endings in others: what a province's folder of disclosures
 * looks like to the build. The same N gives the same files on every machine.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Correction } from "../../src/schema/dataset";
import { kindOptions, VARIANT_KINDS } from "../simulate/filled-cases";
import { rng } from "../simulate/prng";
import { loadRealSeed, type RealSeed } from "../simulate/run-variant";
import { ARTEFACT_KINDS, simulate } from "../simulate/simulate";

const CITIES = ["郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市", "濮阳市", "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市", "济源市"];
const COUNTIES = ["", "中原区", "金水区", "龙亭区", "西工区", "涧西区", "卫滨区", "解放区", "魏都区", "源汇区", "湖滨区", "宛城区", "梁园区", "浉河区", "川汇区", "驿城区", "新郑市", "巩义市", "登封市", "偃师区", "孟津区", "林州市", "辉县市", "沁阳市", "禹州市", "长葛市", "邓州市", "永城市", "项城市", "固始县"];
const OFFICES = ["发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "体育局", "统计局", "医疗保障局", "林业局", "城市管理局", "机关事务管理局", "信访局", "地方金融监督管理局", "乡村振兴局"];
export const TOPICS = ["智慧农业", "乡村道路", "河道治理", "中小学校舍", "基层医疗", "养老服务", "就业技能", "文化遗产", "森林防火", "食品安全", "数字政务", "城市燃气", "污水处理", "社区矫正", "退役军人", "应急物资", "体育场馆", "统计调查", "电子商务", "科技孵化", "知识产权", "节能降耗", "安全生产", "防汛抗旱", "高标准农田", "公共法律服务", "营商环境", "人才引进", "老旧小区", "公共交通"];
export const FORMS = ["专项经费", "建设项目", "运行维护", "补助资金", "能力提升工程", "示范项目", "培训经费", "监测评估", "信息化建设", "奖补资金", "宣传推广", "设备购置"];

/** A distinct department for every index below 18 × 30 × 30 = 16,200 (then a numbered one). */
function departmentName(i: number): string {
  const office = OFFICES[i % OFFICES.length]!;
  const rest = Math.floor(i / OFFICES.length);
  const city = CITIES[rest % CITIES.length]!;
  const county = COUNTIES[Math.floor(rest / CITIES.length) % COUNTIES.length]!;
  const round = Math.floor(i / (OFFICES.length * CITIES.length * COUNTIES.length));
  return `${city}${county}${round ? `第${round + 1}片区` : ""}${office}`;
}

/** Replaces every occurrence of each name (longest first) in the text and in the corrections' strings. */
function rename(text: string, corrections: Correction[], names: ReadonlyMap<string, string>): { text: string; corrections: Correction[] } {
  const order = [...names.keys()].sort((a, b) => b.length - a.length);
  const apply = (s: string) => order.reduce((t, from) => t.replaceAll(from, names.get(from)!), s);
  return { text: apply(text), corrections: corrections.map((c) => JSON.parse(apply(JSON.stringify(c))) as Correction) };
}

export interface ProvinceDocument {
  file: string;
  text: string;
  corrections: Correction[];
}

/** The i-th document of a province (i ≥ 1). */
export function provinceDocument(real: RealSeed, projectNames: readonly string[], i: number): ProvinceDocument {
  const artefacts = Object.fromEntries(ARTEFACT_KINDS.map((k) => [k, true]));
  const v = simulate(real, { seed: i, artefacts, ...kindOptions(VARIANT_KINDS, i) });
  const r = rng(i ^ 0x70a1);
  const names = new Map<string, string>([[v.renaming.department[1], departmentName(i - 1)]]);
  const used = new Set<string>();
  for (const name of projectNames) {
    let fresh: string;
    do fresh = `${r.pick(TOPICS)}${r.pick(FORMS)}`;
    while (used.has(fresh));
    used.add(fresh);
    names.set(name, fresh);
  }
  const file = `p${String(i).padStart(6, "0")}.txt`;
  const renamed = rename(v.text, v.corrections, names);
  return { file, text: renamed.text, corrections: renamed.corrections.map((c) => ({ ...c, file })) };
}

/** Writes N documents and their corrections into outSeeds, with the reference files the build reads. */
export function writeProvince(seedsDir: string, outSeeds: string, n: number, from = 1, real: RealSeed = loadRealSeed(seedsDir)): string[] {
  const projectNames = real.published.tables.projects!.map((p) => String(p.name));
  mkdirSync(outSeeds, { recursive: true });
  for (const f of readdirSync(seedsDir)) if (!f.endsWith(".txt") && f !== "corrections.json" && f !== "manifest.json") copyFileSync(join(seedsDir, f), join(outSeeds, f));
  const corrections: Correction[] = [];
  const files: string[] = [];
  for (let i = from; i < from + n; i++) {
    const d = provinceDocument(real, projectNames, i);
    writeFileSync(join(outSeeds, d.file), d.text);
    corrections.push(...d.corrections);
    files.push(d.file);
  }
  writeFileSync(join(outSeeds, "corrections.json"), JSON.stringify({ corrections }));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? "100");
  if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a positive integer, not ${process.argv[2]}`);
  const out = resolve(process.argv[3] ?? `province-${n}`);
  const t = performance.now();
  const files = writeProvince(resolve(import.meta.dirname, "../../seeds"), join(out, "seeds"), n);
  console.log(`wrote ${files.length} disclosures to ${join(out, "seeds")} in ${((performance.now() - t) / 1000).toFixed(1)} s; build them with: npm run build:data -- ${join(out, "seeds")} ${join(out, "data", "datasets.json")}`);
}
