// Every defect code (SPEC section 5): default severity, scope, one-line description and message template.
import type { DefectDraft, Severity } from "../types.js";

/** Where a defect sits: the whole file, a record, or a whole column. */
export type Scope = "file" | "row" | "column";

interface Entry {
  severity: Severity;
  scope: Scope;
  description: string;
  /** Renders the message of a draft that brings none of its own. */
  message(d: DefectDraft): string;
}

const p = (d: DefectDraft, key: string): string => String(d.params?.[key] ?? "");
/** Who a change is measured against: a feed's last deliveries, or the file a `--baseline` profile was made from. */
const was = (d: DefectDraft): string =>
  d.params?.baseline !== undefined ? `the baseline profile's file (${p(d, "baseline") || "unnamed"}) was` : `the feed ${JSON.stringify(p(d, "feed"))} was`;
const since = (d: DefectDraft): string => (d.params?.baseline !== undefined ? "" : ` in its last ${p(d, "deliveries")} deliveries`);
/** A count with its noun, singular for 1: "1 cell", "3 cells". */
const count = (d: DefectDraft, key: string, noun: string): string => `${p(d, key)} ${noun}${p(d, key) === "1" ? "" : "s"}`;
const col = (d: DefectDraft): string => d.column ?? (d.columnIndex ? `column ${d.columnIndex}` : "the value");
/** The KS p-value of a drift draft, as ", p = 0.012" or ", p < 0.001"; empty when the draft has none (PSI). */
const pValue = (d: DefectDraft): string => {
  const v = d.params?.pValue;
  if (typeof v !== "number") return "";
  return v < 0.001 ? ", p < 0.001" : `, p = ${Number(v.toPrecision(2))}`;
};
const val = (d: DefectDraft): string => JSON.stringify(d.value ?? "");
/** Who declared a contract: `the feed "x"`, or `the resource "x"` of a Data Package (params.by). */
const declarer = (d: DefectDraft): string => `the ${d.params?.by === "resource" ? "resource" : "feed"} ${JSON.stringify(p(d, "feed"))}`;

