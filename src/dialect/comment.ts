// Sniffs a comment character (`#`, `;`): lines starting with it that do not fit the table the other lines make.
import type { Candidate } from "./consistency.js";
import { sentenceNote } from "./sentence-note.js";
import { holdsRowValues } from "./marked-values-line.js";
import { markedCellsAreValues, type FirstCell } from "./marked-values.js";
import { fewSpacedNotes, fewTabNotes } from "./tab-notes.js";
import { fewSlashNotes } from "./slash-notes.js";
import { notedTabRows } from "./noted-tab-rows.js";
import { labelledSeries } from "./labelled-series.js";
import { restOfLineNotes } from "./rest-of-line.js";
import { endMarkOnly } from "./end-line.js";
import { starSections } from "./star-sections.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Characters that may start comment lines, most common first. */
// why `!`: X resource files (X11 rgb.txt) and Fortran-era data mark notes so; why `//`: C-style notes above and
// between rows (a two-character prefix: a path or a URL cell starts with one `/`, and a table's rows never with two)
// why `---`: the rule lines of a printed listing (SAS, Stata, psql: `-----------` under the header and below the
// last row) carry no cell; it counts only when every line it starts is such a rule (RULE_LINE, see sniffComment)
export const COMMENT_CANDIDATES = ["#", ";", "!", "//", "---"];
/** The marks sniffComment tries: `*` last, and only over a table's section lines (starSections). */
export const SNIFFED_MARKS = [...COMMENT_CANDIDATES, "*"];

/** A line of 5 dashes or more, with `=`, `+`, `|` and spaces (`-------------+----------`): a printed table's rule. */
const RULE_LINE = /^ *-{5}[-=+| ]*$/;
/**
 * True when the line is a comment line: it starts with the comment prefix, or with spaces and then the prefix (an
 * indented note, `   # the SHA family follows`; the parser skips both, see csv.ts indentedComment), or with blanks
 * holding a TAB, then the prefix and a blank or nothing, and no further TAB (`<TAB># and affix definitions by …` among
 * notes indented by spaces, Hunspell's Georgian dictionary). why a blank after it and no TAB in it then: in a TSV a
 * leading TAB is an empty first cell, and rows such as `<TAB>#ff0000<TAB>red` or `<TAB># x<TAB>note-like` (an empty
 * cell, then one starting with the mark) stay rows (the parser keeps TAB-indented lines of a TSV as records).
 */
export function isCommentLine(line: string, c: string): boolean {
  if (line.startsWith(c)) return true;
  const first = line.charCodeAt(0);
  if (first !== 32 && first !== 9) return false;
  const lead = /^[ \t]+/.exec(line)![0];
  if (!line.startsWith(c, lead.length)) return false;
  if (!lead.includes("\t")) return true;
  const rest = line.slice(lead.length + c.length);
  return /^[ \t]?$/.test(rest.charAt(0)) && !rest.includes("\t");
}

/** Lines of the sample read to decide. */
const MAX_LINES = 2000;

export interface CommentGuess {
  comment: string | null;
  /** Lines to skip when the comment lines form a leading block above a header that itself starts with the character. */
  skipRows: number;
}

/** Fields of one physical line under a dialect: delimiters outside a (naively tracked) quote, plus one. */
export function lineWidth(line: string, d: Candidate): number {
  if (!d.delimiter) return 1;
  const t = d.delimiter === " " ? line.trim() : line;
  let n = 1;
  let inQuote = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (d.quote && c === d.quote) inQuote = !inQuote;
    else if (!inQuote && c === d.delimiter) {
      n++;
      // a run of spaces is one delimiter
      if (c === " ") while (t[i + 1] === " ") i++;
    }
  }
  return n;
}

