// Whether the first row is a header, and how many preamble lines (titles, notes) come before it.
import { recurringFirstRecord } from "./recurring-first-record.js";
import { joinRest } from "./codes-then-names.js";
import { forEachCell, quoteRegions, valueInternal, type Candidate } from "./consistency.js";
import { recordTypeWidths } from "../schema/record-types.js";
import { cutColumns } from "./columns.js";
import { isCommentLine } from "./comment.js";
import { lazyRegExp, unicodeOrAscii } from "../lazy.js";
import { wideFirstRecord } from "./wide-first-record.js";
import { GENERIC, firstRowLikeBody } from "./body-like-row.js";
import { keysAsNames } from "./pair-list.js";
import { levelNames } from "./level-names.js";
import { FUNCTION_WORD, isSentence, spacedProseLead } from "./spaced-prose-lead.js";
import { stemmedLikeBody, prefixedLikeBody } from "./stem-like-body.js";
import { pathLikeBody } from "./path-like-body.js";
import { stemOfVariants } from "./variant-stem.js";
import { nearPairLikeBody } from "./near-pair.js";
import { attributeLine } from "./attribute-line.js";
import { settingLine, titleStack } from "./title-lines.js";
import { dotPlaceholders } from "./dot-placeholders.js";
import { keyLikeKeys } from "./assignment-key.js";
import { shortAssignmentEntry } from "./short-assignments.js";
import { codeNotationLine } from "./code-notation.js";
import { hexLiteralLikeBody } from "./hex-literal.js";
import { identityPairLikeBody } from "./identity-pair.js";
import { regexPatternLikeBody } from "./regex-pattern.js";
import { textAboveNumbers } from "./text-above-numbers.js";
import { numbersAndTitleLine } from "./numbers-and-title-line.js";
import { sequenceCode, sequenceCodeLine } from "./sequence-codes.js";
import { keyPairBlock, pairsAboveQuotedHeader } from "./key-pairs.js";
import { taggedNumberLikeBody } from "./tagged-number.js";
import { keyedNumberLikeBody } from "./keyed-number.js";
import { letterCodeLikeBody } from "./letter-codes.js";
import { settingBlock } from "./setting-lines.js";
import { endOfHeader } from "./end-of-header.js";
import { keywordNumbersLine } from "./keyword-numbers-line.js";
import { longPreamble } from "./long-preamble.js";
import { placeholderHead } from "./placeholder-head.js";
import { colonLead } from "./colon-lead.js";
import { firstOfSortedCjkKeys } from "./sorted-cjk-keys.js";
import { sortedFrom } from "./code-order.js";
import { unitWordsRow } from "./unit-words.js";
import { fieldPairsEntry } from "./field-pairs.js";
import { numberedSiblings } from "./numbered-siblings.js";
import { paddedTitle } from "./padded-title.js";
import { titlesOverEveryColumn } from "./column-titles.js";
import { countedNames } from "./counted-names.js";
import { noticeRows } from "./notice-line.js";
import { countedRecord } from "./counted-record.js";
import { countAndTitleLines } from "./count-and-title.js";
import { countsAboveNames } from "./counts-above-names.js";
import { namespacedKeyLikeBody } from "./namespaced-keys.js";
import { delimiterLedNotes } from "./delimiter-led-notes.js";
import { shortFirstRecord } from "./short-first-record.js";
import { numberPair } from "./number-pair.js";

export interface Structure {
  header: boolean;
  skipRows: number;
  /** The record right under the header is its units (`[-],[g/h],[g/h]`), not data. */
  unitsRow?: boolean;
  /** The header's last name stands past the end of every row below it: it heads no column (see nameBeyondRows). */
  extraName?: boolean;
  /** The group title over each column ("" where none) when the skipped row above the header holds them and the names repeat under them. */
  groupTitles?: string[];
}

/** Rows read to decide (a header and its preamble sit at the top). */
const ROWS = 60;
const CHARS = 64 * 1024;
/** Never call more lines than this a preamble. */
const MAX_PREAMBLE = 30;
/** Records below a line of one cell that make it a title rather than a header (see preambleRows). */
const TITLE_ROWS = 20;

export interface Row {
  cells: string[];
  /** Offset of the row's first character in the text. */
  start: number;
}

/**
 * The first ROWS rows of the text under a dialect, cells trimmed (exported for the fast-path tests).
 * @param quoted when given, filled with each row's quoted flags (a header's quoting is evidence: see looksLikeHeader)
 */
export function readRows(text: string, d: Candidate, quoted?: boolean[][]): Row[] {
  return readDelimited(text, d, quoted);
}

/** The first rows of a fixed-width text, cut at the column starts (a line that does not fit: at runs of spaces). */
function fixedRows(text: string, columns: number[], quoted: boolean[][]): Row[] {
  const rows: Row[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const l = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (l.trim() !== "" && rows.length < ROWS) {
      const cells = cutColumns(l, columns) ?? l.trim().split(/ +/);
      rows.push({ cells, start });
      quoted.push(cells.map(() => false));
    }
    start += line.length + 1;
  }
  return rows;
}

/** The rows read at the delimiter, their cells past the first n − 1 joined into one (the parser's maxFields). */
function joinedRows(text: string, d: Candidate, quoted: boolean[][], n: number): Row[] {
  const rows = readDelimited(text, d, quoted);
  for (let i = 0; i < quoted.length; i++) quoted[i] = quoted[i].slice(0, n);
  return rows.map((r) => ({ ...r, cells: joinRest(r.cells, n, d.delimiter) }));
}

function readDelimited(text: string, d: Candidate, quoted?: boolean[][]): Row[] {
  const rows: Row[] = [];
  const visit = (cell: string, q: boolean, row: number, col: number, start: number): void => {
    if (col === 0) { rows[row] = { cells: [], start }; if (quoted) quoted[row] = []; }
    rows[row].cells.push(cell.trim());
    if (quoted) quoted[row].push(q);
  };
  // why a prefix of whole lines first: splitting needs the quoted regions and value colons of the text, and
  // working them out over all CHARS for ROWS rows was most of this step. On a prefix that ends with a line
  // break, with no quote left open and that break not escaped, they come out as on the whole text (no quoted
  // region, time or URL match runs on past such a break); if the prefix holds ROWS rows, they are the text's.
  const cut = afterLines(text, 2 * ROWS);
  if (cut > 0 && cut < text.length && !/[\r\n]/.test(d.quote + d.escape)) {
    const head = text.slice(0, cut);
    const regions = quoteRegions(head, d.quote, d.escape, valueInternal(head));
    if (regions.unclosed < 0 && regions.inside[cut - 1] === 0 && forEachCell(head, d, regions, visit, ROWS) === ROWS) return rows;
    rows.length = 0;
    if (quoted) quoted.length = 0;
  }
  forEachCell(text, d, null, visit, ROWS);
  return rows;
}

/** The offset just after the n-th LF of the text, or -1 when it has fewer. */
function afterLines(text: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf("\n", i + 1);
    if (i < 0) return -1;
  }
  return i + 1;
}

const NUMERIC = lazyRegExp(String.raw`^[-+]?(?:\p{Sc}\s?)?(?:\d[\d,. ]*|\.\d+)(?:[eE][-+]?\d+)?%?$`, "u");
// why: NUMERIC on ASCII text without compiling the Unicode class (see the ASCII twins in cell-types.ts)
const NUMERIC_ASCII = /^[-+]?(?:\$\s?)?(?:\d[\d,. ]*|\.\d+)(?:[eE][-+]?\d+)?%?$/;
const NON_ASCII = /[^\x00-\x7f]/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
// why `\N`: MySQL's and SQLite's dumps write a missing value so
const MISSING = /^(?:|na|n\/a|null|none|nan|-|\?|\.|\\N)$/i;

/** A web address (`https://…`, `ftp://…`) or an e-mail address: a value, never a column's name. */
function isAddress(cell: string): boolean {
  return /^[a-z][a-z+.-]*:\/\/\S+$/i.test(cell) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(cell);
}

function kind(cell: string): "empty" | "number" | "date" | "text" {
  if (cell === "") return "empty";
  // why first: numbers side by side are a pair of values, one text cell whatever their signs (number-pair.ts)
  if (numberPair(cell)) return "text";
  if (NUMERIC_ASCII.test(cell) || (NON_ASCII.test(cell) && NUMERIC().test(cell))) return "number";
  if (DATE_LIKE.test(cell)) return "date";
  return "text";
}

