// Language-aware plausibility: how likely decoded words are in a language the encoding serves (letter pairs from UDHR texts).
import { ALPHABETS, PAIRS } from "./language-data.js";
import { latinNameScore } from "./latin-names.js";
import { dashInWordCost } from "./dash-in-word.js";
import { lazyRegExp } from "../lazy.js";
import { doubledLowQuoteCost } from "./doubled-low-quote.js";
import { rareSignBetweenWordsCost } from "./rare-sign-between-words.js";
import { standInQuoteCost } from "./stand-in-quote.js";

/** Single-byte encodings the detector weighs, with the languages each one serves (ids of language-data.ts). */
const WEST = ["fra", "deu", "spa", "cat", "ita", "por", "dan", "nor", "swe", "fin", "isl", "nld", "glg", "eus", "gle", "est", "fur", "cym", "bre", "oci", "ast", "gla", "fao", "ltz"];
/**
 * The Latin-1 pages' languages: WEST and Albanian. why Albanian: Latin-1 writes its `ë` `ç`, and without it no language of
 * these pages wrote `ë` often, so Albanian names in a Western list (`Krujë`, `Delvinë`) read better as Lithuanian `Krujė`
 * and drew Dutch gazetteers to windows-1257 (silently where `-ië` names were many). why not Mac Roman or cp850: there
 * `ë` is 0x91 and 0x89, windows-1252's `‘` and `‰`, and an Uzbek `Yangibog‘` read as Mac Roman `Yangibogë`, silently.
 */
const LATIN1 = [...WEST, "sqi"];
/**
 * Languages whose exports are rare beside their page's other languages (Occitan, Asturian, Scottish Gaelic, Faroese,
 * Luxembourgish), and what choosing one as a file's language costs (log of its weight against a language of weight 1).
 * why: the choice of a file's language is a prior like the page's; uniform over 24 Western languages, five small ones
 * would each be as likely as French, and their letter pairs would win close calls of other pages' words by chance
 * (Slovak `Čas` read as windows-1252 `Èas`, Lithuanian `Siunčiama` as `Siunèiama`).
 */
const RARE_LANGUAGES = new Set(["oci", "ast", "gla", "fao", "ltz"]);
const RARE_LANGUAGE = -3;

/** Log weight of `lang` as a file's language: 0, or RARE_LANGUAGE for a language whose exports are rare. */
export function languageLogWeight(lang: string): number {
  return RARE_LANGUAGES.has(lang) ? RARE_LANGUAGE : 0;
}
const CENTRAL = ["pol", "ces", "slk", "hun", "hrv", "slv", "ron", "deu", "sqi"];
/** Turkish and Kurdish (Kurmanji): the languages of the Turkish pages. */
const TURKISH = ["tur", "kmr"];
const BALTIC = ["lit", "lav", "est"];
const CYRILLIC = ["rus", "ukr", "bel", "bul", "srp", "mkd"];
export const SERVES: Record<string, string[]> = {
  "windows-1252": LATIN1,
  "iso-8859-15": LATIN1,
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
  "windows-1254": TURKISH,
  "iso-8859-9": TURKISH,
  "windows-1255": ["heb"],
  "iso-8859-8": ["heb"],
  "windows-1256": ["arb", "pes", "urd"],
  "iso-8859-6": ["arb"],
  "windows-874": ["tha"],
  "windows-1258": ["vie"],
  // why DOS pages: accounting and database programs of the DOS era still write Western and Central European exports in them
  cp850: WEST,
  cp852: CENTRAL,
  // why the other DOS pages and Mac Cyrillic: without them a Baltic, Turkish, Greek or Serbian DOS export, or a Russian
  // one from Excel on the Mac, was read silently in a page that happens to hold its letters elsewhere (enccat)
  cp775: BALTIC,
  // why Western languages too: cp857 keeps cp850's Western letters; served Turkish alone, it won Italian cp850 files
  // whose only words it reads differently (`lunedì` / `lunedı`) while the words both read alike (`Attività`) could
  // say no more against it than a foreign name does
  cp857: [...TURKISH, ...WEST],
  cp737: ["ell"],
  cp855: CYRILLIC,
  "x-mac-cyrillic": CYRILLIC,
  // why: Maltese (ċ ġ ħ ż) and Esperanto (ĉ ĝ ĥ ĵ ŝ ŭ) exports in their page were read silently as Hungarian
  // ISO-8859-16 (`Fiġi` → `Fiői`) or Czech windows-1250 (`TAŜKENTO` → `TAŢKENTO`) (encmix, enccat)
  "iso-8859-3": ["mlt", "epo"],
  // why Icelandic's own Mac and DOS pages: Mac Roman and cp850 hold its á é ó æ ö at the same bytes, so an export with
  // ð þ in them was read silently as Mac Roman `me›`, `ﬂetta` or cp850 `meÉ` (encstamp); served Icelandic and Faroese only
  maciceland: ["isl", "fao"],
  cp861: ["isl", "fao"],
  // why Mac Central European: Excel on the Mac writes it for Polish, Czech, Slovak and Hungarian; Mac Roman holds its
  // á é í ó ö ü at the same bytes, so a Hungarian list was read silently as Mac Roman `kŒ`, a Polish one as cp852 (encstamp)
  maccenteuro: ["pol", "ces", "slk", "hun", "slv", "deu"],
};