export const CATALOG = {
  // ---------------------------------------------------------------- file and header
  "source-error": {
    severity: "error", scope: "file",
    description: "the input could not be opened or read (missing, permission, network)",
    message: (d) => `could not read the input: ${p(d, "reason")}`,
  },
  "empty-file": {
    severity: "error", scope: "file",
    description: "no bytes, or no header line",
    message: (d) => (d.params?.bytes ? "the file has no header line" : "the file is empty (0 bytes)"),
  },
  "binary-file": {
    severity: "error", scope: "file",
    description: "the bytes are not text (e.g. an image or a zip), so no row can be read",
    message: (d) => `the input is not text${d.params?.kind ? ` (it looks like ${p(d, "kind")})` : ""}; ${d.params?.readAsText ? "read as text as its rule asks" : "no row was read"}`,
  },
  "encoding-uncertain": {
    severity: "warning", scope: "file",
    description: "detection confidence was low; the chosen encoding is in the report",
    message: (d) =>
      `the encoding is uncertain: read as ${p(d, "encoding")} with confidence ${p(d, "confidence")}${d.params?.alternative ? `; ${p(d, "alternative")} was close` : ""}${d.params?.example ? ` (${p(d, "example")}); pick one with --encoding` : ""}`,
  },
  "encoding-unsupported": {
    severity: "error", scope: "file",
    description: "the bytes are in a page this tool cannot decode (ISO-2022-KR, ISO-2022-CN), so the file was read as ASCII",
    message: (d) => `the bytes are ${p(d, "encoding").toUpperCase()}, which this tool cannot decode: the file was read as ASCII, so its text holds shift codes instead of letters; convert it first (iconv -f ${p(d, "encoding").toUpperCase()} -t UTF-8)`,
  },
  "dialect-uncertain": {
    severity: "warning", scope: "file",
    description: "two dialects explain the sample about equally well; the chosen one is in the report",
    message: (d) => `the CSV dialect is uncertain: read with ${p(d, "chosen")}${d.params?.alternative ? `, but ${p(d, "alternative")} fits about as well` : ""}`,
  },
  "decompression-limit": {
    severity: "error", scope: "file",
    description: "a compressed input expands past the limit (default 1000:1 and 64 GiB), so reading stopped",
    message: (d) => `the compressed input expands past the limit (${p(d, "limit")}); reading stopped after ${count(d, "bytes", "byte")}`,
  },
  "header-blank": {
    severity: "error", scope: "file",
    description: "a header cell is empty",
    message: (d) => `header cell ${d.columnIndex ?? "?"} is empty`,
  },
  "preamble-skipped": {
    severity: "warning", scope: "file",
    description: "lines above the table (a title, notes, a line of counts) were read as a preamble and skipped",
    message: (d) => `the first ${p(d, "lines")} line${d.params?.lines === 1 ? "" : "s"} read as a preamble (not the table) and skipped; give --skip-rows ${p(d, "lines")} to keep this reading, or --skip-rows 0 to read them as the table`,
  },
  "trailer-skipped": {
    severity: "warning", scope: "file",
    description: "the file's last line, a label and counts with fewer cells than the records (a trailer or control record), was skipped",
    message: (d) => d.params?.keys
      ? `the last ${p(d, "keys")} line${d.params.keys === 1 ? "" : "s"} (${String(d.value ?? "")}) read as a closing block of one-letter keys and values (fewer cells than the records), not as data, and skipped`
      : d.params?.end ? `the last line (${String(d.value ?? "")}) read as an end mark closing the table, not as data, and skipped`
      : `the last line (${String(d.value ?? "")}) read as a trailer record (a label and counts, fewer cells than the records), not as data, and skipped`,
  },
  "units-row-read": {
    severity: "warning", scope: "file",
    description: "the row under the header, plain words shaped as units (`m,m,km`) above typed columns, was read as the columns' units, not as a record",
    message: (d) => `line ${d.line ?? "?"} (${String(d.value ?? "")}) read as the columns' units, not as a record; give --no-units-row to read it as data`,
  },
  "inline-notes-cut": {
    severity: "warning", scope: "file",
    description: "text after the comment character inside rows was cut as a note, and some of it reads like a value (one word after spaces and the mark: `Apt # B`)",
    message: (d) => `text after ${JSON.stringify(p(d, "comment"))} inside rows was cut as an inline note, and on ${count(d, "lines", "line")} ${d.params?.past !== undefined ? `past the first ${String(d.params.past)} lines (the sample the reading was chosen on)` : "of the sample"} it is one word, which may be data (first, line ${d.line ?? "?"}: ${String(d.value ?? "")}); give --comment '' to keep the text (lines starting with ${JSON.stringify(p(d, "comment"))} are then read as rows too)`,
  },
  "comment-data-like": {
    severity: "warning", scope: "file",
    description: "a line skipped as a comment (it starts with the sniffed comment character) is as wide as the table: it may be a data row",
    message: (d) => `a line skipped as a comment (it starts with ${JSON.stringify(p(d, "comment"))}) is as wide as the table, so it may be a data row (${count(d, "lines", "comment line")} skipped in all); give --comment '' to read lines starting with ${JSON.stringify(p(d, "comment"))} as data`,
  },
  "record-types": {
    severity: "warning", scope: "file",
    description: "a header/detail layout: the first column holds record types, each with a width of its own",
    message: (d) => `the first column holds record types, each with its own width (${p(d, "types")}): a header/detail layout, read without a header; each record is checked against the width of its type, and the columns are not typed`,
  },
  "stacked-tables": {
    severity: "warning", scope: "file",
    description: "several tables stand one under another, each under a header line of its own that starts with `#`",
    message: (d) => `the file holds tables one under another, each under a header line of its own starting with "#" (${p(d, "tables")} in the records read, at lines ${p(d, "lines")}): read as one table without a header; the widths of the rows are not checked, and the columns are not typed`,
  },
  "series-records": {
    severity: "warning", scope: "file",
    description: "each record is a label, then a list of numbers of its own length: variable-length records, not one width",
    message: (d) => `each record is a label, then a list of numbers of its own length (${p(d, "fewest")} to ${p(d, "most")} cells in the ${p(d, "records")} records read): read as variable-length records without a header; the widths of the rows are not checked, and the columns are not typed. Give a schema to check every row against its columns`,
  },
  "row-names-column": {
    severity: "warning", scope: "file",
    description: "the first column holds row names (an R or pandas export): its header name is blank, missing or pandas' \"Unnamed: 0\"",
    message: (d) => d.params?.kind === "pandas"
      ? `the first column "${p(d, "column")}" is a pandas index saved as data (to_csv without index=False)`
      : `the first column holds row names (${d.params?.kind === "short" ? "the header is one name short of every record, as R's write.table writes it" : "its header name is blank, as R's write.csv and pandas write it"}); read as column "${p(d, "column")}"`,
  },
  "header-duplicate": {
    severity: "error", scope: "file",
    description: "two header cells have the same name",
    message: (d) => `column name ${JSON.stringify(d.column)} appears again at position ${d.columnIndex ?? "?"} (first at ${p(d, "first")})`,
  },
  "header-missing-column": {
    severity: "error", scope: "file",
    description: "a schema field has no column in the file",
    message: (d) => `the schema's field ${JSON.stringify(d.column)} has no column in the file`,
  },
  "header-extra-column": {
    severity: "warning", scope: "file",
    description: "a column that the schema does not describe",
    message: (d) => `column ${JSON.stringify(d.column)} is not described by the schema`,
  },
  "header-order": {
    severity: "error", scope: "file",
    description: "the columns are in another order than the schema's, where the schema asks for fieldsMatch: exact",
    message: (d) => `column ${d.columnIndex ?? "?"} is ${JSON.stringify(d.column)}; the schema expects ${JSON.stringify(p(d, "expected"))} there`,
  },
  "row-count": {
    severity: "error", scope: "file",
    description: "fewer or more records than the schema's bounds",
    message: (d) => `the file has ${count(d, "rows", "record")}; the schema requires ${d.params?.min !== undefined && Number(d.params.rows) < Number(d.params.min) ? `at least ${p(d, "min")}` : `at most ${p(d, "max")}`}`,
  },

  "schema-unsupported": {
    severity: "warning", scope: "file",
    description: "a key of the schema file is accepted but not checked (e.g. an ODCS quality rule with no CSV meaning)",
    message: (d) => `the schema's ${p(d, "key")} is not checked: ${p(d, "why")}`,
  },

  // ---------------------------------------------------------------- row structure
  "encoding-error": {
    severity: "error", scope: "row",
    description: "bytes in this record are invalid in the file's encoding (the text holds U+FFFD there), or a U+FFFD is written in it (a character lost before the file was written), or are UTF-8 text in a windows-1252 or ISO-8859-1/15 file",
    message: (d) => d.params?.twice
      ? `${col(d)} holds UTF-8 text encoded twice (read as ${val(d)}: a letter's UTF-8 bytes were read as windows-1252 or ISO-8859-1 and written as UTF-8 again, ü as Ã¼)`
      : d.params?.utf8
      ? `${col(d)} holds UTF-8 text in a ${p(d, "encoding")} file (read as ${val(d)}: a UTF-8 letter shows as two characters, ü as Ã¼)`
      : d.params?.pseudo
      ? `${col(d)} holds a box-drawing character (or a lone √) that ${p(d, "encoding")} text in a table never holds: most likely a quote, dash or € pasted from a Windows program (windows-125x)`
      : d.params?.control
      ? `${col(d)} holds a control byte (0x80–0x9F) that ${p(d, "encoding")} text never holds: most likely a quote, dash or € pasted from a Windows program (windows-125x)`
      : d.params?.written
      ? `${col(d)} holds a U+FFFD replacement character written in the file (a character was lost before this file was written; its bytes are valid ${p(d, "encoding")})`
      : `${col(d)} holds bytes that are not valid ${p(d, "encoding") || "in the file's encoding"}${d.params?.hint ? ` (${p(d, "hint")})` : ""}`,
  },
  "row-missing-cells": {
    severity: "error", scope: "row",
    description: "fewer cells than the header",
    message: (d) => `the record has ${count(d, "cells", "cell")}; the header has ${p(d, "expected")}`,
  },
  "row-extra-cells": {
    severity: "error", scope: "row",
    description: "more cells than the header",
    message: (d) => `the record has ${count(d, "cells", "cell")}; the header has ${p(d, "expected")}`,
  },
  "row-blank": {
    severity: "warning", scope: "row",
    description: "every cell is empty",
    message: () => "the record is blank",
  },
  "header-repeated": {
    severity: "error", scope: "row",
    description: "the record is a copy of the header line (exports joined with cat, a header written per page): not data, so no cell of it is checked",
    message: (d) => d.params?.units
      ? `the record repeats the units row under the header${d.params?.header ? ` of line ${p(d, "header")}` : ""}, right under a copy of the header: it is not data; its cells are not checked`
      : `the record repeats the header${d.params?.header ? ` of line ${p(d, "header")}` : ""} word for word: it is not data (files joined with their headers?); its cells are not checked`,
  },
  "quote-unclosed": {
    severity: "error", scope: "row",
    description: "a quoted field is never closed; the report says where it opened",
    message: (d) => `a quote opened on line ${d.line ?? "?"} is never closed${d.params?.reparsed ? "; the lines after it were read again as records" : ""}`,
  },
  "quote-stray": {
    severity: "error", scope: "row",
    description: "a quote character inside an unquoted field, or text after a closing quote",
    message: (d) => d.params?.after
      ? `${col(d)} has text after its closing quote`
      : `${col(d)} holds a quote character but is not quoted`,
  },
  "nul-byte": {
    severity: "error", scope: "row",
    description: "a NUL character in the record",
    message: (d) => `${col(d)} holds a NUL character`,
  },
  "row-too-large": {
    severity: "error", scope: "row",
    description: "the record is longer than the limit (default 16 MiB); it is skipped without reading it into memory whole",
    message: (d) => `the record is longer than the limit of ${count(d, "limit", "character")}; it was skipped`,
  },

  // ---------------------------------------------------------------- cells
  "type-error": {
    severity: "error", scope: "row",
    description: "the value does not parse as the field's type",
    message: (d) => `${col(d)} is ${val(d)}, which is not ${p(d, "expected") || `a valid ${p(d, "type")}`}`,
  },
  required: {
    severity: "error", scope: "row",
    description: "the field is required and the value is missing",
    message: (d) => `${col(d)} is missing; the schema requires a value`,
  },
  "ambiguous-null": {
    severity: "error", scope: "row",
    description: "the value is a null-like token that the field does not declare as a missing value",
    message: (d) => `${col(d)} is ${val(d)}, which looks like a missing value but is not declared as one for this field`,
  },
  "non-finite": {
    severity: "error", scope: "row",
    description: "NaN, INF, ±Infinity in a number field that does not allow them",
    message: (d) => `${col(d)} is ${val(d)}, which is not a finite number`,
  },
  minimum: {
    severity: "error", scope: "row",
    description: "the value is below the bound",
    message: (d) => `${col(d)} is ${d.value}; the schema requires ${d.params?.exclusive ? "more than" : "at least"} ${p(d, "minimum")}`,
  },
  maximum: {
    severity: "error", scope: "row",
    description: "the value is above the bound",
    message: (d) => `${col(d)} is ${d.value}; the schema requires ${d.params?.exclusive ? "less than" : "at most"} ${p(d, "maximum")}`,
  },
  "min-length": {
    severity: "error", scope: "row",
    description: "the text is shorter than the bound",
    message: (d) => `${col(d)} has ${p(d, "length")} character${Number(d.params?.length) === 1 ? "" : "s"}; the schema requires at least ${p(d, "minLength")}`,
  },
  "max-length": {
    severity: "error", scope: "row",
    description: "the text is longer than the bound",
    message: (d) => `${col(d)} has ${p(d, "length")} character${Number(d.params?.length) === 1 ? "" : "s"}; the schema allows at most ${p(d, "maxLength")}`,
  },
  pattern: {
    severity: "error", scope: "row",
    description: "the text does not match the field's regular expression",
    message: (d) => `${col(d)} is ${val(d)}, which does not match ${d.params?.format ? `the ${p(d, "format")} format` : `the pattern /${p(d, "pattern")}/`}`,
  },
  enum: {
    severity: "error", scope: "row",
    description: "the value is not one of the allowed values",
    message: (d) => `${col(d)} is ${val(d)}, which is not one of the allowed values (${p(d, "allowed")})`,
  },
  unique: {
    severity: "error", scope: "row",
    description: "the value (or the primary key) was already seen in an earlier record",
    message: (d) => d.params?.fields
      ? `the key (${p(d, "fields")}) = ${val(d)} was already seen in row ${d.firstRow ?? "?"}`
      : `${col(d)} ${val(d)} was already seen in row ${d.firstRow ?? "?"}`,
  },
  custom: {
    severity: "error", scope: "row",
    description: "a refinement of a zod schema module failed",
    message: (d) => p(d, "message") || "a rule of the schema module failed",
  },
  "formula-injection": {
    severity: "warning", scope: "row",
    description: "a text cell starts like a spreadsheet formula (=, +, -, @, tab or carriage return)",
    message: (d) => `${col(d)} starts with ${JSON.stringify((d.value ?? "").charAt(0))}, which a spreadsheet may run as a formula`,
  },
  "foreign-key": {
    severity: "error", scope: "row",
    description: "the row's foreign key (foreignKeys) is not among the keys of the table it references",
    message: (d) => d.params?.fields && String(d.params.fields).includes(",")
      ? `the key (${p(d, "fields")}) = ${val(d)} matches no (${p(d, "referenceFields")}) in ${p(d, "reference")}`
      : `${col(d)} ${val(d)} matches no ${p(d, "referenceFields")} in ${p(d, "reference")}`,
  },
  "duplicate-row": {
    severity: "warning", scope: "row",
    description: "the record repeats an earlier record cell for cell (checked when the schema sets duplicateRows: true)",
    message: (d) => `the record repeats row ${d.firstRow ?? "?"} cell for cell`,
  },
  "row-rule": {
    severity: "error", scope: "row",
    description: "the record breaks one of the schema's rowRules (an expression over its fields)",
    message: (d) => `the rule ${JSON.stringify(p(d, "rule"))}${p(d, "rule") === p(d, "check") ? "" : ` (${p(d, "check")})`} does not hold${d.params?.missing ? `: ${p(d, "missing")} is missing` : d.params?.invalid ? `: ${p(d, "invalid")} is not a valid value of its type` : ""}`,
  },

  // ---------------------------------------------------------------- whole columns
  "null-ratio": {
    severity: "warning", scope: "column",
    description: "a column's share of missing values is above the field's maxNullRatio",
    message: (d) => `${col(d)} is missing in ${p(d, "ratio")} of the records; the schema allows at most ${p(d, "maxNullRatio")}`,
  },
  "null-mixed": {
    severity: "warning", scope: "column",
    description: "a column spells \"missing\" in more than one way",
    message: (d) => `${col(d)} spells "missing" in more than one way: ${p(d, "spellings")}`,
  },
  drift: {
    severity: "warning", scope: "column",
    description: "a column's distribution differs from the baseline",
    message: (d) => `${col(d)} differs from the baseline: ${p(d, "statistic")} = ${p(d, "value")} (threshold ${p(d, "threshold")}${pValue(d)})`,
  },
  "aggregate": {
    severity: "error", scope: "column",
    description: "a figure of the whole column (mean, sum, min, max, distinct values, missing share, or the share of values passing under mostly) is outside the field's bounds",
    message: (d) => `${col(d)}: ${p(d, "figure")} is ${p(d, "value")}; the schema requires ${p(d, "bound")}`,
  },

  // ---------------------------------------------------------------- feeds (a delivery against its feed's contract and memory: src/feeds/)
  "encoding-mismatch": {
    severity: "error", scope: "file",
    description: "the file's encoding differs from the one its feed (or Data Package resource) declares, or its bytes clearly contradict the encoding forced with --encoding",
    message: (d) => d.params?.by === "option"
      ? `the bytes read as ${p(d, "actual")} (${p(d, "example")}); the file was read as --encoding ${p(d, "expected")} told`
      : `the file is ${p(d, "actual")}; ${declarer(d)} declares ${p(d, "expected")}`,
  },
  "dialect-mismatch": {
    severity: "error", scope: "file",
    description: "the file's delimiter, quote or header (for a Data Package resource also its escape character or line terminator) differs from what its feed or resource declares",
    message: (d) => `the file's ${p(d, "what")} is ${p(d, "actual")}; ${declarer(d)} declares ${p(d, "expected")}`,
  },
  "encoding-changed": {
    severity: "error", scope: "file",
    description: "the file's encoding differs from the feed's previous deliveries (nothing declared), or from the file of the baseline profile (`--baseline`)",
    message: (d) => `the file is ${p(d, "actual")}; ${was(d)} ${p(d, "expected")}${since(d)}`,
  },
  "dialect-changed": {
    severity: "error", scope: "file",
    description: "the file's delimiter or header differs from the feed's previous deliveries (nothing declared), or from the file of the baseline profile (`--baseline`)",
    message: (d) => `the file's ${p(d, "what")} is ${p(d, "actual")}; ${was(d).replace(/ was$/, " had")} ${p(d, "expected")}${since(d)}`,
  },
  "columns-changed": {
    severity: "error", scope: "file",
    description: "columns added, removed, renamed or reordered against the feed's last delivery",
    message: (d) => `the columns changed since the feed's last delivery (${p(d, "last")}): ${p(d, "changes")}`,
  },
  "type-changed": {
    severity: "warning", scope: "column",
    description: "a column's inferred type differs from the feed's last delivery",
    message: (d) => `${col(d)} reads as ${p(d, "actual")}; it was ${p(d, "expected")} in the feed's last delivery`,
  },
  "row-count-changed": {
    severity: "warning", scope: "file",
    description: "the number of records is outside a tolerance (default ±50 %) of the median of the feed's last deliveries",
    message: (d) => `the file has ${p(d, "rows")} records, ${p(d, "change")} against the median ${p(d, "median")} of the feed's last ${p(d, "deliveries")} deliveries (tolerance ±${p(d, "tolerance")})`,
  },
  "null-rate-changed": {
    severity: "warning", scope: "column",
    description: "a column's share of missing values moved more than a tolerance (default 0.2) from the feed's median",
    message: (d) => `${col(d)} is missing in ${p(d, "ratio")} of the records; the feed's median was ${p(d, "median")} (tolerance ${p(d, "tolerance")})`,
  },
  "duplicate-delivery": {
    severity: "warning", scope: "file",
    description: "the same bytes as an earlier delivery of the feed, under another name",
    message: (d) => `the file has the same bytes (sha256) as ${p(d, "earlier")}, delivered ${p(d, "seen")}`,
  },
  "missing-delivery": {
    severity: "error", scope: "file",
    description: "a feed with an arrival rule got nothing new within every + grace; reported on the run, as an entry without a file",
    message: (d) => `the feed ${JSON.stringify(p(d, "feed"))} expects a delivery every ${p(d, "every")} (grace ${p(d, "grace")}); the last one was ${p(d, "last")}`,
  },
  "unmatched-file": {
    severity: "warning", scope: "file",
    description: "an input file that no feed of the --config file matches",
    message: (d) => `no feed of the config matches ${JSON.stringify(p(d, "path"))}`,
  },
} as const satisfies Record<string, Entry>;

export type DefectCode = keyof typeof CATALOG;

export const DEFECT_CODES = Object.keys(CATALOG) as DefectCode[];

export function isDefectCode(s: string): s is DefectCode {
  return Object.prototype.hasOwnProperty.call(CATALOG, s);
}

export function catalogEntry(code: DefectCode): Entry {
  return CATALOG[code];
}
