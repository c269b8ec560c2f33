// The spellings of "missing" a column shows, less the null-like words of a one-column word list (`nil`, `none`, `null`).
import type { CompiledField } from "../../schema/types.js";

/** Cells a one-column list holds at least, for a null-like token met once to read as one of its words. */
const MIN_LIST = 100;

/** The null-like tokens that are also words of keyword and spelling lists. */
const WORDS = new Set(["nan", "nil", "none", "null", "undefined"]);

/** Null-like tokens of letters only, as a Scrabble or spelling list holds them in its case (`NA`, `nat`, `NIL`). */
const LETTER_WORDS = new Set(["na", "nan", "nat", "nil", "none", "null", "undefined"]);

/** Distinct letter words, each met once, that make a list of words whatever its case. */
const MIN_WORDS = 4;

/** Cells of a one-column list read for repeats (the first ones, in file order). */
const HEAD = 1000;

/**
 * The first HEAD cells of a one-column table, to tell a list from a column of answers. why: a word list holds each
 * word once; a column of answers repeats them (`peanuts`, `shellfish`, … with `NA`, `NONE`, `NIL`, `NULL` among
 * them: people's ways of writing "no answer"), so null-like words met once each are words only where no cell repeats.
 * A part of a split file keeps its own first cells; the whole file's head takes the parts' in file order (absorb).
 */
export class ListHead {
  private cells: string[] = [];

  add(t: string): void {
    if (this.cells.length < HEAD && t !== "") this.cells.push(t);
  }

  /** The part's first cells (partState). */
  state(): string[] {
    return this.cells;
  }

  absorb(cells: string[]): void {
    for (const t of cells) this.add(t);
  }

  get full(): boolean {
    return this.cells.length >= HEAD;
  }

  /** Every cell read holds a value met nowhere else among them. */
  distinct(): boolean {
    return new Set(this.cells).size === this.cells.length;
  }
}

/** `null`, `None`, `NaN` (a word as a list spells it); not `NULL`, `NONE` (the shout of a database export's marker). */
const isWord = (s: string): boolean => WORDS.has(s.toLowerCase()) && s !== s.toUpperCase();

/**
 * 4 or more distinct null-like words of letters only, all in capitals or all in lower case, and no other spelling
 * (`NA`, `NAN`, `NIL`, `NONE`, `NULL`, `UNDEFINED`; `nan`, `nat`, `nil`, `none`, `null`, `undefined`). why: a word
 * list in capitals (SOWPODS) or holding `nat` spells them as its words; a database export repeats its one marker, and
 * no export writes four markers once each. Counts are checked by the caller.
 */
const manyLetterWords = (spellings: Map<string, number>): boolean => {
  const lower = new Set<string>();
  let upper = 0;
  for (const s of spellings.keys()) {
    if (!LETTER_WORDS.has(s.toLowerCase())) return false;
    lower.add(s.toLowerCase());
    if (s === s.toUpperCase()) upper++;
    else if (s !== s.toLowerCase()) return false;
  }
  // why one case: a word list writes every word in its case; people writing "no answer" mix `NA`, `none`, `NULL`
  return lower.size >= MIN_WORDS && (upper === 0 || upper === spellings.size);
};

/**
 * The spellings, less the null-like words (`nan`, `nil`, `none`, `null`, `undefined`, not in capitals; or 4 or more
 * letter words all in one case, see manyLetterWords) when each occurs once in a text column that is the table's only
 * column and holds MIN_LIST cells or more, and (but for the 4 or more) the field declares none of them missing or
 * null-like. why: a word list (a spelling dictionary, a list of SQL or R keywords) holds each word once, these among
 * them, and null-mixed said that `nan` (1) and `null` (1) were two ways of writing "missing". What it refuses, so the
 * warning stays: any other spelling beside them (the empty cell, `""`, `-`, `N/A`, `?`; `NA` or `NULL` beside fewer
 * than 3 other letter words: a plain missing marker shows the column does spell missing, so `null` there is one more
 * way), a token met twice or more, a column of a wider table, a short list, a column typed other than text, a column
 * whose first cells repeat a value (answers, not a list: see ListHead).
 */
export function listSpellings(spellings: Map<string, number>, field: CompiledField, cells: number, head: ListHead | null): Map<string, number> {
  if (head === null || field.type !== "string" || cells < MIN_LIST || !head.distinct()) return spellings;
  const many = manyLetterWords(spellings);
  for (const [s, n] of spellings) {
    if (n !== 1) return spellings;
    // why not asked of many: an inferred schema lists `NA` as missing in any file whose sample shows no marker
    if (!many && (!isWord(s) || field.missing.has(s) || field.nullLike.has(s))) return spellings;
  }
  return new Map();
}
