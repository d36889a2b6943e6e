/**
 * Rule cjk-radical: some PDF exports of the template print an ordinary character as the
 * code point of its radical form (⻔ U+2ED4 for 门, ⻋ U+2ECB for 车). They look the same
 * and match nothing, so they are mapped to the ideograph before anything is read.
 * Only these two blocks are touched: the rest of the text (full-width punctuation
 * included) is published as printed, which a blanket NFKC would not do.
 */
import { BuildError } from "../../errors";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

/** Kangxi Radicals: NFKC maps each to its ideograph. */
const KANGXI = /[\u2F00-\u2FD5]/u;
const ANY_RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

/**
 * CJK Radicals Supplement: NFKC maps only two of them, so the equivalent ideographs of
 * Unicode's EquivalentUnifiedIdeograph.txt are listed here for the simplified forms
 * Chinese text uses. A radical not listed stops the build rather than being guessed.
 */
const SUPPLEMENT: Record<string, string> = {
  "\u2E8C": "\u5C0F", // ⺌ 小
  "\u2E8D": "\u5C0F", // ⺍ 小
  "\u2E8E": "\u5140", // ⺎ 兀
  "\u2E97": "\u5FC3", // ⺗ 心
  "\u2E9B": "\u65E1", // ⺛ 旡
  "\u2E9D": "\u6708", // ⺝ 月
  "\u2E9F": "\u6BCD", // ⺟ 母
  "\u2EA0": "\u6C11", // ⺠ 民
  "\u2EA4": "\u722B", // ⺤ 爫
  "\u2EA6": "\u4E2C", // ⺦ 丬
  "\u2EA8": "\u72AD", // ⺨ 犭
  "\u2EA9": "\u738B", // ⺩ 王
  "\u2EAC": "\u793A", // ⺬ 示
  "\u2EAD": "\u793B", // ⺭ 礻
  "\u2EB2": "\u7F52", // ⺲ 罒
  "\u2EB9": "\u8002", // ⺹ 耂
  "\u2EBA": "\u8080", // ⺺ 肀
  "\u2EBE": "\u8279", // ⺾ 艹
  "\u2EC4": "\u897F", // ⻄ 西
  "\u2EC5": "\u89C1", // ⻅ 见
  "\u2EC6": "\u89D2", // ⻆ 角
  "\u2EC8": "\u8BA0", // ⻈ 讠
  "\u2EC9": "\u8D1D", // ⻉ 贝
  "\u2ECB": "\u8F66", // ⻋ 车
  "\u2ECC": "\u8FB6", // ⻌ 辶
  "\u2ECD": "\u8FB6", // ⻍ 辶
  "\u2ECF": "\u961D", // ⻏ 阝
  "\u2ED0": "\u9485", // ⻐ 钅
  "\u2ED1": "\u9577", // ⻑ 長
  "\u2ED3": "\u957F", // ⻓ 长
  "\u2ED4": "\u95E8", // ⻔ 门
  "\u2ED6": "\u961D", // ⻖ 阝
  "\u2ED7": "\u96E8", // ⻗ 雨
  "\u2ED8": "\u9752", // ⻘ 青
  "\u2ED9": "\u97E6", // ⻙ 韦
  "\u2EDA": "\u9875", // ⻚ 页
  "\u2EDB": "\u98CE", // ⻛ 风
  "\u2EDC": "\u98DE", // ⻜ 飞
  "\u2EDD": "\u98DF", // ⻝ 食
  "\u2EDF": "\u98E0", // ⻟ 飠
  "\u2EE0": "\u9963", // ⻠ 饣
  "\u2EE1": "\u9996", // ⻡ 首
  "\u2EE2": "\u9A6C", // ⻢ 马
  "\u2EE3": "\u9AA8", // ⻣ 骨
  "\u2EE4": "\u9B3C", // ⻤ 鬼
  "\u2EE5": "\u9C7C", // ⻥ 鱼
  "\u2EE6": "\u9E1F", // ⻦ 鸟
  "\u2EE7": "\u5364", // ⻧ 卤
  "\u2EE8": "\u9EA6", // ⻨ 麦
  "\u2EE9": "\u9EC4", // ⻩ 黄
  "\u2EEA": "\u9EFE", // ⻪ 黾
  "\u2EEC": "\u9F50", // ⻬ 齐
  "\u2EEE": "\u9F7F", // ⻮ 齿
  "\u2EF0": "\u9F99", // ⻰ 龙
  "\u2EF3": "\u9F9F", // ⻳ 龟
};

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function ideograph(c: string, file: string, line: number): string {
  if (KANGXI.test(c)) return c.normalize("NFKC");
  const mapped = SUPPLEMENT[c];
  if (!mapped) throw new BuildError(file, line, "cjk-radical", `radical code point ${hex(c)} (${c}) has no ideograph listed in scripts/pipeline/repair/rules/cjk-radical.ts; add its equivalent from Unicode's EquivalentUnifiedIdeograph.txt`);
  return mapped;
}

export const cjkRadical: RepairRule = {
  id: "cjk-radical",
  describe: {
    repairs: "radical code points (⻔ U+2ED4, ⻋ U+2ECB, the Kangxi block) printed for ordinary characters; the rest of the text, full-width punctuation included, stays as printed",
    zh: "部首字改为正常汉字",
    en: "radical code point",
  },
  scope: { touches: "characters of the CJK Radicals Supplement and Kangxi Radicals blocks, on any line, before the lines are split into cells" },
  apply: { lines: (lines, { log }) => mapRadicals(lines, log) },
};

/** The lines with every radical code point replaced by its ideograph, each changed line recorded. */
function mapRadicals(lines: readonly string[], log: RepairLog): string[] {
  return lines.map((text, i) => {
    if (!ANY_RADICAL.test(text)) return text;
    const line = i + 1;
    const seen = new Map<string, string>();
    const mapped = [...text].map((c) => {
      if (!ANY_RADICAL.test(c)) return c;
      const to = ideograph(c, log.file, line);
      seen.set(c, to);
      return to;
    }).join("");
    const before = text.split("\t");
    const after = mapped.split("\t");
    const changed = before.flatMap((c, k) => (c === after[k] ? [] : [k]));
    const pairs = [...seen].map(([from, to]) => `${from} ${hex(from)} → ${to}`).join(", ");
    log.record(line, "cjk-radical", changed.map((k) => before[k]!.trim()), changed.map((k) => after[k]!.trim()), `radical code points printed for ordinary characters: ${pairs}`, `原文用偏旁部首字符代替了正常汉字，已改回：${pairs}`);
    return mapped;
  });
}
