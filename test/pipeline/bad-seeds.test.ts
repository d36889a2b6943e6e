import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySeeds, dataCopy, runBuild, SEED_FILE, seedLines, seedsWithLine, type CliResult } from "./seed-fixtures";

/** Runs the build on a faulty seeds folder; asserts it failed and left the data file byte for byte as it was. */
function failingBuild(seedsDir: string): CliResult {
  const { out, before } = dataCopy();
  const r = runBuild(seedsDir, out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("build failed; data/ left as it was");
  expect(readFileSync(out)).toEqual(before);
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

  it("names the expected header of an unrecognised layout", () => {
    const r = failingBuild(seedsWithLine(53, (l) => l.replace("工资福利支出", "工资支出")));
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:52: [unrecognised-layout] 2021年部门支出总体情况表: expected header "工资福利支出" in column 8, found "工资支出"');
  });

  it("fails when a correction no longer matches its source line", () => {
    const r = failingBuild(seedsWithLine(20, (l) => l.replace(/^\t710\.0/, "上级预拨\t710.0")));
    expect(r.stderr).toContain('000_f6a8c17e7f596961.txt:20: [correction-mismatch] correction (missing-label) expects [""] from cell 0, the line reads ["上级预拨"]');
  });

  it("refuses to publish a mobile number found in a text field", () => {
    const r = failingBuild(seedsWithLine(355, (l) => l.replace("档案管理等。", "档案管理等。联系13812345678。")));
    expect(r.stderr).toContain("000_f6a8c17e7f596961.txt:-: [personal-data] a personal mobile number (138…) would be published; add a masked-personal-data correction for its line");
  });

  it("refuses to publish an unmasked personal mobile number", () => {
    const dir = copySeeds();
    const path = join(dir, "corrections.json");
    const kept = readFileSync(path, "utf8").split("\n").filter((l) => !l.includes('"line": 515,'));
    writeFileSync(path, kept.join("\n"));
    const r = failingBuild(dir);
    expect(r.stderr).toContain("000_f6a8c17e7f596961.txt:515: [personal-data] unmasked personal mobile number; add a masked-personal-data correction for this line");
  });
});