/**
 * How common each encoding is in CSV exports, as a log prior (nats, for the whole file). It breaks ties
 * between readings that score alike and picks the commonest among candidates that decode to the same text.
 */
export const PRIOR: Record<string, number> = {
  "windows-1252": 0, "windows-1251": -1, "windows-1250": -2, "windows-1253": -3, "windows-1254": -3,
  "windows-1255": -3, "windows-1256": -3, "windows-1257": -4, "windows-874": -3, "windows-1258": -4,
  "koi8-r": -3, "iso-8859-2": -3, "iso-8859-15": -3, "iso-8859-7": -3.5, "iso-8859-9": -4,
  "iso-8859-5": -4, "iso-8859-8": -4, "iso-8859-6": -4, "iso-8859-13": -5, "koi8-u": -4, ibm866: -4,
  macintosh: -4, "iso-8859-4": -6, "iso-8859-16": -6, cp850: -6.5, cp852: -6.5,
  cp737: -7, cp775: -9.5, cp857: -10, cp855: -8, "x-mac-cyrillic": -10, "iso-8859-3": -9,
  maciceland: -10, cp861: -10, maccenteuro: -10,
};

/** Weight of the letter's own frequency in P(letter | previous letter) (interpolated smoothing). */
const LAMBDA = 0.03;
/**
 * Probability of a letter of the language's alphabet that its UDHR text happens not to hold, of a letter it
 * does not use but of its own script (ų in Danish), and of a letter of another script.
 */
const ALPHABET_LETTER = 1e-3;
const UNKNOWN_LETTER = 2e-5;
const FOREIGN_LETTER = 1e-7;
const LOG_UNKNOWN = Math.log(UNKNOWN_LETTER);
const LOG_FOREIGN = Math.log(FOREIGN_LETTER);
/** An upper-case letter right after a lower-case one, where one of them is not ASCII ("aÉ", "éA"). */
const CASE_FLIP = -6;

/**
 * One language's model as dense tables: its letters (the word boundary " " first) get local indexes, and
 * `pairLog[a * n + b]` is log P(b | a), smoothed: (1 - λ) c(ab)/c(a) + λ P(b).
 */
interface Model {
  /** The script of the language's commonest letter. */
  script: number;
  /** Local index of each BMP code unit, or -1. */
  index: Int16Array;
  n: number;
  pairLog: Float64Array;
  pairCount: Float64Array;
  /** Count of each letter as the first, and as the second, of a pair; P(letter). */
  first: Float64Array;
  second: Float64Array;
  uni: Float64Array;
  /** log P(b) for each local letter (used after a letter the language does not know). */
  uniLog: Float64Array;
  /** log λ, added to the log-probability of an unknown letter after a known one. */
  lambdaLog: number;
  /** Written without spaces between words (Thai): a value's start and end are no word boundaries of the text. */
  spaceless: boolean;
}

