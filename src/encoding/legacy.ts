// Legacy (non-UTF-8) encodings: gathers every non-ASCII word of the sample and picks the reading most likely in a language.
import { PRIOR, SERVES, languageLogWeight, languageScore, segmentScoresByLanguage } from "./language.js";
import { pageLanguageLogWeight } from "./page-languages.js";
import { tryNormalizeEncodingName } from "./names.js";
import { ALPHABETS } from "./language-data.js";
import { isCommonCjk } from "./plausibility.js";
import { statisticalGuess } from "./statistical.js";
import { decodeOnce } from "./text-decoder.js";
import { contextOfSample } from "./context-lines.js";
import { languageWithContext } from "./context-language.js";
import { switchedLanguageRival } from "./switched-language.js";
import { highHalf } from "./high-half.js";
import { splitUtf8Words, writableIn } from "./utf8words.js";
import { UNCERTAIN_BELOW } from "./detect.js";
import { lazyRegExp } from "../lazy.js";
import { closingQuoteCosts } from "./closing-quote.js";
import { apostropheClosesLowQuote, unclosedLowQuoteCosts } from "./unclosed-low-quote.js";
import { capitalsForUnclosedQuotes } from "./unclosed-opening-quote.js";
import { capitalBetweenFiguresCosts, timesBetweenFigures } from "./capital-between-figures.js";
import { nbspBeforeSpaceBytes, nbspBeforeSpaceCosts } from "./nbsp-before-space.js";
import { HEBREW_LETTER, marksWithoutHebrewCosts } from "./hebrew-marks.js";
import { EXPORT_SIGNS, allSignsInPlace, signInPlace, signsByFigures, loneSignAmbiguous } from "./signs.js";
import { unitSignWords } from "./units.js";
import { lowerGluedInFigures } from "./glued-signs.js";
import { mixedWidthCost } from "./mixed-width.js";
import { latinEndingCost } from "./cjk-latin-ending.js";
import { commonerLetterForSpace } from "./nbsp-after-word.js";
import { decimalCommaBeside } from "./decimal-comma.js";
import { cjkShaped } from "./cjk-shape.js";
import { cleanCjkName } from "./cjk-clean.js";
import { fullWidthPunctuationPages } from "./fullwidth.js";
import { codesAsSigns, currencyCodeWords } from "./currency-codes.js";
import { numeroAsSign } from "./numero-sign.js";
import { microAsIndex, microIndexed } from "./micro-as-index.js";
import { unitOrWord } from "./unit-or-word.js";
import { loneLetterRivals } from "./lone-letters.js";
import { oddSignRivals } from "./signs-for-lone-letters.js";
import { CJK_OUTVOTED, outvotingReading } from "./cjk-outvoted.js";
import { kanaOverGb } from "./kana-over-gb.js";
import { loneHalfWidthKana } from "./lone-half-width-kana.js";
import { cjkFarAhead } from "./cjk-named-first.js";
import { RARE_PAGES, RARE_PAGE_WORDS, rareOnly, rareWordsOverCommons } from "./rare-pages.js";
import { heldRareRival } from "./capital-inside-word.js";
import { rareOverCapitals } from "./rare-over-capitals.js";
import { signForLetterCosts, signsForLetters } from "./sign-for-letter-in-word.js";
import { writesCamelCase } from "./camel-case-style.js";
import { readsHyphensAt, softHyphenJoiners } from "./soft-hyphen-joins.js";
import { rangeHyphens } from "./figure-ranges.js";
import { softHyphenInsideCosts, softHyphensJoined } from "./soft-hyphen-inside.js";
import { shortWordSignRival } from "./sign-after-short-word.js";
import { wordEndLetterRival } from "./ellipsis-after-word.js";
import { CJK_PAGES as CJK } from "./cjk-pages.js";
import { linesFitInFileLanguage } from "./lone-byte-language.js";
import { signsReadAsLoneLetters } from "./sign-as-lone-letter.js";
import { cjkCloseBehind } from "./cjk-close-behind.js";

/** Evidence is capped here: past it, more words only repeat what is known. */
const MAX_EVIDENCE_BYTES = 12 * 1024;
const MAX_WORDS = 800;
/** Readings scored on the whole evidence after a first round on its start (the rest are far behind). */
const FINALISTS = 6;
const FIRST_ROUND_BYTES = 1500;

/** Margin (nats) between the two best different readings under which the answer is reported uncertain. */
export const UNCERTAIN_MARGIN = 8;
/**
 * The same for a CJK answer against the best single-byte reading: wider, because the CJK score is a flat cost
 * per character with no sequence model (real CJK files lead by 30 nats and more; short Thai trails by 0-15).
 */
const CJK_UNCERTAIN_MARGIN = 20;

/**
 * The margin needed when the two readings differ in a single word. why: a letter-pair model is overconfident on
 * one word, most of all on a name ("Kõrgõzstani" reads as Hungarian "Kőrgőzstani" by 8 nats); over several words
 * its errors average out. Not more: single accented words decided by 10 nats and over are right in the shared corpus.
 */
const ONE_WORD_MARGIN = 1.25 * UNCERTAIN_MARGIN;

/**
 * Log-likelihood per byte of evidence under which even the best reading is no text (nats). why: a page the detector
 * does not know (Greek DOS cp737) reads best as soup in a page it knows (`АиЪЬдладук` in cp866), far ahead of the
 * other wrong readings; real words in their page score above -4.5 a byte in every set (encexport, encreal, encprose).
 */
const IMPLAUSIBLE_PER_BYTE = -4.5;

/** Confidence of an answer that the bytes cannot tell from its rival (below UNCERTAIN_BELOW: always warned). */
const UNDECIDABLE = 0.4;

export interface LegacyGuess {
  name: string;
  confidence: number;
  /** The runner-up, when it decodes the sample differently and is close. */
  alternative: string | null;
  /** The close readings, closest first (alternative is the first), up to MAX_ALTERNATIVES. */
  alternatives?: string[];
  /** One value read both ways (`"Søren" (windows-1252) or "Sųren" (windows-1257)`), when uncertain. */
  example: string | null;
  candidates: { name: string; score: number; js: number }[];
  /** True when some words of the sample are UTF-8 text the answer's page could write: rows from a UTF-8 tool. */
  utf8Rows?: boolean;
}

/**
 * Whether a byte ends a word: ASCII below "0" except digits' neighbours, and ":;<=>?". why: no trail byte of
 * Shift_JIS, Big5, GBK or EUC is below 0x40 (GB18030's four-byte form uses digits, so digits do not cut),
 * so cutting there never splits a multi-byte character.
 */
function isCut(b: number): boolean {
  return b < 0x30 || (b >= 0x3a && b < 0x40);
}

/**
 * Every distinct non-ASCII word of `sample` from `from` on (a maximal run of bytes between two cuts holding a
 * byte >= 0x80; words differing only in runs of figures are one where few byte values, figuresOnce), joined by "\n", up to MAX_EVIDENCE_BYTES. why the whole sample: when accents are rare (one
 * value in a few hundred rows) a window holds one or two words, too few to tell Cyrillic from Latin soup.
 */
export function gatherEvidence(sample: Buffer, from: number, eof = true): Buffer {
  return figuresOnce(evidenceWords(sample, from, eof));
}

/** gatherEvidence's words, each followed by NL, none folded. */
function evidenceWords(sample: Buffer, from: number, eof: boolean): Buffer[] {
  const seen = new Set<string>();
  const parts: Buffer[] = [];
  let bytes = 0;
  let i = from;
  const n = sample.length;
  while (i < n && bytes < MAX_EVIDENCE_BYTES && seen.size < MAX_WORDS) {
    if (sample[i] < 0x80) {
      i++;
      continue;
    }
    let s = i;
    while (s > 0 && !isCut(sample[s - 1])) s--;
    let e = i + 1;
    while (e < n && !isCut(sample[e])) e++;
    // why: a word running into the end of a partial sample may stop inside a multi-byte character.
    if (e === n && !eof && parts.length > 0) break;
    const word = sample.subarray(s, e);
    const key = word.toString("latin1");
    if (!seen.has(key)) {
      seen.add(key);
      parts.push(word, NL);
      bytes += word.length + 1;
    }
    i = e;
  }
  return parts;
}

/** High bytes a sample of signs and a few accented words holds at most (CJK and running text hold dozens). */
const FEW_BYTE_VALUES = 8;

/**
 * The evidence words (`parts`, each followed by NL), those differing only in runs of figures kept once when the words hold
 * at most FEW_BYTE_VALUES distinct high bytes among those with a figure (figuresFolded). why: `€ 23 593` and `€ 1 752` are one sign twice, not two
 * words; counted on every row, a letter another page reads there (windows-874 `ค`) outscored the sign, silently. why
 * only then: in CJK text figures sit beside characters (`2000年`), and dropping those words thins the evidence that
 * tells EUC-JP from GB18030. `keepText`: words of TEXT_HIGH_BYTES high bytes and more are all kept (for the CJK readings, guessOn).
 */
function figuresOnce(parts: Buffer[], keepText = false): Buffer {
  const values = new Set<number>();
  // why figure words only: a word with no figure is never merged, so a header's letters (`товар;вес`) say nothing of
  // whether the words with figures are a few signs or CJK text.
  for (const w of parts) if (hasFigure(w)) for (const b of w) if (b >= 0x80) values.add(b);
  if (values.size > FEW_BYTE_VALUES) return Buffer.concat(parts);
  const seen = new Set<string>();
  const kept: Buffer[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const key = figuresFolded(parts[k]);
    if (!seen.has(key) || (keepText && textWord(parts[k]))) kept.push(parts[k], NL);
    seen.add(key);
  }
  return Buffer.concat(kept);
}

const NL = Buffer.from("\n");

/** High bytes from which a word is text, two CJK characters or more, not a sign beside figures (`￥5013`, `1кг`). */
const TEXT_HIGH_BYTES = 4;

/** Whether `word` holds TEXT_HIGH_BYTES high bytes or more. */
function textWord(word: Buffer): boolean {
  let n = 0;
  for (const b of word) if (b >= 0x80 && ++n >= TEXT_HIGH_BYTES) return true;
  return false;
}