/** Lines (line breaks counted, CRLF as one) before offset `end` of the text. */
function linesBefore(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function modalWidth(rows: Row[], from: number, skipped: (r: Row) => boolean = () => false): number {
  const tail = rows.slice(from).filter((r) => !skipped(r));
  // why from the top when under two rows are left: past the lines a preamble may take, a short file (`# wave mag bw`,
  // 4 records, 2 closing `#` notes) has only its closing notes, and their width is no table's
  const counted = tail.length >= 2 ? tail : rows.filter((r) => !skipped(r));
  const count = new Map<number, number>();
  for (const r of counted) count.set(r.cells.length, (count.get(r.cells.length) ?? 0) + 1);
  let best = 1;
  let bestN = 0;
  for (const [w, c] of count) if (c > bestN || (c === bestN && w > best)) { best = w; bestN = c; }
  return best;
}

/** A row that looks like a title or note above the table rather than a header or a record. */
function preambleLike(row: Row, width: number, comment: boolean, below?: Row): boolean {
  const filled = row.cells.filter((c) => c !== "").length;
  if (comment) return true;
  if (filled === 0) return true;
  // A row of another width with fewer filled cells than the table has columns (a wider row is more likely
  // a header with an extra name).
  if (width >= 2 && row.cells.length !== width && filled < width) return true;
  // A padded title ("Meetings,,,,,,,,"): one filled cell in a wide table.
  if (width >= 3 && filled === 1 && row.cells[0] !== "") return true;
  // A padded title beside its codes (`CMOR Table LImon: Monthly …,,,,,LImon,mon,,`): see paddedTitle.
  if (paddedTitle(row.cells, width, below?.cells)) return true;
  // A padded filter line ("geo,Belgium,,,"): a name and a value at the start of a wider table, the rest empty.
  return width >= 4 && filled === 2 && row.cells[0] !== "" && row.cells[1] !== "";
}

/**
 * A line of numbers wider than the table, a width no row below it has (`0 256 0 256 256` above `47 200` points: an
 * extent, dimensions): no header (names are no numbers) and no record of the table. why not any wider row: a wider
 * row of names is likely the header with an extra name.
 */
function extentLine(rows: Row[], k: number, width: number): boolean {
  const n = rows[k].cells.length;
  // why under other preamble lines only: a first record wider than the rest (`0 255 255 255 0` above 4-value colours)
  // is a ragged row, reported as such
  // why keywords among the numbers too: a line of settings (`N 10000 R 0.0001 1.0` under a LAMMPS table's title) is
  // no header either, and read as one it made every record one of "row-missing-cells"
  if (k === 0 || n <= width) return false;
  const numbers = rows[k].cells.every((c) => kind(c) === "number") || keywordNumbersLine(rows[k].cells);
  return numbers && !rows.slice(k + 1).some((r) => r.cells.length === n);
}

/**
 * The name line of an S-PLUS point file (a count, a name, an extent: `30`, `Swedish Pines`, `0 96 0 100 10` above the
 * points), whatever its words: under a lone whole number, above an extent line, and holding no number. why: a name of
 * as many words as the table has columns reads as a header, and the extent under it as a row too wide.
 */
function nameAboveExtent(rows: Row[], k: number, width: number): boolean {
  const count = rows[0].cells;
  return k === 1 && count.length === 1 && /^\d+$/.test(count[0]) && rows.length > 3 && extentLine(rows, 2, width) && rows[1].cells.every((c) => kind(c) === "text");
}

/**
 * A row of group titles above the header (a spreadsheet's merged cells: `"Modeling Groups",,,,"Will your model
 * include:",,,`): as wide as the table, its first cell and at most half of the others filled, all with text, right
 * above a row of as many distinct names, none empty, that reads as a header. why the names below: a sparse first row
 * above records is a header with blank names, reported as such. Names that repeat under the groups (`region,Q1,Q2,Q1,Q2`
 * under `,Sales,,Costs,`) need the group titles, so there the first cell may be empty (no group over the key column),
 * and the row counts only when the titles make every name distinct (see groupTitlesOver).
 */
function groupRow(rows: Row[], k: number, width: number, source: string): boolean {
  const row = rows[k].cells;
  const names = rows[k + 1]?.cells ?? [];
  const filled = row.filter((c) => c !== "");
  // why a full row too: a title over every column but the first (see titlesOverEveryColumn) is no merged cell
  if (width < 4 || row.length !== width || filled.length < 2 || (filled.length * 2 > width && !titlesOverEveryColumn(row, names, source.slice(rows[k + 1]?.start ?? source.length)))) return false;
  const text = (c: string): boolean => kind(c) === "text";
  if (!filled.every(text) || names.length !== width || !names.every(text) || !looksLikeHeader(rows, k + 1, null)) return false;
  return new Set(names).size === width ? row[0] !== "" : groupTitlesOver(row, names) !== null;
}

/**
 * The title over each column of a group-title row, each title carried right over the empty cells of its merged span
 * ("" left of the first), when names that repeat under them (`Q1,Q2,Q1,Q2`) become distinct with their title; else null.
 */
function groupTitlesOver(row: string[], names: string[]): string[] | null {
  let title = "";
  const titles = row.map((c) => (title = c === "" ? title : c));
  return new Set(joinGroupTitles(titles, names)).size === names.length ? titles : null;
}

/**
 * The group titles of the last skipped row when the header under it (`skip` lines down) repeats names that they make
 * distinct; else null. why kept: they are half of a two-row header, joined to the names by the pipeline (headerNames).
 */
function titlesAboveHeader(rows: Row[], skip: number, text: string): string[] | null {
  const k = rows.findIndex((r) => linesBefore(text, r.start) >= skip);
  if (k < 1 || linesBefore(text, rows[k].start) !== skip) return null;
  const names = rows[k].cells;
  return new Set(names).size < names.length && groupRow(rows, k - 1, names.length, text) ? groupTitlesOver(rows[k - 1].cells, names) : null;
}

/** Header names with their group title in front (`Sales Q1`); a column under no title keeps its name (`region`). */
export function joinGroupTitles(titles: string[], names: string[]): string[] {
  return names.map((n, i) => (titles[i] ? `${titles[i]} ${n}` : n));
}

/** How many leading rows are preamble: each one preamble-like, and what follows a consistent table. */
function preambleRows(rows: Row[], d: Candidate, quoted: boolean[][], comment: string | null = null, text = ""): number {
  if (rows.length < 3) return 0;
  // why sniffed comment lines too: the parser skips them whatever their width, so a wide note (`! note that polar
  // hydrogens are given radius 1A here`) between a title and the header ends no preamble, nor sets the table's width
  const commented = (r: Row): boolean => comment !== null && (r.cells[0] ?? "").startsWith(comment);
  const block = leadBlock(rows, d, comment, text, commented);
  if (block > 0) return block;
  const keyedLead = keyedRows(rows, modalWidth(rows, Math.min(rows.length - 1, 5), commented), d);
  // why after a keyed block: a long block (SAM's `@SQ<TAB>SN:chr1<TAB>LN:…` lines) outnumbers the rows of a small table
  const width = modalWidth(rows, keyedLead > 0 && keyedLead < rows.length - 1 ? keyedLead + 1 : Math.min(rows.length - 1, 5), commented);
  const wordy = wordyLead(rows, d, comment, width);
  if (wordy > 0) return wordy;
  // why notices above rows that hold none: notices on the records too are the table's own text (noticeRows)
  const notices = noticeRows(rows.map((r) => r.cells));
  const k = headerUnderNotes(rows, preambleRun(rows, d, text, width, keyedLead, commented, notices), width, quoted);
  // why after the loop: a first line wider than the table ends it at once; why returned as it is: the rows below are
  // numbers, a headerless table, and the lines above hold text, no short header of it (text-above-numbers.ts)
  // why a single line apart: one line of text above numbers may be their header; one that opens with numbers and is
  // wider than the grid is none (numbers-and-title-line.ts)
  const above = k === 0 ? textAboveNumbers(rows, width, commented) || numbersAndTitleLine(rows, width, commented, d.delimiter === " " && text !== "" ? lineAt(text, rows[0].start) : null) : 0;
  if (above > 0) return above;
  // why: the first lines of a header/detail layout ("H,…" above "D,…") are records of their own type
  if (k === 0 || recordTypeWidths(rows.map((r) => r.cells)) !== null) return 0;
  // why: only a table that follows makes the rows above it a preamble; require the header row to have the
  // table's width and most of the rest too.
  // why one more empty cell: a delimiter at the end of the header line only (`"Clickin","Number","Percentage",`)
  const trailing = rows[k].cells.length === width + 1 && rows[k].cells[width] === "";
  if (rows[k].cells.length !== width && !trailing && !nameBeyondRows(rows, k, d, text, comment)) return 0;
  const rest = rows.slice(k + 1).filter((r) => !commented(r));
  const same = rest.filter((r) => r.cells.length === width).length;
  // why no record left: a preamble that swallows every record below its header is no preamble of this table
  if (rest.length === 0 || same < rest.length * 0.6) return 0;
  // The row after the preamble reads as column names (years count as names): a preamble above a header.
  // why first: comment lines only are skipped as comments, whatever follows them; a preamble of them is no news
  if (rows.slice(0, k).every(commented)) return 0;
  if (!rows[k].cells.some(typed) || looksLikeHeader(rows, k, quoted)) return k;
  return leadOfHeaderless(rows, k, rest, { d, quoted, comment, width, commented, notices });
}

/** A leading block that is preamble whatever its width (settings, an end-of-header line, delimiter-led notes); else 0. */
function leadBlock(rows: Row[], d: Candidate, comment: string | null, text: string, commented: (r: Row) => boolean): number {
  // why before the widths: setting lines parted from a table of numbers by notes are no header (setting-lines.ts)
  const settings = comment !== null ? settingBlock(rows.map((r) => r.cells), rows.map(commented)) : 0;
  if (settings > 0) return settings;
  const ended = endOfHeader(rows.map((r) => r.cells));
  if (ended > 0) return ended;
  // why here: the notes have the table's width (an empty cell, then the note), so the loop below takes them as rows
  return comment === null ? delimiterLedNotes(rows, text, d.delimiter) : 0;
}

/** Leading prose or an introduction above a colon line, judged against the table's width; else 0. */
function wordyLead(rows: Row[], d: Candidate, comment: string | null, width: number): number {
  // why before the loop: a sentence split at its spaces is wider than the table, and a wider row ends that loop
  const prose = comment === null ? spacedProseLead(rows, width, d.delimiter) : 0;
  if (prose > 0) return prose;
  // why before the loop too: a title wider than the table above the colon line ends that loop (colon-lead.ts)
  return comment === null ? colonLead(rows, width) : 0;
}

/** How many rows from the top read as preamble one by one (up to MAX_PREAMBLE besides sniffed comment lines). */
function preambleRun(rows: Row[], d: Candidate, text: string, width: number, keyedLead: number, commented: (r: Row) => boolean, notices: boolean[]): number {
  let k = 0;
  // why sniffed comment lines are not counted: a licence block of 30 `#` lines or more above a setting line
  // (ncurses' `scale:255` above its colour rows) left no room for the preamble under it
  let marked = 0;
  while (k < rows.length - 2 && k - marked < MAX_PREAMBLE) {
    // why a short record ends the preamble: a table whose last column some records leave out (short-first-record.ts)
    if (k >= keyedLead && shortFirstRecord(rows, k, width, d.delimiter, commented, kind)) break;
    if (k >= keyedLead && !preambleLike(rows[k], width, commentRow(rows[k], width, d) || commented(rows[k]), rows[k + 1]) && !extentLine(rows, k, width) && !groupRow(rows, k, width, text) && !nameAboveExtent(rows, k, width) && !notices[k]) break;
    if (commented(rows[k])) marked++;
    k++;
  }
  return k;
}

/**
 * The preamble above a headerless table, whose row k reads as a record: k only when none of the rows above could be a
 * short header instead (sklearn's "569,30,malignant,benign" counts line); else 0.
 */
function leadOfHeaderless(rows: Row[], k: number, rest: Row[], t: { d: Candidate; quoted: boolean[][]; comment: string | null; width: number; commented: (r: Row) => boolean; notices: boolean[] }): number {
  const { d, quoted, width, commented, notices } = t;
  const notes = t.comment === null;
  // why `#` notes too: a `#` line of one cell, or two or more short of the table ("# Link-layer frame types"), is no
  // short header; a `#` line of about the table's width may be one (gdal's "#AgencyID,Token,…" above wider rows)
  const note = (r: Row): boolean => notes && commentRow(r, width, d) && (r.cells.filter((c) => c !== "").length <= 1 || r.cells.length < width - 1);
  // why sniffed comments too: those lines are skipped as comments whatever the preamble, so they tell nothing
  const skipped = commented;
  // why a long table: one cell above a few records may be their header with its delimiters lost; above TITLE_ROWS
  // records or more of two cells or more, a line of one cell is a title (`CHARMM23`, `Penn-Ohio DX Society 070 Club`).
  // why not quoted, nor one alone above two columns: that is R's write.table header (`"x"` above `"RDA1",820.1`);
  // why not as many words as the table has columns: that is a header whose delimiters were lost (`DATE TIME Qty`)
  const lone = (i: number): boolean => rows[i].cells.length === 1 && rows[i].cells[0] !== "" && quoted[i]?.[0] !== true && rows[i].cells[0].split(/\s+/).length !== width;
  const titles = rows.slice(0, k).filter((_, i) => lone(i)).length;
  const title = (r: Row): boolean => rest.length >= TITLE_ROWS && lone(rows.indexOf(r)) && (width >= 3 || (width === 2 && titles >= 2));
  const lead = rows.slice(0, k);
  // why at any count of records: a stack of title lines, or a `name number` setting, is no header (title-lines.ts)
  if (titleStack(lead.map((r) => r.cells), quoted.slice(0, k), rest.map((r) => r.cells))) return k;
  if (k === 1 && rest.length >= 3 && lone(0) && settingLine(rows[0].cells)) return k;
  // why blank lines and `Key words: value` lines of one cell as a block: a spectrum's 20 `Particle Size: Solid`,
  // `X Units: Wavelength (micrometers)` lines and a blank line above a 2-column table (a key of several words is
  // no cell of a `:`-split table, and the TAB table below them has no `:` at all)
  const keyBlock = lead.filter(keyValueLine).length >= 2;
  const blank = (r: Row): boolean => r.cells.every((c) => c === "");
  const named = nameAboveExtent(rows, 1, width);
  // why attribute lines: `track name="x" visibility=2` declares the records below; no header names `key=value` pairs
  if (pairsAboveQuotedHeader(lead.map((r) => r.cells), quoted.slice(0, k), width)) return k - 1;
  if (keyPairBlock(lead.map((r) => r.cells), width, rest.slice(0, ROWS).map((r) => r.cells[0] ?? ""))) return k;
  // why a setting among other lead lines: ncurses' `/* the default colour table … */` and `scale:255` above its rows
  const setting = (i: number): boolean => rest.length >= 3 && lone(i) && settingLine(rows[i].cells);
  // why a notice at any count of records: a copyright or licence line names no column (notice-line.ts)
  const notice = (i: number): boolean => rest.length >= 3 && notices[i];
  return lead.every((r, i) => keyed(r) || setting(i) || notice(i) || metadataLike(r, width) || note(r) || skipped(r) || title(r) || proseLine(r) || attributeLine(r.cells) || (keyBlock && (keyValueLine(r) || blank(r))) || (i === 1 && named)) ? k : 0;
}

/**
 * The row of the header under notes as wide as the table (`Customer export` / `All amounts in EUR, rounded` /
 * `id,amount` / `1,5`): from the row at k, over notes (noteLine) and blank lines, to the first row of names
 * (namesRow) heading typed columns; k when no such row ends the notes. why: a note split at its commas has the
 * table's width, so it was taken as the header and the header as a record (exit 0, a preamble warning whose advice
 * kept that reading).
 */
function headerUnderNotes(rows: Row[], k: number, width: number, quoted: boolean[][]): number {
  for (let at = k, stacked = 0; stacked < 4; stacked++) {
    let j = at + 1;
    while (j < rows.length && rows[j].cells.every((c) => c === "")) j++;
    if (j >= rows.length - 2 || !noteLine(rows[at], at > 0, rows[j])) return k;
    // why names under a title only for one unit symbol: `Time,V` under a `Source: …` note is a scope's header
    const underNames = at > 0 && namesRow(rows[at], width);
    if (namesRow(rows[j], width) && !unitSymbols(rows[j], underNames) && typedColumnBelow(rows, j) && looksLikeHeader(rows, j, quoted)) return j;
    at = j;
  }
  return k;
}

/**
 * A note rather than a header of names: a sentence (proseLine), a `Key: value` line (`Units: EUR, thousands`,
 * `Date range: 2026-01-01, 2026-06-30`), a cell of three words or more holding a function word (`All amounts in
 * EUR`), or, under a title line, cells of several words above names of one word each (`Acme Corp, Berlin office`
 * above `name,amount`). why not any row of several words: a header's names may hold spaces (`Order Total`).
 */
function noteLine(row: Row, underTitle: boolean, names: Row): boolean {
  const cells = row.cells.filter((c) => c !== "");
  if (cells.length === 0) return false;
  const phrase = (c: string): boolean => c.split(/\s+/).length >= 3 && (c.match(FUNCTION_WORD)?.length ?? 0) >= 1;
  const spaced = (c: string): boolean => /\s/.test(c);
  return proseLine(row) || /^[A-Za-z][\w.()/-]*(?: [\w.()/-]+){0,3}: +\S/.test(cells[0]) || cells.some(phrase) ||
    (underTitle && cells.some(spaced) && !names.cells.some(spaced));
}

/** Unit symbols written as such (`cm`, `kg`, `°C`, `hPa`, `km/h`, `EUR`, `%`): no column names. */
export const UNIT_SYMBOL = /^(?:%|‰|°[CF]?|deg[CF]?|[kcmµun]?m[23²³]?|[kmµ]?g|t|[mµn]?s|min|h|[kMG]?Hz|[kMG]?W|[kMG]?Wh|[kmµ]?V|[mµ]?A|K|[hk]?Pa|m?bar|[mµ]?[lL]|mol|ppm|ppb|dB|km\/h|m\/s|EUR|USD|GBP|JPY|CHF|CNY)$/;

/** Words a units row uses for a column without a unit: its type (`EUR,text,date` under `Order Total,Customer Name,Order Date`). */
const TYPE_WORD = /^(?:text|string|int|integer|number|numeric|float|double|decimal|bool|boolean|date|datetime|time|timestamp)$/i;

/**
 * Two cells or more of the row, and at least half of its filled cells, are unit symbols (`text,cm,kg`), or one is and
 * every other filled cell is one too or a type word (`EUR,text`) right under a row of names (`underNames`): the units
 * row under a header, not the names of the columns. why: under a title, a header of several-word names (`body
 * height`) above it read as a note, and the units became the names. why a unit symbol still: a header of type-like
 * names alone (`date,time,temp`) is a header. why under names for one unit symbol: a type word names a column too
 * (`Time,V` under a `Source: …` note is a scope's header; read as units, the note became the names).
 */
function unitSymbols(row: Row, underNames: boolean): boolean {
  const filled = row.cells.filter((c) => c !== "");
  const units = filled.filter((c) => UNIT_SYMBOL.test(c)).length;
  if (units >= 2 && units * 2 >= filled.length) return true;
  return underNames && units >= 1 && filled.length >= 2 && filled.every((c) => UNIT_SYMBOL.test(c) || TYPE_WORD.test(c));
}

/** A row of column names as wide as the table: every cell filled with text, none a phrase of words around a function word. */
function namesRow(row: Row, width: number): boolean {
  return row.cells.length === width && width >= 2 && row.cells.every((c) => kind(c) === "text" && !MISSING.test(c) && !(c.match(FUNCTION_WORD)?.length));
}

/** Some column is typed (numbers, dates) in 4 rows in 5 of the 2 or more rows under the row at `at` of its width. */
function typedColumnBelow(rows: Row[], at: number): boolean {
  const width = rows[at].cells.length;
  const body = rows.slice(at + 1, at + 21).filter((r) => r.cells.length === width);
  return body.length >= 2 && rows[at].cells.some((_, c) => body.filter((r) => typed(r.cells[c])).length >= body.length * 0.8);
}


/**
 * A sentence split at its commas (`Annual rainfall at three stations, in millimetres, 2001 to 2005`): 6 words or
 * more, two function words among them, a cell of 3 words. why: above the records of a wider table it is a title,
 * not a short header; read as one, every row was one cell too long.
 */
function proseLine(r: Row): boolean {
  const text = r.cells.join(" ").replace(/\s+/g, " ").trim();
  return isSentence(text) && r.cells.some((c) => c.split(/\s+/).length >= 3);
}

/** A line of one cell written `Key words: value` (a key of up to 4 words, then a colon and a value). */
function keyValueLine(row: Row): boolean {
  return row.cells.length === 1 && /^[A-Za-z][\w.()/-]*(?: [\w.()/-]+){0,3}:(?!\/\/)/.test(row.cells[0]);
}

/**
 * A `@key value` or `KEY: value` line (SALT2/snfit `@Redshift 0.15`, `@INSTRUMENT MEGACAM`, `SURVEY: DES`): a keyword
 * then one or two values. why a keyword mark: a short row of plain names may be a header (R's write.table).
 */
function keyed(row: Row): boolean {
  const filled = row.cells.filter((c) => c !== "");
  if (filled.length < 2) return false;
  // `@SQ<TAB>SN:chr1<TAB>LN:249250621`: a keyword, then any number of TAG:value fields (SAM)
  if (/^@[A-Za-z]{2}$/.test(filled[0]) && filled.slice(1).every((c) => /^[A-Za-z][A-Za-z0-9]:/.test(c))) return true;
  // `:Created: 2012 Aug 06 0759 UTC`: a key wrapped in colons (NOAA's text products), then a value of any words
  if (/^:[A-Za-z_][\w.()-]*:$/.test(filled[0])) return true;
  return filled.length <= 3 && /^(?:@[A-Za-z_][\w.]*|[A-Za-z_][\w.()-]*:)$/.test(filled[0]);
}

/**
 * Leading rows that are a block of at least two keyed lines (comment rows among them), when rows of another kind
 * follow. why two: one `@timestamp` or `Name:` row may be a header; a block of them is a preamble, even at the
 * table's width (`@radius 10.97` above `7600 0`).
 */
function keyedRows(rows: Row[], width: number, d: Candidate): number {
  let n = 0;
  let keys = 0;
  while (n < rows.length && n < MAX_PREAMBLE && (keyed(rows[n]) || commentRow(rows[n], width, d))) {
    if (keyed(rows[n])) keys++;
    n++;
  }
  // why the next row must be of another kind: a file of `key: value` lines only (longer than MAX_PREAMBLE) is no preamble
  return keys >= 2 && n < rows.length && !keyed(rows[n]) && !commentRow(rows[n], width, d) ? n : 0;
}

const typed = (c: string): boolean => kind(c) === "number" || kind(c) === "date";

function commentRow(row: Row, width: number, d: Candidate): boolean {
  return (row.cells[0] ?? "").startsWith("#") && d.delimiter !== "#" && row.cells.length !== width;
}

/**
 * A preamble-like row that is not a short header: a line of counts (it holds a number). why not one name short of the table: R's write.table header (row names have no name); and why not
 * a `#` line of names: it may be the header itself (QIIME's "#SampleID,…").
 */
function metadataLike(row: Row, width: number): boolean {
  // why a lone integer all the same: a count line (`16` above a 2-column table) is no header of names
  if (row.cells.length === width - 1 && !(row.cells.length === 1 && /^\d+$/.test(row.cells[0]))) return false;
  // why not a lone title: above records it is as likely a header whose delimiters were lost ("DATE TIME Qty")
  return row.cells.some(typed);
}

/** 1 when the rows below a header are one cell longer than it (R's write.table row names), else 0. */
function rowNamesShift(rows: Row[], at: number): number {
  const width = rows[at].cells.length;
  const body = rows.slice(at + 1, at + 21);
  return body.length > 0 && body.filter((r) => r.cells.length === width + 1).length >= body.length * 0.9 ? 1 : 0;
}

/**
 * Positions of header cells that are numbers yet read as names: an arithmetic run of at least 3 integers
 * (years "1960,1961,…", sample numbers "1,2,3,…") covering every number of the row, which no body row repeats.
 */
function numberedNames(head: string[], body: string[][]): Set<number> {
  const at: number[] = [];
  head.forEach((c, i) => { if (kind(c) === "number") at.push(i); });
  const isRun = (cells: string[]): boolean => {
    if (!cells.every((c) => /^\d{1,9}$/.test(c))) return false;
    const step = Number(cells[1]) - Number(cells[0]);
    return step > 0 && cells.every((c, j) => j === 0 || Number(c) - Number(cells[j - 1]) === step);
  };
  if (at.length < 3 || at.some((p, j) => j > 0 && p !== at[j - 1] + 1)) return new Set();
  if (!isRun(at.map((i) => head[i]))) return new Set();
  if (body.some((r) => isRun(at.map((i) => r[i] ?? "")))) return new Set();
  return new Set(at);
}

/** A typed header cell quoted above a column whose typed values are not: written as a name (R quotes names). */
function quotedAboveUnquoted(c: number, shift: number, head: boolean[] | undefined, bodyQuoted: boolean[][], body: Row[]): boolean {
  if (!head?.[c]) return false;
  let typedN = 0;
  let unquoted = 0;
  body.forEach((r, j) => {
    if (!typed(r.cells[c + shift] ?? "")) return;
    typedN++;
    if (!bodyQuoted[j]?.[c + shift]) unquoted++;
  });
  return typedN > 0 && unquoted >= typedN * 0.9;
}

// why one sign class: signed fixed-width numbers (ISO 6709 positions "+4230+00131" above "-0848+01314") differ in sign only
const punctuation = (s: string): string => s.replace(/[A-Za-z0-9]/g, "x").replace(/[+-]/g, "±");

/**
 * A text cell shaped like every value below it: fixed-length ids holding digits, with their punctuation at the
 * same places (barcodes "ATGCCAGAACGACT-1", UUIDs, accession numbers). Such a first row is data.
 */
function sameShapeAsBody(cell: string, values: string[]): boolean {
  // why 4 for codes of digits: hex code points ("0041" above "00C6") are as fixed as barcodes; a name has no digit
  if (values.length < 3 || cell.length < (values.every((v) => /\d/.test(v)) ? 4 : 8)) return false;
  // why hex without a digit: a colour "ffffff" above "000000", "a0a0a0" is one of them; a name is no hex string
  // why nucleotide codes too: a barcode list (`AAAGCCAC` above `CCGTAAGG`) holds letters only; a name is no such code
  const codes = sequenceCode(cell) && values.every(sequenceCode);
  if (!/\d/.test(cell) && !codes && !(HEX.test(cell) && values.every((v) => HEX.test(v)) && values.filter((v) => /\d/.test(v)).length * 2 >= values.length)) return false;
  const mask = punctuation(cell);
  return values.every((v) => v.length === cell.length && punctuation(v) === mask);
}

/**
 * A text cell that starts with a number and a blank, then more (`3187.743    HeI`), above values that all do: a line
 * of an aligned table read whole (one column: its names hold spaces), not a name. why: a tie on one text column made
 * it the header, and the line list lost its first line; a name rarely starts with a number and a blank, and never do
 * all the values below it then.
 */
function numberLedLikeBody(cell: string, values: string[]): boolean {
  const led = (v: string): boolean => NUMBER_LED.test(v.trim());
  return values.length >= 3 && led(cell) && values.every(led);
}

const NUMBER_LED = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t]+\S/;
const FRAME = unicodeOrAscii(String.raw`^[^\p{L}\p{N}\s]$`, "u");
const HEX = /^[0-9a-f]+$/i;