/** Letters per space above which a language counts as written without spaces between words. */
const SPACELESS_RUN = 12;

const models = new Map<string, Model>();

function model(lang: string): Model {
  let m = models.get(lang);
  if (m !== undefined) return m;
  const index = new Int16Array(0x10000).fill(-1);
  const chars: number[] = [];
  const add = (c: number): number => {
    if (index[c] < 0) {
      index[c] = chars.length;
      chars.push(c);
    }
    return index[c];
  };
  add(0x20);
  const items = PAIRS[lang].split("|").map((it) => [add(it.charCodeAt(0)), add(it.charCodeAt(1)), parseInt(it.slice(2), 36)]);
  for (let i = 0; i < ALPHABETS[lang].length; i++) add(ALPHABETS[lang].charCodeAt(i));
  const n = chars.length;
  const pairCount = new Float64Array(n * n);
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  let total = 0;
  for (const [a, b, c] of items) {
    pairCount[a * n + b] = c;
    first[a] += c;
    second[b] += c;
    total += c;
  }
  let seen = 0;
  for (let b = 0; b < n; b++) if (second[b] > 0) seen++;
  const uni = new Float64Array(n);
  let top = 1;
  for (let b = 0; b < n; b++) {
    uni[b] = second[b] > 0 ? (second[b] + 0.5) / (total + 0.5 * seen) : ALPHABET_LETTER;
    if (b > 0 && second[b] > second[top]) top = b;
  }
  // why filled on demand (NaN = not yet): a few hundred pairs are looked up per file, of up to 40 000.
  const pairLog = new Float64Array(n * n).fill(NaN);
  m = { script: scriptOf(chars[top]), index, n, pairLog, pairCount, first, second, uni, uniLog: uni.map(Math.log), lambdaLog: Math.log(LAMBDA), spaceless: total > SPACELESS_RUN * first[0] };
  models.set(lang, m);
  return m;
}

/** log UNKNOWN_LETTER: what a letter of the language's script that its text never writes costs (ellipsis-after-word.ts). */
export const LOG_UNKNOWN_LETTER = LOG_UNKNOWN;

/**
 * The share of `letter`'s occurrences in `lang`'s text that close a word after another letter (Italian `à` in `città`:
 * nearly all; French `à`, a word of its own: few), taking its word-end and word-start shares as independent; 0 for a
 * letter the language does not write.
 */
export function closesWordsShare(letter: string, lang: string): number {
  const m = model(lang);
  const a = m.index[letter.charCodeAt(0)];
  if (a <= 0 || m.first[a] === 0 || m.second[a] === 0) return 0;
  return (m.pairCount[a * m.n] / m.first[a]) * (1 - m.pairCount[a] / m.second[a]);
}

/** scriptOf's id of the Latin script. */
const LATIN = 1;

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

/**
 * The scripts (scriptOf) `text` writes words in: two non-ASCII letters of the script in a row. why not a lone letter: a
 * Latin file's odd byte that a Thai or Greek page reads as a letter (`2 × 6` as windows-874 `2 ื 6`, `¼` as `Ό`) makes no
 * Thai or Greek file whose Latin words are names (latin-names.ts).
 */
function scriptsOfLetters(text: string): Set<number> {
  const found = new Set<number>();
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const script = c >= 0x80 && letterClass(c) !== 0 ? scriptOf(c) : 0;
    if (script !== 0 && script === prev) found.add(script);
    prev = script;
  }
  return found;
}

const RE_COMBINING = /[\u0300-\u036f]/;

/** NFC, lower case, ș ț folded to ş ţ: the normalisation scripts/build-language-tables.mjs applies. */
export function normWord(word: string): string {
  const w = RE_COMBINING.test(word) ? word.normalize("NFC") : word;
  let out = w.toLowerCase();
  // why: a few capitals lower-case to two characters (İ → i̇); keep those as the build script does.
  if (out.length !== w.length) {
    out = "";
    for (const ch of w) {
      if (ch === "İ") out += "i";
      else {
        const l = ch.toLowerCase();
        out += l.length === 1 ? l : ch;
      }
    }
  }
  return out.includes("ș") || out.includes("ț") ? out.replace(/ș/g, "ş").replace(/ț/g, "ţ") : out;
}