function modeOf(xs: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = { value: 1, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return best;
}

/**
 * True when rows of the text (comment lines already dropped) end in comments: a tab or two spaces, the comment
 * character, a note (`Adindan,4201,5<TAB><TAB># Africa - Eritrea, Ethiopia`), on at least a fifth of the lines, or
 * on fewer when the notes after a TAB alone make their rows wider than the rest (fewTabNotes) and `whole`: the text
 * is the whole file. why whole: the parser cuts any cell that starts with the mark after a TAB (`9230<TAB>#B4mad
 * Research Lab`, line 9,230 of Wireshark's `enterprises.tsv`, under notes on 31 rows of its first 2,000), so a few
 * notes tell the layout only where no such cell can lie beyond the lines read.
 */
export function inlineComments(text: string, c: string, whole = false): boolean {
  const lines = text.split(/\r\n|\n|\r/, MAX_LINES).filter((l) => l.trim() !== "");
  // why `//` only so: its notes are proven by the rows' width alone (a cell may start with `//`: a URL without its scheme)
  if (c === "//") return whole && fewSlashNotes(lines);
  const at = inlineAt(c);
  const hits = lines.filter((l) => at.test(l) && !quoteKeepsLine(l, at)).length;
  return hits >= 2 && (hits * 5 >= lines.length || (whole && fewTabNotes(lines, c)));
}

/**
 * True when half the rows or more (two or more) end in a note after a single space: the character, then a space
 * (`0041..005A    ; L # L&  [26] LATIN CAPITAL…`, Unicode's property files). why half: one space before `#` is
 * also text (`Apt # 5`); a note on most rows is the file's layout, and read as text it stayed in the last cell.
 * Fewer do when each noted row, its note cut, is as wide as all the others (fewSpacedNotes) and the text is the
 * whole file (`whole`, see inlineComments).
 */
export function spacedInlineComments(text: string, c: string, whole = false): boolean {
  const lines = text.split(/\r\n|\n|\r/, MAX_LINES).filter((l) => l.trim() !== "");
  // why after a value only: a note after an empty cell (`0053 0053; # LATIN …`, Unicode's SpecialCasing) already
  // stands in a cell of its own, and cutting it there turned the rows' optional last cell into extra cells
  const at = new RegExp(`[^\\s;,|] +\\${c}(?: .*)?$`);
  // why not a number alone after the mark: that is a number sign in text (`fixes # 12`, `Apt # 5`, `Order # 5531-B`),
  // and cut as a note the text lost it silently in a last column
  const sign = new RegExp(`\\${c} \\d[\\w.-]*$`);
  const hits = lines.filter((l) => at.test(l) && !sign.test(l) && !quoteKeepsLine(l, at)).length;
  return hits >= 2 && (hits * 2 >= lines.length || (whole && fewSpacedNotes(lines, c)));
}

/**
 * The text with the inline comments of its rows cut (lines a quote keeps whole, see quoteKeepsLine);
 * every line stays, so line counts do not move. `spaced`: a single space before the character is enough.
 */
export function cutInlineComments(text: string, c: string, spaced = false): string {
  const at = spaced ? spacedAt(c) : inlineAt(c);
  return text.split(/(\r\n|\n|\r)/).map((l, i) => (i % 2 === 1 || quoteKeepsLine(l, at) ? l : l.replace(at, ""))).join("");
}

/** The delimiters a quoted field may follow. */
const QUOTED_AFTER = [",", ";", "\t", "|"];

/**
 * True when a quote stands before the line's inline note (`at` finds it), or a quoted field follows it (a delimiter,
 * then the quote: `Main St  # corner,"Paris, FR"`): the mark may then be inside a quoted field, or the row goes on
 * past it, so the line is kept whole. why not any quote after it: the parser drops the rest of a line at an unquoted
 * mark, quotes and all; a `"` inside the note (`# … which identify "authentication domains"`, Wireshark's `services`)
 * kept that row at a width of its own, and with it the file's notes were read as cells (delimiter `#`).
 */
export function quoteKeepsLine(line: string, at: RegExp, quote = '"'): boolean {
  const m = at.exec(line);
  return m !== null && (line.slice(0, m.index).includes(quote) || QUOTED_AFTER.some((d) => line.includes(d + quote, m.index)));
}

/**
 * The cells most rows hold before their inline comment (`text` already cut), or undefined in whitespace mode (runs of
 * blanks are one delimiter there, so no empty cell stands before a note).
 */
export function inlineWidth(text: string, delimiter: string, whitespace: boolean): number | undefined {
  if (whitespace || !delimiter) return undefined;
  const counts = new Map<number, number>();
  for (const l of text.split(/\r\n|\n|\r/, MAX_LINES)) if (l.trim() !== "") { const n = l.split(delimiter).length; counts.set(n, (counts.get(n) ?? 0) + 1); }
  let best: number | undefined;
  for (const [n, k] of counts) if (best === undefined || k > counts.get(best)! || (k === counts.get(best)! && n < best)) best = n;
  return best;
}

/** An inline comment to the end of the line: a tab or two spaces (after more blanks), then the comment character. */
const inlineAt = (c: string): RegExp => new RegExp(`[\t ]*(?:\t| {2})\\${c}.*$`);
/** An inline comment after a single blank or more: the character then a space or the line's end (`; L # L&  [26] …`). */
const spacedAt = (c: string): RegExp => new RegExp(`[\t ]+\\${c}(?: .*)?$`);

/** One record of the sample: its text (lines joined) and the index of its first physical line. */
interface Rec { text: string; line: number }

/**
 * Physical lines joined into records where a `"` opened on one line closes on a later one. why: in an export whose
 * text fields span lines, a line inside a field that starts with `#` (a markdown heading) is text, not a comment.
 */
function recordsOf(lines: string[], quote: string, c: string): Rec[] {
  const out: Rec[] = [];
  if (!quote) return lines.map((text, line) => ({ text, line }));
  let open = false;
  let lastQuoted = -1;
  for (let i = lines.length - 1; i >= 0 && lastQuoted < 0; i--) if (lines[i].includes(quote)) lastQuoted = i;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (open) out[out.length - 1].text += "\n" + l;
    else out.push({ text: l, line: i });
    // why: a quote a note opens that no later line closes (`#UO from "New Analytical Factors for`) opens no field;
    // counted, it joined every line below, rows and all, into one note
    if (!open && isCommentLine(l, c) && i === lastQuoted) continue;
    let q = 0;
    for (let k = l.indexOf(quote); k >= 0; k = l.indexOf(quote, k + 1)) q++;
    if (q % 2 === 1) open = !open;
  }
  return out;
}

