// A first row of two spellings a letter or two apart (`0telin otelin`, `6-31G*  6-31Gp`) above such pairs: a record.
import { unicodeOrAscii } from "../lazy.js";

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

/**
 * Two column names of a pair: one stem, then tags that are digits, or follow a `_`, `-`, `.` or blank (`x1 x2`,
 * `name_en name_fr`, `price.min price.max`); tags before one ending that opens with such a mark (`x-axis y-axis`,
 * `#x-axis y-axis`, `min_x max_x`); or one word in two cases (`Word word`).
 */
function pairedNames(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  let e = 0;
  while (e < a.length - k && e < b.length - k && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  const stem = a.slice(0, k), ending = a.slice(a.length - e);
  return /[-_. ]$/.test(stem) || /^[-_. ]/.test(ending) || (/^\d*$/.test(a.slice(k)) && /^\d*$/.test(b.slice(k)));
}

/**
 * True when the first row's two cells (4 characters or more, the longer) are two spellings a few edits apart, and 3
 * in 4 of the rows below (3 or more) hold such pairs too: a list of misspellings and their corrections
 * (nlptoolkit's `turkish_misspellings.txt`, `0telin otelin` above `1deki 1'deki`) or of names and their safe
 * spellings (openmolcas's `trans.tbl`, `6-31G*  6-31Gp` above `6-31G**  6-31Gpp`), whose first entry was read as
 * the header, silently: two text columns give no vote. why: a header's two names differ as words do (`wrong right`,
 * `name alias`); two names a letter apart are a pair's tags (`x1 x2`, `name_en name_fr`), refused.
 */
export function nearPairLikeBody(head: string[], body: string[][]): boolean {
  if (head.length !== 2 || body.length < MIN_ROWS || Math.max(head[0].length, head[1].length) < MIN_HEAD) return false;
  if (!near(head[0], head[1]) || pairedNames(head[0], head[1])) return false;
  return body.filter((r) => near(r[0] ?? "", r[1] ?? "")).length >= body.length * MIN_SHARE;
}