/** log P(b | a) for local letters a, b: (1 - λ) c(ab)/c(a) + λ P(b). */
function pairLog(m: Model, a: number, b: number): number {
  const k = a * m.n + b;
  let v = m.pairLog[k];
  if (Number.isNaN(v)) {
    // why: a letter of the alphabet that the UDHR text lacks (Dutch ë) has no pairs at all; it pays its own
    // probability, not λ times it, or it reads worse than a wrong letter of another language.
    const known = m.first[a] > 0 && m.second[b] > 0;
    v = Math.log(known ? (1 - LAMBDA) * (m.pairCount[k] / m.first[a]) + LAMBDA * m.uni[b] : m.uni[b]);
    m.pairLog[k] = v;
  }
  return v;
}

/** Log-likelihood of a normalised word (without its spaces) in `lang`, word start and end included. */
function wordLogLik(m: Model, w: string): number {
  let v = 0;
  // why: in Thai a space ends a phrase, not a word; a CSV value starting or ending is no such end, so the
  // first letter pays its own frequency and the end pays nothing.
  let a = m.spaceless ? -1 : 0; // local index of the previous letter (0 is the word boundary), or -1 when unknown
  const end = m.spaceless ? w.length - 1 : w.length;
  for (let i = 0; i <= end; i++) {
    const code = i < w.length ? w.charCodeAt(i) : 0x20;
    const b = m.index[code];
    if (b >= 0) v += a >= 0 ? pairLog(m, a, b) : m.uniLog[b];
    else v += (scriptOf(code) === m.script ? LOG_UNKNOWN : LOG_FOREIGN) + (a >= 0 ? m.lambdaLog : 0);
    a = b;
  }
  return v;
}

/** `w`'s score in a language, each language scored once (latin-names.ts asks several for every language of a page). */
function latinScorer(w: string): (lang: string) => number {
  const seen = new Map<string, number>();
  return (lang) => {
    let v = seen.get(lang);
    if (v === undefined) seen.set(lang, (v = wordLogLik(model(lang), w)));
    return v;
  };
}

/** Penalty for case flips inside a word where a non-ASCII letter takes part ("ÀëÀ" is fine in no language). */
function caseScore(word: string): number {
  let s = 0;
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) < 0x80 && word.charCodeAt(i - 1) < 0x80) continue;
    if (letterClass(word.charCodeAt(i)) !== UPPER || letterClass(word.charCodeAt(i - 1)) !== LOWER) continue;
    s += CASE_FLIP;
    // why twice for one lower-case letter between capitals: in an ALL-CAPS word it is a capital of another page
    // (cp866 `МОСЬЁЕН` read as Mac Cyrillic `МОСЬрЕН`, which shares every other capital), not a case flip of a name
    if (i >= 2 && letterClass(word.charCodeAt(i - 2)) === UPPER) s += CASE_FLIP;
  }
  return s + capitalPairOpening(word);
}

/**
 * What a word costs that opens with two capitals, one of them not ASCII, and goes on in lower case (`SÜkresultat`,
 * `MÙrtawel`, `TĄmi`). why: names and words open with one capital, ALL-CAPS ones stay capital; a lower-case letter of
 * one page is a capital in another (Mac Roman `ö` is cp850 `Ü`, Welsh `ô` is Mac Roman `Ù`, cp850 `í` is ISO-8859-2 `Ą`).
 */
function capitalPairOpening(word: string): number {
  if (word.length < 3 || (word.charCodeAt(0) < 0x80 && word.charCodeAt(1) < 0x80)) return 0;
  const open = letterClass(word.charCodeAt(0)) === UPPER && letterClass(word.charCodeAt(1)) === UPPER;
  return open && letterClass(word.charCodeAt(2)) === LOWER ? CASE_FLIP : 0;
}