/** Whether `word` holds an ASCII figure. */
function hasFigure(word: Buffer): boolean {
  for (const b of word) if (b >= 0x30 && b <= 0x39) return true;
  return false;
}

/**
 * A word's key among the evidence: its runs of two figures and more folded, unless a high byte in it is followed by a
 * byte a CJK character may end in (0x40–0x7E). why single figures and CJK trail bytes stay: GB18030's four-byte forms
 * hold figures, and `18–25` (A8 43) is a character of its own in every row.
 */
function figuresFolded(word: Buffer): string {
  const key = word.toString("latin1");
  // why cjkShaped: only a word that reads as CJK characters keeps its figures (`18–25`); `13 EUR`, `54 KČ` fold
  for (let i = 0; i + 1 < word.length; i++) if (word[i] >= 0x80 && word[i + 1] >= 0x40 && word[i + 1] <= 0x7e) return cjkShaped(word) ? key : folded(key);
  return folded(key);
}

/**
 * `key` with its runs of two figures and more as `00`, and, in a word with no ASCII letter whose runs of high bytes are
 * each of odd length or all in C0–FF, a single figure no high byte precedes as `0`. why the single figure: a sign or a
 * unit glued to it (`1ª`…`9ª`, `1م`…`9م`, `1кг`…`9кг`) is one word nine times, and counted nine times the page reading it
 * as a letter (windows-1255 `1×`, Mac Roman `1„`, ISO-8859-6 `1يك`) won by a wide margin, silently. Refused: a word
 * with ASCII letters (`2ème`: the letters are evidence), an even run with a byte below C0 (it may be hanzi: Big5
 * `1月`…`9月`, A4 EB, tell Big5 from the single-byte pages), a figure after a high byte (GB18030's four-byte forms hold
 * one there, 81 30 84 32). why C0–FF runs fold: they read as letters in windows-1251 and windows-1252; GBK hanzi there
 * (`1月`, D4 C2) fold too and are still read GBK, warned.
 */
function folded(key: string): string {
  const key2 = key.replace(/[0-9]{2,}/g, "00");
  if (/[A-Za-z]/.test(key2) || (key2.match(/[\x80-\xff]+/g) ?? []).some((run) => run.length % 2 === 0 && !/^[\xc0-\xff]+$/.test(run))) return key2;
  return key2.replace(/(?<![0-9\x80-\xff])[0-9](?![0-9])/g, "0");
}

interface Reading {
  name: string;
  text: string;
  score: number;
}

/** `buf` read in a single-byte code page: one character per byte, U+FFFD for bytes the page leaves undefined. */
function decodeSingle(buf: Buffer, name: string): string {
  const high = highHalf(name);
  const codes = new Uint16Array(buf.length);
  for (let i = 0; i < buf.length; i++) codes[i] = buf[i] < 0x80 ? buf[i] : high.charCodeAt(buf[i] - 0x80);
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString("utf16le");
}

/** The reading of `buf` in a multi-byte encoding, or null when more than 2 % of its characters are invalid. */
function decodeMostlyClean(buf: Buffer, name: string): string | null {
  const text = decodeOnce(buf, name);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    if (c >= 0x80) wide++;
  }
  return bad * 50 <= wide ? text : null;
}

/** What an ASCII letter costs a CJK reading (about what it costs a single-byte reading in its language). */
const ASCII_LETTER = 2.5;

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** Log-likelihood of a CJK reading: common hanzi, kana and hangul are likely, rare ones and other letters less. */
function cjkScore(text: string, name: string): number {
  // why: modern Korean exports write hangul; hanja in an EUC-KR reading (奭惇荑璿 for one Thai value) are rare at best.
  const hanjaRare = name === "euc-kr";
  let s = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // why: the single-byte readings pay about this much per letter of a language; ASCII letters cost here too.
      if (isAsciiLetter(c)) s -= ASCII_LETTER;
      continue;
    }
    // why: in CJK text ASCII letters are words of their own; a kanji glued to one is a Latin accent misread.
    if (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) s -= 6;
    if (i + 1 < text.length && isAsciiLetter(text.charCodeAt(i + 1))) s += -6 + latinEndingCost(text, i);
    if (c >= 0x3040 && c <= 0x30ff) s -= 5;
    else if (c >= 0x4e00 && c <= 0x9fff) s -= isCommonCjk(c) && !hanjaRare ? 8 : 13;
    else if (c >= 0xac00 && c <= 0xd7a3) s -= isCommonCjk(c) ? 8 : 13;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) s += -6 + mixedWidthCost(text, i);
    else if (c >= 0xd800 && c <= 0xdfff) s -= 10;
    else if (c === 0xfffd) s -= 20;
    else s -= 12;
  }
  return s;
}

/** The single-byte readings of `evidence`, best first, one per distinct text (the commonest encoding of each). */
function singleByteReadings(evidence: Buffer, ctx: Map<string, number>, unclosed: string, times: Set<number>, glued: Set<number>, indexes: boolean): Readings[] {
  // why two rounds: 24 code pages times a thousand words is slow; the start of the evidence sorts out most.
  const cut = evidence.length > FIRST_ROUND_BYTES ? evidence.indexOf(0x0a, FIRST_ROUND_BYTES) + 1 : 0;
  let names = Object.keys(SERVES);
  if (cut > 0) names = finalists(readingsOf(evidence.subarray(0, cut), names, ctx, unclosed, times, glued, indexes)).flatMap((r) => r.names);
  return readingsOf(evidence, names, ctx, unclosed, times, glued, indexes);
}

/**
 * The first round's best FINALISTS readings of commoner pages, and the rare pages' readings among them (rare-pages.ts). why
 * the rare ones aside: taking a place, they left a commoner page out of the final round, and with it the languages its
 * merged reading brings (a Mac Roman Spanish list's margin over windows-1252 fell under the warning's).
 */
function finalists(readings: Readings[]): Readings[] {
  const out: Readings[] = [];
  let common = 0;
  for (const r of readings) {
    if (common === FINALISTS) break;
    out.push(r);
    if (!rareOnly(r)) common++;
  }
  return out;
}

/** Spanish opening marks and the mark that closes each. */
const CLOSER_OF: Record<string, number> = { "¡": 0x21, "¿": 0x3f };
/**
 * What an opening ¡ or ¿ costs beyond a common symbol when the sample holds no ! or ? at all: as much as a rare symbol
 * glued to a word (-9 - 7 against -5). why: Spanish closes every exclamation and question it opens; with no closer
 * anywhere the mark is a letter of another page, ISO-8859-3 Maltese `Ħamrun` read in windows-1252 as `¡amrun`.
 */
const UNCLOSED_OPENER = -11;

/** The low quote, unclosed when no ASCII apostrophe follows it on its line (unclosed-low-quote.ts prices it). */
const LOW_QUOTE = "‚";

/** The opening marks (¡ ¿) whose closing mark occurs nowhere in `sample`, and `‚` when no apostrophe closes it on its line. */
function unclosedOpeners(sample: Buffer): string {
  return Object.keys(CLOSER_OF).filter((m) => !sample.includes(CLOSER_OF[m])).join("") + (apostropheClosesLowQuote(sample) ? "" : LOW_QUOTE);
}

/**
 * What an unclosed opening mark costs each line (word) of `text` it opens (0 for most). why only opening the word:
 * that is where Spanish writes it; between two letters it is priced already, and after a digit (`32¡V57`, a Big5 dash
 * read in windows-1252) it is no Maltese letter either, so it must not hand the file to another wrong page, silently.
 */
function unclosedCosts(text: string, unclosed: string): number[] {
  return text.split("\n").map((w) => (w !== "" && w[0] in CLOSER_OF && unclosed.includes(w[0]) ? UNCLOSED_OPENER : 0));
}

/** Per-word cost lists added, each null for none (null when all are). */
function sumCosts(...costs: (number[] | null)[]): number[] | null {
  return costs.reduce<number[] | null>((a, b) => (a === null ? b : b === null ? a : a.map((v, i) => v + b[i])), null);
}

interface Readings extends Reading {
  names: string[];
  prior: number;
  words: string[];
  /** Whether each word holds a letter (a word of figures and signs tells no language). */
  lettered: boolean[];
  /** Each served language's score of every word (the same text scores the same in a language, whatever the encoding). */
  byLang: Map<string, number[]>;
  /** The language that explains the whole evidence best (the file's language in this reading). */
  lang: string;
  /** Score of each word: in the file's language, or in another served one at SWITCH_LANGUAGE's cost. */
  scores: number[];
  /** How well the file's language fits the ASCII words of the sample (context.ts), or null (another script, no words). */
  ctx: number | null;
  /** The reading with the file's language chosen by totals with foreign words switched (null when that is `lang`). */
  switchedLang?: Readings | null;
  /** Each served language's log weight in the reading's pages (page-languages.ts), set with the scores. */
  pageWeight?: Map<string, number>;
}

const LETTER = lazyRegExp(String.raw`\p{L}`, "u");

/** What a word costs for being in another language than the rest of the file (a foreign name in a list). */
const SWITCH_LANGUAGE = 2;

/**
 * `times`: the bytes standing alone between figures that some page reads as `×` (capital-between-figures.ts); `glued`: the
 * bytes ending a lower-case word before a plain space that some page reads as a no-break space (nbsp-before-space.ts);
 * `indexes`: micro signs glued to a one- or two-letter symbol are scored as signs (micro-as-index.ts).
 */