/**
 * Which widths fit the table the rows make: its usual width; or, for a ragged table whose rows all have two cells
 * or more (tzdata's zone.tab: 3 cells, 4 when a note follows), any width between its narrowest and widest row.
 * why the range: a prose line (one cell) or a wider commented header still stands out; a table with one-cell
 * rows tells nothing about which lines fit it (null).
 */
function tableFit(widths: number[]): ((w: number) => boolean) | null {
  const table = modeOf(widths);
  if (table.count >= widths.length * 0.8) return (w) => w === table.value;
  const lo = Math.min(...widths);
  const hi = Math.max(...widths);
  return lo >= 2 && hi - lo <= 2 ? (w) => w >= lo && w <= hi : null;
}

/**
 * True when notes (the character then a space, a tab, itself or nothing: `; In the original paper`) that do not fit
 * the table stand between its rows, at least two of them, and no line marked with the character and fitting the
 * table stands above the first row (or ten times as many stand below it). why: then the marked lines that fit are commented-out rows (`;C3<TAB>0.0117`),
 * however many (a parameter file keeps more old values than live ones), not data; they are reported once as
 * comment-data-like. A marked line fitting above the first row may be a commented header (`#id<TAB>name`), which
 * the ratio rule and the preamble handle. Refused when the fits are values whose mark is their own (`#python`
 * counted each week, `#ff0000`: markedCellsAreValues).
 */
