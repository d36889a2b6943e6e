/**
 * Each repair rule on small fixtures: what it recognises, what it publishes, what it
 * records, and where it refuses to guess.
 */
import { describe, expect, it } from "vitest";
import { BuildError } from "../../scripts/pipeline/errors";
import { slipCandidates } from "../../src/lib/edit-distance";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { RepairLog } from "../../scripts/pipeline/repair/log";
import { findMobile, maskMobiles } from "../../scripts/pipeline/mobile-numbers";
import { inScope, type RepairRule } from "../../scripts/pipeline/repair/rule";
import { cjkRadical } from "../../scripts/pipeline/repair/rules/cjk-radical";
import { headerNumber } from "../../scripts/pipeline/repair/rules/header-number";
import { headingInField } from "../../scripts/pipeline/repair/rules/heading-in-field";
import { labelDrift } from "../../scripts/pipeline/repair/rules/label-drift";
import { noiseLine } from "../../scripts/pipeline/repair/rules/noise-line";
import { pageStamp } from "../../scripts/pipeline/repair/rules/page-stamp";
import { templateWordRule } from "../../scripts/pipeline/repair/rules/template-word";
import { unlabelledRevenue } from "../../scripts/pipeline/repair/rules/unlabelled-revenue";
import { segment, type Section } from "../../scripts/pipeline/segment";
import type { SourceRow } from "../../scripts/pipeline/source-rows";
import { SEEDS } from "./seed-fixtures";

const frameworks = loadFrameworks(SEEDS);
const log = () => new RepairLog("f.txt");
/** Rows from TAB-separated lines, numbered from 1; blank lines are kept out of the rows, as the reader does. */
const rows = (lines: string[]): SourceRow[] => lines.flatMap((l, i) => (l.trim() ? [{ line: i + 1, cells: l.split("\t") }] : []));
/** A rule's steps run as the repair runs them: on the sections of its scope, with the seed's lines at hand. */
const ctx = (l: RepairLog, lines: readonly string[] = []) => ({ log: l, frameworks, lines });
const onLines = (lines: string[], l: RepairLog) => cjkRadical.apply.lines!(lines, ctx(l));
const onRows = (rule: RepairRule, r: SourceRow[], l: RepairLog) => rule.apply.rows!(r, ctx(l));
const onSections = (rule: RepairRule, sections: Section[], l: RepairLog, lines: readonly string[] = []) => rule.apply.sections!(inScope(rule.scope, sections), ctx(l, lines));
const entries = (l: RepairLog) => l.entries.map((e) => [e.line, e.kind, e.printed, e.published]);

/** A project sheet with the given indicator rows (一级 | 二级 | 三级 | 目标值), as segment() would cut it. */
function projectSheet(indicatorLines: string[]): { section: Section; lines: string[] } {
  const lines = ["2021年部门收支总体情况表", "单位：某局", "某局（行政）支出项目绩效目标表", "项目名称\t甲", "一级指标\t二级指标\t三级指标\t目标值", ...indicatorLines, "预算单位（盖章）：\t\t主管部门（盖章）："];
  const sections = segment("f.txt", rows(lines));
  return { section: sections[1]!, lines };
}
const column1 = (s: Section) => s.pages.flat().slice(2, -1).map((r) => r.cells[0]);

describe("cjk-radical", () => {
  it("maps radical code points to ideographs, leaves full-width punctuation, and records the cells", () => {
    const l = log();
    expect(onLines(["部⻔\t⻋辆（运行）：", "部门，"], l)).toEqual(["部门\t车辆（运行）：", "部门，"]);
    expect(entries(l)).toEqual([[1, "cjk-radical", ["部⻔", "⻋辆（运行）："], ["部门", "车辆（运行）："]]]);
    expect(l.entries[0]!.reason).toBe("radical code points printed for ordinary characters: ⻔ U+2ED4 → 门, ⻋ U+2ECB → 车");
    expect(onLines(["⼈⼤"], log())).toEqual(["人大"]);
  });

  it("refuses a radical with no listed ideograph rather than guessing", () => {
    expect(() => onLines(["a\u2E80b"], log())).toThrow("f.txt:1: [cjk-radical] radical code point U+2E80");
  });
});

describe("noise-line", () => {
  it("recognises lines of dashes only", () => {
    expect([["------", "--"], ["———"], ["- - - -"], ["-"], ["--", "x"], ["=100%"], [""]].map((c) => onRows(noiseLine, [{ line: 1, cells: c }], log()).length === 0)).toEqual([true, true, true, false, false, false, false]);
  });
});

describe("personal-mobile", () => {
  it("masks digits 4–7 of a mobile however it is written, and leaves office numbers", () => {
    const cases = ["15138866896", "138-1234-5678", "138 1234 5678", "+86 13812345678", "+8613812345678", "8613812345678", "１３８１２３４５６７８", "电话13812345678。", "6633870", "0391-6633870", "017001001", "138123456789"];
    expect(cases.map((c) => maskMobiles(c).text)).toEqual([
      "151****6896", "138-****-5678", "138 **** 5678", "+86 138****5678", "+86138****5678", "86138****5678", "１３８****５６７８", "电话138****5678。", "6633870", "0391-6633870", "017001001", "138123456789",
    ]);
    expect(cases.map((c) => findMobile(c) !== null)).toEqual([true, true, true, true, true, true, true, true, false, false, false, false]);
  });
});

