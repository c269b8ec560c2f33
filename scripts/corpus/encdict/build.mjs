// Builds the encdict set in memory: exports of autocorrect lists and input-method user dictionaries (shortcut or reading → replacement, with ids, dates and counts) from LibreOffice's real per-language lists and SKK's Japanese dictionary, in the pages each language's exporters use; halves split by language.
import { win, db, dos, mac, codecOf, Maker } from "../enccat/build.mjs";
import { fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { alternatingHalves, keyedFiles, caseEntries, toolBytes } from "../lib-export-set.mjs";

const WEST = [win("windows-1252"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850"), mac("macintosh")];
const CENTRAL = [win("windows-1250"), db("iso-8859-2"), dos("cp852")];
const CYRILLIC = [win("windows-1251"), dos("ibm866")];
/** A list's language tag → the legacy pages its exporters write (Windows, a database dump, DOS, the Mac). English lists are the ASCII filler. */
export const PAGES = {
  ...Object.fromEntries(["af-ZA", "ca-ES", "da-DK", "de", "es", "fi-FI", "fr", "ga-IE", "is-IS", "it", "lb-LU", "nl-BE", "nl-NL", "pt-BR", "pt-PT", "sv-SE"].map((l) => [l, WEST])),
  ...Object.fromEntries(["cs-CZ", "hr-HR", "hu-HU", "pl-PL", "ro-RO", "sk-SK", "sl-SI", "dsb", "hsb"].map((l) => [l, CENTRAL])),
  "ru-RU": [win("windows-1251"), db("koi8-r"), dos("ibm866")], "bg-BG": CYRILLIC, "mn-MN": [win("windows-1251")],
  "el-GR": [win("windows-1253"), db("iso-8859-7")], "tr-TR": [win("windows-1254"), db("iso-8859-9")],
  "lt-LT": [win("windows-1257"), db("iso-8859-13")], "vi-VN": [win("windows-1258", ",")], "fa-IR": [win("windows-1256")],
  "zh-CN": [win("gbk", ","), db("gb18030")], "zh-TW": [win("big5", ",")], "ko-KR": [win("euc-kr", ",")], ja: [win("shift_jis", ","), db("euc-jp")],
};
const FILLER = new Set(["en-US", "en-GB", "en-AU", "en-ZA"]);

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
/** A row of the language's own text: a non-ASCII shortcut, or a non-ASCII replacement that is no symbol. */
const isNative = (e) => nonAscii(e.from) || (!e.symbol && nonAscii(e.to));
const pad = (n) => String(n).padStart(2, "0");
export const DATES = [(d, mo, y, t) => `${y}-${mo}-${d} ${t}`, (d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${d}/${mo}/${y}`, (d, mo, y) => `${mo}/${d}/${y}`];

/** The shapes: header and a row from (maker, entry, index, date, the entry's replacement as the page holds it). */
const SHAPES = {
  autocorrect: { header: ["id", "shortcut", "replacement", "language", "modified", "uses"],
    row: (m, e, i, d, to) => [String(i + 1), e.from, to, e.lang, d(), String(m.int(0, 900))] },
  userdict: { header: ["reading", "word", "part of speech", "frequency", "added"],
    row: (m, e, i, d, to) => [e.from, to, e.symbol ? "symbol" : m.pick(["noun", "noun", "name", "verb", "phrase"]), String(m.int(1, 5000)), d()] },
  corrections: { header: ["wrong", "right", "count", "first seen", "last seen", "user id"],
    row: (m, e, i, d, to) => [e.from, to, String(m.int(1, 40)), d(), d(), `u${m.int(1000, 99999)}`] },
};

/**
 * Cases: rows, and how many of them are the language's own (drawn from all its entries, some of them ASCII) against ASCII
 * rows of the English lists. tiny: 3–10 own rows; few: 5–30; list: 10–300; mixed: 50–1,500 with a quarter own;
 * sparse: 200–3,000 English rows with one or two of the language's non-ASCII rows.
 */
export const CASES = {
  tiny: (m) => ({ rows: m.int(3, 10), own: 1 }),
  few: (m) => ({ rows: m.int(5, 30), own: 1 }),
  list: (m) => ({ rows: m.int(10, 300), own: 1 }),
  mixed: (m) => ({ rows: m.int(50, 1500), own: 0.25 }),
  sparse: (m) => ({ rows: m.int(200, 3000), own: 0, native: m.int(1, 2) }),
};

const CJK = new Set(["zh-CN", "zh-TW", "ko-KR", "ja"]);
const groupOf = (l) => (PAGES[l] === WEST ? "west" : PAGES[l] === CENTRAL ? "central" : CJK.has(l) ? "cjk" : "other");

/** The half of each language (0 tuning, 1 held out): in each group (Western, Central, CJK, the others), languages by number of non-ASCII entries alternate between the halves from a half the group's hash picks. */
export function halvesOf(byLang) {
  return alternatingHalves(Object.keys(PAGES), groupOf, (k) => byLang.get(k)?.native.length ?? 0, "encdict");
}

/** Entries by language: { all, native (isNative) }, and the English lists' ASCII entries (the filler). */
export function byLangOf(entries) {
  const by = new Map();
  const filler = [];
  for (const e of entries) {
    if (FILLER.has(e.lang)) {
      if (!nonAscii(e.from + e.to)) filler.push(e);
      continue;
    }
    if (!PAGES[e.lang]) continue;
    if (!by.has(e.lang)) by.set(e.lang, { all: [], native: [] });
    const b = by.get(e.lang);
    b.all.push(e);
    if (isNative(e)) b.native.push(e);
  }
  return { by, filler };
}

/** A symbol's replacement as a legacy export writes it: itself when the page holds it, else `?` (what Excel's "CSV" save writes). */
const replacementIn = (codec, e) => (e.symbol && !fits(codec, e.to) ? "?" : e.to);

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(lang, b, filler, half, seed, tool, kase, uni) {
  const [toolName, label] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${lang}|${toolName}|${label}|${kase}`));
  const spec = CASES[kase](m);
  const shapeName = m.pick(Object.keys(SHAPES));
  const shape = SHAPES[shapeName];
  const style = DATES[m.int(0, DATES.length - 1)];
  const date = () => style(pad(m.int(1, 28)), pad(m.int(1, 12)), m.int(1998, 2024), `${pad(m.int(0, 23))}:${pad(m.int(0, 59))}`);
  const list = caseEntries(m, b, filler, spec, isNative);
  const rows = list.map((e, i) => shape.row(m, e, i, date, replacementIn(codec, e)));
  const ok = rows.map((r) => r.every((f) => fits(codec, f)));
  const kept = rows.filter((r, i) => ok[i]);
  if (!kept.flat().some(nonAscii)) return null;
  const { text, bytes } = toolBytes(tool, codec, shape.header, kept);
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${lang}-${shapeName}.csv`;
  const letters = [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])].join("");
  const replaced = list.filter((e, i) => ok[i] && replacementIn(codec, e) !== e.to).length;
  return { path, encoding: label, family: toolName, language: lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, dropped: rows.length - kept.length, replaced, rows: kept.length, letters };
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, replaced, rows, letters }] from loadEntries()'s entries. */
export function generateDictionaryExports({ entries, seed = 21, halves = [0, 1] }) {
  const { by, filler } = byLangOf(entries);
  const make = (key, e, half, tool, kase, uni) => makeFile(key, e, filler, half, seed, tool, kase, uni);
  return keyedFiles({ by, halfOf: halvesOf(by), halves, cases: CASES, pages: PAGES, seed, make });
}