/**
 * A text cell framed by the same symbols as every value below it (":grinning:" above ":smiley:", "<a>" above
 * "<b>"): a value of that column, not its name.
 */
function framedLikeBody(cell: string, values: string[]): boolean {
  if (values.length < 3 || cell.length < 3) return false;
  const first = cell[0];
  const last = cell[cell.length - 1];
  if (!FRAME.test(first) || !FRAME.test(last)) return false;
  return values.every((v) => v.length >= 3 && v[0] === first && v[v.length - 1] === last);
}

const URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const FILE_EXT = /^[^\s/\\]+\.([a-z][a-z0-9]{0,4})$/i;

/**
 * A text cell written as a value, in the form of every value below it: a URL above URLs, an e-mail address above
 * addresses, a file name above file names of the same extension (`new.tle` above `iss.tle`). why: column names
 * are no addresses or file names, so such a first row of an all-text file is its first record.
 */
function formedLikeBody(cell: string, values: string[]): boolean {
  // why any number of values for addresses: a name is never one, so the few lines of a short list (`alice@…`,
  // `bob@…`, `cy@…`) are as telling as many; a file name may be a name (`data.csv` above `a.csv`) and needs 3
  for (const re of [URL, EMAIL]) if (re.test(cell)) return values.length >= 1 && values.every((v) => re.test(v));
  if (values.length < 3) return false;
  const ext = FILE_EXT.exec(cell)?.[1].toLowerCase();
  return ext !== undefined && values.every((v) => FILE_EXT.exec(v)?.[1].toLowerCase() === ext);
}

