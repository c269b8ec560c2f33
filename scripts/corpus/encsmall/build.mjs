// Builds the encsmall set in memory: small exports (2–40 rows) with thin evidence — 1 to 6 non-ASCII words from translations no other set uses, or only units and punctuation (°C, €, ’, –, NBSP) — in the pages their tools write, a tuning half and a held-out half split by source entry.
import iconv from "iconv-lite";
import { fits, prepare } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { codecOf, Maker, csvLine, win, db, dos, mac, money } from "../enccat/build.mjs";
import { PAGES } from "../encnation/build.mjs";

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
/** The Unicode tools of the set: Excel's UTF-8 (BOM) and plain UTF-8. */
const UTF8 = [["excel-utf8", "utf-8", ";", "\r\n", true, false], ["utf8", "utf-8", ",", "\n", false, false]];
/** English files whose only high characters are units and punctuation: the pages that hold them all. */
const SYMBOL_PAGES = [win("windows-1252"), mac("macintosh"), db("iso-8859-15"), db("iso-8859-1")];
/** Unit and punctuation snippets as exports carry them: [text, needs €]. */
const SYMBOLS = [["21.5 °C", false], ["€ 12.90", true], ["12,90 €", true], ["don’t ship", false], ["“priority”", false], ["2019–2021", false], ["1\u00a0250", false],
  ["5 µm", false], ["±0.5", false], ["12 m²", false], ["Lot — B", false], ["50 %\u00a0off", false], ["café", false], ["½ kg", false], ["© ACME", false]];

/** The half of a source entry (0 tuning, 1 held out): every translation of one English text falls on the same side. */
export const halfOf = (id) => hash(`encsmall|${id}`) & 1;

/**
 * Cases: tiny (2–6 rows, every row native), few (3–40 English rows, 1–6 of them with a native word), oneword (3–40 rows, ONE native word),
 * bare (a one-column list of 2–8 words, 1–3 of them native words of at most 4 letters: `Åsa`, `où`, `süß`), symbols (English, 1–4 unit/punctuation snippets).
 */
const CASES = { tiny: [2, 6, -1], few: [3, 40, 6], oneword: [3, 40, 1], bare: [2, 8, 3] };
const LIST = { name: "list", header: ["name"], row: (m, i, c, a) => [a] };
const SHAPES = [
  { name: "customers", header: ["id", "name", "city", "balance"], row: (m, i, c, a, b) => [String(1000 + i), a, b, money(m, c)] },
  { name: "pricelist", header: ["sku", "item", "price", "note"], row: (m, i, c, a, b) => [`SKU-${(i * 7919) % 10000}`, a, money(m, c), b] },
  { name: "names", header: ["id", "name"], row: (m, i, c, a) => [String(i + 1), a] },
];

/** A language's native values (cell-sized translations) and words for one half and codec, and the English filler of that half. */
function poolsOf(src, half, codec) {
  const mine = src.entries.filter((e) => halfOf(e.id) === half);
  const values = mine.map((e) => e.value).filter((v) => v && nonAscii(v) && fits(codec, v));
  const words = [...new Set(mine.flatMap((e) => e.words))].filter((w) => fits(codec, w));
  const short = words.filter((w) => [...w].length <= 4);
  const english = src.english.filter((v) => halfOf(v) === half).map((v) => v.slice(v.indexOf("|") + 1));
  return { values, words, short, english };
}

function rowsOf(m, shape, p, kase, comma) {
  const [lo, hi, most] = CASES[kase];
  const n = m.int(lo, hi);
  const natives = most < 0 ? n : m.int(1, Math.min(most, n));
  const at = new Set();
  while (at.size < natives) at.add(m.int(0, n - 1));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const nat = at.has(i) ? m.pick(kase === "tiny" && p.values.length ? p.values : kase === "bare" && p.short.length ? p.short : p.words) : null;
    const a = m.pick(p.english), b = m.pick(p.english);
    // why: the native word goes in the name column mostly, the city or note now and then (a one-column list has only the name)
    const second = nat !== null && shape.header.length > 2 && m.rand() >= 0.7;
    rows.push(shape.row(m, i, comma, nat !== null && !second ? nat : a, second ? nat : b));
  }
  return rows;
}

function encodeFile(tool, rows, header) {
  const [, label, delim, eol, bom, all] = tool;
  const codec = codecOf(label);
  if (!rows.flat().some(nonAscii) || !rows.flat().every((f) => fits(codec, f))) return null;
  const text = prepare(codec, [header, ...rows].map((r) => csvLine(r, delim, all)).join(eol) + eol);
  const body = iconv.encode(text, codec);
  return bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
}

function languageFile(src, half, seed, tool, kase, uni) {
  const [toolName, label, delim] = tool;
  const m = new Maker(hash(`${seed}|${half}|${src.lang}|${toolName}|${label}|${kase}|${uni}`));
  const p = poolsOf(src, half, codecOf(label));
  if (p.words.length < 3 || p.english.length < 10) return null;
  const shape = kase === "bare" ? LIST : m.pick(SHAPES);
  const bytes = encodeFile(tool, rowsOf(m, shape, p, kase, delim === ";"), shape.header);
  if (!bytes) return null;
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${src.lang}-${shape.name}.csv`;
  return { path, encoding: label, family: toolName, language: src.lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes };
}

/** An English file whose only non-ASCII characters are 1–4 unit or punctuation snippets. */
function symbolFile(english, half, seed, tool, k, uni) {
  const [toolName, label, delim] = tool;
  const m = new Maker(hash(`${seed}|${half}|symbols|${toolName}|${label}|${k}|${uni}`));
  const n = m.int(3, 40);
  const snippets = SYMBOLS.filter(([, euro]) => !euro || label !== "iso-8859-1");
  const at = new Set();
  const want = m.int(1, Math.min(4, n));
  while (at.size < want) at.add(m.int(0, n - 1));
  const shape = SHAPES[1];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const row = shape.row(m, i, delim === ";", m.pick(english), m.pick(english));
    if (at.has(i)) row[3] = m.pick(snippets)[0];
    rows.push(row);
  }
  const bytes = encodeFile(tool, rows, shape.header);
  if (!bytes) return null;
  return { path: `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/symbols${k}-en-pricelist.csv`, encoding: label, family: toolName, language: "en", difficulty: "symbols", half, group: uni ? "unicode" : "legacy", bytes };
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s languages. */
export function generateSmallExports({ sources, seed = 15, halves = [0, 1] }) {
  const out = [];
  const push = (f) => f && out.push(f);
  for (const half of halves) {
    for (const src of sources) {
      for (const kase of Object.keys(CASES)) {
        for (const tool of PAGES[src.lang] ?? []) push(languageFile(src, half, seed, tool, kase, false));
        const m = new Maker(hash(`${seed}|${half}|${src.lang}|utf8|${kase}`));
        push(languageFile(src, half, seed, m.pick(UTF8), kase, true));
      }
    }
    const english = (sources[0]?.english ?? []).filter((v) => halfOf(v) === half).map((v) => v.slice(v.indexOf("|") + 1));
    if (english.length < 10) continue;
    for (let k = 0; k < 6; k++) {
      for (const tool of [...SYMBOL_PAGES, dos("cp850")]) push(symbolFile(english, half, seed, tool, k, false));
      push(symbolFile(english, half, seed, UTF8[k % 2], k, true));
    }
  }
  return out;
}