function readingsOf(evidence: Buffer, names: string[], ctx: Map<string, number>, unclosed: string, times: Set<number>, glued: Set<number>, indexes: boolean): Readings[] {
  const byText = new Map<string, Readings>();
  const asIndexes = indexes ? microAsIndex : (t: string) => t;
  for (const name of names) {
    const text = decodeSingle(evidence, name);
    const prior = PRIOR[name] ?? -3;
    let r = byText.get(text);
    // why: readings that give the same text are one answer; the commonest name stands for it, all their languages count.
    if (r === undefined) {
      const words = text.split("\n");
      r = { name, names: [name], text, prior, words, lettered: words.map((w) => LETTER().test(w)), byLang: new Map(), lang: "", scores: [], score: 0, ctx: null };
      byText.set(text, r);
    } else {
      if (prior > r.prior) {
        r.name = name;
        r.prior = prior;
      }
      r.names.push(name);
    }
    // why: a rare page (rare-pages.ts) that reads the sample as a commoner page does adds no evidence, only languages to
    // choose the file's from (Mac Central European's made a Spanish Mac Roman reading pay log 24 for its language, not log 19)
    if (RARE_PAGES.has(name) && !rareOnly(r)) continue;
    const fresh = SERVES[name].filter((l) => !r.byLang.has(l));
    if (fresh.length === 0) continue;
    const { langs, rows } = segmentScoresByLanguage(asIndexes(numeroAsSign(codesAsSigns(softHyphensJoined(text)))), name, text);
    const marks = sumCosts(unclosed === "" ? null : unclosedCosts(text, unclosed), closingQuoteCosts(text), unclosed.includes(LOW_QUOTE) ? unclosedLowQuoteCosts(text) : null, marksWithoutHebrewCosts(text), capitalBetweenFiguresCosts(text, evidence, times), nbspBeforeSpaceCosts(text, evidence, glued), softHyphenInsideCosts(text));
    const spots = signsForLetters(text, evidence, names);
    langs.forEach((l, k) => {
      const costs = sumCosts(marks, spots.length === 0 ? null : signForLetterCosts(spots, rows[k].length, ALPHABETS[l] ?? ""));
      r.byLang.set(l, costs === null ? rows[k] : rows[k].map((v, i) => v + costs[i]));
    });
  }
  const all = [...byText.values()];
  for (const r of all) stickyScores(r, ctx);
  return all.sort((a, b) => b.score - a.score);
}

/**
 * Scores each word of a reading in the file's language, or in another at a cost, and the reading as a whole.
 * why one language for the file: words that two readings decode alike ("Nízké" in Czech, read the same in
 * windows-1252) still tell which language the file is in, and so which code page wrote it.
 */
function stickyScores(r: Readings, ctx: Map<string, number>): void {
  r.pageWeight = new Map([...r.byLang.keys()].map((l) => [l, pageLanguageLogWeight(r.names, l)]));
  let bestTotal = -Infinity;
  for (const [l, row] of r.byLang) {
    const t = row.reduce((x, y) => x + y, weightIn(r, l));
    if (t > bestTotal) [bestTotal, r.lang] = [t, l];
  }
  // why the page's weight on a switched word too: a language the page seldom carries is as seldom a word's (page-languages.ts)
  const rows = [...r.byLang].map(([l, row]) => row.map((v) => v + (r.pageWeight?.get(l) ?? 0)));
  // why log of the number of languages: a code page serving 16 languages finds one that fits any odd word; the
  // file's language and a foreign word's language are each one choice among them (uniform over the served ones).
  const switchCost = SWITCH_LANGUAGE + Math.log(Math.max(1, choices(r) - 1));
  const top = (r.byLang.get(r.lang) as number[]).map((_, i) => Math.max(...rows.map((row) => row[i])));
  const switched = (l: string) => (r.byLang.get(l) as number[]).map((v, i) => Math.max(v, top[i] - switchCost));
  // why the ASCII words too: "häkeltet" among German product names is German (ä), not Estonian "hõkeltet" (cp850).
  // They choose the file's language with the words (context-language.ts); their cost stays out of the score and is
  // weighed between two readings that both serve a language they score (advantage), so a Latin reading against a
  // Cyrillic or CJK one is weighed as before.
  const langs = [...r.byLang.keys()];
  r.ctx = null;
  if (langs.some((l) => ctx.has(l))) [r.lang, r.ctx] = languageWithContext(langs, ctx, switched, (l) => weightIn(r, l));
  r.scores = switched(r.lang);
  r.score = r.scores.reduce((x, y) => x + y, r.prior + weightIn(r, r.lang));
  r.switchedLang = r.ctx === null ? switchedLanguageReading(r, langs, switched) : null;
}

/** `r` with its file language chosen by totals with foreign words switched, or null when that is its language already. */
function switchedLanguageReading(r: Readings, langs: string[], switched: (l: string) => number[]): Readings | null {
  const total = (l: string, row: number[]) => row.reduce((x, y) => x + y, weightIn(r, l));
  let [lang, scores] = [r.lang, switched(r.lang)];
  let best = total(lang, scores);
  for (const l of langs) {
    if (l === r.lang) continue;
    const row = switched(l);
    const t = total(l, row);
    if (t > best) [lang, best, scores] = [l, t, row];
  }
  return lang === r.lang ? null : { ...r, lang, scores, score: best + r.prior, switchedLang: null };
}

/**
 * How many languages a reading chooses its file's language from, each counted by its own weight (languageLogWeight).
 * why not the page's weight (weightIn) here: a language a page seldom carries shrinks its count, which would reward
 * the page on every file whatever its language (Mac Roman `Paås` for cp850 Friulian `Paîs`); the page weight counts
 * only where that language is the file's or a word's.
 */
function choices(r: Readings): number {
  let n = 0;
  for (const l of r.byLang.keys()) n += Math.exp(languageLogWeight(l));
  return n;
}

/** Log weight of `l` as the file's language of reading `r`: the language's own (languageLogWeight) and its page's (page-languages.ts). */
function weightIn(r: Readings, l: string): number {
  return languageLogWeight(l) + (r.pageWeight?.get(l) ?? 0);
}

/**
 * How much better `a` explains the evidence than `b`, plus the priors: counting the words they read
 * differently, and the words read alike only when the readings put the file in different languages.
 */
function advantage(a: Readings, b: Readings): number {
  // why the number of languages: the file's language is one choice among those the reading serves (uniform), so a
  // page serving 16 languages pays log 16 for the one that fits best, a Baltic page log 3.
  let d = a.prior - b.prior + Math.log(choices(b) / choices(a)) + weightIn(a, a.lang) - weightIn(b, b.lang);
  // why only when both are Latin-script readings: ASCII words tell Italian from Lithuanian, not Latin from Cyrillic
  if (a.ctx !== null && b.ctx !== null) d += a.ctx - b.ctx;
  const sameLang = a.lang === b.lang;
  for (let i = 0; i < a.scores.length; i++) {
    if (a.words[i] !== b.words[i]) d += a.scores[i] - b.scores[i];
    // why capped: a word read alike only tells the file's language, and it may be a foreign name (a Finnish
    // surname in an Estonian list); it can move the answer by no more than a foreign word costs. why lettered: a figure
    // with a no-break space (`23 593`, alike in every Latin page and in windows-874) tells no language; counted on every
    // row it handed ISO-8859-15 `€ 23 593,18` to windows-874 (`ค 23 593,18`), silently.
    else if (!sameLang && a.lettered[i]) d += Math.max(-SWITCH_LANGUAGE, Math.min(SWITCH_LANGUAGE, a.scores[i] - b.scores[i]));
  }
  return d;
}

/**
 * The reading whose worst head-to-head (advantage) against any other is the best, its closest rival and that margin.
 * why maximin: advantage is not transitive (cp850 beats cp857, cp857 beats windows-1250, windows-1250 beats cp850 when
 * two pages read some bytes alike and the merged readings score in other languages); a pick that walked the list
 * could stop anywhere on such a cycle (Italian `Attività` in cp850 was answered cp857). A reading that beats every
 * other is still the pick: its worst head-to-head is the only positive one.
 */
function pick(readings: Readings[]): { best: Readings; rival: Readings | null; margin: number } {
  let best = readings[0];
  let rival: Readings | null = null;
  let margin = -Infinity;
  for (const r of readings) {
    let worst = Infinity;
    let closest: Readings | null = null;
    for (const o of readings) {
      if (o === r) continue;
      const d = advantage(r, o);
      if (d < worst) [worst, closest] = [d, o];
      if (worst <= margin) break;
    }
    if (worst > margin) [best, rival, margin] = [r, closest, worst];
  }
  return { best, rival, margin };
}

/** jschardet's odds between two CJK readings under which it does not tell them apart (seen: 0.11 : 0.09, 0.08 : 0.03). */
const CJK_JS_ODDS = 3;
/** Our own score lead under which it does not tell two CJK readings apart either. */
const CJK_SCORE_LEAD = 10;

/**
 * Another CJK reading that decodes the evidence to different text and that neither jschardet (odds under
 * CJK_JS_ODDS) nor our score (lead under CJK_SCORE_LEAD) puts clearly behind `name`; else null. why: on two or
 * three short values (a rare-accent export) EUC-KR, EUC-JP and GBK all decode to plausible hanzi and jschardet's
 * answer rests on a handful of characters; both signals must separate the readings for the answer to stand silent.
 */
function cjkRival(name: string, cjk: Reading[], js: { name: string; js: number }[]): Reading | null {
  const mine = cjk.find((r) => r.name === name);
  if (mine === undefined) return null;
  const jsOf = (n: string) => Math.max(1e-3, js.find((c) => c.name === n)?.js ?? 0);
  let rival: Reading | null = null;
  for (const r of cjk) {
    if (r.text === mine.text || jsOf(name) >= CJK_JS_ODDS * jsOf(r.name) || mine.score - r.score >= CJK_SCORE_LEAD) continue;
    if (rival === null || r.score > rival.score) rival = r;
  }
  return rival;
}

/**
 * jschardet's CJK answer, or the rival reading (cjkRival) when our score puts it CJK_UNCERTAIN_MARGIN ahead, with
 * the other as the alternative. why: where jschardet's odds are thin a clear lead of ours decides (hiragana in the
 * EUC-JP reading of `このコマンドに続けて`, which jschardet answered Big5 `仇及戊穴件玉卞糧仃化`).
 */
function cjkPick(name: string, cjk: Reading[], js: { name: string; js: number }[]): { name: string; other: Reading | null } {
  // why before jschardet's odds: kana in its GB18030 reading say Japanese (kana-over-gb.ts); GB18030 is named in the warning
  const kana = kanaOverGb(name, cjk);
  if (kana !== null) return { name: kana.name, other: cjk.find((r) => r.name === name) ?? null };
  const rival = cjkRival(name, cjk, js);
  const mine = cjk.find((r) => r.name === name);
  // why outvotingReading: jschardet's odds alone must not keep a pick silent that our score puts far behind
  if (rival === null || mine === undefined || rival.score - mine.score < CJK_UNCERTAIN_MARGIN) return { name, other: rival ?? outvotingReading(name, cjk) };
  return { name: rival.name, other: mine };
}