function notesBetweenRows(c: string, misfits: Rec[], fits: Rec[], rest: Rec[], d: Candidate): boolean {
  const firstRow = rest[0].line;
  // why tenfold: notes above the rows may split to the table's width by chance (`separated by a semicolon (';')`);
  // under a block of commented-out rows ten times as long they are no header (Unicode's `# 2140; DOUBLE-STRUCK …`)
  const above = fits.filter((r) => r.line < firstRow).length;
  if (above > 0 && fits.length - above < 10 * above) return false;
  const notes = misfits.filter((r) => noteOpening(c, r.text));
  if (notes.length < 2 || !notes.some((r) => r.line > firstRow)) return false;
  // why: the marked lines may be values whose mark is their own (`#python` counted each week under `# week 48`)
  const first = (r: Rec): FirstCell => ({ cell: splitLine(r.text.trim(), d)[0].trim(), line: r.line });
  return !markedCellsAreValues(c, fits.map(first), rest.map(first), notes.map((r) => r.line));
}

/**
 * True when a marked line opens as a note: the character then a blank, itself or nothing (`; In the original
 * paper`), or then a run of decoration marks and a blank or the line's end (`#! PRODUCT (CDDIS)`, `#*** Europe`,
 * `#-----`). why the decorated forms: a file may title its sections so (RTKLIB's `URL_LIST.txt`: every note below
 * its first row is `#! …`), and with none counted its commented-out rows (`#IGU_CLK  ftps://…`) were read as rows, the
 * first rule line as a one-column header. A commented-out row starts with a value glued to the mark (`#IGU_CLK`).
 */
function noteOpening(c: string, text: string): boolean {
  if (text.length === c.length || /[ \t]/.test(text[c.length]) || text.startsWith(c, c.length)) return true;
  return /^[-!*=+~]+(?:[ \t]|$)/.test(text.slice(c.length));
}

/**
 * True when the one marked line stands right under the first row (the header), reads as a `#key:word` directive
 * (QIIME 2 metadata's `#q2:types<TAB>numeric<TAB>categorical`) and holds no digit past its first cell, and the
 * header does not start with the character. why: such a line names a property of each column, not a record;
 * read as data it makes every number column text. A data row starting with the character (`#3,gamma,30`) has values.
 */
function directiveUnderHeader(c: string, marked: Rec[], rest: Rec[], d: Candidate): boolean {
  if (marked.length !== 1 || marked[0].line !== rest[0].line + 1 || rest.length < 2) return false;
  const cells = splitLine(marked[0].text, d);
  return /^[A-Za-z][\w-]*:[A-Za-z][\w-]*$/.test(cells[0].slice(c.length).trim()) && cells.slice(1).every((x) => !/\d/.test(x));
}

/**
 * A catalogue number: digits first, then a letter or two and more digits or a dash part (`485A`, `-46A`, `191B2B`,
 * `870-2` of `# WOLF 485A`, `# L745 -46A`). why so narrow: a name may start with a digit (`2theta`, `3prime`).
 */
const DESIGNATION = /^[-+]?\d+[A-Za-z]{0,2}(?:[-\d][\dA-Za-z]*)?$/;

/**
 * A note (the character, a space, then words) of two cells, one a number or a catalogue number (`# HR 3454`,
 * `# L745 -46A`, `# last updated november 4, 2019`): a title or a date line, not names. why two cells: a commented
 * header names many columns, a number among them (`# pair<TAB>1<TAB>L1<TAB>a1…`), or years (`# country 2019 2020`).
 */
function numberedNote(c: string, text: string, d: Candidate): boolean {
  if (text[c.length] !== " ") return false;
  const cells = splitLine(text.slice(c.length), d).map((x) => x.trim()).filter((x) => x !== "");
  return cells.length === 2 && cells.filter((x) => /^[-+]?\d+(?:\.\d+)?$/.test(x) || DESIGNATION.test(x)).length === 1;
}

