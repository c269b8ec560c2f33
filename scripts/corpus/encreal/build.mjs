// Builds the encreal set in memory: real tables (sources.mjs) transcoded into every encoding that holds them, as whole files, short heads, one native row among thousands of ASCII rows (first or last), UTF-16/BOM variants, UTF-8 with one legacy row, files cut inside a character.
import iconv from "iconv-lite";
import { ENCODINGS } from "../encprose/build.mjs";
import { seededRandom, fits, prepare, labelCodec } from "../encset/build.mjs";

const LEGACY = ENCODINGS.filter((e) => !/^utf-/.test(e.label));
const BY_LABEL = new Map(ENCODINGS.map((e) => [e.label, e]));
/** Languages the encprose list does not tie to a page: English is written in the Western pages (its non-ASCII names are French, Nordic…). */
const EXTRA_NATIVE = { en: ["windows-1252", "iso-8859-1", "iso-8859-15", "macintosh"], zh_TW: ["big5"], lv: ["windows-1257", "iso-8859-13", "iso-8859-4"] };

/** The legacy encodings that serve a language (its own pages). */
export function nativeEncodings(lang) {
  const set = new Set([...LEGACY.filter((e) => e.languages.includes(lang)).map((e) => e.label), ...(EXTRA_NATIVE[lang] ?? [])]);
  return [...set];
}

export function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const MULTI_BYTE = /^(shift_jis|euc-jp|gbk|gb18030|big5|euc-kr)$/;
const nonAscii = (l) => /[^\x00-\x7f]/.test(l);
/** A line without its accents (NFD minus marks), or null when letters of another script remain: the ASCII filler of sparse files. */
function asciiOf(line) {
  const s = line.normalize("NFD").replace(/\p{M}/gu, "").replace(/[ßæøłđðþ]/g, (c) => ({ ß: "ss", æ: "ae", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th" })[c]);
  return /^[\x00-\x7f]*$/.test(s) ? s : null;
}

/** The table's lines that `codec` holds, or null when none of its non-ASCII lines fit (or too few do: under 90 %). */
function fitting(table, codec) {
  const nat = table.lines.filter(nonAscii);
  const ok = table.lines.filter((l) => fits(codec, l));
  const okNat = ok.filter(nonAscii);
  return okNat.length && okNat.length >= nat.length * 0.9 ? ok : null;
}

function encodeLines(codec, lines, eol, bom = false) {
  const text = prepare(codec, lines.join(eol) + eol);
  const body = iconv.encode(text, codec);
  return bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
}

/** ASCII rows of the table (or its English twin) cycled to `n` rows, with `native` put at `at` (a row index). */
function sparseLines(table, lines, n, native, at) {
  const filler = (table.english ?? lines.slice(1)).map(asciiOf).filter((l) => l !== null && l.length > 0);
  if (filler.length < 5) return null;
  const body = Array.from({ length: n }, (_, i) => filler[i % filler.length]);
  body.splice(at, 0, native);
  return [lines[0], ...body];
}

/** The file's bytes cut right after the first byte of its last multi-byte character (a truncated download). */
function cutInside(codec, lines, eol) {
  const text = prepare(codec, lines.join(eol) + eol);
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) < 0x80) i--;
  if (i < 0) return null;
  const ch = iconv.encode(text.slice(i, i + 1), codec);
  if (ch.length < 2) return null;
  return Buffer.concat([iconv.encode(text.slice(0, i), codec), ch.subarray(0, 1)]);
}

class Maker {
  constructor(seed) {
    this.rand = seededRandom(seed);
  }
  int(lo, hi) { return lo + Math.floor(this.rand() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.rand() * arr.length)]; }
}

/**
 * The whole set as [{ path, encoding, family, language, difficulty, origin, bytes }] from `tables` (sources.mjs).
 * Cases (difficulty): normal (the table), short (header + 3–8 native rows), sparse-first / sparse-last (2,000–6,000
 * ASCII rows, one native row among the first ten or the last three), guest (a page that holds the text but does not
 * serve the language), bom / nobom (UTF-16 and UTF-8 BOM), mixed (UTF-8 with one row in a legacy page), cut.
 */
