// Signs numbers exports carry (€ 12,50, 21 °C, 1 234 with a no-break space): whether a reading reads every high byte as one, in its place.
import { firstNonAscii } from "./detect.js";
import { lazyRegExp } from "../lazy.js";
import { signGluedInFigures } from "./glued-signs.js";
import { digitEndsCode } from "./code-figures.js";

/** The signs a numbers export writes (currency, unit, range dash, quote, thousands NBSP or ’, ordinal indicator, division), as the default page has them. */
export const EXPORT_SIGNS = /^[€£¥°–—“”µ²³±\u00a0½×÷ªº’]$/u;
/** Any currency sign but ¤ (the generic sign is € read in the wrong page), as other pages have them (₪, ₽, ₩, ₫…). */
const CURRENCY = lazyRegExp(String.raw`^[^¤\P{Sc}]$`, "u");
const SPACE = /^[\u00a0\u202f ]$/u;
const DIGIT = /^[0-9]$/;
const ALNUM = lazyRegExp(String.raw`^[\p{L}\p{N}]$`, "u");

/** Whether text[i] is a currency sign other than EXPORT_SIGNS' at a figure's edge: `₪ 40`, `50¢`, not `2019¢2021` (cp775 reads the en dash so). */
function otherCurrency(text: string, i: number): boolean {
  return CURRENCY().test(text[i]) && !(DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? ""));
}

/**
 * Whether the sign at text[i] sits where numbers exports put it: a power after a letter (`m²`), µ before one (`µg`), °
 * before a capital (`°C`), quotes opening and closing a word or figure (`“VIP”`, `24”`), a no-break space between a figure and a word, the others
 * touching no letter (`€ 3.00`, `2019–2021`).
 * why: glued to a letter otherwise it is a letter of another page (ISO-8859-2 `są` is windows-1252 `s±`, cp850 `más` is
 * `m s` with an NBSP, Mac Roman Italian `sì` is `s“`).
 */
export function signInPlace(text: string, i: number): boolean {
  const c = text[i];
  const before = i > 0 && /\p{L}/u.test(text[i - 1]);
  const after = i + 1 < text.length && /\p{L}/u.test(text[i + 1]);
  // why a letter or figure on the quoted side: a quote quoting nothing is a letter of another page (cp850 `:ö:` is windows-1252 `:”:`)
  if (c === "“") return !before && ALNUM().test(text[i + 1] ?? "");
  if (c === "”") return !after && ALNUM().test(text[i - 1] ?? "");
  if (c === "²" || c === "³") return !after;
  if (c === "µ") return !before;
  // why: a no-break space separates a figure from its unit or currency (`5886,77 RUB`, `12 Kč`); between two letters it is a letter of another page
  if (c === "\u00a0") return !(before && after) && (!(before || after) || /\d/.test(text[before ? i + 1 : i - 1] ?? ""));
  if (c === "°") return !before && (!after || /\p{Lu}/u.test(text[i + 1]));
  // why: an ordinal indicator closes a figure (Spanish and Portuguese `1ª`, `2º`); anywhere else it is a letter of another
  // page, and between figures a dash (Mac Roman `08:00–12:30` is cp857 `08:00º12:30`)
  if (c === "ª" || c === "º") return DIGIT.test(text[i - 1] ?? "") && !after && !DIGIT.test(text[i + 1] ?? "");
  // why glued between figures only: Swiss thousands (`1’037`) and a division (`1÷2`); alone, windows-1251 `ч` (hours, `1 ч`) is ÷
  if (c === "’" || c === "÷") return DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "");
  return !before && !after;
}

const high = (ch: string): boolean => ch.charCodeAt(0) >= 0x80;
const LETTER = lazyRegExp(String.raw`\p{L}`, "u");
const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && LETTER().test(text[i]);

/**
 * Whether a sign glued to letters has a unit's or a quotation's shape: a power after a unit of length or time (`m²`, `km³`,
 * `m/s²`), µ or ° before a unit's one letter (`µg`, `°C`), a quote and its partner in the same word (`“VIP”`). why: a letter of
 * another page reads as such a sign inside a word (Turkish `bulamadı` in cp850 is `bulamad²`, Icelandic `ættir` is `µttir`,
 * Irish cp850 `Asarlaí` in ISO-8859-13 is `Asarla”`).
 */
function unitShaped(text: string, i: number): boolean {
  const c = text[i];
  const before = text.slice(Math.max(0, i - 4), i);
  const after = text.slice(i + 1, i + 4);
  if (c === "²" || c === "³") return !letterAt(text, i - 1) || /(?:^|[^\p{L}])(?:[kcdm]?m|ft|in|yd|s)$/u.test(before);
  if (c === "µ") return !letterAt(text, i + 1) || /^[gmlsAVFHW](?!\p{L})/u.test(after);
  if (c === "°") return !letterAt(text, i + 1) || /^[CFK](?!\p{L})/u.test(after);
  if (c === "”") return !letterAt(text, i - 1) || text.lastIndexOf("“", i) > text.lastIndexOf("\n", i);
  if (c === "“") return !letterAt(text, i + 1) || /^[^\n]*”/u.test(text.slice(i + 1));
  return true;
}