/**
 * A short code that sorts right before a sorted column of codes of its own form (`AD` above `AE`, `AF` …; `aa`
 * above `ab`, `ae`, `ast` …): the first record of a code table, not its name. why sorted: a header sorts anywhere,
 * and a name such as `Code` or `ID` falls after the codes it heads (`ID` above `AD`), so only the table's own
 * first key continues the order; why one letter case and the values' lengths: a name spelled like the codes
 * (`ISO` above `AD`) is rare, and one of another length or case is told apart.
 */
function firstOfSortedCodes(cell: string, values: string[]): boolean {
  if (values.length < 5) return false;
  const form = /^[A-Z]+$/.test(cell) ? /^[A-Z]+$/ : /^[a-z]+$/.test(cell) ? /^[a-z]+$/ : null;
  if (form === null || !values.every((v) => form.test(v))) return sortedLongCodes(cell, values);
  const lengths = values.map((v) => v.length);
  if (cell.length < Math.min(...lengths) || cell.length > Math.max(...lengths) || Math.max(...lengths) > 4) return false;
  return sortedFrom(cell, values);
}

/** An upper-case code: letters with digits and `-`/`_`/`.`/`/` (`AO-10`, `070-3-DAY`, `F2`, `INTERNET`). */
const UPPER_CODE = /^[A-Z0-9][A-Z0-9._/-]*$/;