const RE_CURRENCY = lazyRegExp(String.raw`\p{Sc}`, "u");
const RE_UNASSIGNED = lazyRegExp(String.raw`[\p{Cn}\p{Co}\p{Cc}]`, "u");
/** Symbols ordinary in CSV text: quotes, dashes, degrees, ordinals, ², ×, ±, №, Hebrew maqaf and gershayim… */
const COMMON_SYMBOLS = new Set([..."\u00a0«»“”‘’„‚–—…°§²³×·©®™µ±¿¡ºª№\u05be\u05f3\u05f4"]);
/** Symbols that may sit between two letters in a real word (l·l in Catalan, d’Artagnan). */
// why Hebrew maqaf ־ and geresh ׳ / gershayim ״: they join words (ה־Alt) and mark abbreviations (ארה״ב) inside a word.
const INSIDE_WORD = new Set([..."’‘·–\u00ad\u05be\u05f3\u05f4"]);
const HEBREW_MARKS = new Set([..."\u05be\u05f3\u05f4"]);
const OPENERS = new Set([..."„‚«¿¡"]);
// why © ® ™ here: they follow a name ("Windows™") or stand alone, and open no word ("©peciálny" is Špeciálny).
const CLOSERS = new Set([..."’”»©®™"]);
/** Symbols written between numbers or spaces, never glued to a letter ("Pi±" is Pią, "×ena" is Žena). */
const STANDALONE = new Set([..."±×÷§¶"]);
/** A letter run glued to a digit ("1990а1993"): real in "2ème" or "5км", but rare. */
const NEXT_TO_DIGIT = -3;

const LOWER = 1;
const UPPER = 2;
const OTHER_LETTER = 3; // letters without case, and combining marks
const NOT_LETTER = 4;
/** Class of each BMP code unit (LOWER, UPPER, OTHER_LETTER, NOT_LETTER), worked out the first time it is seen. */
const seenClass = new Uint8Array(0x10000);
const RE_LETTER = lazyRegExp(String.raw`[\p{L}\p{M}]`, "u");
const RE_LOWER = lazyRegExp(String.raw`\p{Ll}`, "u");
const RE_UPPER = lazyRegExp(String.raw`\p{Lu}|\p{Lt}`, "u");

/** LOWER, UPPER or OTHER_LETTER for a letter or combining mark, 0 for anything else. */
function letterClass(c: number): number {
  let k = seenClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c < 0x41 || (c >= 0xd800 && c <= 0xdfff) || !RE_LETTER().test(ch) ? NOT_LETTER : RE_LOWER().test(ch) ? LOWER : RE_UPPER().test(ch) ? UPPER : OTHER_LETTER;
    seenClass[c] = k;
  }
  return k === NOT_LETTER ? 0 : k;
}

const isLower = (c: number): boolean => letterClass(c) === LOWER;
const isUpper = (c: number): boolean => letterClass(c) === UPPER;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ellipsis glued after a letter: where a file closes excerpts with `…`, one opening a word opens an excerpt. */
const ELLIPSIS_CLOSING_WORD = lazyRegExp(String.raw`\p{L}…`, "u");