/**
 * The CJK answer, uncertain with the best single-byte reading named when that reading comes close, or with
 * another CJK reading when the evidence does not separate the two.
 * why: short Thai, Greek or Cyrillic text also decodes as rare hanzi or half-width kana, scoring nearly as well.
 */
function cjkGuess(name: string, jsConfidence: number, margin: number, evidence: Buffer, rival: Reading, candidates: LegacyGuess["candidates"], other: Reading | null): LegacyGuess {
  if (margin >= CJK_UNCERTAIN_MARGIN && other !== null) {
    const mine = { name, text: decodeOnce(evidence, name), score: 0 };
    return { name, confidence: Math.min(jsConfidence, UNDECIDABLE), alternative: other.name, example: exampleOf(mine, other), candidates };
  }
  if (margin >= CJK_UNCERTAIN_MARGIN) return { name, confidence: jsConfidence, alternative: null, example: null, candidates };
  const mine = { name, text: decodeOnce(evidence, name), score: 0 };
  const confidence = Math.min(jsConfidence, Math.max(0, margin) / (Math.max(0, margin) + CJK_UNCERTAIN_MARGIN));
  return { name, confidence, alternative: rival.name, example: exampleOf(mine, rival), candidates };
}

/**
 * High bytes in a whole sample at or under which words of high bytes alone are as thin as one word (`ñü`, `ß`). why:
 * with no ASCII letter around them the letter-pair model judges a handful of pairs, as overconfident as on one word;
 * a 3-row export `ñü`/`ß` in windows-1252 read as windows-1251 `сь`/`Я` by 9 nats, silently.
 */
const THIN_HIGH_BYTES = 6;

/** Whether the evidence holds no more than THIN_HIGH_BYTES bytes >= 0x80 and no ASCII letter (its words are high bytes alone). */
function thinEvidence(evidence: Buffer): boolean {
  let n = 0;
  for (const b of evidence) if ((b >= 0x80 && ++n > THIN_HIGH_BYTES) || isAsciiLetter(b)) return false;
  return true;
}

/** How many words of the evidence two readings decode differently. */
function differingWords(a: Readings, b: Readings): number {
  let n = 0;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) n++;
  return n;
}

/**
 * Whether every byte >= 0x80 of `evidence` is one letter inside a Latin word: an ASCII letter on each side and no other
 * such byte two places away. why: a double-byte reading pairs it with the next letter (`Inkommensurabilit則` for
 * `…ität`), which no CJK text does; Big5 and GBK text whose trail bytes are letters alternates high, letter, high.
 */
export function latinLetterBytes(evidence: Buffer): boolean {
  const letter = (i: number) => i >= 0 && i < evidence.length && isAsciiLetter(evidence[i]);
  const high = (i: number) => i >= 0 && i < evidence.length && evidence[i] >= 0x80;
  let any = false;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] < 0x80) continue;
    if (!letter(i - 1) || !letter(i + 1) || high(i - 2) || high(i + 2)) return false;
    any = true;
  }
  return any;
}

/** The first word that two readings decode differently, shown both ways. */
function exampleOf(a: Reading, b: Reading): string | null {
  const wa = a.text.split("\n");
  const wb = b.text.split("\n");
  for (let i = 0; i < wa.length && i < wb.length; i++) {
    if (wa[i] !== wb[i]) return `"${wa[i]}" (${a.name}) or "${wb[i]}" (${b.name})`;
  }
  return null;
}

/** The cedilla letters of windows-1250 and ISO-8859-2 and the comma-below letters ISO-8859-16 holds at the same bytes. */
const COMMA_BELOW: Record<string, string> = { "ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț" };

/**
 * The ISO-8859-16 reading of Romanian evidence that windows-1250 (or ISO-8859-2) reads with ş ţ, when it differs
 * from it by those letters alone; else null. why: the three pages put ş/ș and ţ/ț at the same bytes, so the bytes
 * cannot tell them apart, but modern Romanian is written with the comma below (CLDR, Unicode sources, keyboards
 * since 2007) and only ISO-8859-16 can encode it: a tool writing cp1250 or 8859-2 from such text cannot produce
 * these bytes at all. Any other byte read differently (a „ at 0x84, a € at 0x80) is evidence and this stays out.
 */
function commaBelowReading(best: Readings, evidence: Buffer): Reading | null {
  if (best.lang !== "ron" || (best.name !== "windows-1250" && best.name !== "iso-8859-2")) return null;
  const text = decodeSingle(evidence, "iso-8859-16");
  if (text === best.text || best.text.replace(/[şŞţŢ]/g, (c) => COMMA_BELOW[c]) !== text) return null;
  return { name: "iso-8859-16", text, score: best.score };
}

/**
 * The reading that best fits the ASCII words around the lone bytes, when every word of the evidence is one byte
 * standing alone (`damages.\xCA The`, `Non \x8F una spesa`) and the language model picked another; else null.
 * why: a lone byte holds little language evidence of its own, and the letter-pair model prefers whichever page makes
 * it a one-letter word (Cyrillic `К`, `Џ`); the words beside it tell the language: English or Italian words put it
 * in a Latin page (a Mac Roman no-break space, Italian `è`), not a Cyrillic one. Ties go to the commoner page.
 */
function loneByteFallback(readings: Readings[], best: Readings, evidence: Buffer, sample: Buffer, from: number): Readings | null {
  if (!loneBytes(evidence)) return null;
  // why defined only: a byte the commonest page leaves undefined or a C1 control (0x81 in windows-1252) is no symbol of it.
  const defined = readings.filter((r) => !/[\u0080-\u009f\ufffd]/.test(r.text));
  if (defined.length === 0) return null;
  const fit = contextFitOf(loneByteContext(sample, from, evidence));
  let chosen = defined[0];
  let chosenFit = fit(chosen);
  for (const r of defined.slice(1)) {
    const f = fit(r);
    if (f > chosenFit || (f === chosenFit && r.prior > chosen.prior)) [chosen, chosenFit] = [r, f];
  }
  return chosen === best ? null : chosen;
}

/** Whether every word of `evidence` (one a line) is a single byte. */
function loneBytes(evidence: Buffer): boolean {
  for (let i = 0; i < evidence.length; i += 2) if (evidence[i + 1] !== 0x0a) return false;
  return evidence.length > 0;
}

/** How well a reading's page reads `context` (the lines around lone bytes): in the file's language when its ASCII words tell one (lone-byte-language.ts). */
const contextFitOf = (context: Buffer) => (r: Readings): number => linesFitInFileLanguage((page) => decodeSingle(context, page), r);

/**
 * The close readings of a warning, those that read the lines around the lone bytes best first, when every word of the
 * evidence is a lone byte; else `close` as it is. why: a byte standing alone scores about alike in every page (a letter's
 * frequency), so the closest rivals are any pages; the lines around it tell which pages write the file's words (step 6):
 * an English cp850 list whose only non-ASCII was `:ö:` was warned naming ibm866 `Ф`, Mac Roman and cp855, not cp850.
 */
function loneBytesByContext(close: Readings[], evidence: Buffer, sample: Buffer, from: number): Readings[] {
  if (!loneBytes(evidence) || close.length < 2) return close;
  const fit = contextFitOf(loneByteContext(sample, from, evidence));
  return close.map((r) => ({ r, f: fit(r) })).sort((a, b) => b.f - a.f).map((x) => x.r);
}

/** The line around the first stand-alone place of each lone byte of `evidence` in `sample` (up to 60 bytes each side). */
function loneByteContext(sample: Buffer, from: number, evidence: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let k = 0; k < evidence.length && parts.length < 16; k += 2) {
    let p = from;
    while ((p = sample.indexOf(evidence[k], p)) >= 0 && !(isCut(sample[p - 1] ?? 0x20) && isCut(sample[p + 1] ?? 0x20))) p++;
    if (p < 0) continue;
    let s = p;
    while (s > Math.max(0, p - 60) && sample[s - 1] !== 0x0a && sample[s - 1] !== 0x0d) s--;
    let e = p + 1;
    while (e < Math.min(sample.length, p + 60) && sample[e] !== 0x0a && sample[e] !== 0x0d) e++;
    parts.push(sample.subarray(s, e), NL);
  }
  return Buffer.concat(parts);
}

/**
 * Whether every double-byte character of `word` has both bytes in 0xA1-0xFE (the EUC range all CJK encodings share)
 * and none is `€` or `®` in EUC-KR (A2 E6, A2 E7). why: KS X 1001 gained those two in 1998 and jschardet's EUC-KR and
 * CP949 tables lack them: one `®` in a Korean symbol list dropped both probers, and GB18030 read the hangul as common
 * hanzi (`자유의` → `磊蜡狼`), silently.
 */
function isEucRange(word: Buffer): boolean {
  for (let i = 0; i < word.length; i++) {
    if (word[i] < 0x80) continue;
    if (word[i] < 0xa1 || i + 1 >= word.length || word[i + 1] < 0xa1) return false;
    if (word[i] === 0xa2 && (word[i + 1] === 0xe6 || word[i + 1] === 0xe7)) return false;
    i++;
  }
  return true;
}

/** The words of `evidence` (one a line) that isEucRange keeps. */
function eucRangeWords(evidence: Buffer): Buffer {
  const keep: Buffer[] = [];
  let s = 0;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] !== 0x0a) continue;
    if (isEucRange(evidence.subarray(s, i))) keep.push(evidence.subarray(s, i + 1));
    s = i + 1;
  }
  return Buffer.concat(keep);
}

/**
 * jschardet's guess, asked again on the EUC-range words alone when it dropped EUC-KR although the evidence reads
 * cleanly as Korean (cp949). why: one cp949 extension syllable (`핧`, trail byte under 0xA1) is illegal EUC-KR to
 * jschardet's state machine, which then drops its EUC-KR prober for the whole input: a normal Korean export with
 * one such syllable among thousands was answered GB18030 without a warning.
 */