export function generateReal({ tables, seed = 5 }) {
  const out = [];
  const add = (table, label, difficulty, bytes) => {
    if (!bytes) return;
    const enc = BY_LABEL.get(label);
    const path = `${enc.family}/${label}/${difficulty}-${table.lang}-${table.id}.csv`;
    if (out.some((f) => f.path === path)) return;
    out.push({ path, encoding: label, family: enc.family, language: table.lang, difficulty, origin: table.origin, bytes });
  };
  const groups = new Map();
  for (const t of tables) if (t.origin !== "file") groups.set(t.lang, [...(groups.get(t.lang) ?? []), t]);
  for (const table of tables) {
    const m = new Maker(hash(`${seed}|${table.id}|${table.lang}`));
    const eol = m.pick(["\r\n", "\n", "\n"]);
    const natives = nativeEncodings(table.lang);
    // why one table a page: a language has up to four iso-codes tables; each of its pages gets the variants of one of them
    const group = groups.get(table.lang) ?? [table];
    const k = table.origin === "file" ? 0 : (group.indexOf(table) + seed) % group.length;
    for (const [j, label] of natives.entries()) if (table.origin === "file" || j % group.length === k) variants(out, add, m, table, label, eol);
    // why guests: a page that holds every letter of the table without serving its language (German in windows-1250);
    // single-byte pages only (GB18030 and the other CJK pages hold nearly every script, which no real export relies on),
    // and not windows-1258, whose tone marks the set writes decomposed (é as e + U+0301), as Vietnamese text is, not French
    const guests = LEGACY.filter((e) => !natives.includes(e.label) && !MULTI_BYTE.test(e.label) && e.label !== "windows-1258" && fitting(table, e.codec));
    if (guests.length) {
      const g = m.pick(guests);
      add(table, g.label, "guest", encodeLines(g.codec, fitting(table, g.codec), eol));
    }
    if (table.origin === "file" || hash(`${seed}|${table.id}|${table.lang}`) % 3 === 0) unicodeVariants(add, m, table, eol);
  }
  return out;
}

/** normal, short, sparse-first, sparse-last and (multi-byte pages) cut, for one legacy page serving the table's language. */
function variants(out, add, m, table, label, eol) {
  const codec = labelCodec(label);
  const lines = fitting(table, codec);
  if (!lines) return;
  const nat = lines.slice(1).filter(nonAscii);
  add(table, label, "normal", encodeLines(codec, lines, eol));
  add(table, label, "short", encodeLines(codec, [lines[0], ...nat.slice(0, m.int(3, 8))], eol));
  const n = m.int(2000, 6000);
  const first = sparseLines(table, lines, n, m.pick(nat), m.int(0, 9));
  if (first) add(table, label, "sparse-first", encodeLines(codec, first, eol));
  const last = sparseLines(table, lines, n, m.pick(nat), n - m.int(0, 2));
  if (last) add(table, label, "sparse-last", encodeLines(codec, last, eol));
  if (MULTI_BYTE.test(label)) add(table, label, "cut", cutInside(codec, lines, eol));
}

/** UTF-16 with and without BOM, UTF-8 with BOM (whole and sparse), UTF-8 with one legacy row, UTF-8 and UTF-16 cut inside a character. */
function unicodeVariants(add, m, table, eol) {
  const lines = table.lines;
  for (const wide of ["utf-16le", "utf-16be"]) {
    const bom = m.rand() < 0.5;
    add(table, wide, bom ? "bom" : "nobom", encodeLines(wide, lines, eol, bom));
  }
  add(table, "utf-8", "bom", encodeLines("utf-8", lines, eol, true));
  const nat = lines.slice(1).filter(nonAscii);
  const sparse = sparseLines(table, lines, m.int(2000, 6000), m.pick(nat), m.int(0, 9));
  if (sparse) add(table, "utf-8", "sparse-first", encodeLines("utf-8", sparse, eol));
  add(table, "utf-8", "cut", cutInside("utf-8", lines, eol));
  add(table, "utf-16le", "cut", cutInside("utf-16le", lines, eol));
  // why one legacy row: a UTF-8 export appended to by a tool writing the local page; it must stay UTF-8 with that row flagged
  const legacy = nativeEncodings(table.lang).map((l) => labelCodec(l)).find((c) => !/^(shift_jis|cp932|euc-jp|gbk|gb18030|big5|euc-kr)$/.test(c));
  const at = nat.length ? lines.indexOf(m.pick(nat)) : -1;
  // why three native rows at least: with fewer, the legacy row is most of the file's non-ASCII text and the file is legacy
  if (legacy && at > 0 && nat.length >= 3 && fits(legacy, lines[at])) {
    const parts = lines.map((l, i) => (i === at ? iconv.encode(prepare(legacy, l), legacy) : Buffer.from(l, "utf8")));
    const bytes = Buffer.concat(parts.flatMap((p) => [p, Buffer.from(eol)]));
    // why checked: the legacy row must not itself be valid UTF-8, or the file is not mixed at all
    if (bytes.toString("utf8").includes("\ufffd")) add(table, "utf-8", "mixed", bytes);
  }
}