/** Log-probability of one non-letter, non-ASCII character at text[i], given its neighbours (`excerpts`: ELLIPSIS_CLOSING_WORD holds). */
function symbolScore(text: string, i: number, excerpts = false): number {
  const c = text[i];
  if (c === "\ufffd" || RE_UNASSIGNED().test(c)) return -20;
  const code = c.charCodeAt(0);
  const before = i > 0 && letterClass(text.charCodeAt(i - 1)) !== 0;
  const after = i + 1 < text.length && letterClass(text.charCodeAt(i + 1)) !== 0;
  let s: number;
  if (code === 0xa4) return -20; // ¤, the generic currency sign: in practice always € or ₪ read in the wrong code page
  // why: the acute accent is typed as an apostrophe in Dutch, Spanish and Portuguese ("programma´s", "rock´n´roll");
  // only between two letters: opening a word it is the Ž of ISO-8859-15 read in windows-1252 ("´ukovski").
  if (code === 0xb4 && before && after) return -5;
  // why: maqaf, geresh and gershayim join or mark Hebrew words (ה־Alt, ארה״ב); touching no letter they are no Hebrew but
  // another page's sign read in windows-1255 (windows-1252 `12 × 24` is `12 ׳ 24`), and cost what a rare symbol does.
  if (HEBREW_MARKS.has(c) && !before && !after) return -9;
  // why: a vulgar fraction follows a number ("1¾ kg"); glued to a letter it is Œ œ Ÿ or ž read in the wrong page.
  if (code >= 0xbc && code <= 0xbe && i > 0 && isDigit(text.charCodeAt(i - 1)) && !after) return -5;
  const currency = RE_CURRENCY().test(c);
  if (COMMON_SYMBOLS.has(c) || currency) s = -5 + doubledLowQuoteCost(text, i);
  else if (code >= 0x2500 && code <= 0x25ff) s = -15; // box drawing: KOI8/CP866 bytes read in the wrong page
  else s = -9;
  // why: a symbol inside a word ("Al¸eeria") or a rare one glued to it ("½uf", "¦tefan") is a letter of another
  // code page: the very bytes where windows-1252 and ISO-8859-15, or windows-1250 and ISO-8859-2, differ.
  if (before && after && !INSIDE_WORD.has(c)) s -= 10;
  else if (c === "–" && before && after) s += dashInWordCost(text, i);
  else if (c === "‘" && before && after) s += standInQuoteCost(text, i, isLower, isUpper, (k) => letterClass(k) !== 0);
  else if ((before || after) && (s <= -9 || STANDALONE.has(c))) s -= 7;
  // why: ’ » ” open no word ("’γιος" is Άγιος in the wrong Greek code page), nor does £ ("£ukasz" is Łukasz);
  // „ ‚ « ¿ ¡ close none ("Zeeland„" is Zeelandă in Mac Roman); „ ‚ ¿ ¡ cost as much as a closer opening one (cp850
  // `José` read in windows-1252 is `Jos‚`, answered windows-1252 when this cost 4), « less: German quotes »so«.
  else if ((CLOSERS.has(c) || currency) && after && !before) s -= 7;
  // why: a currency sign follows a number or an upper-case code (`JP¥`, `E£`), never a lower-case letter: `ors¢` is
  // Hungarian `orsó` in cp852 read in windows-1252.
  else if (currency && before && !after && letterClass(text.charCodeAt(i - 1)) === LOWER) s -= 7;
  else if (OPENERS.has(c) && before && !after) s -= c === "«" ? 4 : 7;
  // why: ° follows a number (`25°C`, `n°5`); opening a lower-case word it is a letter of another page, ISO-8859-3
  // Maltese `Ħamrun` read in Mac Roman as `°amrun`: it costs what a rare symbol glued to a word costs.
  else if (code === 0xb0 && after && !before && !(i > 0 && isDigit(text.charCodeAt(i - 1))) && letterClass(text.charCodeAt(i + 1)) === LOWER) s -= 11;
  // why: an ellipsis opens a lower-case word only where a quotation resumes (`…and then`), rare in a table's cells; glued
  // so it is a capital of another page read in windows-1252: Mac Roman `Ö` (85) opening Swedish `Östtimor`, `Övre` (`…sttimor`).
  // Refused when an ellipsis also closes a word anywhere (`…according to the report…`): the file cuts excerpts. Only 2,
  // enough to warn, not to outvote the letters: highlights open with `…fear is` and none closes (7 read them Mac Roman `Öfear`).
  else if (c === "…" && !excerpts && after && !before && letterClass(text.charCodeAt(i + 1)) === LOWER) s -= 2;
  // why not the signs that stand alone (`±`, `§`): `gemäß § und` is written; a rare one between lower-case words is a letter
  else if (s <= -9 && !before && !after && !STANDALONE.has(c)) s += rareSignBetweenWordsCost(text, i, isLower);
  return s;
}

/** Languages that write a dotted capital İ (lower-cased to i like every capital). */
const DOTTED_I = new Set(["tur", "kmr"]);