async function cjkStatistics(evidence: Buffer, cjk: Reading[]): Promise<Awaited<ReturnType<typeof statisticalGuess>>> {
  const js = await statisticalGuess(evidence);
  // why any clean reading: decodeOnce reads the extension syllables (cp949) that Node's TextDecoder("euc-kr") lacks.
  if (!cjk.some((r) => r.name === "euc-kr") || js.candidates.some((c) => c.name === "euc-kr" && c.js > 0)) return js;
  const euc = eucRangeWords(evidence);
  return euc.length === 0 || euc.length === evidence.length ? js : statisticalGuess(euc);
}

/**
 * `sample` without its last word when the file ends inside it (no line end after a non-ASCII byte). why: a file cut
 * inside its last double-byte character (a truncated export) leaves a lone lead byte; in a short file that one invalid
 * character rejected the true reading and jschardet's state machine dropped it (Shift_JIS read as windows-1252,
 * EUC-JP as windows-874, silently). A word cut by the end of the file is no evidence either way.
 */
function withoutCutWord(sample: Buffer, wStart: number, eof: boolean): Buffer {
  if (!eof || sample.length === 0 || sample[sample.length - 1] < 0x80) return sample;
  let s = sample.length - 1;
  while (s > wStart && !isCut(sample[s - 1])) s--;
  return firstHigh(sample, wStart, s) ? sample.subarray(0, s) : sample;
}

function firstHigh(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] >= 0x80) return true;
  return false;
}

/**
 * Decides a legacy encoding for `sample`, whose first non-ASCII byte is in the line starting at `wStart`;
 * `window` is the detection window jschardet reads when a multi-byte encoding is in play.
 */
export async function legacyGuess(sample: Buffer, wStart: number, window: Buffer, eof: boolean): Promise<LegacyGuess> {
  const words = evidenceWords(withoutCutWord(sample, wStart, eof), wStart, eof);
  const evidence = figuresOnce(words);
  // why: rows appended by a UTF-8 tool to a legacy export read as soup in the right page (`Ĺ‚` for ł in windows-1250)
  // and as letters in a wrong one (`Ăł` in ISO-8859-2 draws a German file there); the page is decided on the other
  // words, and kept only when it could have written the UTF-8 words too (the same data, from another tool).
  const { legacy, utf8 } = splitUtf8Words(evidence);
  if (utf8.length > 0 && legacy.length > 0) {
    const u = await guessOn(legacy, sample, wStart);
    if (utf8.every((w) => writableIn(w, u.name))) return { ...u, utf8Rows: true };
  }
  const g = await guessOn(evidence, sample, wStart, figuresOnce(words, true));
  return lettersAloneWarned(fullWidthWarned(g.name.startsWith("iso-8859-") ? g : await pastedPunctuation(g, evidence, sample, wStart), evidence, sample.includes(0x21)), window);
}

/** A sure single-byte answer `g`, warned naming the pages that read the window otherwise, when its non-ASCII letters stand alone (lone-letters.ts); else `g`. */
function lettersAloneWarned(g: LegacyGuess, window: Buffer): LegacyGuess {
  if (g.confidence < UNCERTAIN_BELOW) return g;
  const lone = loneLetterRivals(window, g.name, g.candidates ?? [], CJK, MAX_ALTERNATIVES);
  const rivals = lone.length > 0 ? lone : oddSignRivals(window, g.name, g.candidates ?? [], CJK, MAX_ALTERNATIVES);
  if (rivals.length === 0) return g;
  return { ...g, confidence: Math.min(g.confidence, UNDECIDABLE), alternative: rivals[0], alternatives: rivals, example: null };
}

/** A single-byte answer `g`, warned naming first the CJK pages that read every high byte as full-width punctuation (fullWidthPunctuationPages); else `g`. */
function fullWidthWarned(g: LegacyGuess, evidence: Buffer, exclaims: boolean): LegacyGuess {
  if (CJK.includes(g.name)) return g;
  const pages = fullWidthPunctuationPages(evidence, exclaims);
  if (pages.length === 0) return g;
  const alternatives = [...new Set([...pages, ...(g.alternatives ?? [])])].filter((n) => n !== g.name).slice(0, MAX_ALTERNATIVES);
  const mine = { name: g.name, text: decodeSingle(evidence, g.name), score: 0 };
  const other = { name: pages[0], text: decodeOnce(evidence, pages[0]), score: 0 };
  return { ...g, confidence: Math.min(g.confidence, UNDECIDABLE), alternative: pages[0], alternatives, example: exampleOf(mine, other) };
}

/**
 * An ISO-8859 answer, warned and naming `g`, when the letters read best there once the bytes 0x80–0x9F at the edges of
 * words are left out; else `g`. why: values pasted into an ISO-8859 dump from a Windows program bring their “ ” as
 * windows-125x bytes, C1 controls in the dump's page; those few bytes drew an ISO-8859-2 Czech dump to windows-1250,
 * whose š ž then read as ą ž̌, silently. Read as ISO-8859, encoding-error names the cells with the pasted bytes.
 */
async function pastedPunctuation(g: LegacyGuess, evidence: Buffer, sample: Buffer, wStart: number): Promise<LegacyGuess> {
  const stripped = withoutEdgeC1(evidence);
  // why the sibling test: the second guess costs a full one; where the ISO pages of the answer's script read the
  // words left alike (Greek windows-1253 letters in ISO-8859-7), it cannot answer otherwise
  const iso = ISO_SIBLINGS[g.name];
  if (stripped === null || iso === undefined) return g;
  const mine = decodeSingle(stripped, g.name);
  if (iso.every((n) => decodeSingle(stripped, n) === mine)) return g;
  const s = await guessOn(stripped, sample, wStart);
  // why above UNDECIDABLE: the letters must read best there, not by a tie-break (the comma-below rule, `Iaşi`)
  if (!s.name.startsWith("iso-8859-") || s.confidence <= UNDECIDABLE) return loneC1Undecided(g, evidence, stripped, s, sample, wStart);
  // why g's own rivals too: where the edge bytes were letters (cp852 `ô` ends `felvevô`), the right page is among them
  const alternatives = [g.name, ...(g.alternatives ?? [])].filter((n, i, a) => n !== s.name && a.indexOf(n) === i).slice(0, MAX_ALTERNATIVES);
  return { ...s, confidence: Math.min(s.confidence, UNDECIDABLE), alternative: g.name, alternatives, example: null };
}

/**
 * `g` warned, naming the rivals the letters leave close, when its evidence without the bytes 0x80–0x9F standing alone
 * (a word of their own) cannot decide; else `g`. why: a lone Windows dash or bullet is punctuation, no evidence of the
 * letters' page; a Czech ISO-8859-2 dump with one pasted `–` was answered windows-1250 (`Kříľovou` for `Křížovou`) on
 * that byte alone, silently. Not the bytes glued to a word: there they may be letters (windows-1250 `ť` is 0x9D).
 */
async function loneC1Undecided(g: LegacyGuess, evidence: Buffer, stripped: Buffer, s: LegacyGuess, sample: Buffer, wStart: number): Promise<LegacyGuess> {
  // why: an answer already warned keeps its own rivals (a page defining a byte it leaves undefined leads them)
  if (g.confidence < UNCERTAIN_BELOW) return g;
  const rest = withoutLoneC1(evidence);
  if (rest === null) return g;
  const t = rest.equals(stripped) ? s : await guessOn(rest, sample, wStart);
  if (t.confidence >= UNCERTAIN_BELOW) return g;
  const alternatives = [t.name, ...(t.alternatives ?? []), ...(g.alternatives ?? [])].filter((n, i, a) => n !== g.name && a.indexOf(n) === i).slice(0, MAX_ALTERNATIVES);
  if (alternatives.length === 0) return g;
  return { ...g, confidence: Math.min(g.confidence, UNDECIDABLE), alternative: alternatives[0], alternatives, example: t.name === g.name ? t.example : g.example };
}

/** `evidence` (one word a line) without the words made only of bytes 0x80–0x9F, or null when it has none (or only those). */
export function withoutLoneC1(evidence: Buffer): Buffer | null {
  const keep: Buffer[] = [];
  let dropped = false;
  let s = 0;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] !== 0x0a) continue;
    const word = evidence.subarray(s, i);
    if (word.length > 0 && word.every(isC1Byte)) dropped = true;
    else keep.push(word, NL);
    s = i + 1;
  }
  return dropped && keep.length > 0 ? Buffer.concat(keep) : null;
}

/** The ISO-8859 pages of the script of a Windows page, where its text may have been dumped instead. */
const LATIN_ISO = ["iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-9", "iso-8859-13", "iso-8859-15", "iso-8859-16"];
const ISO_SIBLINGS: Record<string, string[]> = {
  "windows-1250": LATIN_ISO, "windows-1252": LATIN_ISO, "windows-1254": LATIN_ISO, "windows-1257": LATIN_ISO,
  "windows-1251": ["iso-8859-5"], "windows-1253": ["iso-8859-7"], "windows-1255": ["iso-8859-8"], "windows-1256": ["iso-8859-6"],
};

const isC1Byte = (b: number): boolean => b >= 0x80 && b <= 0x9f;

/** `evidence` (one word a line) without bytes 0x80–0x9F at the start or end of a word, or null when no word has one. */
export function withoutEdgeC1(evidence: Buffer): Buffer | null {
  const keep: Buffer[] = [];
  let changed = false;
  let s = 0;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] !== 0x0a) continue;
    let a = s;
    let b = i;
    while (a < b && isC1Byte(evidence[a])) a++;
    while (b > a && isC1Byte(evidence[b - 1])) b--;
    if (a !== s || b !== i) changed = true;
    if (firstHigh(evidence, a, b)) keep.push(evidence.subarray(a, b), NL);
    s = i + 1;
  }
  return changed && keep.length > 0 ? Buffer.concat(keep) : null;
}

/** The multi-byte readings of `evidence` that decode it mostly clean, best first. */
function cjkReadings(evidence: Buffer): Reading[] {
  const cjk: Reading[] = [];
  for (const name of latinLetterBytes(evidence) ? [] : CJK) {
    const text = decodeMostlyClean(evidence, name);
    if (text !== null) cjk.push({ name, text, score: cjkScore(text, name) });
  }
  return cjk.sort((a, b) => b.score - a.score);
}