/**
 * True when a marked line reads as a note: the character (or a run of it) alone, or followed by a blank (`# CuAr Line
 * List`, `#<TAB>Paul Wessel, Sept-2005`). why for one-column tables only: there every line has the table's width, so
 * width tells no note from a row (every `#` line fitted, and the title became the header, the next note a value); a
 * one-column row that starts with the character (`#ff0000`, `#hashtag`) has no blank after it.
 */
function noteShaped(c: string, text: string): boolean {
  // why the mark repeated too (`;;; # Copyright …`, `;;;`): a run of the mark opens a note as one mark does; read as
  // rows, CMUdict's 117 `;;;` lines made the first of them the header of its one-column word list
  let next = text.trimStart().slice(c.length);
  let run = 1;
  for (; next.startsWith(c); run++) next = next.slice(c.length);
  // why a run alone is no note: a word or password list's own entries (`;;`, `!!`, `!!!`) read as notes chose their
  // mark as the comment character, and the parser then dropped them with no defect
  if (run > 1 && next.trim() === "") return false;
  return next === "" || next[0] === " " || next[0] === "\t";
}

/**
 * True when a marked line of a TAB table is the character, a TAB, then text (`#<TAB>Name: ISO/IEC 8859-1 to Unicode`),
 * other marked lines do not fit the table, and no row starts with an empty cell. why: the TAB is then a note's indent,
 * not the end of a commented-out row's first value; such notes split to the table's width by chance (the Unicode
 * mapping tables' notes above `0x20<TAB>0x0020<TAB>#<TAB>SPACE` rows), and read as rows they made `#` the delimiter.
 */
function tabIndentedNote(c: string, text: string, d: Candidate, rest: Rec[], notes: number): boolean {
  if (d.delimiter !== "\t" || notes === 0 || !text.startsWith(c + "\t")) return false;
  return !rest.some((r) => r.text.startsWith("\t"));
}

/**
 * The most blank-separated words a row of a one-column table holds (1 for a word list, a password or ID list; 2 for a
 * list of names such as `IC 1613`). why: a marked line there is a commented-out row only when it holds no more words;
 * a longer one (`#!comment: This list has been compiled by …` above `123456`, `password`; `#Prepared by Akarsh Simha`
 * above `M 31`, `Polaris`) is a note, and read as a row it made the first note the header.
 */
function mostWords(rest: Rec[]): number {
  return rest.reduce((n, r) => Math.max(n, wordCount(r.text)), 0);
}

const wordCount = (text: string): number => text.trim().split(/\s+/).length;

/** A number as a one-column table writes it (`3.2883128e-01`, `-0.5`, `12`). */

/**
 * True when every row of a one-column table is a number. why: a line marked with the character there is a
 * commented-out row only when it holds a number too; code or words glued to the mark (`#ts = load('x.txt');`, a
 * MATLAB script above its output) are notes, which read as rows made the first note the header and the column text.
 */
function numberColumn(rest: Rec[]): boolean {
  return rest.every((r) => NUMBER.test(r.text.trim()));
}

/** A number, a date or a time (`2021`, `-0.5`, `2020-01-01`): a value of a typed column. */
const VALUE = /^[-+]?\.?\d[\d.:/-]*$/;

/**
 * True when the marked lines all stand after the last row of the table (the lines are the whole file) and read as
 * rows commented out at its end or a closing note: one has a blank after the character (`# 2021,A1,,`, `# provisional`),
 * or, without the character, each starts with a number where 4 rows in 5 of the table do (`#2021,A1,,` under years).
 * why not any marked block at the end: a last row whose first cell starts with the character (`#||` under `||` rows)
 * is data as much as a row above it would be.
 */
