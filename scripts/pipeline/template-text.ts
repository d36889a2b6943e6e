/**
 * How printed text is compared with the template's words: the normalisations and the word
 * lists the repair rules (before parsing) and the parsers (after) both read by. Kept below
 * both stages so a rule never has to reach into a parser for them.
 */
import { CODED_TABLE_VOCABULARY, FISCAL_HEADER_WORDS, HEADER_GROUP_WORDS, INDICATOR_HEADER } from "./template";

/** Header words compare without the spaces the PDF puts between characters. */
export const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, "");

/**
 * A word of the template as compared: spaces the PDF puts between characters removed,
 * full-width brackets as ASCII, a leading 其中： dropped (its column is the word's own).
 */
export function templateWord(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/^其中[:：]/, "");
}

/** An item numbered 一、 … 九十九、 ("十五、资源勘探信息等支出"). */
export const ORDINAL_ITEM = /^([一二三四五六七八九十]+)、\s*(.+)$/;
/** An item numbered 1、 2、 … ("1、商品和服务类专项支出"). */
export const NUMBERED_ITEM = /^(\d+)、\s*(.+)$/;

/** Words a budget table's header rows print (as templateWord compares them): a row of them beside a number is header, not data. */
export const BUDGET_HEADER_WORDS: ReadonlySet<string> = new Set<string>([
  ...Object.values(CODED_TABLE_VOCABULARY).flatMap((v) => [...Object.keys(v.keys), ...Object.keys(v.amounts)]),
  ...HEADER_GROUP_WORDS, ...FISCAL_HEADER_WORDS, "小计",
].map(templateWord));

/** The header words of an indicator table, in the order it prints them. */
export const INDICATOR_HEADER_WORDS = [INDICATOR_HEADER, "二级指标", "三级指标", "目标值", "指标值", "指标值说明"];