/**
 * The same rule for longer upper-case codes that may hold digits and dashes (`AS` above `AUE`, `F2`, `INTERNET`;
 * `AO-10` above `AO-13`): a sorted key column of at least 8 codes, the cell one of its form sorting first. why 8 and
 * a letter: a short column sorts by chance; why upper case only: names (`Code`, `Call`) are seldom all capitals,
 * and one written so (`ID`, `CODE`) rarely sorts right before every code below it.
 */
function sortedLongCodes(cell: string, values: string[]): boolean {
  if (values.length < 8 || !/[A-Z]/.test(cell) || !UPPER_CODE.test(cell) || !values.every((v) => UPPER_CODE.test(v))) return false;
  return cell.length <= Math.max(...values.map((v) => v.length)) && sortedFrom(cell, values);
}

/**
 * A long string over the few letters every value is written in (DNA `AGATCGGAAG…` above `AAACTTGCTC…`): a sequence,
 * not a name. why at most 6 letters over 12 characters or more: names use more letters (`sequence` adds s, e, q, u, n).
 */
function sameAlphabetAsBody(cell: string, values: string[]): boolean {
  if (values.length < 3 || cell.length < 12 || /\s/.test(cell) || values.some((v) => v.length < 12)) return false;
  return new Set((cell + values.join("")).toUpperCase()).size <= 6;
}

/**
 * A cell numbered in the series of the values below it (`RD0003` above `RD0004`, `RD0007`; `Label 1` above `Label 2`,
 * `Label 3`): the same text before a different number in two values or more. why: a column's name is not numbered
 * like the values it heads.
 */
function numberedLikeBody(cell: string, values: string[]): boolean {
  const m = /^(\D*\D)(\d+)$/.exec(cell);
  if (m === null || values.length < 2) return false;
  const same = values.filter((v) => v !== cell && v.startsWith(m[1]) && /^\d+$/.test(v.slice(m[1].length)));
  return same.length >= 2 && same.length * 2 >= values.length;
}

/**
 * One character above a column of single characters (`Q` above `W`, `A`; `〔` above `【`): a key table's first
 * record. why: a column name of one character heads values (`x` above numbers), seldom keys of one character each.
 */
function oneCharAboveOneChars(cell: string, values: string[]): boolean {
  // why not a digit: numbered names (`1`, `2`, … above genotype letters `A`, `B`, `H`) were made names above
  return values.length >= 3 && [...cell].length === 1 && !/\d/.test(cell) && values.every((v) => [...v].length === 1) && !capitalAboveSmalls(cell, values) && !smallAboveCapitals(cell, values);
}

const CAPITAL = lazyRegExp(String.raw`^\p{Lu}$`, "u");
const SMALL = lazyRegExp(String.raw`^\p{Ll}$`, "u");
// why the ASCII tests first: an ASCII letter is answered without compiling the Unicode classes (see NUMERIC_ASCII)
const capital = (c: string): boolean => /^[A-Z]$/.test(c) || (NON_ASCII.test(c) && CAPITAL().test(c));
const small = (c: string): boolean => /^[a-z]$/.test(c) || (NON_ASCII.test(c) && SMALL().test(c));

/**
 * A capital letter above small letters only (`A,B` above `ą,ž`, `ū,į`): spreadsheet-style column letters, a header.
 * why: a key table keeps its keys in one case (`Q` above `W`, `A`), so its first key is no capital over small ones.
 */