describe("template-word", () => {
  it("reads a misspelt table title as the template's title", () => {
    const l = log();
    const row = { line: 7, cells: ["2021年部门支出总体倩况表"] };
    onRows(templateWordRule, [row], l);
    expect(row.cells).toEqual(["2021年部门支出总体情况表"]);
    expect(l.entries[0]!.reason).toBe('"部门支出总体倩况表" is an OCR slip of the template\'s table title "部门支出总体情况表" (edit distance 1; no other title is that near)');
  });

  it("reads misspelt field names and indicator header words, and leaves values alone", () => {
    const { section } = projectSheet(["投入与目标管理\t投入管理\t预算执行率\t=100%"]);
    const body = section.pages.flat();
    body[0]!.cells = ["项目负责入", "张三", "联糸电话", "项目负责入"];
    body[1]!.cells = ["一级指标", "二级指标", "三级指枟", "目标值"];
    const l = log();
    onSections(templateWordRule, [section], l);
    expect(body[0]!.cells).toEqual(["项目负责人", "张三", "联系电话", "项目负责入"]);
    expect(body[1]!.cells).toEqual(["一级指标", "二级指标", "三级指标", "目标值"]);
    expect(entries(l).map((e) => e[1])).toEqual(["template-word", "template-word", "template-word"]);
  });

  it("finds no candidate when two words of the place are equally plausible", () => {
    expect(slipCandidates("项目年度金额", ["项目本年度金额", "项目上年度金额"])).toHaveLength(2);
  });
});

describe("header-number", () => {
  it("removes a number with decimals above the first data row and names the row that prints it", () => {
    const sections = segment("f.txt", rows(["2021年财政拨款收支总体情况表", "单位：某局", "项目\t金额\t项目\t合计", "\t\t\t小计\t30.0", "一般公共预算收入\t小计\t30.0\t五、教育\t30.0"]));
    const l = log();
    onSections(headerNumber, [sections[0]!], l);
    expect(sections[0]!.pages[0]![1]!.cells).toEqual(["", "", "", "小计", ""]);
    expect(l.entries[0]!.reason).toBe("the number 30.0 stands in the header rows of 财政拨款收支总体情况表 (lines 3–4, cell 5), where no column takes a value; it repeats the figure of line 5 (小计)");
  });
});

describe("unlabelled-revenue", () => {
  const doc = (fiscalRows: string[]) =>
    segment("f.txt", rows(["2021年部门收支总体情况表", "单位：某局", "项目\t金额\t项目", "一般公共预算收入\t100.0\t一、基本支出", "\t10.0\t二、项目支出", "2021年财政拨款收支总体情况表", "单位：某局", "项目\t金额\t项目", ...fiscalRows]));

  it("labels the amount from the one fiscal revenue item with the same amount", () => {
    const sections = doc(["\t上级预拨\t10.0\t一、一般公共服务", "\t财政拨款\t100.0\t二、外交"]);
    const l = log();
    onSections(unlabelledRevenue, sections, l);
    expect(sections[0]!.pages[0]![2]!.cells[0]).toBe("上级预拨");
    expect(entries(l)).toEqual([[5, "unlabelled-revenue", [""], ["上级预拨"]]]);
  });

  it("stops the build when no item or two items have the amount", () => {
    expect(() => onSections(unlabelledRevenue, doc(["\t上级预拨\t10.0\t一、一般公共服务", "\t调入资金\t10.0\t二、外交"]), log())).toThrow(
      'f.txt:5: [missing-label] 部门收支总体情况表: revenue amount "10.0" has no label, and 财政拨款收支总体情况表 cannot tell: 2 items have it (上级预拨 10.0 line 9, 调入资金 10.0 line 10)',
    );
    expect(() => onSections(unlabelledRevenue, doc(["\t财政拨款\t100.0\t一、一般公共服务"]), log())).toThrow("no revenue item there has it (财政拨款 100.0 line 9)");
  });
});

describe("heading-in-field", () => {
  it("blanks a field whose value is a heading of the template", () => {
    const { section } = projectSheet(["投入与目标管理\t投入管理\t预算执行率\t=100%"]);
    section.pages[0]![0]!.cells = ["备注", '<h2 style="text-align: center;">项目绩效目标</h2>'];
    const l = log();
    onSections(headingInField, [section], l);
    expect(section.pages[0]![0]!.cells).toEqual(["备注", ""]);
    expect(entries(l)).toEqual([[4, "heading-in-field", ['<h2 style="text-align: center;">项目绩效目标</h2>'], [""]]]);
  });
});

