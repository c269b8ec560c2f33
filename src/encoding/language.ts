// Language-aware plausibility: how likely decoded words are in a language the encoding serves (letter pairs from UDHR texts).
import { PAIRS } from "./language-data.js";

/** Single-byte encodings the detector weighs, with the languages each one serves (ids of language-data.ts). */
const WEST = ["fra", "deu", "spa", "cat", "ita", "por", "dan", "nor", "swe", "fin", "isl", "nld", "glg", "eus", "gle"];
const CENTRAL = ["pol", "ces", "slk", "hun", "hrv", "slv", "ron", "deu"];
const BALTIC = ["lit", "lav", "est"];
const CYRILLIC = ["rus", "ukr", "bel", "bul", "srp", "mkd"];
export const SERVES: Record<string, string[]> = {
  "windows-1252": WEST,
  "iso-8859-15": WEST,
  macintosh: WEST,
  "windows-1250": CENTRAL,
  "iso-8859-2": CENTRAL,
  "iso-8859-16": ["ron", "pol", "hun", "hrv", "slv", "deu", "fra", "ita"],
  "windows-1257": BALTIC,
  "iso-8859-13": [...BALTIC, "pol"],
  "iso-8859-4": BALTIC,
  "windows-1251": CYRILLIC,
  "iso-8859-5": CYRILLIC,
  "koi8-r": CYRILLIC,
  "koi8-u": CYRILLIC,
  ibm866: CYRILLIC,
  "windows-1253": ["ell"],
  "iso-8859-7": ["ell"],
  "windows-1254": ["tur"],
  "iso-8859-9": ["tur"],
  "windows-1255": ["heb"],
  "iso-8859-8": ["heb"],
  "windows-1256": ["arb", "pes", "urd"],
  "iso-8859-6": ["arb"],
  "windows-874": ["tha"],
  "windows-1258": ["vie"],
};

/**
 * How common each encoding is in CSV exports, as a log prior (nats, for the whole file). It breaks ties
 * between readings that score alike and picks the commonest among candidates that decode to the same text.
 */
export const PRIOR: Record<string, number> = {
  "windows-1252": 0, "windows-1251": -0.5, "windows-1250": -0.5, "windows-1253": -1, "windows-1254": -1,
  "windows-1255": -1, "windows-1256": -1, "windows-1257": -1, "windows-874": -1, "windows-1258": -1.5,
  "koi8-r": -1, "iso-8859-2": -1.5, "iso-8859-15": -1.5, "iso-8859-7": -1.5, "iso-8859-9": -1.5,
  "iso-8859-5": -2, "iso-8859-8": -2, "iso-8859-6": -2, "iso-8859-13": -2, "koi8-u": -2, ibm866: -2,
  macintosh: -2.5, "iso-8859-4": -3, "iso-8859-16": -3,
};

/** Weight of the letter's own frequency in P(letter | previous letter) (interpolated smoothing). */
const LAMBDA = 0.1;
/** Probability of a letter a language does not use, in its own script (œ in French text) or in another one. */
const UNKNOWN_LETTER = 1e-4;
const FOREIGN_LETTER = 1e-7;
/** An upper-case letter right after a lower-case one, where one of them is not ASCII ("aÉ", "éA"). */
const CASE_FLIP = -6;

interface Model {
  /** The script of the language's commonest letter. */
  script: number;
  pair: Map<number, number>;
  /** Count of each letter as the first of a pair. */
  first: Map<number, number>;
  /** Probability of each letter (and of the word end " "). */
  uni: Map<number, number>;
  /** Log-likelihood of each normalised word already scored. */
  cache: Map<string, number>;
}

const models = new Map<string, Model>();

function model(lang: string): Model {
  let m = models.get(lang);
  if (m !== undefined) return m;
  const pair = new Map<number, number>();
  const first = new Map<number, number>();
  const second = new Map<number, number>();
  let total = 0;
  for (const item of PAIRS[lang].split("|")) {
    const a = item.charCodeAt(0);
    const b = item.charCodeAt(1);
    const c = parseInt(item.slice(2), 36);
    pair.set((a << 16) | b, c);
    first.set(a, (first.get(a) ?? 0) + c);
    second.set(b, (second.get(b) ?? 0) + c);
    total += c;
  }
  const uni = new Map<number, number>();
  let top = 0x20;
  for (const [b, c] of second) {
    uni.set(b, (c + 0.5) / (total + 0.5 * second.size));
    if (b !== 0x20 && c > (second.get(top) ?? 0)) top = b;
  }
  m = { script: scriptOf(top), pair, first, uni, cache: new Map() };
  models.set(lang, m);
  return m;
}

/** A coarse script id for a letter: 1 Latin, 2 Greek, 3 Cyrillic, 4 Hebrew, 5 Arabic, 6 Thai, 7 other. */
function scriptOf(c: number): number {
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 1;
  if (c >= 0x370 && c < 0x400) return 2;
  if (c >= 0x400 && c < 0x530) return 3;
  if (c >= 0x590 && c < 0x600) return 4;
  if ((c >= 0x600 && c < 0x780) || (c >= 0xfb50 && c < 0xff00)) return 5;
  if (c >= 0xe00 && c < 0xe80) return 6;
  return 7;
}

