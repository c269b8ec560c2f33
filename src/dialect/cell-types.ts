// Does a cell look like a value of a known kind (number, date, word, URL …)? The "type score" of dialect sniffing.

// why: a wrong delimiter leaves cells holding the real delimiter (or halves of quoted text), and such cells
// stop looking like numbers, dates or plain words. The share of cells of a known kind therefore measures how
// well a dialect explains the data (van den Burg et al. 2019, the idea behind CleverCSV). The patterns below
// are our own, written for JavaScript, in the spirit of that paper.
import { lazyRegExp } from "../lazy.js";

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const SPACED_NUMBERS = /^\d+(?: \d+)+$/;
const NUMBER_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$|^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$|^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d*)?$/;
// Words: letters and digits with spaces and a few punctuation marks that never act as delimiters.
const WORD = lazyRegExp(String.raw`^[\p{L}\p{N}\p{M} \-_.()?!]+$`, "u");
// Inside quotes a comma is ordinary text.
const WORD_QUOTED = lazyRegExp(String.raw`^[\p{L}\p{N}\p{M} \-_.()?!,\u060C\uFF0C]+$`, "u");
const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?: ?[AaPp][Mm])?$/;
const DATE = /^(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/. ])\d{1,2}\2(?:\d{4}|\d{2})|\d{1,2}[-/ ][A-Za-z]{3,9}[-/ ](?:\d{4}|\d{2})|\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/;
// A period of econometric data (gretl, Stata, statsmodels): a year and its month or quarter, `1923:06`, `1950:1`.
const PERIOD = /^(?:1[5-9]|20)\d{2}:(?:0?[1-9]|1[0-2])$/;
const TZ = /^(?:Z|[+-]\d{2}(?::?\d{2})?)$/;
const URL = lazyRegExp(String.raw`^(?:(?:https?|ftp|file):\/\/)?(?:(?:[\p{L}\p{N}-]+\.)+(?:[a-z]{2,}|local)|localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][\p{L}\p{N}_/()~?=&%\-#.:+@!,;$*']*)?$`, "u");
const EMAIL = /^[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9-.]+$/;
const CURRENCY = lazyRegExp(String.raw`^\p{Sc}\s?(.+)$|^(.+?)\s?\p{Sc}$`, "u");
const CURRENCY_END = lazyRegExp(String.raw`^\p{Sc}$`, "u");
const UNIX_PATH = /^[~.]?(?:\/[A-Za-z0-9.\-_]+)+\/?$/;
// A URI with a scheme other than http (urn:isbn:…, info:fedora/…, mailto:…).
const URI = lazyRegExp(String.raw`^[a-z][a-z0-9+.-]{1,15}:[\p{L}\p{N}_/()~?=&%\-#.:+@!$*']+$`, "u");
const NA = /^(?:n\/a|#n\/a)$/i;

// why the ASCII twins: a pattern with Unicode property classes costs milliseconds to compile, once per process
// and worker thread, and a small file's start-up paid that in full. On ASCII text each twin gives the same
// answer (\p{L} is A-Za-z there, \p{N} 0-9, \p{Sc} $, \p{M} and the non-ASCII extras nothing), so the
// Unicode patterns are made (lazyRegExp: V8 parses a literal where it is evaluated) only once a cell holds non-ASCII text.
const NON_ASCII = /[^\x00-\x7f]/;
const WORD_ASCII = /^[A-Za-z0-9 \-_.()?!]+$/;
const WORD_QUOTED_ASCII = /^[A-Za-z0-9 \-_.()?!,]+$/;
const URL_ASCII = /^(?:(?:https?|ftp|file):\/\/)?(?:(?:[A-Za-z0-9-]+\.)+(?:[a-z]{2,}|local)|localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][A-Za-z0-9_/()~?=&%\-#.:+@!,;$*']*)?$/;
const CURRENCY_ASCII = /^\$\s?(.+)$|^(.+?)\s?\$$/;
const URI_ASCII = /^[a-z][a-z0-9+.-]{1,15}:[A-Za-z0-9_/()~?=&%\-#.:+@!$*']+$/;

/** One UTF-16 unit: is it a currency sign (\p{Sc})? */
function isCurrencySign(ch: string): boolean {
  return ch.charCodeAt(0) < 128 ? ch === "$" : CURRENCY_END().test(ch);
}

function isNumber(s: string): boolean {
  return NUMBER.test(s) || NUMBER_GROUPED.test(s);
}

function isDateTime(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  let sep = s.indexOf("T");
  if (sep < 0) sep = s.indexOf(" ");
  if (sep < 0) return false;
  if (!DATE.test(s.slice(0, sep))) return false;
  let rest = s.slice(sep + 1).trim();
  const tz = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.exec(rest);
  if (tz && TZ.test(tz[0]) && rest.length > tz[0].length && /\d$/.test(rest.slice(0, rest.length - tz[0].length))) {
    rest = rest.slice(0, rest.length - tz[0].length).trim();
  }
  return TIME.test(rest);
}

/** True when the cell (already unquoted) reads as a value of a known kind. */
export function isKnownType(raw: string, quoted: boolean): boolean {
  const s = raw.trim();
  if (s === "") return true;
  // why: whole numbers parted by a space (`06 1924`) are two cells of a space-separated line cut elsewhere
  // (`1923:06 1924:07` at `:`), not a word; a number grouped by spaces (`1 234 567`) or a date (`01 02 2024`) still is one
  if (SPACED_NUMBERS.test(s)) return NUMBER_GROUPED.test(s) || DATE.test(s);
  if ((quoted ? WORD_QUOTED_ASCII : WORD_ASCII).test(s)) return true;
  const ascii = !NON_ASCII.test(s);
  if (!ascii && (quoted ? WORD_QUOTED : WORD)().test(s)) return true;
  // why: the patterns below can backtrack badly on long text, and no number, date or URL is that long.
  if (s.length > 120) return false;
  if (isNumber(s)) return true;
  if (s.endsWith("%") && isNumber(s.slice(0, -1).trim())) return true;
  if (isCurrencySign(s[0]) || isCurrencySign(s[s.length - 1])) {
    const cur = (ascii ? CURRENCY_ASCII : CURRENCY()).exec(s);
    if (cur && isNumber((cur[1] ?? cur[2] ?? "").trim())) return true;
  }
  if (TIME.test(s) || DATE.test(s) || PERIOD.test(s) || isDateTime(s)) return true;
  if (s.includes(" ")) return NA.test(s);
  if (EMAIL.test(s) || (ascii ? URL_ASCII : URL()).test(s) || (ascii ? URI_ASCII : URI()).test(s) || UNIX_PATH.test(s) || NA.test(s)) return true;
  return false;
}