describe("label-drift, template-word and page-stamp in indicator tables", () => {
  const repaired = (indicatorLines: string[]) => {
    const { section, lines } = projectSheet(indicatorLines);
    const l = log();
    onSections(pageStamp, [section], l, lines);
    onSections(labelDrift, [section], l, lines);
    return { section, l };
  };

  it("moves a 一级 label printed mid-group, or on the last row of the group before, to its group's first row", () => {
    const { section, l } = repaired(["投入与目标管理\t投入管理\t预算执行率\t=100%", "产出目标\t资产管理\t\t", "\t数量\t评审项目\t≥40项", "效果目标\t质量\t评审标准\t合格", "\t经济效益\t\t", "\t社会效益\t氛围\t良好", "效果目标\t满意度\t满意率\t≥95%"]);
    expect(column1(section)).toEqual(["投入与目标管理", "", "产出目标", "", "效果目标", "", ""]);
    expect(entries(l)).toEqual([
      [7, "label-drift", ["产出目标"], [""]],
      [8, "label-drift", [""], ["产出目标"]],
      [9, "label-drift", ["效果目标"], [""]],
      [10, "label-drift", [""], ["效果目标"]],
      [12, "label-drift", ["效果目标"], [""]],
    ]);
    expect(l.entries[2]!.reason).toBe("the 一级 label 效果目标 is printed on the last row of the group before (二级 质量 belongs to 产出目标); it is published on the first row of its group 效果目标 (经济效益, 社会效益, 满意度, lines 10–12)");
  });

  it("reads an OCR slip of a 一级 label by the only label of its place, and of a 二级 label", () => {
    const sheet = ["投入与目标管理\t投入管理\t预算执行率\t=100%", "\t数量\t评审项目\t≥40项", "项目目标\t时效\t及时性\t及时", "\t成本\t费用\t≤20万元", "\t社会效盖\t氛围\t良好"];
    const { section, l } = repaired(sheet);
    expect(column1(section)).toEqual(["投入与目标管理", "产出目标", "", "", "效果目标"]);
    expect(section.pages.flat()[6]!.cells[1]).toBe("社会效益");
    expect(entries(l).map((e) => [e[0], e[1]])).toEqual([[10, "template-word"], [7, "label-drift"], [8, "template-word"], [10, "label-drift"]]);
    expect(l.entries[2]!.reason).toBe('"项目目标" is an OCR slip of the 一级 label 产出目标 (edit distance 2, the only 一级 label of this place); the 一级 label 产出目标 is published on the first row of its group 产出目标 (数量, 时效, 成本, lines 7–9)');
    // On the last row of its group the same slip is as near to the next group's label: the rule refuses to choose.
    expect(() => repaired(sheet.filter((l) => !l.includes("成本")))).toThrow('"项目目标" in the 一级 column is no 一级 label of the template, and it is as near to 产出目标 and 效果目标');
  });

  it("removes a 二级 label repeated in the 一级 column", () => {
    const { section, l } = repaired(["投入与目标管理\t投入管理\t预算执行率\t=100%", "资产管理\t资产管理\t\t", "\t数量\t评审项目\t≥40项"]);
    expect(column1(section)).toEqual(["投入与目标管理", "", "产出目标"]);
    expect(l.entries[0]!.reason).toContain("the 一级 column repeats the 二级 label 资产管理");
  });

  it("drops an isolated page stamp between indicator rows, and keeps a label that is not isolated", () => {
    const { section, l } = repaired(["投入与目标管理\t投入管理\t预算执行率\t=100%", "", "立山日长", "", "\t数量\t评审项目\t≥40项"]);
    expect(section.pages.flat().map((r) => r.cells[0])).not.toContain("立山日长");
    expect(entries(l)[0]).toEqual([8, "page-stamp", ["立山日长"], null]);
    expect(() => repaired(["投入与目标管理\t投入管理\t预算执行率\t=100%", "立山日长", "\t数量\t评审项目\t≥40项"])).toThrow("[unknown-label]");
  });

  it("fails where the printed label contradicts the framework, instead of guessing", () => {
    const fail = (lines: string[]) => {
      try {
        repaired(lines);
      } catch (e) {
        return (e as BuildError).message;
      }
      return "built";
    };
    expect(fail(["投入与目标管理\t投入管理\t预算执行率\t=100%", "影响力目标\t数量\t评审项目\t≥40项"])).toBe(
      'f.txt:7: [label-conflict] the indicator table of "某局（行政）支出项目绩效目标表": 一级 label "影响力目标" is printed on a row of 二级 group "数量", which the framework puts under "产出目标", and no group of "影响力目标" begins on the next row',
    );
    expect(fail(["投入与目标管理\t投入管理\t预算执行率\t=100%", "质量\t数量\t评审项目\t≥40项"])).toContain('[label-conflict] the indicator table of "某局（行政）支出项目绩效目标表": the 一级 column prints the 二级 label "质量", but the row\'s 二级 group is "数量"');
    expect(fail(["投入与目标管理\t投入管理\t预算执行率\t=100%", "\t品控\t评审项目\t≥40项"])).toContain('[unknown-label] the indicator table of "某局（行政）支出项目绩效目标表": 二级 label "品控" is not in seeds/indicator-framework.csv');
    expect(fail(["投入与目标管理\t投入管理\t预算执行率\t=100%", "\t产出目标\t评审项目\t≥40项"])).toContain("[column-shift]");
  });
});