/** NFC, lower case, ș ț folded to ş ţ: the normalisation scripts/build-language-tables.mjs applies. */
export function normWord(word: string): string {
  let out = "";
  for (const ch of word.normalize("NFC")) {
    if (ch === "İ") out += "i";
    else {
      const l = ch.toLowerCase();
      out += l.length === 1 ? l : ch;
    }
  }
  return out.replace(/ș/g, "ş").replace(/ț/g, "ţ");
}

/** Log-likelihood of a normalised word (without its spaces) in `lang`, word start and end included. */
function wordLogLik(m: Model, w: string): number {
  let v = m.cache.get(w);
  if (v !== undefined) return v;
  v = 0;
  let a = 0x20;
  for (let i = 0; i <= w.length; i++) {
    const b = i < w.length ? w.charCodeAt(i) : 0x20;
    const pb = m.uni.get(b) ?? (scriptOf(b) === m.script ? UNKNOWN_LETTER : FOREIGN_LETTER);
    const ca = m.first.get(a) ?? 0;
    const p = ca > 0 ? (1 - LAMBDA) * ((m.pair.get((a << 16) | b) ?? 0) / ca) + LAMBDA * pb : pb;
    v += Math.log(p);
    a = b;
  }
  m.cache.set(w, v);
  return v;
}

/** Log-likelihood of `word` (letters and marks) under the mixture of `langs` (uniform weights). */
function wordScore(word: string, langs: string[]): number {
  const w = normWord(word);
  let best = -Infinity;
  const lls: number[] = [];
  for (const l of langs) {
    const v = wordLogLik(model(l), w);
    lls.push(v);
    if (v > best) best = v;
  }
  let s = 0;
  for (const v of lls) s += Math.exp(v - best);
  return best + Math.log(s / langs.length) + caseScore(word);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Penalty for case flips inside a word where a non-ASCII letter takes part ("ÀëÀ" is fine in no language). */
function caseScore(word: string): number {
  let s = 0;
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) < 0x80 && word.charCodeAt(i - 1) < 0x80) continue;
    if (isUpper(word[i]) && isLower(word[i - 1])) s += CASE_FLIP;
  }
  return s;
}

const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_CURRENCY = /\p{Sc}/u;
const RE_UNASSIGNED = /[\p{Cn}\p{Co}\p{Cc}]/u;
/** Symbols ordinary in CSV text: quotes, dashes, degrees, ordinals, ², ×, ±, №… */
const COMMON_SYMBOLS = new Set([..."\u00a0«»“”‘’„‚–—…°§²³×·©®™µ±¿¡ºª÷№"]);
/** Symbols that may sit between two letters in a real word (l·l in Catalan, d’Artagnan). */
const INSIDE_WORD = new Set([..."’‘·–\u00ad"]);

/** Log-probability of one non-letter, non-ASCII character, given its neighbours. */
function symbolScore(c: string, prev: string, next: string): number {
  let s: number;
  if (c === "\ufffd" || RE_UNASSIGNED.test(c)) return -20;
  const code = c.charCodeAt(0);
  if (COMMON_SYMBOLS.has(c) || (RE_CURRENCY.test(c) && c !== "¤")) s = -5;
  else if (code >= 0x2500 && code <= 0x25ff) s = -15; // box drawing: KOI8/CP866 bytes read in the wrong page
  else s = -9;
  const before = RE_LETTER.test(prev);
  const after = RE_LETTER.test(next);
  if (before && after && !INSIDE_WORD.has(c)) s -= 6;
  // why: a rare symbol glued to a word ("½uf", "¦tefan") is a letter of another code page.
  else if ((before || after) && s === -9) s -= 4;
  return s;
}

/**
 * Log-likelihood of decoded evidence (words separated by "\n") in the languages `encoding` serves:
 * each word scored under the mixture of those languages, each other non-ASCII character by its kind.
 */
export function languageScore(text: string, encoding: string): number {
  const langs = SERVES[encoding];
  let total = PRIOR[encoding] ?? -3;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (RE_LETTER.test(c)) {
      let j = i + 1;
      while (j < n && RE_LETTER.test(text[j])) j++;
      // why every run, ASCII ones too: a wrong reading cuts "määritelmiä" into "m", "ritelmi" and symbols,
      // and the pieces must pay for their odd ends like the whole word pays for its letters.
      total += wordScore(text.slice(i, j), langs);
      i = j;
      continue;
    }
    if (c.charCodeAt(0) >= 0x80) total += symbolScore(c, i > 0 ? text[i - 1] : " ", i + 1 < n ? text[i + 1] : " ");
    i++;
  }
  return total;
}

/** Whether the language model knows `encoding`. */
export function hasLanguageModel(encoding: string): boolean {
  return SERVES[encoding] !== undefined;
}
