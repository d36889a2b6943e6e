import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TODO_REASON } from "../../scripts/pipeline/suggest-correction";
import type { Correction } from "../../src/schema/dataset";
import { copySeeds, dataCopy, runBuild, SEED_FILE, seedLines, seedsWithLine, type CliResult, expectSameBytes } from "./seed-fixtures";

/** Runs the build on a faulty seeds folder; asserts it failed and left the data file byte for byte as it was. */
function failingBuild(seedsDir: string): CliResult {
  const { out, before } = dataCopy();
  const r = runBuild(seedsDir, out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("build failed; data/ left as it was");
  expectSameBytes(readFileSync(out), before, "data file");
  return r;
}

describe("a seed that does not add up", () => {
  it("names the check, both sides and the line when one amount changes", () => {
    // 205 08 03 培训支出: 总计 30.0 → 31.0 in 部门支出总体情况表.
    const r = failingBuild(seedsWithLine(57, (l) => l.replace("017\t培训支出\t30.0", "017\t培训支出\t31.0")));
    expect(r.stderr).toContain(
      "000_f6a8c17e7f596961.txt:57: [reconcile] check department-expenditure/2050803-017/total:across failed: 部门支出总体情况表 培训支出: 总计 = 基本支出 小计 + 项目支出 小计: expected 31.00, the parts add up to 30.00 (lines 57)",
    );
    expect(r.stderr).toContain("check department-expenditure/total/total:down failed");
  });

  it("catches a changed project amount through the project rollup", () => {
    const line = seedLines().findIndex((l) => l.startsWith("项目总金额\t20.00\t项目本年度金额\t20.00")) + 1;
    const r = failingBuild(seedsWithLine(line, (l) => l.replace("项目本年度金额\t20.00", "项目本年度金额\t21.00")));
    expect(r.stderr).toContain("check projects/current_year_amount=summary-expenditure/project/current_year failed");
    expect(r.stderr).toContain("expected 3219.80, the parts add up to 3220.80");
  });
});

describe("a seed that does not parse", () => {
  it("refuses a GBK-encoded copy, naming the first line that is not UTF-8", () => {
    const dir = copySeeds();
    const gbk = spawnSync("iconv", ["-f", "UTF-8", "-t", "GBK", join(dir, SEED_FILE)], { maxBuffer: 1 << 24 });
    expect(gbk.status).toBe(0);
    writeFileSync(join(dir, SEED_FILE), gbk.stdout);
    const r = failingBuild(dir);
    expect(r.stderr).toContain("000_f6a8c17e7f596961.txt:3: [encoding] not valid UTF-8 (a GBK or other re-encoded copy?); save the document as UTF-8");
  });

  it("says which table is missing from a copy truncated after the budget tables", () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED_FILE), seedLines().slice(0, 150).join("\n"));
    // The corrections of the lines cut off go too: a correction past the end of its document is itself an error (tested below).
    withCorrections(dir, (c) => (c.line ?? c.lines![1]) <= 150);
    const r = failingBuild(dir);
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:149: [truncated] table "2021年支出经济分类汇总表" not found (document truncated or not of this template?)');
  });

  it("says which project sheet is cut off in a copy truncated inside a project sheet", () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED_FILE), seedLines().slice(0, 820).join("\n"));
    const r = failingBuild(dir);
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:820: [truncated] project sheet "科技奖励专项-浙江大学技术转移成果经费": ends before its signature row (预算单位（盖章）)');
  });

  it("refuses a duplicate document", () => {
    const dir = copySeeds();
    copyFileSync(join(dir, SEED_FILE), join(dir, "001_copy.txt"));
    const r = failingBuild(dir);
    expect(r.stderr).toContain("001_copy.txt:-: [duplicate-document] identical to 000_f6a8c17e7f596961.txt");
  });

  it("names an unknown header word, its line and the nearest words of the template", () => {
    const r = failingBuild(seedsWithLine(53, (l) => l.replace("工资福利支出", "工资支出")));
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:53: [unknown-header] 2021年部门支出总体情况表: header word "工资支出" (column 8) is not a word of the template; nearest known words: 基本支出, 工资福利支出, 项目支出');
  });

  it("names an unknown word in the header of a table read by position (部门收支总体情况表)", () => {
    const r = failingBuild(seedsWithLine(9, (l) => l.replace("收入", "收人")));
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:9: [unknown-header] 2021年部门收支总体情况表: header word "收人" is not a word of the template; nearest known words: 收入, 项目, 金额');
  });

  it("fails when a correction no longer matches its source line", () => {
    const r = failingBuild(seedsWithLine(437, (l) => l.replace("宣传时间", "宣传时限")));
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:437: [correction-mismatch] correction (column-shift) expects ["","","","宣传时间"] from cell 0, the line reads ["","","","宣传时限"]');
  });
});