function capitalAboveSmalls(cell: string, values: string[]): boolean {
  return capital(cell) && values.every(small);
}

/**
 * A small letter above capitals only, its own capital not among them (`u,v` above `A,B`, `B,C`: an edge list's
 * ends, tikz-network's `ml_edges_simple.csv`): names of the columns, as capitalAboveSmalls in the other case. why not
 * its own capital: `a` above `A`, `B` may be a key written in the other case; a key table keeps one case.
 */
function smallAboveCapitals(cell: string, values: string[]): boolean {
  return small(cell) && values.every(capital) && !values.includes(cell.toUpperCase());
}

/** The kinds of a cell's words split at runs of spaces (`O  15.99940` → `text number`). */
const wordKinds = (cell: string): string => cell.split(/ +/).map(kind).join(" ");

/**
 * A cell holding aligned columns of its own, glued by a delimiter that only cuts off a note (`O  15.99940` before
 * `; carbonyl oxygen` in GROMACS's atomtypes.atp): words parted by runs of two spaces or more, a number among them,
 * and every value below made of words of the same kinds (`OM  15.99940`). why: a name holds no number set apart by
 * alignment; such a first row is the table's first record.
 */
function gluedColumnsLikeBody(cell: string, values: string[]): boolean {
  if (values.length < 3 || !/\S {2,}\S/.test(cell)) return false;
  const kinds = wordKinds(cell);
  return kinds.includes("number") && values.every((v) => wordKinds(v) === kinds);
}

/** A Unicode code point or range in hex (`1CF7`, `0363..036F`), as the Unicode data files write them. */
const CODE_POINT = /^[0-9A-F]{4,6}(?:\.\.[0-9A-F]{4,6})?$/;

/**
 * A code point above a column of code points and ranges (`1CF7` above `0363..036F`, `1DC0`): the first record of a
 * Unicode property file. why not sameShapeAsBody: single points and ranges differ in length; a name is no code point.
 */
function codePointAboveCodePoints(cell: string, values: string[]): boolean {
  return values.length >= 3 && CODE_POINT.test(cell) && /\d/.test(cell) && values.every((v) => CODE_POINT.test(v));
}

/** A run of digits standing alone between blanks or at an end (`21935` in `LUC     11980 77.25`). */
const NUMBER_WORD = /(?:^|\s)\d+(?:\.\d+)?(?=\s|$)/;

/**
 * A fixed-length record read whole (one column: its fields are glued, `5745ESCOURCHE       BENEDICTE   21935 …`):
 * the cell and every value below, 16 characters or more, start their second field at one column after a run of
 * blanks, end within 2 characters of each other (trailing blanks are cut) and hold a number standing alone. why: a
 * fixed-width export without names ties on its one text column and lost its first record to the header; names are
 * not padded to the fields of the records, nor hold bare numbers.
 */
function fixedRecordLikeBody(cell: string, values: string[]): boolean {
  const second = (v: string): number => { const m = / {2,}(?=\S)/.exec(v); return m === null ? -1 : m.index + m[0].length; };
  const at = second(cell);
  const record = (v: string): boolean => second(v) === at && Math.abs(v.length - cell.length) <= 2 && NUMBER_WORD.test(v);
  return values.length >= 3 && cell.length >= 16 && at > 0 && record(cell) && values.every(record);
}

/** A title-case word or words (`Field`, `Default`, `Last Name`). */
const TITLE = /^[A-Z][a-z]+(?:[ _][A-Z]?[a-z]+)*$/;

/**
 * A title-case name above a text column none of whose values is title-case (`Type` above `smallint(5)`,
 * `varchar(10)`; `Key` above `PRI`), in a first row of title-case words only: the row is written as names, the
 * rows below as values. why: in an all-text
 * table no column is typed, so the form of the words is the only evidence that the first row is a header.
 */
function titleAboveUntitled(cell: string, values: string[]): boolean {
  return values.length >= 2 && TITLE.test(cell) && !values.some((v) => TITLE.test(v) || /^[A-Z][a-z]/.test(v));
}

/**
 * A first row whose cells all repeat one text (`喫茶小舖<TAB>喫茶小舖`) above rows of which some do too: a mapping
 * table's identity entry (a word mapped to itself), not names. why: a header's names differ from each other, and
 * in an all-text table nothing else tells the first record from names; read as names it was a `header-duplicate`.
 */
function identityRowLikeBody(head: Row, body: Row[]): boolean {
  const cells = head.cells;
  if (cells.length < 2 || cells[0] === "" || cells.some((c) => c !== cells[0])) return false;
  return body.some((r) => r.cells[0] !== "" && r.cells.every((c) => c === r.cells[0]));
}

/**
 * `picked` without the rows that repeat the head cell for cell, when 2 or more other rows remain. why: a header
 * repeated down the file (exports concatenated, a page header per block: `a,b,c_1,c_2` again under the records) is
 * that row again, not values; counted as values, each of its names "repeated as a value" and voted the header away.
 */
function withoutCopiesOfHead(picked: number[], rows: Row[], head: Row): number[] {
  const copy = (j: number) => rows[j].cells.length === head.cells.length && rows[j].cells.every((c, i) => c === head.cells[i]);
  const kept = picked.filter((j) => !copy(j));
  return head.cells.length < 2 || kept.length < 2 ? picked : kept;
}

/** Ways a text header cell shows it is one of the values below it (each a record's first cell, not a name). */
const BODY_LIKE: ((cell: string, values: string[]) => boolean)[] = [
  sameShapeAsBody, framedLikeBody, formedLikeBody, firstOfSortedCodes, sameAlphabetAsBody, numberLedLikeBody,
  oneCharAboveOneChars, numberedLikeBody, gluedColumnsLikeBody, codePointAboveCodePoints, stemmedLikeBody,
  fixedRecordLikeBody, prefixedLikeBody, taggedNumberLikeBody, firstOfSortedCjkKeys, keyedNumberLikeBody,
  letterCodeLikeBody, hexLiteralLikeBody, regexPatternLikeBody, namespacedKeyLikeBody, stemOfVariants, pathLikeBody,
];