function closingBlock(c: string, marked: Rec[], rest: Rec[], d: Candidate): boolean {
  if (marked[0].line <= rest[rest.length - 1].line) return false;
  if (marked.some((r) => /[ \t]/.test(r.text[c.length] ?? ""))) return true;
  const first = (t: string): string => splitLine(t, d)[0].trim();
  const rows = rest.slice(1);
  return rows.filter((r) => VALUE.test(first(r.text))).length >= rows.length * 0.8 && marked.every((r) => VALUE.test(first(r.text.slice(c.length))));
}

/** True when the marked line's cells (the mark cut) recur as values of their columns in the rows (holdsRowValues). */
function markedRowValues(c: string, marked: Rec, rest: Rec[], d: Candidate): boolean {
  const cells = (t: string): string[] => splitLine(t, d).map((x) => x.trim());
  return holdsRowValues(cells(marked.text.trimStart().slice(c.length)), rest.slice(0, 200).map((r) => cells(r.text)));
}

/** The cells of one physical line under a dialect (no quoting: a directive line holds no quoted cell). */
function splitLine(line: string, d: Candidate): string[] {
  return !d.delimiter ? [line] : d.delimiter === " " ? line.trim().split(/ +/) : line.split(d.delimiter);
}

/**
 * True when a whole file is marked lines above one record, none of them of that record's width (its words, for
 * one value): `# A tiny data file for test purposes only` above `1  2  3  4  5  6`; a prose block above `20081231`.
 * why: with one row the table fit (two rows or more) tells nothing, and a note read as the header named columns
 * by its words (one row short or long); a commented header (`# a b c` above `1 2 3`) has the row's width and stays.
 */
function loneRecordUnderNotes(c: string, marked: Rec[], record: Rec, d: Candidate): boolean {
  const words: Candidate = d.delimiter ? d : { ...d, delimiter: " " };
  const width = lineWidth(record.text, words);
  return marked.every((r) => r.line < record.line && lineWidth(r.text.trimStart().slice(c.length).trim(), words) !== width);
}

/**
 * Guesses the comment character of a sample.
 * @param lines physical lines of the sample (whole lines only)
 * @param sniff the dialect the records NOT starting with a candidate make (called once per candidate present)
 * @param quote the quote that joins lines into records: the forced one when given (`''` for none), else `"`
 * @param complete the lines are the whole file (a block of marked lines at the end is then the file's end)
 *
 * why by fit: a `#` or `;` starting a line is a comment only when that line is not a row of the table; a header
 * such as `#AgencyID,Token,Code` (or a `;`-file row with a blank first cell) has the table's width and stays data.
 */
export function sniffComment(lines: string[], sniff: (withoutComments: string) => Candidate, quote = '"', complete = true): CommentGuess {
  const end = complete && lines.length <= MAX_LINES;
  for (const c of SNIFFED_MARKS) {
    const guess = judgeMark(c, lines, sniff, quote, end);
    if (guess !== null) return guess;
  }
  return { comment: null, skipRows: 0 };
}

/** The sample's records split by one mark: the marked ones, the others, and the others as rows (inline notes cut). */
interface MarkSplit { marked: Rec[]; unmarked: Rec[]; rest: Rec[] }

/** The mark as the sample's comment character. */
const commentMark = (c: string): CommentGuess => ({ comment: c, skipRows: 0 });

/**
 * The guess one mark makes: a comment character, a block of lines to skip, or null when the marked lines are rows
 * (the next mark is tried). `end`: the lines are the whole file.
 */