/** Rewrites the copy's corrections.json, keeping the entries `keep` accepts and adding `extra`. */
function withCorrections(dir: string, keep: (c: Correction) => boolean, extra: object[] = []): void {
  const path = join(dir, "corrections.json");
  const { corrections } = JSON.parse(readFileSync(path, "utf8")) as { corrections: Correction[] };
  writeFileSync(path, JSON.stringify({ corrections: [...corrections.filter(keep), ...extra] }));
}

describe("a corrections file that does not fit its document", () => {
  it("refuses a correction whose line is past the end of the document, at once", () => {
    const dir = copySeeds();
    withCorrections(dir, () => true, [{ file: SEED_FILE, lines: [242, 300000000], printed: [""], published: [""], kind: "noise", reason: "a range far past the end" }]);
    const r = failingBuild(dir);
    expect(r.stderr).toContain("corrections.json:-: [correction] 000_f6a8c17e7f596961.txt: a correction (noise) names line 300000000, but the document has 1673 lines");
  });

  it("refuses a correction that is never applied", () => {
    const dir = copySeeds();
    // Line 240 is blank: a range over blank lines only applies to nothing.
    withCorrections(dir, () => true, [{ file: SEED_FILE, lines: [240, 240], printed: ["never"], published: [""], kind: "noise", reason: "covers nothing but a blank line" }]);
    const r = failingBuild(dir);
    expect(r.stderr).toContain("000_f6a8c17e7f596961.txt:240: [correction-unused] the correction (noise) for this line was not applied: it covers only blank lines");
  });

  it("refuses a reason still left as the TODO of a suggested entry", () => {
    const dir = copySeeds();
    withCorrections(dir, () => true, [{ file: SEED_FILE, line: 437, printed: ["", "", "", "宣传时间"], published: ["", "", "宣传时间", ""], kind: "column-shift", reason: TODO_REASON }]);
    const r = failingBuild(dir);
    expect(r.stderr).toMatch(/^corrections\.json:-: \[schema\] corrections\.8\.reason: write the reason \(it still says TODO\) \(entry 9\)$/m);
  });
});

describe("a seed only a person can decide", () => {
  it("prints file:line: [rule] and a ready-to-paste corrections.json entry with the printed cells", () => {
    // A 二级 label no rule can place: not in the framework, and near none of its labels.
    const r = failingBuild(seedsWithLine(320, (l) => l.replace("\t质量\t", "\t品控\t")));
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe(
      '000_f6a8c17e7f596961.txt:320: [unknown-label] the indicator table of "济源产城融合示范区工业和科技创新委员会（行政）支出项目绩效目标表": 二级 label "品控" is not in seeds/indicator-framework.csv, and it is not near any of them. If the template has this label, add a line "<table>,<一级>,品控" there',
    );
    expect(lines[1]).toBe('if only a person can decide this, add an entry like this to seeds/corrections.json (edit "published" and write the reason):');
    expect(JSON.parse(lines[2]!)).toEqual({
      file: SEED_FILE,
      line: 320,
      at: 0,
      printed: ["", "品控", "评审标准", "合格"],
      published: ["", "品控", "评审标准", "合格"],
      kind: "ocr-slip",
      reason: TODO_REASON,
    });
  });
});