/** Does the row look like column names above the rows that follow it? */
function looksLikeHeader(rows: Row[], at: number, quoted: boolean[][] | null): boolean {
  const head = rows[at];
  if (!head) return true;
  const width = head.cells.length;
  const shift = rowNamesShift(rows, at);
  const near: number[] = [];
  for (let j = at + 1; j < Math.min(rows.length, at + 21); j++) if (rows[j].cells.length === width + shift) near.push(j);
  const picked = withoutCopiesOfHead(near, rows, head);
  const body = picked.map((j) => rows[j]);
  const bodyQuoted = picked.map((j) => quoted?.[j] ?? []);
  // why not on a lone line of numbers only: a run (`10 20 30`) with no row under it and no name beside it (`country`)
  // names nothing; read as names it is lost
  const named = rows.length > at + 1 || head.cells.some((c) => kind(c) === "text") ? numberedNames(head.cells, body.map((r) => r.cells.slice(shift))) : new Set<number>();
  // why: levels named beside words over numbers (`Div NumDataPts 0.5 0.75 … 0.9999`) are names too (level-names.ts)
  for (const c of levelNames(head.cells, body.map((r) => r.cells.slice(shift)))) named.add(c);
  const headKinds = head.cells.map((cell, c) => {
    const k = kind(cell);
    if (k === "text" || k === "empty") return k;
    return named.has(c) || quotedAboveUnquoted(c, shift, quoted?.[at], bodyQuoted, body) ? "text" : k;
  });
  // why: a first row one cell short of every row below, whose first cells are labels, is R's write.table header
  if (shift === 1 && body.length >= 2 && body.every((r) => kind(r.cells[0]) === "text")) return true;
  // A first row of numbers and dates only is data.
  if (headKinds.every((k) => k !== "text")) return headKinds.every((k) => k === "empty");
  // why: a lone record holding a date ("2010-02-26 13:32:26","root",2,…: a one-line log) is data; names are no dates,
  // nor nucleotide codes (`AAAGCCAC`: umis' one-barcode sample index), nor web or e-mail addresses (`Ada<TAB>https://example.org/ada`: a one-line list of people), nor bare numbers (`chr1<TAB>100`: a one-line table of sizes; numbered names such as years were made text above)
  // why: a first row wider than every row below, led by cells written as their values, is a record (wide-first-record.ts)
  if (body.length === 0 && wideFirstRecord(head.cells, rows.slice(at + 1, at + 21).map((r) => r.cells))) return false;
  if (body.length === 0) return rows.length > 1 || (!headKinds.some((k) => k === "date" || k === "number") && !head.cells.some(isAddress) && !codeNotationLine(head.cells) && !sequenceCodeLine(head.cells));
  if (identityRowLikeBody(head, body) || identityPairLikeBody(head.cells, body.map((r) => r.cells.slice(shift)))) return false;
  // why: two spellings a letter or two apart above such pairs (`0telin otelin`) are a record (near-pair.ts)
  if (shift === 0 && nearPairLikeBody(head.cells, body.map((r) => r.cells))) return false;
  // why every cell: a title-case word beside a value (`000<TAB>Hotspots` above `008<TAB>RHS`) is one of the values
  const filled = head.cells.filter((cell) => cell !== "");
  const titleRow = filled.length >= 2 && filled.every((cell) => TITLE.test(cell));
  let votes = 0, metKeys = 0, unmet = 0;
  // why: names numbered by their columns beside a word over numbers (`node1,node2,weight`) head ids like them
  const counted = countedNames(head.cells, body.map((r) => r.cells.slice(shift)));
  for (let c = 0; c < width; c++) {
    // why missing markers dropped: `\N` or `NA` among numbers leaves a column of numbers, not of text
    const values = body.map((r) => r.cells[c + shift]).filter((v) => !MISSING.test(v));
    const kinds = values.map(kind);
    if (kinds.length === 0) continue;
    const typedN = kinds.filter((k) => k !== "text").length;
    const h = headKinds[c];
    if (typedN >= kinds.length * 0.8) {
      // why placeholderHead: `undef` above numbers that is also among them is the records' placeholder, not a name
      if (h === "text" && !MISSING.test(head.cells[c]) && !placeholderHead(head.cells[c], body.map((r) => r.cells.slice(shift)), c, typed)) votes++;
      else if (h !== "empty") votes--;
    } else if (h === "number") {
      // why: a number above a column of mostly numbers (zone offsets among zone names) is one of its values, and so is
      // one above a text column (`2<TAB>to` above `u<TAB>you`: an abbreviation table's first record; a code of digits
      // `0041` above `00C6`): a name is no bare number. Numbers that are names (years, sample numbers, quoted by R)
      // were made text above
      votes--;
    } else if (h === "text" && !counted.has(c)) {
      // A text column: a header cell that repeats as a value, is a placeholder (".", "NA": no name), or is shaped,
      // framed or formed (a URL, a file name) like every value, is data.
      const cell = head.cells[c];
      if (titleRow && titleAboveUntitled(cell, values)) votes++;
      else if (keyMetOnce(cell, values) && !MISSING.test(cell)) { votes--; metKeys++; }
      else if (values.includes(cell) || MISSING.test(cell) || BODY_LIKE.some((like) => like(cell, values))) votes--;
      else if (sparse(body.map((r) => r.cells[c + shift]))) unmet++;
    }
  }
  // why: a field list that lists itself (`code,parents,…` above `code,,,`, `name,,,…`: each record names a field) meets
  // one name once among its keys; with two names or more never met in their columns, each filled above a column that
  // is half empty or more (records of a sparse table are sparse too), that one meeting does not outweigh them. A
  // headerless file whose first key recurs (`apple,3` … `apple,5`) has a number under numbers, a full all-text table
  // (`apple,red,crisp` … `apple,yellow,tart`) no sparse column, a word list no other name.
  if (metKeys === 1 && unmet >= 2 && votes === -1) return true;
  return votes >= 0;
}

/** Half the column's cells or more are missing: a full line above it is more like names than one of its records. */
const sparse = (cells: string[]): boolean => cells.filter((v) => MISSING.test(v)).length * 2 >= cells.length;

/**
 * The cell occurs once among values that are otherwise all distinct (a key column, met by the name only once), and it
 * is a column noun (`code`, `name`, `id`). why a column noun: a field list that lists itself names a field there, while
 * a headerless table's first key that recurs once (`apple,tart,crisp` … `apple,,`) is one of its own keys; what it
 * refuses: any other word met once, which votes the line a record as before whdr20.
 */
function keyMetOnce(cell: string, values: string[]): boolean {
  return GENERIC.test(cell) && values.filter((v) => v === cell).length === 1 && new Set(values).size === values.length;
}

/**
 * True when the first row counts the records below it: its first cell is an integer equal to the number of non-blank
 * lines after it (the whole file read), its other cells are words or empty (`10 sizes` above ten rows), and the rows
 * below are of one width, two cells or more. why: Fortran-era inputs state their length first; read as a header, the
 * count becomes a column name, and its trailing space an empty one (header-blank).
 */
function countLine(rows: Row[], text: string): boolean {
  if (rows.length < 3 || !/^\d+$/.test(rows[0].cells[0] ?? "")) return false;
  // why counts beside the count: a PHYLIP alignment states taxa and sites (`5 13`) above its names (counts-above-names.ts)
  if (rows[0].cells.slice(1).some(typed) && !countsAboveNames(rows[0].cells, rows.slice(1).map((r) => r.cells))) return false;
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").length;
  if (Number(rows[0].cells[0]) !== lines - 1) return false;
  const width = rows[1].cells.length;
  // why: a count that is a record's own number by chance (`11    elf` above eleven rows) is no count (counted-record.ts)
  return width >= 2 && rows.slice(1).every((r) => r.cells.length === width) && !countedRecord(rows[0].cells, rows.slice(1).map((r) => r.cells));
}

export function detectHeader(sample: string, complete: boolean, d: Candidate, opts: { comment: string | null; skipRows: number | null; header: boolean | null; columns?: number[] | null; maxFields?: number }): Structure {
  const columns = opts.columns ?? null;
  const most = opts.maxFields ?? 0;
  // why: fixed-width columns are read as the parser will cut them (`Canes Venatici` one cell), not at every space;
  // so are the rows of a list whose last cell is the rest of the line (maxFields)
  const readRows = columns ? (t: string, _d: Candidate, q: boolean[][]) => fixedRows(t, columns, q)
    : most > 0 ? (t: string, dd: Candidate, q: boolean[][]) => joinedRows(t, dd, q, most) : readDelimited;
  let text = sample.length > CHARS ? sample.slice(0, CHARS) : sample;
  let skipRows = opts.skipRows ?? 0;
  let rows: Row[] | null = null;
  let quoted: boolean[][] = [];
  if (opts.skipRows === null) {
    rows = readRows(text, d, quoted);
    // why no `#` notes with a comment character: its lines are skipped as comments, not as a preamble
    const whole = complete && text === sample && opts.comment === null;
    // why a count line and a title line apart: the title's words end preambleRows' loop (count-and-title.ts)
    const k = whole && countLine(rows, text) ? 1 : whole && countAndTitleLines(rows.map((r) => r.cells)) ? 2 : preambleRows(rows, d, quoted, opts.comment, text);
    if (k > 0) skipRows = linesBefore(text, rows[k].start);
    // why apart: the rows read above hold no table under a block of more lines than they are (GEO SOFT's `!` lines)
    else if (!columns && most === 0) skipRows = longPreamble(text, d.delimiter, opts.comment);
  }
  if (opts.header !== null) return { header: opts.header, skipRows };
  // why also under --skip-rows: the preamble warning names it as the way to keep this reading
  const groupTitles = skipRows > 0 ? titlesAboveHeader(rows ?? readRows(text, d, []), skipRows, text) : null;
  if (skipRows > 0) { text = dropLines(text, skipRows); rows = null; }
  if (opts.comment) { text = text.split(/\r\n|\n|\r/).filter((l) => !isCommentLine(l, opts.comment!)).join("\n"); rows = null; }
  // why reuse: with no preamble and no comment lines the text is the same, and so are its rows
  if (rows === null) { quoted = []; rows = readRows(text, d, quoted); }
  // why: --skip-rows past the last line, or a file of comment lines only, leaves no row to judge (0 records follow)
  if (rows.length === 0) return { header: true, skipRows };
  // why: blank lines left above the first record (between a comment block and the table) are no header; the
  // pipeline takes the first non-blank record as the header, so that is the row to judge
  let first = 0;
  while (first < rows.length - 1 && rows[first].cells.every((c) => c === "")) first++;
  const keyNames = keysAsNames(rows[first].cells, rows.slice(first + 1, first + 41).map((r) => r.cells));
  const header = !firstAssignment(rows, first, d) && !keyLikeKeys(rows, first, d.delimiter) && !shortAssignmentEntry(rows, first, d.delimiter) && !fieldPairsEntry(rows, first, d.delimiter) && !aliasColumns(rows, first) && !dotPlaceholders(rows[first].cells) && !numberedSiblings(rows, first) && !recurringFirstRecord(text, rows[first].start, d.delimiter) && (keyNames || (!firstRowLikeBody(rows, first) && looksLikeHeader(rows, first, quoted)));
  const extra = header && nameBeyondRows(rows, first, d, text);
  return { header, skipRows, ...(header && unitsRowBelow(rows, first) ? { unitsRow: true } : {}), ...(extra ? { extraName: true } : {}), ...(header && groupTitles ? { groupTitles } : {}) };
}

