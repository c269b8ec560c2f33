// Encoding names: maps user and detector spellings to the WHATWG lower-case labels the report uses.
import { TextDecoder } from "node:util";
import type iconv from "iconv-lite";
import { IngestError } from "../defects/errors.js";
import { lazy, nodeRequire } from "../lazy.js";
import { CJK_NAMES } from "./cjk-pages.js";

/**
 * iconv-lite, loaded at its first use. why lazy: only names outside WHATWG's table (UTF-32, cp437, mac-roman…)
 * reach it; UTF-8, UTF-16 and the WHATWG code pages are TextDecoder's.
 */
export const loadIconv = lazy<typeof iconv>("iconv-lite", "encodings outside the WHATWG set", () => (typeof require === "function" ? require("iconv-lite") : nodeRequire("iconv-lite")));

/**
 * Spellings that WHATWG's label table does not know (or maps somewhere we do not want),
 * keyed by a squashed form (lower case, no `-`, `_`, space or dot).
 */
const EXTRA_ALIASES: Record<string, string> = {
  utf8: "utf-8",
  utf8sig: "utf-8",
  utf16: "utf-16le",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  ucs2: "utf-16le",
  // why: WHATWG has no UTF-32; we decode it with iconv-lite (a BOM'd UTF-32 file is rare but real).
  utf32: "utf-32le",
  utf32le: "utf-32le",
  utf32be: "utf-32be",
  ucs4: "utf-32le",
  // why: WHATWG's shift_jis decoder *is* windows-31j (cp932), and its euc-kr decoder is windows-949 (cp949).
  cp932: "shift_jis",
  ms932: "shift_jis",
  mskanji: "shift_jis",
  sjis: "shift_jis",
  shiftjis: "shift_jis",
  shiftjis2004: "shift_jis",
  cp949: "euc-kr",
  uhc: "euc-kr",
  eucjis2004: "euc-jp",
  // why: GB2312 and GBK are subsets of GB18030, and WHATWG's gbk decoder is the gb18030 decoder; one name.
  gb2312: "gb18030",
  gbk: "gb18030",
  cp936: "gb18030",
  euccn: "gb18030",
  big5hkscs: "big5",
  cp950: "big5",
  latin1: "windows-1252",
  iso88591: "windows-1252",
  ascii: "windows-1252",
  usascii: "windows-1252",
};

/** WHATWG encodings, so that spellings without hyphens (koi8r, eucjp, iso88592) find them. */
const WHATWG = [
  "utf-8", "utf-16le", "utf-16be", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6",
  "iso-8859-7", "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
  "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252",
  "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
  "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr",
];
for (const w of WHATWG) EXTRA_ALIASES[squash(w)] ??= w;
EXTRA_ALIASES["macroman"] = "macintosh";
EXTRA_ALIASES["cp866"] = "ibm866";

function squash(name: string): string {
  return name.trim().toLowerCase().replace(/[-_ .]/g, "");
}

/** Labels TextDecoder accepts in this Node build, remembered. */
const textDecoderSupport = new Map<string, string | null>();

/** The WHATWG name TextDecoder gives `label`, or null when this Node build does not know it. */
export function whatwgName(label: string): string | null {
  const key = label.trim().toLowerCase();
  let v = textDecoderSupport.get(key);
  if (v === undefined) {
    try {
      v = new TextDecoder(key).encoding;
    } catch {
      v = null;
    }
    textDecoderSupport.set(key, v);
  }
  return v;
}

/** Encodings that need iconv-lite because WHATWG (and so TextDecoder) lacks them. */
export function isIconvOnly(name: string): boolean {
  return whatwgName(name) === null && loadIconv().encodingExists(name);
}

/** Same as normalizeEncodingName but returns null instead of throwing. */
export function tryNormalizeEncodingName(name: string): string | null {
  const raw = name.trim().toLowerCase();
  if (raw === "") return null;
  const extra = EXTRA_ALIASES[squash(raw)];
  if (extra !== undefined) return extra;
  const w = whatwgName(raw);
  if (w !== null) {
    if (w === "gbk") return "gb18030";
    return w;
  }
  // why: names outside WHATWG (cp437, cp850, mac-roman, utf-32…) are still decodable with iconv-lite,
  // so --encoding accepts them under iconv-lite's own spelling.
  if (loadIconv().encodingExists(raw)) return raw;
  return null;
}

/**
 * Maps an encoding name or alias (latin1, utf8, cp1252, sjis…) to the WHATWG lower-case label.
 * Throws IngestError("usage") for a name neither WHATWG nor iconv-lite knows.
 */
export function normalizeEncodingName(name: string): string {
  const n = tryNormalizeEncodingName(name);
  if (n === null) {
    throw new IngestError(
      "usage",
      `unknown encoding "${name}"; use a name such as utf-8, windows-1252, iso-8859-2, shift_jis or utf-16le`,
    );
  }
  return n;
}

/** Single-byte encodings: one byte is one UTF-16 code unit, so offsets inside decoded text are exact. */
export function isSingleByte(name: string): boolean {
  return (
    name.startsWith("windows-12") ||
    name.startsWith("iso-8859-") ||
    name === "koi8-r" ||
    name === "koi8-u" ||
    name === "ibm866" ||
    name === "macintosh" ||
    name === "x-mac-cyrillic" ||
    name === "windows-874"
  );
}

/**
 * Whether a file read as `actual` may still be in `expected`. why: a file of pure ASCII reads as valid UTF-8, and it is
 * valid in every ASCII-based single-byte encoding too, so a windows-1252 feed's ASCII-only day is no change; a UTF-8
 * file with any multi-byte character is one. The CJK pages (Shift_JIS, EUC-JP, ISO-2022-JP, GB18030, Big5, EUC-KR) read
 * ASCII bytes as ASCII too (WHATWG's Shift_JIS keeps 0x5C a backslash): their feed's day without a CJK word is no change.
 */
export function mayStillBe(actual: { name: string; bom: boolean; ascii?: boolean } | null, expected: string): boolean {
  if (!actual) return true;
  if (actual.name === expected) return true;
  return actual.name === "utf-8" && actual.ascii === true && !actual.bom && asciiBased(expected);
}

/** Whether every ASCII byte reads as itself in `name`: all but UTF-16 and UTF-32. */
const asciiBased = (name: string): boolean => isSingleByte(name) || CJK_NAMES.has(name);

/** How a feed's history or a baseline profile remembers a file's reading: `bom` absent when not recorded (older state). */
export interface Reading { name: string; bom?: boolean; ascii?: boolean }

const withBom = (name: string, bom: boolean | undefined): string => `${name} ${bom ? "with" : "without"} BOM`;

/**
 * How a file read as `actual` differs from the remembered reading `was` (names for the message), or null when it may
 * still be the same. why the BOM: a UTF export that gains or loses its BOM breaks its readers as surely as a new code
 * page (Excel reads UTF-8 without a BOM as windows-1252; a loader given one reads the first column as `\ufeffid`),
 * and the encoding's name alone hid it. An ASCII-only history is named so, since it was never more than ASCII.
 */
export function readingChange(actual: { name: string; bom: boolean; ascii?: boolean }, was: Reading): { actual: string; expected: string } | null {
  if (!mayStillBe(actual, was.name)) return { actual: actual.name, expected: was.ascii ? `ASCII only (read as ${was.name})` : was.name };
  if (actual.name !== was.name || was.bom === undefined || was.bom === actual.bom || !/^utf-/.test(was.name)) return null;
  return { actual: withBom(actual.name, actual.bom), expected: withBom(was.name, was.bom) };
}
