// A first row of two spellings a letter or two apart (`0telin otelin`, `6-31G*  6-31Gp`) above such pairs: a record.
import { unicodeOrAscii } from "../lazy.js";
import { GENERIC } from "./body-like-row.js";

/** Rows below that must hold a near pair too, and their least share. */
const MIN_ROWS = 3;
const MIN_SHARE = 3 / 4;
/** Shortest head cell: short names (`x y`, `lat lon`) are a letter or two apart by chance. */
const MIN_HEAD = 4;
/** Longest cell compared: spellings are words; why a bound: the edits are counted in time its length squared. */
const MAX_CELL = 64;

/** Edits (insert, delete, replace one character) turning `a` into `b`, counted only up to `most` (then `most + 1`). */
function editsWithin(a: string, b: string, most: number): number {
  const s = [...a], t = [...b];
  if (Math.abs(s.length - t.length) > most) return most + 1;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    if (Math.min(...row) > most) return most + 1;
    prev = row;
  }
  return prev[t.length];
}

/** A letter in any script (why unicodeOrAscii: src/lazy.ts). */
const LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

/**
 * Two different spellings of one word, each holding a letter: at most 2 edits apart, or a third of the longer one's
 * characters. why a letter: numbers a digit apart (`0.7<TAB>0.1`) are no spellings.
 */
function near(a: string, b: string): boolean {
  if (a === b || a.length > MAX_CELL || b.length > MAX_CELL || !LETTER.test(a) || !LETTER.test(b)) return false;
  const most = Math.max(2, Math.floor(Math.max([...a].length, [...b].length) / 3));
  return editsWithin(a, b, most) <= most;
}

/** Lengths of the start and of the end (not overlapping it) that `a` and `b` share. */
function sharedEnds(a: string, b: string): [number, number] {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  let e = 0;
  while (e < a.length - k && e < b.length - k && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return [k, e];
}

/**
 * Two column names of a pair: one stem, then tags that are digits, or follow a `_`, `-`, `.` or blank (`x1 x2`,
 * `name_en name_fr`, `price.min price.max`); tags before one ending that opens with such a mark (`x-axis y-axis`,
 * `#x-axis y-axis`, `min_x max_x`); or one word in two cases (`Word word`).
 */
function pairedNames(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [k, e] = sharedEnds(a, b);
  const stem = a.slice(0, k), ending = a.slice(a.length - e);
  return /[-_. ]$/.test(stem) || /^[-_. ]/.test(ending) || (/^\d*$/.test(a.slice(k)) && /^\d*$/.test(b.slice(k)));
}

/** A capital letter, then lower case only (`Correct`, `Mother`): a name written as headers are. */
function capitalised(cell: string): boolean {
  const first = [...cell].find((c) => c.toLowerCase() !== c.toUpperCase()) ?? "";
  const rest = cell.slice(cell.indexOf(first) + first.length);
  return first !== "" && first !== first.toLowerCase() && rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}

/**
 * Two names, one holding the other whole at its start or end (`Incorrect Correct`, `misspelling spelling`,
 * `word words`): a name and its negation or plural, as headers pair them. why: spellings a few edits apart are
 * mostly changed inside (`recieve receive`, `6-31G* 6-31Gp`).
 */
function affixed(a: string, b: string): boolean {
  const [s, t] = [a.toLowerCase(), b.toLowerCase()];
  return s.startsWith(t) || s.endsWith(t) || t.startsWith(s) || t.endsWith(s);
}

/** Letters only (why unicodeOrAscii: src/lazy.ts). */
const LETTERS = unicodeOrAscii(String.raw`^\p{L}+$`, "u");
/** Letters that may differ at the start of two opposed names, and the least common ending after them. */
const OPENING = 3;
const MIN_ENDING = 4;

/**
 * Two names that differ only in their first 3 letters, one ending of 4 letters or more after them (`Minimum Maximum`,
 * `Mother Father`, `Import Export`): opposed names. why letters and not a bare case or accent: `0telin otelin`
 * (a digit typed for a letter) and `şimdi simdi` are misspellings.
 */
function swappedOpening(a: string, b: string): boolean {
  const [k, e] = sharedEnds(a, b);
  const [x, y] = [a.slice(k, a.length - e), b.slice(k, b.length - e)];
  if (!LETTERS.test(x) || !LETTERS.test(y) || k + Math.max(x.length, y.length) > OPENING) return false;
  const bare = (w: string): string => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return e >= MIN_ENDING && LETTERS.test(a.slice(a.length - e)) && bare(x) !== bare(y);
}

/** Tests of two names written as headers are: the pairs of a list are so written only now and then. */
const HEADER_LIKE: ((a: string, b: string) => boolean)[] = [
  affixed,
  swappedOpening,
  (a, b) => capitalised(a) && capitalised(b),
];

/**
 * A head named as headers are, unlike most pairs below: one name holding the other (`affixed`: `Incorrect,Correct`
 * above `recieve,receive`), opposed openings (`swappedOpening`), two capitalised names (`Typo,Type` above
 * `teh,the`); or a column noun (`word,words`). why unlike the pairs: a list of word forms pairs each word with its
 * plural (`ABC',ABC's` above `Afro,Afros`), and safe spellings mix cases row by row (`6-31G*  6-31Gp`).
 */
function namedAsHeader(head: string[], body: string[][]): boolean {
  if (head.some((h) => GENERIC.test(h))) return true;
  const unlike = (t: (a: string, b: string) => boolean): boolean =>
    body.filter((r) => t(r[0] ?? "", r[1] ?? "")).length < body.length / 2;
  return HEADER_LIKE.some((t) => t(head[0], head[1]) && unlike(t));
}

/**
 * True when the first row's two cells (4 characters or more, the longer) are two spellings a few edits apart, and 3
 * in 4 of the rows below (3 or more) hold such pairs too: a list of misspellings and their corrections
 * (nlptoolkit's `turkish_misspellings.txt`, `0telin otelin` above `1deki 1'deki`) or of names and their safe
 * spellings (openmolcas's `trans.tbl`, `6-31G*  6-31Gp` above `6-31G**  6-31Gpp`), whose first entry was read as
 * the header, silently: two text columns give no vote. why: a header's two names differ as words do (`wrong right`,
 * `name alias`); two names a letter apart are a pair's tags (`x1 x2`, `name_en name_fr`) or named as headers are
 * (`Incorrect Correct`, `Minimum Maximum`: `namedAsHeader`), refused.
 */
export function nearPairLikeBody(head: string[], body: string[][]): boolean {
  if (head.length !== 2 || body.length < MIN_ROWS || Math.max(head[0].length, head[1].length) < MIN_HEAD) return false;
  if (!near(head[0], head[1]) || pairedNames(head[0], head[1]) || namedAsHeader(head, body)) return false;
  return body.filter((r) => near(r[0] ?? "", r[1] ?? "")).length >= body.length * MIN_SHARE;
}