/** The text of the row starting at offset `start`, to its line break, without trailing spaces. */
function lineAt(text: string, start: number): string {
  const end = text.slice(start).search(/[\r\n]/);
  return (end < 0 ? text.slice(start) : text.slice(start, start + end)).trimEnd();
}

/**
 * True when a space-separated header of words has one name more than the rows below it (10 or more, 4 in 5 of them
 * one cell shorter), and that last name starts past the end of every such row (`resi  atom  chrg … radi end` above
 * `ALA   N    -0.47 … 1.850`): it heads no column, so the rows are not short. why past the end: a name for the
 * rows' last values (a header shifted by a leading `#`) stands above them, and the rows are then truly short.
 */
function nameBeyondRows(rows: Row[], at: number, d: Candidate, text: string, comment: string | null = null): boolean {
  const head = rows[at]?.cells ?? [];
  const width = head.length - 1;
  if (d.delimiter !== " " || text === "" || width < 2 || !head.every((c) => /^[A-Za-z]/.test(c))) return false;
  const rest = rows.slice(at + 1, at + 41).filter((r) => comment === null || !r.cells[0].startsWith(comment));
  const body = rest.filter((r) => r.cells.length === width);
  if (body.length < 10 || body.length < rest.length * 0.8) return false;
  const line = lineAt(text, rows[at].start);
  const from = line.length - head[width].length;
  return line.endsWith(head[width]) && body.every((r) => lineAt(text, r.start).length <= from);
}

/** A word in one letter case: lower (`denali`, `grid_it`, `mp2`) or upper (`ALA`, `HB1`); null for any other form. */
function letterCase(cell: string): "lower" | "upper" | null {
  return /^[a-z][a-z0-9_.-]*$/.test(cell) ? "lower" : /^[A-Z][A-Z0-9_.-]*$/.test(cell) ? "upper" : null;
}

/**
 * True when the first row of a 2-column mapping (`key = value`, `key: value`, `key<TAB>value`, `key value`) has the
 * shape of the pairs below it: the first pair, not a header. Three shapes count:
 * - in a `=` or `:` list, each cell a word in the letter case of its column (`denali = mckinley` above `vorota =
 *   gateway`). why those two only: an assignment names itself, so such a list has no header row; in a `,` table
 *   names and values are often both lower-case (`name,city` above `ann,paris`);
 * - both cells one name spelt two ways (`1pctCo2 1pctCO2`, `rcp26 RCP2.6`), as in half the pairs below: an alias
 *   list; a header names two different things;
 * - a key holding punctuation written as 3 keys in 5 below (words and punctuation in the same order: `pci:v…d…sv*sd*`
 *   above `pci:v…d…sv*sd*<TAB>e1000e`), and a value written as some value below (`r8169` as `tg3`). why punctuation:
 *   a column's name is a word (`col1`, `modalias`), not a key of its column's shape.
 */
function firstAssignment(rows: Row[], at: number, d: Candidate): boolean {
  const head = rows[at].cells;
  const lines = rows.slice(at + 1, at + 21);
  const body = lines.filter((r) => r.cells.length === 2);
  if (head.length !== 2 || body.length < 3 || body.length < lines.length * 0.8) return false;
  const sameCase = (d.delimiter === "=" || d.delimiter === ":") && [0, 1].every((c) => { const form = letterCase(head[c]); return form !== null && body.every((r) => letterCase(r.cells[c]) === form); });
  const alias = alike(head[0], head[1]) && body.filter((r) => alike(r.cells[0], r.cells[1])).length * 2 >= body.length;
  const keyShaped = /[^A-Za-z0-9 ]/.test(head[0]) && body.filter((r) => pairShape(r.cells[0]) === pairShape(head[0])).length >= body.length * 0.6;
  const shaped = keyShaped && body.some((r) => pairShape(r.cells[1]) === pairShape(head[1]));
  return sameCase || alias || shaped;
}

/**
 * True when two cells of the first row are one name spelt two ways (`tip4pew  TIP4P-Ew  TIP 4-point…`), and the
 * same two columns are so in 4 rows in 5 below (3 rows or more of the first row's width): a list of names and their
 * spellings (GROMACS's watermodels.dat), whose first row is a record. why not firstAssignment's alias rule: that one
 * reads two-cell pairs only; a header names two different things in any width.
 */
function aliasColumns(rows: Row[], at: number): boolean {
  const head = rows[at].cells;
  const body = rows.slice(at + 1, at + 21).filter((r) => r.cells.length === head.length);
  if (head.length < 3 || body.length < 3) return false;
  for (let a = 0; a < head.length; a++) {
    for (let b = a + 1; b < head.length; b++) {
      if (alike(head[a], head[b]) && body.filter((r) => alike(r.cells[a], r.cells[b])).length >= body.length * 0.8) return true;
    }
  }
  return false;
}

/** One name spelt two ways: the same letters and digits, case and punctuation aside (`1pctCo2`, `1pctCO2`; `rcp26`, `RCP2.6`). */
function alike(a: string, b: string): boolean {
  const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return key(a) !== "" && key(a) === key(b) && a !== b;
}

/** A cell's shape: each run of letters and digits `w`, every other character itself (`pci:v000010ECd0…sv*sd*` → `w:w*w*`). */
function pairShape(cell: string): string {
  return cell.replace(/[A-Za-z0-9]+/g, "w");
}

/** A column definition of the RDB format: an optional width and a type letter (`5s`, `20d`, `14n`, `N`). */
const RDB_FORMAT = /^\d{0,4}[SNDM][<>]?$/i;

/**
 * True when the row under the header is an RDB column-definition row (USGS NWIS water data, Starbase /rdb tables:
 * `agency_cd<TAB>site_no<TAB>datetime` above `5s<TAB>15s<TAB>20d`): as wide as the header, two cells or more, every
 * one a width and a type letter. why no typed rows asked for: the row has no other reading, and read as data it
 * turns every column text (silently), even in a file with one record.
 */
function rdbFormatRow(cells: string[] | undefined, width: number): boolean {
  return cells !== undefined && width >= 2 && cells.length === width && cells.every((c) => RDB_FORMAT.test(c)) && cells.some((c) => /\d/.test(c));
}

/** A unit in brackets or parentheses (`[g/h]`, `[-]`, `(km)`, `[#/h]`), or an empty cell. */
const UNIT = /^(?:\[[^\][]{0,24}\]|\([^()]{0,24}\))$/;

/**
 * True when the row under the header is its units: as wide as the header, every cell a bracketed unit or empty, two
 * units or more, and a column under a unit typed (numbers, dates) in 4 rows in 5 below. why: read as data, the
 * units turn every measured column text (PHEMlight's `Pe,NOx,HC` above `[-],[g/h],[g/h]`), silently.
 */
function unitsRowBelow(rows: Row[], at: number): boolean {
  const units = rows[at + 1]?.cells;
  const width = rows[at].cells.length;
  if (rdbFormatRow(units, width)) return true;
  if (!units || units.length !== width) return false;
  const bracketed = units.filter((c) => c !== "").length >= 2 && units.every((c) => c === "" || UNIT.test(c));
  const plain = !bracketed && unitWordsRow(units);
  if (!bracketed && !plain) return false;
  const body = rows.slice(at + 2, at + 22).filter((r) => r.cells.length === width);
  if (body.length < 3) return false;
  // why every unit's column for plain units: words in a typed column's first row may be a record's words otherwise
  if (plain) return units.every((u, c) => u === "" || typedBelow(body, c));
  return units.some((u, c) => u !== "" && body.filter((r) => typed(r.cells[c])).length >= body.length * 0.8);
}

/** The column's cells below, missing values aside, are 3 or more and typed (numbers, dates) in 4 in 5 of them. */
function typedBelow(body: Row[], c: number): boolean {
  const values = body.map((r) => r.cells[c]).filter((v) => !MISSING.test(v));
  return values.length >= 3 && values.filter(typed).length >= values.length * 0.8;
}

function dropLines(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    let end = i;
    while (end < s.length && s.charCodeAt(end) !== 10 && s.charCodeAt(end) !== 13) end++;
    if (end >= s.length) return "";
    if (s.charCodeAt(end) === 13 && s.charCodeAt(end + 1) === 10) end++;
    i = end + 1;
  }
  return s.slice(i);
}