/**
 * legacyGuess on the words of `evidence`; `whole`, the same words with those of text that figuresOnce merged kept
 * (figuresOnce keepText), is what tells the CJK pages apart. why: the merge is for signs counted once a row; in CJK text
 * it drops characters (`0208ベース` and `0213ベース` are one word folded), and uchardet's short EUC-JP text, thinned so,
 * was warned naming GB18030. why text words only: a full-width `￥` before every amount is one sign, and counted once a
 * row it drew jschardet off Shift_JIS. Whether the text is CJK at all is still judged on `evidence`, as the single-byte
 * readings are.
 */
async function guessOn(evidence: Buffer, sample: Buffer, wStart: number, whole = evidence): Promise<LegacyGuess> {
  const g = await hyphenatedGuess(evidence, sample, wStart, whole, true);
  if (!microIndexed(evidence, Object.keys(SERVES))) return g;
  // why warned when the micro signs read as indexes change the answer, and never surer than without them: the reading
  // they make lose was the close rival, and the readings left may misread other bytes (`Universita¨t` read
  // `Universitašt` in ISO-8859-15): four English articles went from a warned wrong page to a silent wrong one
  const plain = await hyphenatedGuess(evidence, sample, wStart, whole, false);
  if (g.name !== plain.name) return changedWarned(g, plain, evidence);
  return g.confidence <= plain.confidence ? g : plain;
}

/** guessOn's weighing with the bytes a page reads as soft hyphens joining words (soft-hyphen-joins.ts) read so; `indexes`: readingsOf's. */
async function hyphenatedGuess(evidence: Buffer, sample: Buffer, wStart: number, whole: Buffer, indexes: boolean): Promise<LegacyGuess> {
  // why ranges too: a soft hyphen between figures (`[19­34]`) is a dash as surely as one between words (figure-ranges.ts)
  const hyphens = [...new Set([...softHyphenJoiners(evidence, sample, Object.keys(SERVES)), ...rangeHyphens(sample, Object.keys(SERVES))])];
  const g = await guessOnce(evidence, sample, wStart, whole, hyphens, indexes);
  if (hyphens.length === 0) return g;
  // why the answer without them when they leave it, and warned when they change it: the pages they keep were weighed
  // without the rivals they drop, and other bytes may still be misread (an article's `gµ`, read by ISO-8859-16 as `g”`,
  // then led by far: a warned answer turned silent, and a changed one was silent)
  const unhyphenated = await guessOnce(evidence, sample, wStart, whole, [], indexes);
  return g.name === unhyphenated.name ? unhyphenated : changedWarned(g, unhyphenated, evidence);
}

/** `g`, warned naming first the answer `before` a reinterpretation (soft hyphens, micro signs as indexes) made it step aside. */
function changedWarned(g: LegacyGuess, before: LegacyGuess, evidence: Buffer): LegacyGuess {
  const alternatives = [before.name, ...(g.alternatives ?? [])].filter((n, i, a) => n !== g.name && a.indexOf(n) === i).slice(0, MAX_ALTERNATIVES);
  const read = (name: string) => ({ name, text: CJK.includes(name) ? decodeOnce(evidence, name) : decodeSingle(evidence, name), score: 0 });
  return { ...g, confidence: Math.min(g.confidence, UNDECIDABLE), alternative: before.name, alternatives, example: exampleOf(read(g.name), read(before.name)) };
}

/** guessOn with `hyphens`, the bytes a page reads as soft hyphens joining words (soft-hyphen-joins.ts), read so; `indexes`: readingsOf's. */
async function guessOnce(evidence: Buffer, sample: Buffer, wStart: number, whole: Buffer, hyphens: number[], indexes: boolean): Promise<LegacyGuess> {
  const gate = rarePagesGated(withoutOthersForHyphens(withoutLatinShekels(singleByteReadings(evidence, contextOfSample(sample), unclosedOpeners(sample), timesBetweenFigures(sample, wStart), nbspBeforeSpaceBytes(sample, wStart), indexes), evidence, sample, wStart), hyphens));
  // why none with such hyphens: a CJK page reads a lone byte between ASCII words as a kana or a lead byte, never a hyphen
  const cjk = hyphens.length > 0 ? [] : cjkReadings(evidence);
  const candidates = [...gate.kept, ...cjk].map((r) => ({ name: r.name, score: r.score, js: 0 }));
  const rare = rarePageAnswer(gate, cjk, sample, candidates);
  if (rare !== null) return rare;
  // why without the thin ones: a rare page a word or two set apart may not answer, so it is no rival to warn of either
  const readings = gate.kept.filter((r) => !gate.thin.has(r));
  const w: Weighing = { evidence, sample, wStart, candidates, cjk, readings, ...pick(readings), cjkAhead: cjk.length > 0 && cjk[0].score > readings[0].score };
  const signed = signsOverLetters(readings, w.best, w.cjkAhead, evidence, candidates, (codes) => signsByFigures(sample, wStart, codes), (text) => loneSignAmbiguous(text, sample, wStart), sample, wStart);
  if (signed !== null) return signed;
  const coded = currencyCoded(readings, candidates);
  if (coded !== null) return coded;
  const cj = w.cjkAhead ? await cjkAnswer(w, whole) : { guess: null, kanaSigns: false };
  if (cj.guess !== null) return cj.guess;
  return undecidableAnswer(w) ?? await marginAnswer(w, gate.held, cj.kanaSigns);
}

/** One weighing of the evidence (guessOnce): the single-byte readings past the rare-page gate, the CJK ones, and the pick. */
interface Weighing {
  evidence: Buffer;
  sample: Buffer;
  wStart: number;
  candidates: LegacyGuess["candidates"];
  cjk: Reading[];
  readings: Readings[];
  best: Readings;
  rival: Readings | null;
  margin: number;
  /** Whether the best CJK reading leads every single-byte one. */
  cjkAhead: boolean;
}

/** A rare page's answer, warned, when the gate's commoner pick capitalises inside words or the rare page leads by a word or two. */
function rarePageAnswer(gate: ReturnType<typeof rarePagesGated>, cjk: Reading[], sample: Buffer, candidates: LegacyGuess["candidates"]): LegacyGuess | null {
  const thinBest = gate.common === null ? null : pick(gate.kept).best;
  // why before the thin rare page's warning: a commoner reading that capitalises inside words is no answer (rare-over-capitals.ts)
  // why not past a rare page the gate let answer: its words already outvote the commoner one
  const gated = thinBest !== null && gate.common !== null && (gate.thin.has(thinBest) || !rareOnly(thinBest));
  // why not in a file that writes camel case: its capitals inside words are identifiers, not misread letters (camel-case-style.ts)
  // why only rare readings above every CJK one: Big5 hanzi read as Latin bytes capitalise inside "words" (`šÓ`), a rare
  // Latin page leads that reading, and it answered a Big5 file before the CJK readings below were weighed
  const overCjk = gate.held.filter((r) => cjk.length === 0 || r.score > cjk[0].score);
  const capitalled = gated && !writesCamelCase(sample) ? rareOverCapitals(gate.common!, overCjk, (r) => (r === thinBest ? Infinity : advantage(r, thinBest!))) : null;
  if (capitalled !== null) return thinRarePage(capitalled, gate.common!, candidates);
  if (thinBest !== null && gate.common !== null && gate.thin.has(thinBest)) return thinRarePage(gate.common, thinBest, candidates);
  return null;
}

/**
 * The CJK page jschardet names when a CJK reading leads (null when it sees no CJK either: the single-byte reading stands).
 * why jschardet here: its character-frequency tables separate Shift_JIS, EUC-JP, GBK, Big5 and EUC-KR better than
 * common-character lists do; our reading only decides whether the text is CJK at all. `kanaSigns`: a Shift_JIS answer
 * whose only non-ASCII characters are lone half-width katakana, Latin signs rather than Japanese (lone-half-width-kana.ts),
 * left to the single-byte answer, warned naming Shift_JIS (unseenCjk).
 */
async function cjkAnswer(w: Weighing, whole: Buffer): Promise<{ guess: LegacyGuess | null; kanaSigns: boolean }> {
  const { cjk, evidence, readings } = w;
  const cjkWhole = whole.length === evidence.length ? cjk : cjkReadings(whole);
  const js = await cjkStatistics(whole, cjkWhole);
  const n = tryNormalizeEncodingName(js.name);
  if (n === null || !CJK.includes(n)) return { guess: null, kanaSigns: false };
  const { name, other } = cjkPick(cleanCjkName(n, cjkWhole), cjkWhole, js.candidates);
  const kanaSigns = name === "shift_jis" && loneHalfWidthKana(cjk.find((r) => r.name === name)?.text ?? "");
  if (kanaSigns) return { guess: null, kanaSigns };
  return { guess: cjkGuess(name, js.confidence, cjk[0].score - readings[0].score, evidence, readings[0], w.candidates, other), kanaSigns };
}

/** An answer the bytes cannot decide, warned: a lone byte read by its context, Romanian's comma-below letters, a byte the pick leaves undefined. */
function undecidableAnswer(w: Weighing): LegacyGuess | null {
  const { readings, best, evidence, sample, wStart, candidates } = w;
  const lone = loneByteFallback(readings, best, evidence, sample, wStart);
  if (lone !== null) return { name: lone.name, confidence: UNDECIDABLE, alternative: best.name, example: exampleOf(lone, best), candidates };
  const romanian = commaBelowReading(best, evidence);
  if (romanian !== null) return { name: romanian.name, confidence: UNDECIDABLE, alternative: best.name, example: exampleOf(romanian, best), candidates };
  const defined = undefinedByteRival(readings, best);
  if (defined !== null) return { name: best.name, confidence: UNDECIDABLE, alternative: defined.name, example: exampleOf(best, defined), candidates };
  return null;
}

