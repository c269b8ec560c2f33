// Legacy bytes that are valid UTF-8 by chance and read as combining marks with no letter to sit on (GBK `停止` = CD A3 D6 B9, UTF-8 `ֹͣ`): UTF-8, warned.
import type { EncodingDecision } from "../types.js";
import { lazyRegExp } from "../lazy.js";

const MARK = lazyRegExp(String.raw`^\p{M}$`, "u");
const ASCII_LETTER_OR_DIGIT = lazyRegExp("^[A-Za-z0-9]$");

/**
 * Marks that stand after a sign or a figure in real UTF-8: variation selectors (`❤️`, U+FE0F) and the combining marks for
 * symbols (keycaps `#️⃣`, U+20E3; enclosing circles, U+20DD). why: emoji and keycaps put them after `#`, `*`, a heart.
 */
const forSymbols = (c: number): boolean => (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xe0100 && c <= 0xe01ef);

/**
 * The runs of non-ASCII characters of `text` (a valid UTF-8 window, decoded) as their UTF-8 bytes (latin1) when there is one
 * and each starts with a combining mark after no letter: at the start, or after an ASCII sign, space or delimiter (not a letter
 * or figure, after which decomposed text `e\u0301` and keycaps put marks); else null. why: a mark sits on the letter before
 * it; a GBK or Big5 hanzi whose two bytes fall in CC–CD or D6 (`停` CD A3, `值` D6 B5) pairs up as UTF-8 by chance into a
 * combining mark or a Hebrew point, and real UTF-8 text never opens a word with one.
 */
export function orphanMarkRuns(text: string): string[] | null {
  const runs: string[] = [];
  let prev = "";
  let run = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (run) runs.push(Buffer.from(run, "utf8").toString("latin1"));
      run = "";
      prev = ch;
      continue;
    }
    if (!run && (!MARK().test(ch) || forSymbols(c) || ASCII_LETTER_OR_DIGIT().test(prev))) return null;
    if (c === 0xfffd) return null;
    run += ch;
    prev = ch;
  }
  if (run) runs.push(Buffer.from(run, "utf8").toString("latin1"));
  return runs.length > 0 ? runs : null;
}

/** Distinct lone marks that make a list of marks; why 3: GBK text has a lone one-hanzi mark (`值`) or two by chance. */
const MIN_LIST_MARKS = 3;

/**
 * Whether the runs are marks standing alone, one a run, 3 distinct or more (`acute,́`, `qamats;ָ`, Thai `mai ek	่`): a
 * reference list of diacritics, vowel signs or tone marks, each named beside it, in real UTF-8. why: such a list
 * writes every mark on no letter, as a hanzi pair read as UTF-8 does; GBK text read so pairs marks of unrelated
 * scripts in one run (`停止` = U+0363 U+05B9) and seldom gives three lone ones.
 */
function loneMarkList(runs: string[]): boolean {
  const marks = runs.map((r) => Buffer.from(r, "latin1").toString("utf8"));
  return marks.every((m) => [...m].length === 1) && new Set(marks).size >= MIN_LIST_MARKS;
}

/**
 * `utf8` (a sure UTF-8 decision on `sample`), warned, when every non-ASCII run opens with a mark on no letter
 * (orphanMarkRuns): naming GBK or Big5 when they read each run as common hanzi (hanziPages), else the legacy page that
 * reads the window; otherwise `utf8`. why still UTF-8: the bytes are valid and so few that the page cannot be told from
 * them; the warning keeps the misreading from passing silently. Refused: a list of lone marks (loneMarkList).
 */
export async function orphanMarkWarned(utf8: EncodingDecision, sample: Buffer, wStart: number, wEnd: number, eof: boolean): Promise<EncodingDecision> {
  if (utf8.confidence !== 1 || utf8.uncertain) return utf8;
  const runs = orphanMarkRuns(sample.toString("utf8", wStart, wEnd));
  if (runs === null || loneMarkList(runs)) return utf8;
  const [{ hanziPages }, { legacyGuess }] = await Promise.all([import("./utf8-cjk-pairs.js"), import("./legacy.js")]);
  const pages = hanziPages(runs);
  const guess = pages.length > 0 ? null : await legacyGuess(sample, wStart, sample.subarray(wStart, wEnd), eof);
  const named = pages.length > 0 ? pages : guess && guess.name !== "utf-8" ? [guess.name] : [];
  return { ...utf8, confidence: 0.4, uncertain: true, ...(named.length > 0 ? { alternative: named[0], alternatives: named } : {}) };
}
