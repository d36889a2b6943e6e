/** XML text for SpreadsheetML parts: escaped, and without the characters XML 1.0 forbids. */

/** Control characters other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF: no XML 1.0 document may hold them. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Excel reads `_x0041_` in a string as an escaped character (ECMA-376 ST_Xstring); the
 * underscore of such text is itself escaped (`_x005F_`) so it reads back as written.
 */
const XSTRING_ESCAPE = /_(x[0-9a-fA-F]{4}_)/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/** Text or attribute value, escaped; forbidden characters dropped (there is no way to write them). */
export function esc(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"\r]/g, (c) => ENTITIES[c]);
}

/** A cell string as Excel will read it back: forbidden characters dropped, `_xHHHH_` kept literal. */
export function cellText(text: string): string {
  return esc(text).replace(XSTRING_ESCAPE, "_x005F_$1");
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The SpreadsheetML main and relationship namespaces. */
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
