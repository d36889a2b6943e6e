/**
 * The search page also finds what the words name rather than a row: a table (its title and
 * description, e.g. 三公经费 → 一般公共预算“三公”经费支出情况表) and a glossary term (its
 * words and explanation). A small fixed list (the template's tables, the glossary), so the
 * cost does not grow with the data. Quotation marks are ignored: “三公”经费 reads 三公经费.
 */
import { fold } from "../query/text";
import { TABLE_DESCRIPTIONS_ZH } from "../schema/descriptions-zh";
import { TABLE_LIST } from "../schema/tables";
import { TERMS } from "./glossary/terms";

export interface ThingHit {
  kind: "table" | "term";
  /** The table id or the term's anchor. */
  id: string;
  zh: string;
  en: string;
  /** What it is, in Chinese and English. */
  textZh: string;
  textEn: string;
}

const QUOTES = /[“”"'‘’「」『』]/g;
const norm = (text: string) => fold(text).replace(QUOTES, "");

/** Whether every term occurs in one of the texts. */
function holds(texts: readonly string[], terms: readonly string[]): boolean {
  const all = norm(texts.join("\n"));
  return terms.every((t) => all.includes(norm(t)));
}

/** Tables whose title names the words first, then those whose description does; then glossary terms, by name first. */
export function findThings(terms: readonly string[]): ThingHit[] {
  if (terms.length === 0) return [];
  const tables = TABLE_LIST.map((t) => ({
    kind: "table" as const,
    id: t.id,
    zh: t.titleZh,
    en: t.titleEn,
    textZh: TABLE_DESCRIPTIONS_ZH[t.id] ?? "",
    textEn: t.description,
  }));
  const byTitle = tables.filter((t) => holds([t.zh, t.en], terms));
  const byText = tables.filter((t) => !byTitle.includes(t) && holds([t.textZh, t.textEn], terms));
  const glossary = TERMS.map((t) => ({ kind: "term" as const, id: t.id, zh: t.zh, en: t.en, textZh: t.shortZh, textEn: t.short, words: [t.zh, ...t.aliases, t.en], long: [t.explanationZh, t.explanation] }));
  const termByName = glossary.filter((t) => holds(t.words, terms));
  const termByText = glossary.filter((t) => !termByName.includes(t) && holds([t.textZh, t.textEn, ...t.long], terms));
  return [...byTitle, ...byText, ...[...termByName, ...termByText].map(({ words: _w, long: _l, ...t }) => t)];
}
