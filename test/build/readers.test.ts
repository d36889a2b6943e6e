import { describe, expect, it } from "vitest";
import { formatCentsPlain, parseAmount } from "../../src/lib/money";
import { chineseNumber } from "../../scripts/pipeline/parse/cells";
import { htmlToText } from "../../scripts/pipeline/html-text";
import { parseTarget } from "../../scripts/pipeline/parse/target";

describe("parseAmount", () => {
  it("reads printed amounts into integer cents of 万元", () => {
    expect(["1,313.9", "20.00", "0.5", "3,040.00", "-7.25", "4536.7"].map((s) => parseAmount(s))).toEqual([131390, 2000, 50, 304000, -725, 453670]);
    expect(parseAmount("4536.7万元", "万元")).toBe(453670);
  });
  it("keeps blank as null and rejects what is not an amount", () => {
    expect([parseAmount(""), parseAmount("  "), parseAmount(null)]).toEqual([null, null, null]);
    expect(["1.234", "12,34.5", "abc", "1,2", "30.0万"].map((s) => parseAmount(s))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it("formats cents for messages without floats", () => {
    expect([formatCentsPlain(321980), formatCentsPlain(5), formatCentsPlain(-725), formatCentsPlain(null)]).toEqual(["3219.80", "0.05", "-7.25", "blank"]);
  });
});

describe("parseTarget", () => {
  it("splits operator, number and unit where the target parses", () => {
    expect(parseTarget("≥95%")).toEqual({ target: "≥95%", target_operator: "≥", target_value: 95, target_unit: "%" });
    expect(parseTarget("≤20万元")).toEqual({ target: "≤20万元", target_operator: "≤", target_value: 20, target_unit: "万元" });
    expect(parseTarget("=12个月")).toEqual({ target: "=12个月", target_operator: "=", target_value: 12, target_unit: "个月" });
    expect(parseTarget("27家")).toEqual({ target: "27家", target_operator: null, target_value: 27, target_unit: "家" });
  });
  it("keeps what does not parse as printed only", () => {
    for (const t of ["及时", "GB/T5461-2016", "≥2020年建成5G基站数量的5%", "纸质文本3份，电子文本"]) {
      expect(parseTarget(t)).toEqual({ target: t, target_operator: null, target_value: null, target_unit: null });
    }
    expect(parseTarget("")).toEqual({ target: null, target_operator: null, target_value: null, target_unit: null });
  });
});

describe("htmlToText", () => {
  it("removes tags, decodes entities and keeps paragraphs", () => {
    expect(htmlToText('<p>一、目标</p> <p>二、A &amp; B&nbsp;C</p><h2 style="x">标题</h2>')).toBe("一、目标\n二、A & B C\n标题");
    expect(htmlToText('<ol style="list-style-type: none"> 1. 深化。<li>第二</li></ol>')).toBe("1. 深化。\n第二");
    expect(htmlToText("plain 1 < 2")).toBe("plain 1 < 2");
    expect(htmlToText("")).toBeNull();
  });
});

describe("chineseNumber", () => {
  it("reads the ordinals of the class rows", () => {
    expect(["五", "十", "十五", "二十", "二十一", "三十四", "九十九"].map(chineseNumber)).toEqual([5, 10, 15, 20, 21, 34, 99]);
    expect(["", "百", "十十"].map(chineseNumber)).toEqual([null, null, null]);
  });
});
