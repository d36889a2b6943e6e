/**
 * A problem's per-parameter message in Chinese, for the kinds people meet most (an unknown
 * column or parameter, with its hints; a parameter given twice; a value that is not a
 * number or a date); null for another, whose English the page shows as the technical original.
 */
const HINTS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^ To page through rows, use _size .*$/, () => "翻页请用 _size（每页行数，1 到 1000），并沿“下一页”链接（_next）往下翻；没有页码或偏移量参数。"],
  [/^ To sort, use _sort=col .*$/, () => "排序请用 _sort=列名（降序写 _sort=-列名）。"],
  [/^ To choose columns, use _fields=a,b\.$/, () => "选择列请用 _fields=列1,列2。"],
  [/^ Did you mean (.+)\?$/, (_, names) => `是不是想写 ${[...names!.matchAll(/'([^']*)'(?: \(([^)]*)\))?/g)].map(([, n, label]) => `“${n}”${label ? `（${label}）` : ""}`).join("或")}？`],
];

function hintZh(hint: string): string | null {
  if (hint === "") return "";
  for (const [re, to] of HINTS) {
    const m = re.exec(hint);
    if (m) return to(...m);
  }
  return null;
}

const RULES: readonly [RegExp, (...m: string[]) => string | null][] = [
  [/^Unknown column '(.*?)'\.(.*?) Columns: .*$/s, (_, name, hint) => {
    const h = hintZh(hint);
    return h === null ? null : `没有“${name}”这一列。${h}`;
  }],
  [/^Unknown parameter '(.*?)'\.(.*?) Parameters here: .*$/s, (_, name, hint) => {
    const h = hintZh(hint);
    return h === null ? null : `没有“${name}”这个参数。${h}`;
  }],
  [/^'(.*?)' is given more than once; give it once\.$/, (_, name) => `参数“${name}”写了不止一次，请只写一次。`],
  [/^_size takes a whole number from 1 to (\d+), not '(.*)'\.$/, (_, max, raw) => `_size 应为 1 到 ${max} 的整数，不能是“${raw}”。`],
  [/^Not a cursor issued by this API: .*$/, () => "这不是本接口给出的翻页标记：请沿上一页的“下一页”链接翻页。"],
];

export function problemMessageZh(message: string): string | null {
  for (const [re, to] of RULES) {
    const m = re.exec(message);
    if (m) return to(...m);
  }
  return null;
}
