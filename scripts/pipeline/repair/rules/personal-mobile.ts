/**
 * Rule personal-mobile: contact fields sometimes print a person's mobile number. Wherever
 * one appears it is masked (digits 4–7 of the national number become *), in a cell and in
 * what any record of a change shows of the source: a printed side must not publish it either.
 */
import { maskMobiles, WITHHELD } from "../../mobile-numbers";
import type { RepairRule } from "../rule";

export const personalMobile: RepairRule = {
  id: "personal-mobile",
  describe: {
    repairs: "personal mobile numbers, masked (`151****6896`) wherever they are printed, in ASCII or full-width digits, grouped by spaces or dashes, with or without +86; office numbers stay",
    zh: "遮盖个人手机号",
    en: "mobile number masked",
  },
  scope: { touches: "digits 4–7 of a mobile number, in any cell and in the printed side of every record of a change" },
  apply: {
    rows: (rows, { log }) => {
      for (const row of rows) {
        row.cells.forEach((cell, k) => {
          if (!cell) return;
          const masked = maskMobiles(cell);
          if (masked.count === 0) return;
          log.record(row.line, "personal-mobile", [WITHHELD], [masked.text], `${masked.count === 1 ? "a personal mobile number" : `${masked.count} personal mobile numbers`} in cell ${k + 1}, published masked (office numbers are published as printed)`, `第 ${k + 1} 栏有 ${masked.count} 个个人手机号，发布时部分遮盖（办公电话照原文发布）`);
          row.cells[k] = masked.text;
        });
      }
      return rows;
    },
    records: (records) => records.map((c) => ({ ...c, printed: c.printed.map((p) => maskMobiles(p).text) })),
  },
};
