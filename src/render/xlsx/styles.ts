/**
 * xl/styles.xml and the cell styles it defines. Number formats decide how a number cell
 * shows, never what it holds: an amount cell holds the exact published number.
 */
import { XML_HEAD, NS_MAIN } from "./xml";

/** Index into cellXfs. */
export const STYLE = {
  general: 0,
  header: 1,
  /** 万元 as printed: one decimal at least, two where the amount has them, thousands grouped. */
  wan: 2,
  /** Exact integer yuan, thousands grouped (built-in format 3). */
  yuan: 3,
  /** A real date cell shown as yyyy-mm-dd. */
  date: 4,
  /** Headings of the 说明 sheet. */
  title: 5,
} as const;
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

const WAN_FORMAT = 164;
const DATE_FORMAT = 165;

export const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="2"><numFmt numFmtId="${WAN_FORMAT}" formatCode="#,##0.0#"/><numFmt numFmtId="${DATE_FORMAT}" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="${WAN_FORMAT}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  `<xf numFmtId="${DATE_FORMAT}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
