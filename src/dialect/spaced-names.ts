// Whether a text split at single spaces is a list of names that hold spaces (`IC 1613`, `Polaris`), one column.
import { delimiterCandidates } from "./consistency.js";
import { modalWidth, offWidth } from "./columns.js";
import { untitledFullNames, withoutStrayTrailingSpaces } from "./untitled-full-names.js";

/**
 * True when the text holds no delimiter candidate but the space, every line holds a letter and every space stands
 * alone between two words (no run, none at a line's start or end), some line is one word, and the lines differ in their number of spaces
 * among the rows: from the first line of the most common width on, more than 1 line in 20 is off that width.
 * why: a space is a delimiter only where it gives nearly one width; a list of object names (`IC 1613`, `M 31`,
 * `Polaris`) scored better split at the space (two typed cells on most lines), and each one-word name was a false
 * row-missing-cells. why single spaces only: runs of spaces align columns, a table's layout. why a letter on every
 * line: a name is text; ragged rows of numbers are a table's. why from the first line of that width: lines off it
 * above the rows are a header or a preamble (`@Redshift 0.25` above `-10.0 3000.0 0.0012`), which the header
 * detection reads, not names.
 */
export function spacedNames(text: string): boolean {
  if (!delimiterCandidates(text).every((d) => d === " ")) return false;
  const lines = withoutStrayTrailingSpaces(text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== ""));
  if (lines.length < 2 || !lines.every((l) => /^\S+(?: \S+)*$/.test(l) && /\p{L}/u.test(l))) return false;
  const widths = lines.map((l) => l.split(" ").length);
  // why a one-word name: where every line holds a space, or its first words have one length, they are codes before
  // names (`Aql Aquila`, `Com Coma Berenices`), a column of their own, unless those words recur (seriesPrefixes)
  const modal = modalWidth(widths);
  const coded = (!widths.includes(1) && !capitalisedNames(lines) && !untitledFullNames(lines, widths)) || new Set(lines.map((l) => l.split(" ")[0].length)).size === 1;
  const series = coded && seriesPrefixes(lines, widths, modal);
  if (coded && !series) return false;
  // why every line of a series: each opens with a prefix of the series, so none above the modal width is a header
  const rows = series ? widths : widths.slice(widths.indexOf(modal));
  return offWidth(rows) * 20 > rows.length && !keysWithNumbers(lines, modal);
}

/**
 * True when every line but the first (a title) opens with a capitalised word (`Ann Lee`, `Rio de Janeiro` under `Our
 * offices`): names, each holding a space, not codes before names (`AF Afghanistan`, `NGC 104`, `0101 Dairy`). why: a
 * few names that all hold a space were split at the spaces under their title, every longer name an error; a
 * ragged table of lower-case words (`apple dark red`) or of codes keeps its split (loud), and codes of one length
 * (`Aql Aquila`) are still caught by their length.
 */
function capitalisedNames(lines: string[]): boolean {
  const names = lines.slice(1);
  // why names of two words mostly: under a first line of any case (`name city country`), rows of 3 words or more with
  // one short (`Carol Berlin`) are a space table's, and read as one column its short row went unseen
  return titleLike(lines[0] ?? "") && modalWidth(names.map((l) => l.trim().split(/\s+/).length)) < 3 && names.every((l) => /^\p{Lu}\p{Ll}/u.test(l));
}

/**
 * Whether a first line reads as a title over names, not as a row of them: one word, or words not all capitalised
 * (`Our offices`, `Offices:`). why: `Name City Country` above `Alice Paris France` (or that row itself, headerless)
 * is a space table's first row, and read as a title its rows were joined into one column, a short row unseen.
 */
function titleLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length === 1 || words.some((w) => !/^\p{Lu}/u.test(w));
}

/**
 * Lines a series needs. why 5, not 8: under 8 lines the prefix rule below leaves one prefix, shared by every line, and
 * a short list of space groups (`P 1` … `P 4 3 2`, 7 lines) was cut by position into a letter and the rest; under 5
 * lines "no width on 4 lines in 5" no longer tells spread widths from a table with one short row.
 */
const SERIES_MIN_LINES = 5;

/**
 * True when the lines' first words are a few prefixes that recur (at most 1 distinct in 4 lines: `P`, `C`, `I` of
 * space-group names `P 1 21 1`, `C 1 2/c 1`), no width holds 4 lines in 5, and some line goes on with a letter
 * (`P 1 m 1`): names of a series written with spaces, one column. why: codes before names are keys, each once
 * (`Aql Aquila`); a prefix shared by many lines qualifies a series, and the rest (`1 21 1`) is no column of its own.
 * why spread widths and a letter: a table, however ragged, keeps most rows at its width, and its numbers are values.
 */
function seriesPrefixes(lines: string[], widths: number[], modal: number): boolean {
  const firsts = new Set(lines.map((l) => l.split(" ")[0]));
  const atModal = widths.filter((w) => w === modal).length;
  return lines.length >= SERIES_MIN_LINES && firsts.size * 4 <= lines.length && atModal < widths.length * 0.8 &&
    lines.some((l) => /\p{L}/u.test(l.slice(l.indexOf(" "))));
}

/**
 * True when the lines of the most common width (2 or more; a first line of words left out, a header) end in a
 * number on every line and begin with a word of their own, no two alike, on at least 3 lines: keys with their values
 * (`alice 3`, `the 100`), whose one-word lines (`carol`) are records missing a value. why distinct first words: a
 * name that ends in a number numbers a series, whose words before the number recur (`NGC 104`, `NGC 253`, `M 31`).
 */
function keysWithNumbers(lines: string[], width: number): boolean {
  const full = lines.filter((l, i) => l.split(" ").length === width && !(i === 0 && !/\d/.test(l)));
  const firsts = new Set(full.map((l) => l.split(" ")[0]));
  return width >= 2 && full.length >= 3 && firsts.size === full.length && full.every((l) => NUMBER.test(l.slice(l.lastIndexOf(" ") + 1)));
}

const NUMBER = /^[-+]?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?%?$/;