/**
 * What each İ of a word costs in a language that does not write it: a letter of its script it does not use. why:
 * lower-casing makes `İ` an `i`, so an ALL-CAPS Croatian `NORVEŠKA` read in ISO-8859-3 (`NORVEİKA`) scored as
 * `norveika`, a plausible word, and the file was warned although its page was right.
 */
function dottedCapitalCost(word: string): number {
  let n = 0;
  for (const ch of word) if (ch === "İ") n++;
  return n * Math.log(ALPHABET_LETTER);
}

/**
 * Log-likelihood of each line of decoded evidence (one word with its context per line) in each language
 * `encoding` serves: row k holds every line's score in langs[k], each non-letter by its kind (the same in every row).
 * The encoding's prior is not included (see PRIOR). `latinNames`, the reading's text: runs of ASCII letters cost a
 * language of another script what a Latin language makes of them (latin-names.ts) when that text holds words of its
 * script (Latin names in a Cyrillic file); for the evidence words, which hold a high byte beside them. why not otherwise:
 * a reading with signs only (`Z£`, `INC©`, windows-1252 and windows-1253 alike) found its cheapest language in Greek,
 * whose model then read no letter at all.
 */
export function segmentScoresByLanguage(text: string, encoding: string, latinNames?: string): { langs: string[]; rows: number[][] } {
  const langs = SERVES[encoding];
  const scripts = latinNames !== undefined ? scriptsOfLetters(latinNames) : null;
  const rows: number[][] = langs.map(() => []);
  const total = new Float64Array(langs.length);
  const add = (v: number): void => {
    for (let k = 0; k < langs.length; k++) total[k] += v;
  };
  const n = text.length;
  const excerpts = text.includes("…") && ELLIPSIS_CLOSING_WORD().test(text);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      for (let k = 0; k < langs.length; k++) rows[k].push(total[k]);
      total.fill(0);
    } else if (letterClass(c) !== 0) {
      let j = i + 1;
      while (j < n && letterClass(text.charCodeAt(j)) !== 0) j++;
      // why every run, ASCII ones too: a wrong reading cuts "määritelmiä" into "m", "ritelmi" and symbols,
      // and the pieces must pay for their odd ends like the whole word pays for its letters.
      const word = text.slice(i, j);
      const w = normWord(word);
      const extra = caseScore(word) + ((i > 0 && isDigit(text.charCodeAt(i - 1))) || (j < n && isDigit(text.charCodeAt(j))) ? NEXT_TO_DIGIT : 0);
      const dotted = word.includes("İ") ? dottedCapitalCost(word) : 0;
      const inLatin = scripts === null ? null : latinScorer(w);
      for (let k = 0; k < langs.length; k++) {
        const m = model(langs[k]);
        const named = scripts !== null && inLatin !== null ? latinNameScore(w, m.script === LATIN || !scripts.has(m.script), inLatin) : null;
        total[k] += (named ?? wordLogLik(m, w)) + extra + (DOTTED_I.has(langs[k]) ? 0 : dotted);
      }
      i = j;
      continue;
    } else if (c >= 0x80) add(symbolScore(text, i, excerpts));
    i++;
  }
  if (n === 0 || text.charCodeAt(n - 1) !== 0x0a) for (let k = 0; k < langs.length; k++) rows[k].push(total[k]);
  return { langs, rows };
}

/**
 * Log-likelihood of each line of decoded evidence in the languages `encoding` serves, each line in its
 * likeliest language. The encoding's prior is not included (see PRIOR).
 */
export function segmentScores(text: string, encoding: string): number[] {
  const { rows } = segmentScoresByLanguage(text, encoding);
  // why the best language, not a mixture: a word that two encodings decode alike must score alike, whatever
  // the number of languages each serves (an average favoured small sets, a sum large ones).
  return rows[0].map((_, i) => Math.max(...rows.map((r) => r[i])));
}

/** Log-likelihood of decoded text in the languages `encoding` serves, its prior included. */
export function languageScore(text: string, encoding: string): number {
  let total = PRIOR[encoding] ?? -3;
  for (const v of segmentScores(text, encoding)) total += v;
  return total;
}