function judgeMark(c: string, lines: string[], sniff: (withoutComments: string) => Candidate, quote: string, end: boolean): CommentGuess | null {
  const split = splitByMark(c, lines, quote, end);
  if (split === null) return null;
  const { marked, rest } = split;
  // why no table fit for rules: a rule holds no cell, so it is no row however the rows around it read
  if (c === "---") return rest.length >= 2 && marked.every((r) => RULE_LINE.test(r.text)) ? commentMark(c) : null;
  if (rest.length === 1 && end && loneRecordUnderNotes(c, marked, rest[0], sniff(rest[0].text))) return commentMark(c);
  if (rest.length < 2) return null;
  const d = sniff(rest.map((r) => r.text).join("\n"));
  if (d.delimiter === c) return null;
  // why: in a one-column table a marked line holding nothing but the mark (`//` last, as EMBL closes a record) is
  // one cell like every row and carries no note; with no other marked line the mark is no comment character, and
  // read as one the line was dropped with no word
  if (!d.delimiter && marked.every((r) => r.text.trim() === c)) return null;
  // why TABs as blanks at a space delimiter: rows padded with TABs and spaces are read at runs of blanks, where
  // `""<TAB><TAB>""` is two cells (R Commander's menu files); counted at spaces only they looked ragged, and the `#`
  // lines around them (`# end urca add-in`) were read as rows
  const widthOf = (t: string): number => lineWidth(d.delimiter === " " ? t.replace(/\t/g, " ") : t, d);
  // why before the fit: a list whose last cell is free text has no one width at blanks, and a short `#` title
  // (`# Cold storage`) may match some rows' width by chance (restOfLineNotes)
  if (restOfLineNotes(c, marked, rest)) return commentMark(c);
  const fitsTable = tableFit(rest.map((r) => widthOf(r.text)));
  // why apart: series of different lengths fit no width, yet a title of words above them is a note (labelledSeries)
  if (!fitsTable) return labelledSeries(c, marked, rest) ? commentMark(c) : null;
  const fitsRow = d.delimiter ? (r: Rec): boolean => fitsTable(widthOf(r.text)) : oneColumnRow(c, rest);
  const { fits, misfits } = sortMarked(c, split, d, fitsRow);
  return judgeFits(c, split, d, fits, misfits, end);
}

/** The records split by the mark, or null when no record starts with it (or the mark is ruled out before any fit). */
function splitByMark(c: string, lines: string[], quote: string, end: boolean): MarkSplit | null {
  // why first: a record starts a line, so with no line starting with the character no record does (a pass saved)
  if (!lines.some((l) => isCommentLine(l, c))) return null;
  // why: a closing `#end` under `//` notes is the table's end, not the file's comment mark (endMarkOnly)
  if (end && endMarkOnly(lines, c)) return null;
  if (c === "*" && !starSections(lines)) return null;
  const recs = recordsOf(lines.slice(0, MAX_LINES), quote, c);
  const marked = recs.filter((r) => isCommentLine(r.text, c));
  if (marked.length === 0) return null;
  const unmarked = recs.filter((r) => !isCommentLine(r.text, c));
  // a row's inline comment (`<TAB># note, with commas`) is not part of its width; after one space too when most
  // rows carry one (`3.13570166 # (1, 1, 1) 8` under `# Calibrant: Silicon`: read whole, the rows split at the
  // mark two cells wide, the notes' mark was taken for the delimiter and the first note for a header). why `#` only:
  // `1 ; 2 ; 3` under `;` lines is a padded `;` table whose rows would be cut to their first cell
  const tail = c === "#" && spacedInlineComments(unmarked.map((r) => r.text).join("\n"), c, end) ? spacedAt(c) : inlineAt(c);
  // why blank after the cut too: an indented note (`        # more about the row above`) is no row of the table
  const rest = unmarked.map((r) => ({ ...r, text: quote && quoteKeepsLine(r.text, tail, quote) ? r.text : r.text.replace(tail, "") })).filter((r) => r.text.trim() !== "");
  return { marked, unmarked, rest };
}

/** In a table of one column: a marked line reads as a row when it is no note's shape, is a number where the rows are, and has no more words than they. */
function oneColumnRow(c: string, rest: Rec[]): (r: Rec) => boolean {
  const numbers = numberColumn(rest);
  const most = mostWords(rest);
  return (r: Rec): boolean => !noteShaped(c, r.text) && (!numbers || NUMBER.test(r.text.trim().slice(c.length))) && wordCount(r.text) <= most;
}