/** The pick, its confidence from its margin over the rival (close: warned naming the close readings), or a rival a silent answer missed. */
async function marginAnswer(w: Weighing, gateHeld: Readings[], kanaSigns: boolean): Promise<LegacyGuess> {
  const { readings, best, rival, margin, evidence, candidates } = w;
  const signs = signsInDefaultPage(best, evidence);
  const needed = rival !== null && (differingWords(best, rival) === 1 || thinEvidence(evidence)) ? ONE_WORD_MARGIN : UNCERTAIN_MARGIN;
  const implausible = best.score < IMPLAUSIBLE_PER_BYTE * evidence.length;
  let confidence = margin === Infinity ? 1 : Math.max(0, margin) / (Math.max(0, margin) + needed);
  if (implausible) confidence = Math.min(confidence, UNDECIDABLE);
  if (signs) confidence = Math.max(confidence, UNCERTAIN_BELOW);
  // why switched: the words read alike may have been weighed in languages neither reading's file is in (switched-language.ts)
  const flipped = rival === null || signs || margin < needed || implausible ? null : switchedLanguageRival(readings, best, needed, (a, b) => advantage(a.switchedLang ?? a, b.switchedLang ?? b));
  if (flipped !== null) confidence = Math.min(confidence, Math.max(0, flipped.margin) / (Math.max(0, flipped.margin) + needed));
  const close = rival !== null && !signs && (margin < needed || implausible || flipped !== null);
  // why only a silent answer: one already warned keeps the single-byte rivals its hint names
  const rivalled = close || confidence < UNCERTAIN_BELOW ? null : await silentAnswerRival(w, gateHeld, kanaSigns, signs, needed);
  if (rivalled !== null) return rivalled;
  if (!close || rival === null) return { name: best.name, confidence, alternative: null, alternatives: [], example: null, candidates };
  return closeAnswer(w, flipped?.rival ?? rival, needed, confidence);
}

/** A sure single-byte answer warned by a rival its margin missed: a held rare page, another page's letter, windows-1252 signs, a CJK reading. */
async function silentAnswerRival(w: Weighing, gateHeld: Readings[], kanaSigns: boolean, signs: boolean, needed: number): Promise<LegacyGuess | null> {
  const { readings, best, evidence, sample, wStart, candidates, cjk, cjkAhead } = w;
  // why: a rare page the gate held back is no rival above, yet may read the file better than a pick that capitalises inside words
  const held = signs ? null : heldRareRival(best, gateHeld, (r) => advantage(best, r), needed);
  if (held !== null) return thinRarePage(best, held, candidates);
  // why: a sign closing a one- or two-letter word mid-sentence may be another page's letter (`gi…` for cp850 `già`)
  const lettered = shortWordSignRival(best, readings, evidence, sample);
  if (lettered !== null) return thinRarePage(best, lettered, candidates);
  // why: maths signs between figures read as lone letters are windows-1252's (sign-as-lone-letter.ts)
  if (signsReadAsLoneLetters(sample.subarray(wStart), best.name, best.lang)) return windowsSigns(best, evidence, candidates);
  // why a clear CJK lead too: jschardet, blind to a Big5 timesheet's few hanzi (`四`, `11月`, `08:00–12:30`), left it ISO-8859-15 silently
  if (cjkAhead && (kanaSigns || fewSigns(evidence) || cjk[0].score - readings[0].score >= CJK_UNCERTAIN_MARGIN)) return unseenCjk(best, cjk.filter((r) => r.score > readings[0].score), candidates, evidence);
  // why with no CJK reading ahead: a CJK reading a hair behind is a rival the single-byte margin missed (cjk-close-behind.ts)
  const behind = cjkAhead ? [] : cjkCloseBehind(cjk, readings[0].score, evidence, UNCERTAIN_MARGIN);
  const named = behind.length > 0 ? await jschardetCjk(behind, evidence, cjk) : [];
  return named.length > 0 ? unseenCjk(best, named, candidates, evidence) : null;
}

/** `answer` in place of the pick, warned and naming the pick: what a rule that overturns a pick by one shape answers. */
function warnedOver(answer: Readings, pick: Readings, candidates: LegacyGuess["candidates"]): LegacyGuess {
  return { name: answer.name, confidence: UNDECIDABLE, alternative: pick.name, alternatives: [pick.name], example: exampleOf(answer, pick), candidates };
}

/** A close answer: warned, naming the readings within the margin (a CJK reading far ahead among them; cjk-named-first.ts). */
function closeAnswer(w: Weighing, rival: Readings, needed: number, confidence: number): LegacyGuess {
  const { readings, best, evidence, sample, wStart, candidates, cjk } = w;
  const near = loneBytesByContext(closeReadings(readings, best, rival, needed), evidence, sample, wStart).slice(0, MAX_ALTERNATIVES);
  // why: a close rival that reads as capitals the pick's `“` opening words, never closed, reads the file (unclosed-opening-quote.ts)
  const capitals = near.find((r) => capitalsForUnclosedQuotes(best.text, r.text));
  if (capitals !== undefined) return warnedOver(capitals, best, candidates);
  // why: an ellipsis closing a word mid-sentence may be a DOS page's word-ending letter (`propriet…` for cp850 `proprietà`)
  const lettered = wordEndLetterRival(best, near, evidence, sample, (r) => advantage(best, r));
  if (lettered !== null) return warnedOver(lettered, best, candidates);
  // why cjkFarAhead: jschardet's silence on CJK must not hide a CJK reading our score puts far ahead (cjk-named-first.ts)
  // why after the closest single-byte rival: CJK readings lead alphabets (`àèìòù`, hunspell TRY lines) by far too
  const [first, ...rest] = withDefaultPage(near, readings, best, evidence);
  const far = w.cjkAhead ? cjkFarAhead(cjk, readings[0].score, CJK_OUTVOTED) : [];
  return {
    name: best.name,
    confidence,
    alternative: first.name,
    alternatives: [first, ...far, ...rest].slice(0, MAX_ALTERNATIVES).map((r) => r.name),
    example: exampleOf(best, first),
    candidates,
  };
}

/**
 * `readings` without the rare pages' readings (rare-pages.ts) that no word sets apart from the best commoner reading, and
 * those that fewer than RARE_PAGE_WORDS words do (`thin`: they may not answer). why: a rare page reading one odd entry
 * (`;ﬂ;`) as a letter took Mac Roman files silently; with no word of its own it is no rival either.
 */
function rarePagesGated(readings: Readings[]): { kept: Readings[]; common: Readings | null; thin: Set<Readings>; held: Readings[] } {
  const commons = readings.filter((r) => !rareOnly(r));
  const thin = new Set<Readings>();
  if (commons.length === readings.length || commons.length === 0) return { kept: readings, common: null, thin, held: [] };
  const common = pick(commons).best;
  const kept = readings.filter((r) => {
    if (!rareOnly(r)) return true;
    const n = rareWordsOverCommons(r, common, commons);
    if (n < RARE_PAGE_WORDS) thin.add(r);
    return n > 0;
  });
  // held: the rare readings that may not answer, dropped or thin (capital-inside-word.ts weighs them for a warning)
  return { kept, common, thin, held: readings.filter((r) => rareOnly(r) && (thin.has(r) || !kept.includes(r))) };
}

/** The commoner page's answer, warned naming the rare page that read a word or two better (rarePagesGated, heldRareRival), or the page that reads a letter where it reads a sign after a short word (shortWordSignRival). */
function thinRarePage(common: Readings, rare: Readings, candidates: LegacyGuess["candidates"]): LegacyGuess {
  return { name: common.name, confidence: UNDECIDABLE, alternative: rare.name, alternatives: [rare.name], example: exampleOf(common, rare), candidates };
}

/** The answer, warned naming windows-1252, whose maths signs it read as lone letters (signsReadAsLoneLetters). */
function windowsSigns(best: Readings, evidence: Buffer, candidates: LegacyGuess["candidates"]): LegacyGuess {
  const windows = { name: "windows-1252", text: decodeOnce(evidence, "windows-1252"), score: 0 };
  return { name: best.name, confidence: UNDECIDABLE, alternative: windows.name, alternatives: [windows.name], example: exampleOf(best, windows), candidates };
}

/**
 * The reading whose every word is a currency code (currencyCodeWords), when only one text reads so: answered as a sign of
 * its page, unwarned (windows-1250 `12 Kč` over windows-1252 `12 Kè`); else null. why not when two texts read so: the
 * bytes do not tell which code it is, and the other rules judge.
 */
function currencyCoded(readings: Readings[], candidates: LegacyGuess["candidates"]): LegacyGuess | null {
  const coded = readings.filter((r) => currencyCodeWords(r.text));
  if (coded.length !== 1) return null;
  return { name: coded[0].name, confidence: UNCERTAIN_BELOW, alternative: null, alternatives: [], example: null, candidates };
}

/**
 * `readings` best first, those our score ties ordered by jschardet's odds, or [] when jschardet picks no CJK page. why
 * its odds: two hangul and two hanzi cost alike (cjkScore); jschardet tells EUC-KR `복사` from EUC-JP `差紫`. why []:
 * both signals must see CJK; a right windows-1256 Persian `شرکت` (encbiz), GB18030 a few nats behind, is windows-1256 to jschardet.
 */
async function jschardetCjk(readings: Reading[], evidence: Buffer, cjk: Reading[]): Promise<Reading[]> {
  const js = await cjkStatistics(evidence, cjk);
  if (!CJK.includes(tryNormalizeEncodingName(js.name) ?? "")) return [];
  const odds = (r: Reading) => js.candidates.find((c) => c.name === r.name)?.js ?? 0;
  return [...readings].sort((a, b) => b.score - a.score || odds(b) - odds(a));
}

/**
 * The single-byte answer, warned and naming the CJK reading our score put ahead of it, when jschardet saw no CJK
 * there (every CJK reading ahead named, best first). why: both signals must agree for either to stand silent; a GB18030 number file whose only non-ASCII is one
 * sign (`–` A8 43, a no-break space 81 30 84 32) repeated on every row was answered cp850 or windows-1256 silently.
 */
function unseenCjk(best: Readings, ahead: Reading[], candidates: LegacyGuess["candidates"], evidence: Buffer): LegacyGuess {
  const alternatives = ahead.map((r) => r.name).slice(0, MAX_ALTERNATIVES);
  const other = { name: ahead[0].name, text: decodeOnce(evidence, ahead[0].name), score: 0 };
  return { name: best.name, confidence: UNDECIDABLE, alternative: other.name, alternatives, example: exampleOf(best, other), candidates };
}

/**
 * Whether the evidence is numbers around one or two signs: its words, each digit run folded to one `0`, take at most
 * two shapes, none with two ASCII letters in a row. why: a sign repeated on every row is one character of evidence however many rows hold it; words of
 * text (`afrikankääpiöhaukka`) are evidence the single-byte readings weigh well, and stay out.
 */
