/**
 * The repair rules: each recognises one systematic artefact of the template's PDF export,
 * repairs it, and records what it did. Listed here with what they are for, in the order
 * they run; the build report counts their applications by id.
 */
export const RULES = {
  "cjk-radical": "a radical code point (⻔ U+2ED4) printed for an ordinary character (门) is mapped to the ideograph",
  "noise-line": "a line of dashes between two fields, with no content, is dropped",
  "personal-mobile": "a personal mobile number is masked (digits 4–7), wherever it is printed",
  "template-word": "an OCR slip of a word of the template (title, header word, field name, indicator label) is read as that word",
  "header-number": "a number printed inside a table's header rows, where no column takes a value, is removed",
  "heading-in-field": "a heading of the template swallowed into a project field's value is dropped from the value",
  "page-stamp": "an isolated line between indicator rows that is no label (a page stamp read as text) is dropped",
  "label-drift": "a 一级 label printed on another row of its group (or the row before it), or a 二级 label repeated in the 一级 column, is published on the group's first row",
  "unlabelled-revenue": "a revenue amount printed without its label takes the label of the one revenue item of 财政拨款收支总体情况表 with that amount",
} as const;

export type RuleId = keyof typeof RULES;
