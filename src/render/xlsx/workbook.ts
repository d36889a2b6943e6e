/**
 * An .xlsx file (Office Open XML SpreadsheetML) from sheets, zipped with fflate.
 *
 * Design: written here rather than with a library. The parts a workbook of typed cells needs
 * are few and small ([Content_Types].xml, _rels/.rels, docProps, xl/workbook.xml and its
 * rels, styles, shared strings, one XML file per sheet), fflate is already in the bundle for
 * the zip download, and a library writer would add far more than the ~30 KiB gzip this
 * feature may cost (exceljs's browser build alone is 252 KiB gzip; this writer and the routes add ~6 KiB). No timestamps are written (docProps
 * has none; zip entries carry 1980-01-01), so the same rows give the same bytes and ETags.
 */
import { zipSync } from "fflate";
import { ZIP_OPTIONS } from "../../lib/zip";
import { SharedStrings, sheetXml, usedRange, type SheetSpec } from "./sheet";
import { STYLES_XML } from "./styles";
import { esc, NS_MAIN, NS_REL, XML_HEAD } from "./xml";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface WorkbookSpec {
  /** docProps/core.xml title. */
  title: string;
  /** Program named in docProps/app.xml and as the creator. */
  creator: string;
  sheets: readonly SheetSpec[];
}

const MAX_SHEET_NAME = 31;
/** Excel keeps these names for itself. */
const RESERVED_NAMES = ["history"];

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either
 * end, unique regardless of case (a clash gets " (2)", " (3)" …).
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set(RESERVED_NAMES);
  return wanted.map((raw) => {
    const base = [...raw.replace(/[[\]:*?/\\\u0000-\u001f]/g, " ").trim().replace(/^'+|'+$/g, "")].slice(0, MAX_SHEET_NAME).join("").trim() || "Sheet";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** `'name'!$A$1:$F$30`, the form a defined name refers to a range of a sheet in. */
function absoluteRange(sheet: string, range: string): string {
  const abs = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

function contentTypes(sheets: number): string {
  const overrides = [
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ...Array.from({ length: sheets }, (_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"]),
    ["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
    ["/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

function relationships(rels: readonly [type: string, target: string][]): string {
  const items = rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join("");
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbookXml(spec: WorkbookSpec): string {
  const sheets = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  // Excel records each autofilter's range as the hidden name _xlnm._FilterDatabase of its sheet.
  const filters = spec.sheets
    .map((s, i) => (s.header ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(absoluteRange(s.name, usedRange(s)))}</definedName>` : ""))
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (filters ? `<definedNames>${filters}</definedNames>` : "") +
    "</workbook>"
  );
}

function coreXml(spec: WorkbookSpec): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:title>${esc(spec.title)}</dc:title><dc:creator>${esc(spec.creator)}</dc:creator></cp:coreProperties>`
  );
}

function appXml(spec: WorkbookSpec): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${esc(spec.creator)}</Application></Properties>`;
}

const encoder = new TextEncoder();

/** The .xlsx bytes. Sheet names must already be valid (see sheetNames). */
export function workbookBytes(spec: WorkbookSpec): Uint8Array {
  const strings = new SharedStrings();
  const sheets = spec.sheets.map((s, i) => sheetXml(s, strings, i === 0));
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypes(spec.sheets.length)],
    ["_rels/.rels", relationships([[`${REL}/officeDocument`, "xl/workbook.xml"], ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"], [`${REL}/extended-properties`, "docProps/app.xml"]])],
    ["docProps/core.xml", coreXml(spec)],
    ["docProps/app.xml", appXml(spec)],
    ["xl/workbook.xml", workbookXml(spec)],
    ["xl/_rels/workbook.xml.rels", relationships([...spec.sheets.map((_, i) => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`] as [string, string]), [`${REL}/styles`, "styles.xml"], [`${REL}/sharedStrings`, "sharedStrings.xml"]])],
    ["xl/styles.xml", STYLES_XML],
    ["xl/sharedStrings.xml", strings.xml()],
    ...sheets.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml] as [string, string]),
  ];
  return zipSync(Object.fromEntries(parts.map(([path, xml]) => [path, [encoder.encode(xml), ZIP_OPTIONS]])));
}