/**
 * Whether every non-ASCII character of `text` is a sign (EXPORT_SIGNS or a currency sign) in its place and, glued to letters,
 * of a unit's or a quotation's shape (unitShaped), and no two signs
 * touch but a no-break space and the sign beside it (`12,50 €`). why not two signs: a CJK character read in a single-byte
 * page is two high bytes side by side (GB2312 `％` is windows-1252 `£¥`); an export writes one sign at a time.
 */
export function allSignsInPlace(text: string): boolean {
  // why by UTF-16 unit: single-byte pages decode to the BMP only
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!high(ch)) continue;
    any = true;
    if (!(EXPORT_SIGNS.test(ch) || otherCurrency(text, i)) || !signInPlace(text, i) || !unitShaped(text, i)) return false;
    const next = text[i + 1] ?? "";
    if (high(next) && !SPACE.test(ch) && !SPACE.test(next)) return false;
  }
  return any;
}

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
const isLetter = (b: number | undefined): boolean => b !== undefined && ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);

/** A figure's space or sign, stepped over to reach it (`€ -12,50`, `(€ 3)`). */
const SKIP = new Set([0x20, 0x2b, 0x2d, 0x28]);

/** The first byte at or past `i` stepping by `step` that is neither a high byte nor in SKIP, at most three steps away. */
function neighbour(sample: Buffer, i: number, step: number): number | undefined {
  for (let k = 0; k < 3 && i >= 0 && i < sample.length; k++, i += step) if (!SKIP.has(sample[i]) && sample[i] < 0x80) return sample[i];
  return undefined;
}

/**
 * Whether every run of high bytes in `sample` from `from` on stands by a figure (`12,50 €`, `€ 3`, `2019–2021`, across a
 * space) or is glued to an ASCII letter (`m²`, `°C`; signInPlace judges those). why: a high byte standing alone between
 * words is a word of its own, a letter (Italian `Non è stato`, which cp857 reads `Non × stato`), not a sign of a figure.
 * `codes` false: a code's digit (`T1`) counts as a figure too (the caller's pick reads the sign itself).
 */
export function signsByFigures(sample: Buffer, from: number, codes = true): boolean {
  for (const [s, e] of highRuns(sample, from)) {
    if (isLetter(sample[s - 1]) || isLetter(sample[e])) continue;
    // why digitEndsCode: a figure glued after a letter ends a code (`a1×`), no quantity a sign belongs to
    const before = codes && isDigit(sample[s - 1]) && digitEndsCode(sample, s - 1) ? undefined : neighbour(sample, s - 1, -1);
    if (!isDigit(before) && !isDigit(neighbour(sample, e, 1))) return false;
  }
  return true;
}

/** Each run of high bytes of `sample` from `from` on, as [start, end). why firstNonAscii: the sample may be megabytes of ASCII rows around one sign. */
function* highRuns(sample: Buffer, from: number): Generator<[number, number]> {
  for (let i = firstNonAscii(sample, from, sample.length); i >= 0; i = firstNonAscii(sample, i, sample.length)) {
    const s = i;
    while (i < sample.length && sample[i] >= 0x80) i++;
    yield [s, i];
  }
}

const LONE_OK = /^[€£¥\u00a0]$/u;

/**
 * Whether a lone sign of the reading (`text`, evidence words one to a line) could as well be a one-letter word of another
 * page: a word of one sign that is not a currency sign or a no-break space (`3 × 1` is KOI8-R `3 в 1`, `2 ³ 3` windows-1251
 * `2 і 3`, `± 9:00` `с 9:00`), or any lone sign with figures on both sides (`3 ¢ 4` is cp850 Spanish `3 ó 4`) or closed by a full stop,
 * or a sign glued between figures (signGluedInFigures: `15±2` is windows-1251 `15с2`). why: a sign
 * standing alone has no shape to tell it from a word of one letter, so such a reading is warned, never silent.
 */
export function loneSignAmbiguous(text: string, sample: Buffer, from: number): boolean {
  for (const word of text.split("\n")) {
    if (word.length === 1 && high(word) && !(LONE_OK.test(word) || CURRENCY().test(word))) return true;
  }
  return loneBetweenFigures(sample, from) || signGluedInFigures(text);
}

/** Whether byte b (undefined past the sample's ends) is neither an ASCII letter nor a figure nor a high byte. */
const isBlankOrCut = (b: number | undefined): boolean => b === undefined || (b < 0x80 && !isDigit(b) && !isLetter(b));

/** Whether a run of high bytes standing alone (no letter or figure glued to it) has figures on both sides (`3 ¢ 4`, `10 – 12`) or a full stop after it (`£.`). */
function loneBetweenFigures(sample: Buffer, from: number): boolean {
  for (const [s, e] of highRuns(sample, from)) {
    if (!isBlankOrCut(sample[s - 1]) || !isBlankOrCut(sample[e])) continue;
    if (isDigit(neighbour(sample, s - 1, -1)) && isDigit(neighbour(sample, e, 1))) return true;
    // why: a sign closed by a full stop is an abbreviation's letter (cp866 `2019 г.` is windows-1252 `2019 £.`)
    if (sample[e] === 0x2e && !isDigit(sample[e + 1])) return true;
  }
  return false;
}
