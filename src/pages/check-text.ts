/**
 * A check's description in Chinese. The build writes each description once, from templates
 * whose words are Chinese labels of the document joined by a few English phrases
 * ("Σ of the 15 classification rows"); the Chinese pages say those phrases in Chinese.
 * Pure text rewriting of the known phrases: the figures and labels stay as the build wrote
 * them. A description with a phrase not known here keeps its English (a test walks every
 * check of the published data and requires none to remain).
 */

const RULES: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  [/^every 一级 and 二级 label of the (.+?) is a label of the template's framework$/, (_, where) => `${where === "project sheets" ? "各项目表" : where}中的一级、二级指标名称都是模板指标体系中的名称`],
  [/^in the (.+?), each 二级 label belongs to exactly one 一级 label, the framework's$/, (_, where) => `${where === "project sheets" ? "各项目表" : where}中每个二级指标只属于一个一级指标，且与模板指标体系一致`],
  [/^(.+?): the 一级 groups of the template, each once and in the template's order, and their 二级 groups in order$/, (_, s) => `${s}：模板的一级指标各印一次、顺序与模板一致，其下二级指标的顺序也一致`],
  [/^(.+?): every field of the template's project sheet printed once$/, (_, s) => `${s}：项目表模板的每个栏目都印了一次`],
  [/Σ of its numbered items (\S+) \(second partition of the group\)/, (_, items) => `其下编号 ${items} 各项之和（同一组的另一种拆分）`],
  [/Σ of the (\d+) classification rows/, (_, n) => `${n} 个科目行之和`],
  [/Σ of its (\d+) classification rows/, (_, n) => `其下 ${n} 个科目行之和`],
  [/Σ of the (\d+) class rows/, (_, n) => `${n} 个“类”行之和`],
  [/Σ of its (\d+) unit rows/, (_, n) => `其下 ${n} 个单位行之和`],
  [/Σ of its (\d+) rows of the matching 经济分类/, (_, n) => `对应经济分类的 ${n} 行之和`],
  [/\(Σ of (\d+) rows\)/, (_, n) => `（${n} 行之和）`],
  [/Σ of its (\d+) rows/, (_, n) => `其下 ${n} 行之和`],
  [/\(none printed\)/, "（未印）"],
  [/Σ of its (\d+) 项 rows \((.+?)\)/, (_, n, col) => `其下 ${n} 个“项”行之和（${col}）`],
  [/Σ (\S+) of the (\d+) project sheets/, (_, field, n) => `${n} 张项目表的${field}之和`],
  [/Σ of the (\d+) facts of the table, /, (_, n) => `本表 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of its (\d+) 项 rows, /, (_, n, m) => `其下 ${m} 个“项”行的 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of 项 (\d+), /, (_, n, code) => `项 ${code} 的 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of all 类, /, (_, n) => `全部“类”的 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of revenue printed above it/, (_, n) => `上方所列收入的 ${n} 个可相加金额之和`],
  [/Σ of the (\d+) facts of revenue, by (.+?) \(revenue side\)/, (_, n, col) => `收入方 ${n} 个可相加金额之和，对应${col}`],
  [/Σ of the (\d+) facts of revenue, /, (_, n) => `收入的 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of revenue/, (_, n) => `收入的 ${n} 个可相加金额之和`],
  [/Σ of the (\d+) facts of expenditure/, (_, n) => `全部支出的 ${n} 个可相加金额之和`],
  [/Σ of the (\d+) facts of (.+?), by /, (_, n, what) => `${what}的 ${n} 个可相加金额之和，按`],
  [/Σ of the (\d+) facts of (.+?), /, (_, n, what) => `${what}的 ${n} 个可相加金额之和，`],
  [/Σ of the (\d+) facts of (.+)$/, (_, n, what) => `${what}的 ${n} 个可相加金额之和`],
  [/整体绩效目标表 goals /, "整体绩效目标表 "],
];

export function checkDescriptionZh(description: string): string {
  let out = description;
  for (const [pattern, to] of RULES) out = out.replace(pattern, to as string);
  return out;
}
