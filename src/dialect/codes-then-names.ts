// Whether a single-spaced list is codes, then names holding spaces (`NWT Northwest Territories`): a code, then the rest.
import { lazyRegExp } from "../lazy.js";

/** Fewest code lines that make such a list (fewer: a few lines of words say nothing of their layout). */
const MIN_LINES = 5;

/** A code: up to 8 capitals, digits and `._-/`, no lower-case letter (`AB`, `NWT`, `0101`, `B12`). why lazy: see lazyRegExp. */
const CODE = lazyRegExp(String.raw`^[\p{Lu}\d][\p{Lu}\d._\-/]{0,7}$`, "u");

const NUMBER = /^[-+]?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?%?$/;

/**
 * True when every line is words parted by single spaces, two or more, and each (but a first line of two words, a
 * header: `code name`) is a code of its own, no two alike, then a name that opens with a capital and ends in no
 * number, on 5 lines or more; and the names differ in their number of words, their first words mostly distinct. The list is two columns: the code, then
 * the rest of the line (the parser's maxFields 2). why: read at every space, each name of two words or more was a
 * false row-extra-cells; codes of one length are read by position already (`Com Coma Berenices`), not those of
 * varying length (`NT`, `NWT`). What it refuses, so a ragged table stays loud: lines of one width (a table read
 * right), a recurring or lower-case first word (`INFO Starting`, `the cat sat`), a lower-case value after the code
 * (`A1 red big`), recurring first or last words of the values (`Big Red`, `Big`; `yes`, `no`), names of two words
 * or more on 2 lines in 3 (a 3-column table, one row short), a header in capitals of three names (`ID CITY COUNTRY`), a last number (`GB United Kingdom 67`: a value column), a header of three names or more, quotes.
 */
export function codesThenNames(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length === 0 || !lines.every((l) => /^[^\s"]+(?: [^\s"]+)+$/.test(l))) return false;
  // why: `ID CITY COUNTRY` opens with a code-like word but names three columns in capitals over names in mixed case
  if (lines[0].split(" ").length >= 3 && !/\p{Ll}/u.test(lines[0]) && lines.slice(1).some((l) => /\p{Ll}/u.test(l))) return false;
  const headed = !CODE().test(firstWord(lines[0]));
  if (headed && lines[0].split(" ").length !== 2) return false;
  const body = headed ? lines.slice(1) : lines;
  if (body.length < MIN_LINES) return false;
  const codes = body.map(firstWord);
  if (!codes.every((c) => CODE().test(c)) || new Set(codes).size !== codes.length) return false;
  const names = body.map((l) => l.slice(l.indexOf(" ") + 1));
  if (!names.every((n) => /^\p{Lu}/u.test(n) && !NUMBER.test(n.slice(n.lastIndexOf(" ") + 1)))) return false;
  // why first words mostly distinct: a code's name is its own (`New Brunswick`, `New York` share a word or two);
  // the values of a table's column recur (`Big Red`, `Big`, `Small Blue`), and its short row would go unseen
  // and so are their last words (`yes`, `no`): a value column after the names
  if (new Set(names.map(firstWord)).size < names.length * 0.75 || new Set(names.map(lastWord)).size < names.length * 0.75) return false;
  return variedWidths(names.map((n) => n.split(" ").length));
}

/**
 * Whether the names' word counts vary as names do, not as a table's rows with a few ragged (`Paris France` ×5 and one
 * `Berlin`): more than one count, names of one word on a third of the lines or more, and no count of two words or more
 * held by 2 names in 3. why: a headerless space
 * table of 3 columns whose last is a capitalised word (`P1 Paris France`) read as codes and names hid its short row;
 * a list of mostly one-word names (`AB Alberta`, `NU Nunavut`) is the codes' own shape.
 */
function variedWidths(widths: number[]): boolean {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts.size > 1 && (counts.get(1) ?? 0) * 3 >= widths.length && ![...counts].some(([w, n]) => w >= 2 && n * 3 >= widths.length * 2);
}

function lastWord(line: string): string {
  return line.slice(line.lastIndexOf(" ") + 1);
}

function firstWord(line: string): string {
  const at = line.indexOf(" ");
  return at < 0 ? line : line.slice(0, at);
}

/** The cells past the first n − 1 joined back with the delimiter into one last cell, as the parser reads them (maxFields). */
export function joinRest(cells: string[], n: number, delimiter: string): string[] {
  return cells.length <= n ? cells : [...cells.slice(0, n - 1), cells.slice(n - 1).join(delimiter)];
}