function fewSigns(evidence: Buffer): boolean {
  const shapes = new Set(evidence.toString("latin1").split("\n").filter((w) => w !== "").map((w) => w.replace(/[0-9]+/g, "0")));
  return shapes.size <= 2 && ![...shapes].some((w) => /[A-Za-z]{2}/.test(w));
}

/**
 * The reading that reads every high byte as a sign in its place (allSignsInPlace), when the evidence is numbers around one
 * or two signs (fewSigns) and the pick, or a CJK reading ahead of it, reads something else there: silent when it is the
 * only such reading, else warned naming the others (ISO-8859-15 `€` and windows-1255 `₪` are one byte). why: a sign repeated
 * on every row is one character of evidence, but the language scores count it on every row; ISO-8859-15 `12,50 €` was read
 * windows-874 `12,50 ค`, windows-1252 `12,50 €` (A0 80) GB18030 `12,50爛`, a KOI8-R no-break space (9A) cp850 `1Ü234`,
 * silently. Refused: evidence with words of text (more than two distinct high bytes, unless fewSigns), high bytes standing
 * by no figure (`byFigures`, signsByFigures: a word of their own), a pick that reads the signs as signs itself.
 */
function signsOverLetters(readings: Readings[], best: Readings, cjkAhead: boolean, evidence: Buffer, candidates: LegacyGuess["candidates"], byFigures: (codes: boolean) => boolean, loneAmbiguous: (text: string) => boolean, sample: Buffer, from: number): LegacyGuess | null {
  // why unitSignWords: a units export (`°C;µg/m³;±0,5`) holds more distinct signs than two, each a short word of its own (units.ts)
  if (!(fewSigns(evidence) || fewHighBytes(evidence) || unitSignWords(evidence))) return null;
  const signed = readings.filter((r) => allSignsInPlace(r.text) && !shekelsByComma(r.text, evidence, sample, from)).sort((a, b) => b.prior - a.prior || b.score - a.score);
  // why also when the pick reads the signs itself: on a sign or two the other pages come close (KOI8-R `8 729` against
  // cp850 `8Ü729`) and the pick was warned; a no-break space beside figures is one, however few the rows
  // why loneAmbiguous there too: the default page's own lone sign may be a word (Mac Roman `3 ó 4` is windows-1252 `3 — 4`)
  if (signed.length === 0 || (signed.length === 1 && signed[0] === best && !cjkAhead && signsInDefaultPage(best, evidence) && !loneAmbiguous(best.text))) return null;
  const [s, ...others] = signed;
  // why codes only against the pick: a code's digit (`a1×`) is no figure when the sign would overrule the letters' pick
  // (cp857 `a1×` over ISO-8859-2 `a1č`); when the pick reads the sign itself (windows-1252 `T1°`, `A4×`) it takes nothing away
  if (!byFigures(s !== best)) return null;
  if (others.length === 0) {
    const letters = s === best ? readings.find((r) => r !== s) : best;
    const commoner = commonerLetterForSpace(s, readings);
    // why: a unit glued to letters with nothing around it telling a unit may be the letters' word (cp850 `µg`, windows-1252 `æg`; unit-or-word.ts)
    if (s !== best && unitOrWord(s.text, best.text, sample, from)) return warnedOver(s, best, candidates);
    if (letters === undefined || !(commoner !== null || loneAmbiguous(s.text))) return { name: s.name, confidence: UNCERTAIN_BELOW, alternative: null, alternatives: [], example: null, candidates };
    // why warned: a lone sign reads as a one-letter word in the letters' page as well (KOI8-R `3 в 1` is windows-1252 `3 × 1`)
    const house = readings.find((r) => r !== s && r !== letters && lowerGluedInFigures(r.text));
    const named = commoner !== null ? [commoner] : house === undefined ? [letters] : [house, letters];
    return { name: s.name, confidence: UNDECIDABLE, alternative: named[0].name, alternatives: named.map((r) => r.name), example: exampleOf(s, named[0]), candidates };
  }
  const alternatives = others.slice(0, MAX_ALTERNATIVES).map((r) => r.name);
  return { name: s.name, confidence: UNDECIDABLE, alternative: alternatives[0], alternatives, example: exampleOf(s, others[0]), candidates };
}

/**
 * Whether the reading `text` of `evidence` reads a byte as `₪` that stands beside amounts written with a decimal comma in
 * `sample` (decimal-comma.ts): no shekels, so no reading of the signs (ISO-8859-15 `€ 19874,13` is windows-1255 `₪`).
 */
function shekelsByComma(text: string, evidence: Buffer, sample: Buffer, from: number): boolean {
  const at = text.indexOf("₪");
  return at >= 0 && decimalCommaBeside(sample, from, evidence[at]);
}

/**
 * `readings` without those that read a `₪` beside amounts written with a decimal comma and write no Hebrew letter (a Latin
 * file's `€` read in windows-1255), when one is left. why: shekelsByComma judged the signs rule only; price lists with
 * units too (`€`, `×`, `m²`) are decided by the letters' pick, where `15561,62 €` and `15561,62 ₪` score alike and 22
 * ISO-8859-15 encmoney files were warned naming windows-1255. Refused: a reading with a Hebrew letter (a Hebrew file's
 * bytes decide), and any amount beside the sign with a decimal point (decimal-comma.ts).
 */
function withoutLatinShekels(readings: Readings[], evidence: Buffer, sample: Buffer, from: number): Readings[] {
  const kept = readings.filter((r) => HEBREW_LETTER().test(r.text) || !shekelsByComma(r.text, evidence, sample, from));
  return kept.length > 0 ? kept : readings;
}

/**
 * `readings` without those that read `hyphens` otherwise than as hyphens or dashes (bytes that some page reads as a soft
 * hyphen joining words the file writes on their own, soft-hyphen-joins.ts), when one is left. why: `least­covered` is
 * hyphenated, not cp852 `leastşcovered` (a Romanian letter) nor cp850 `least¡covered`, which led windows-1252 once cp852
 * stepped aside: inside a word the soft hyphen pays what a rare sign glued to a word does, more than `¡` pays.
 */
function withoutOthersForHyphens(readings: Readings[], hyphens: number[]): Readings[] {
  if (hyphens.length === 0) return readings;
  const kept = readings.filter((r) => readsHyphensAt(r.name, hyphens));
  return kept.length > 0 ? kept : readings;
}

/** Whether the evidence holds at most two distinct high bytes (a sign, or a no-break space and a sign, on every row, next to a unit or a currency code). */
function fewHighBytes(evidence: Buffer): boolean {
  const seen = new Set<number>();
  for (const b of evidence) if (b >= 0x80 && seen.add(b).size > 2) return false;
  return true;
}

/** Readings named in a warning at most (the closest first): the right page is often second or third (cp850, Mac Roman, windows-1252). */
const MAX_ALTERNATIVES = 3;

/**
 * The readings `best` does not beat by `needed` nats, closest first, `rival` (its worst head-to-head) leading (a warning
 * names MAX_ALTERNATIVES of them). why more than one: where a few words decide, two or three pages read them about as well
 * (Hungarian cp852 `ô` as windows-1250 or cp852, Dutch `ë` as Mac Roman or cp850), and a hint naming one wrong page
 * sends the user to another wrong reading.
 */
function closeReadings(readings: Readings[], best: Readings, rival: Readings, needed: number): Readings[] {
  const others = readings
    .filter((r) => r !== best && r !== rival)
    .map((r) => ({ r, d: advantage(best, r) }))
    .filter((x) => x.d < needed)
    .sort((a, b) => a.d - b.d);
  return [rival, ...others.map((x) => x.r)];
}

/** The page Latin-script exports are most often written in: named in a thin warning it did not win. */
const DEFAULT_PAGE = "windows-1252";
/**
 * Whether the evidence is numbers around one or two signs (fewSigns) and `best`, the default page's reading, reads every
 * high byte as a sign numbers carry, in its place (signInPlace): then it is not warned. why: there the other pages read a letter
 * standing alone among figures (`€ 3.00` as cp866 `А 3.00`, Mac `Ä 3.00`), and a lone byte's score tells nothing:
 * on main a `€` price list was warned naming ibm866, cp737 and Mac Roman.
 */
function signsInDefaultPage(best: Readings, evidence: Buffer): boolean {
  if (!best.names.includes(DEFAULT_PAGE) || !fewSigns(evidence)) return false;
  const at = [...best.text].map((ch, i) => [ch, i] as const).filter(([ch]) => ch.charCodeAt(0) >= 0x80);
  return at.length > 0 && at.every(([ch, i]) => EXPORT_SIGNS.test(ch) && signInPlace(best.text, i));
}

/**
 * The close readings, the default page added last (when there is room) when the evidence is thin, the answer is another
 * page and the default page reads every high byte as a letter. why: on two or three characters the model's rivals are pages like the answer's
 * (`сь` windows-1251 → Mac Cyrillic, windows-1253), while the page the file most likely came from goes unnamed.
 */
function withDefaultPage(close: Readings[], readings: Readings[], best: Readings, evidence: Buffer): Readings[] {
  const def = readings.find((r) => r.names.includes(DEFAULT_PAGE));
  if (def === undefined || def === best || close.includes(def) || !thinEvidence(evidence)) return close;
  if (!/^(?:[\x00-\x7f]|\p{L})*$/u.test(def.text) || def.text === best.text) return close;
  return close.length < MAX_ALTERNATIVES ? [...close, def] : close;
}

const UNDEFINED_CHAR = /[\u0080-\u009f\ufffd]/;

/**
 * The best reading that defines every byte of the evidence, when `best` leaves one undefined (a C1 control or
 * U+FFFD); else null. why: such a byte is no text of the page, so the answer stands on the other words alone and may
 * be wrong (ALL-CAPS Dutch cp850 `SÃO TOMÉ` read as windows-1252 `SÇO TOM\x90`, silently): it is answered, warned.
 */
function undefinedByteRival(readings: Readings[], best: Readings): Readings | null {
  if (!UNDEFINED_CHAR.test(best.text)) return null;
  return [...readings].sort((a, b) => b.score - a.score).find((r) => r !== best && !UNDEFINED_CHAR.test(r.text) && r.text !== best.text) ?? null;
}