/** The marked lines that read as rows of the table (fits) and those that read as notes (misfits), in line order. */
function sortMarked(c: string, { marked, unmarked, rest }: MarkSplit, d: Candidate, fitsRow: (r: Rec) => boolean): { fits: Rec[]; misfits: Rec[] } {
  let fits: Rec[] = [];
  let misfits: Rec[] = [];
  for (const r of marked) (fitsRow(r) ? fits : misfits).push(r);
  // why: `#<TAB>Name: …` notes fit a TAB table's width by chance (tabIndentedNote); they are notes like the misfits
  // why a commented header first counts as a note: `# rank<TAB>name` above `#<TAB>1st place` names the columns, and
  // the indented line under it is its note, as a misfit note would show (the header itself stays among the fits)
  const named = marked[0].line === 0 && marked[0].text[c.length] === " " ? 1 : 0;
  // why rows' own notes count: rows ending in `<TAB># NAME` show the mark's use where no marked line misfits
  const noted = notedTabRows(c, marked.map((r) => r.text), unmarked.map((r) => r.text).filter((t) => t.trim() !== "")) ? 1 : 0;
  const indented = fits.filter((r) => tabIndentedNote(c, r.text, d, rest, misfits.length + named + noted));
  if (indented.length > 0) {
    fits = fits.filter((r) => !indented.includes(r));
    misfits = [...misfits, ...indented].sort((a, b) => a.line - b.line);
  }
  return { fits, misfits };
}

/** The guess from the marked lines that fit the table and those that do not; null when the marked lines are rows. */
function judgeFits(c: string, { marked, rest }: MarkSplit, d: Candidate, fits: Rec[], misfits: Rec[], end: boolean): CommentGuess | null {
  // why sentences too: `# R=0.7 is assumed` splits to the width of rows of 4 numbers (sentence-note.ts)
  // why titles too: a `# EG 274` or `# last updated november 4, 2019` line above the rows may split to the table's
  // width, yet a note holding a number is no commented header; read as one, it turns the numbers' column text
  if (fits.length === 0 || fits.every((r) => r.line < rest[0].line && (numberedNote(c, r.text, d) || sentenceNote(c, r.text)))) return commentMark(c);
  // why without a numbered title above the rows: `# G99 -37` on top and a closing note below (`# Fluxes redward of
  // 8440A from Oke, …`, `# 21, 1974.`) are notes both; the title alone kept the block from reading as a closing one
  const closing = marked.filter((r) => !(r.line < rest[0].line && numberedNote(c, r.text, d)));
  if (end && closing.length > 0 && closingBlock(c, closing, rest, d)) return commentMark(c);
  if (misfits.length === 0) return directiveUnderHeader(c, marked, rest, d) ? commentMark(c) : null;
  // comments above a header that starts with the same character (`# note` then `#OTU ID<TAB>…`): skip the block
  // (it ends at the header: blank lines between the notes and the header go with it). why not when the line holds
  // the rows' values (`# @missing: 0000..10FFFF; N` over `0000..001F;N`): then it is one more note (holdsRowValues)
  const lastMisfit = misfits[misfits.length - 1].line;
  if (fits.length === 1 && lastMisfit < fits[0].line && fits[0].line < rest[0].line && !markedRowValues(c, fits[0], rest, d)) return { comment: null, skipRows: fits[0].line };
  // a commented header first, its notes under it (`# id,name,value` then `# generated by …`): the notes are
  // comments, and the header's names are read from its line (commentedHeader). why: without the character the
  // notes were rows, and the header's first name kept its `# `
  if (fits.length === 1 && fits[0].line === marked[0].line && lastMisfit < rest[0].line && marked[0].line === 0) return commentMark(c);
  if (misfits.length >= 2 * fits.length || notesBetweenRows(c, misfits, fits, rest, d)) return commentMark(c);
  return null;
}
