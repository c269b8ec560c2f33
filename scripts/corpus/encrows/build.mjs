// Builds the encrows set in memory: what real feeds do that the earlier sets did not — rows from two sources in one file, tiny files, number exports whose only non-ASCII is a sign, sparse Cyrillic, one-word Greek/Turkish/Baltic/Central files — in a tuning half and a held-out half.
import iconv from "iconv-lite";
import { fits, prepare } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { codecOf, UNICODE, Maker, csvLine, num } from "../enccat/build.mjs";
import { PAGES } from "../encfeed/build.mjs";
import { nonAscii } from "../lib-export-set.mjs";

export const CASES = ["twosource", "tiny", "numbers", "cyrillic", "oneword"];
/** Every page some language is written in here, UTF-8 first: a two-source file one of them reads right is no mixed file. */
const SINGLE = ["utf-8", ...new Set(Object.values(PAGES).flat().map((t) => t[1]))];
const ONEWORD = new Set(["el", "tr", "crh", "az", "lt", "lv", "et", "pl", "cs", "sk", "hu", "hr", "sl", "ro", "sq"]);
const CYRILLIC = new Set(["ru", "uk", "bg", "mk", "sr", "be", "kk", "ky"]);
/** The signs a numbers export may hold, as the tools write them: a unit, a currency, a thousands NBSP, a range dash. */
const SIGNS = [
  ["temp", (m, c) => `${num(m.rand() * 60 - 20, 1, c)} °C`], ["dose", (m, c) => `${num(m.rand() * 900, 1, c)} µg`], ["tol", (m, c) => `±${num(m.rand() * 2, 2, c)}`],
  ["area", (m) => `${m.int(20, 400)} m²`], ["share", (m) => `${m.int(1, 9)}½`], ["price", (m, c) => `€ ${num(m.int(100, 99999) / 100, 2, c)}`],
  ["price", (m, c) => `£${num(m.int(100, 99999) / 100, 2, c)}`], ["price", (m) => `¥${m.int(100, 99999)}`],
  ["total", (m, c) => `${m.int(1, 999)}\u00a0${String(m.int(0, 999)).padStart(3, "0")}${c ? "," : "."}${String(m.int(0, 99)).padStart(2, "0")}`],
  ["range", (m) => { const a = m.int(1, 50); return `${a}–${a + m.int(1, 50)}`; }], ["angle", (m) => `${m.int(0, 359)}°`],
];

const halfOf = (v) => hash(`encrows|${v}`) & 1;
const dateOf = (m) => `${m.int(2016, 2026)}-${String(m.int(1, 12)).padStart(2, "0")}-${String(m.int(1, 28)).padStart(2, "0")}`;

/** A language's values of one half that `codec` can write: native (non-ASCII) ones, and single native words. */
function poolOf(src, half, codec) {
  const all = [...src.labels, ...src.names, ...src.words].filter((v) => halfOf(v) === half && nonAscii(v) && fits(codec, v));
  return { all, one: all.filter((v) => !/\s/.test(v)) };
}
const englishOf = (src, half) => src.english.filter((v) => halfOf(v) === half);

/** English rows `id, item, qty, price, date`; `native` places a value in the item column of the rows it names. */
function englishRows(m, en, n, comma) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push([String(1000 + i), m.pick(en), String(m.int(0, 900)), num(m.int(-5000, 250000) / 100, 2, comma), dateOf(m)]);
  return rows;
}
const HEADER = ["id", "item", "qty", "price", "date"];

/** The text of a table in one tool's way (delimiter, line end, quoting). */
const textOf = (rows, tool) => rows.map((r) => csvLine(r, tool[2], tool[5])).join(tool[3]) + tool[3];
function bytesOf(text, tool) {
  const codec = codecOf(tool[1]);
  const body = iconv.encode(prepare(codec, text), codec);
  return tool[4] ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
}

/** A file of rows from one tool, `n` rows with `k` native values (k = n: every row native). */
function oneSource(m, src, half, tool, n, k, { one = false } = {}) {
  const p = poolOf(src, half, codecOf(tool[1]));
  const pool = one ? p.one : p.all;
  const en = englishOf(src, half);
  if (pool.length < 2 || en.length < 5) return null;
  const rows = englishRows(m, en, n, tool[2] === ";");
  const at = new Set();
  while (at.size < Math.min(k, n)) at.add(m.int(0, n - 1));
  for (const i of at) rows[i][1] = m.pick(pool);
  return bytesOf(textOf([HEADER, ...rows], tool), tool);
}

/**
 * A file whose rows come from two sources: `base` rows, then (or among them) `extra` rows written by another tool.
 * Returns { bytes, text (what was meant), badRows (1-based data rows from the second source) }, or null.
 */
function twoSource(m, src, half, base, extra, nBase, nExtra, interleave) {
  const pb = poolOf(src, half, codecOf(base[1]));
  const pe = poolOf(src, half, codecOf(extra[1]));
  const en = englishOf(src, half);
  if (pb.all.length < 2 || pe.all.length < 2 || en.length < 5) return null;
  const comma = base[2] === ";";
  const rows = englishRows(m, en, nBase + nExtra, comma);
  const bad = new Set();
  while (bad.size < nExtra) bad.add(interleave ? m.int(0, nBase + nExtra - 1) : nBase + bad.size);
  rows.forEach((r, i) => { if (bad.has(i) || m.rand() < 0.5) r[1] = m.pick(bad.has(i) ? pe.all : pb.all); });
  const parts = [bytesOf(textOf([HEADER], base), base)];
  rows.forEach((r, i) => parts.push(bytesOf(textOf([r], base), bad.has(i) ? [base[0], extra[1], ...base.slice(2, 4), false, base[5]] : base)));
  return { bytes: Buffer.concat(parts), text: textOf([HEADER, ...rows], base), badRows: [...bad].map((i) => i + 1).sort((a, b) => a - b) };
}

/** The single page that reads `bytes` as `text`, or "mixed". */
function labelOf(bytes, text) {
  const t = text.normalize("NFC");
  return SINGLE.find((l) => iconv.decode(bytes, codecOf(l), { stripBOM: true }).normalize("NFC") === t) ?? "mixed";
}

const windowsOf = (lang) => (PAGES[lang] ?? []).find((t) => t[0] === "excel-win");
const dbOf = (lang) => (PAGES[lang] ?? []).find((t) => t[0] === "db");
const UTF8 = UNICODE.find((t) => t[0] === "utf8");
const W1252 = ["excel-win", "windows-1252", ";", "\r\n", false, false];

/** The two-source files of a language: its Windows export with UTF-8 rows appended, its database dump with a few windows-1252 smart-quote rows, UTF-8 with one row in its Windows page. */
function twoSourceFiles(m, src, half) {
  const win = windowsOf(src.lang);
  const db = dbOf(src.lang);
  const out = [];
  if (win) out.push(["win-then-utf8", twoSource(m, src, half, win, UTF8, m.int(3, 40), m.int(1, 5), false)]);
  if (db) out.push(["dump-with-1252-quotes", quotedDump(m, src, half, db)]);
  if (win) out.push(["utf8-one-legacy-row", twoSource(m, src, half, UTF8, win, m.int(3, 30), 1, true)]);
  return out.filter((x) => x[1]);
}

/**
 * A database dump in an ISO-8859 page into which 1–3 values were pasted from Word: their smart quotes or dash are
 * windows-1252 bytes, every other character is in the dump's page.
 */
function quotedDump(m, src, half, db) {
  const codec = codecOf(db[1]);
  const p = poolOf(src, half, codec);
  const en = englishOf(src, half);
  if (p.all.length < 2 || en.length < 5) return null;
  const n = m.int(4, 30);
  const rows = englishRows(m, en, n, false);
  const bad = new Set();
  while (bad.size < Math.min(n, m.int(1, 3))) bad.add(m.int(0, n - 1));
  const [open, close] = m.pick([["\u201c", "\u201d"], ["\u2013 ", ""], ["", "\u2019s"]]);
  rows.forEach((r, i) => { r[1] = bad.has(i) ? `${open}${m.pick(p.all)}${close}` : m.rand() < 0.6 ? m.pick(p.all) : r[1]; });
  const lines = [HEADER, ...rows].map((r) => csvLine(r, db[2], db[5]) + db[3]);
  const enc = (ch) => (/[\u201c\u201d\u2013\u2019]/.test(ch) ? iconv.encode(ch, "windows-1252") : iconv.encode(prepare(codec, ch), codec));
  const bytes = Buffer.concat(lines.map((l) => Buffer.concat([...l].map(enc))));
  return { bytes, text: lines.join(""), badRows: [...bad].map((i) => i + 1).sort((x, y) => x - y) };
}

/** A numbers export: 5–60 rows of figures whose only non-ASCII character is one sign, in `tool`'s page; null when the page cannot write it. */
function numbersFile(m, tool) {
  const [col, sign] = m.pick(SIGNS);
  const comma = tool[2] === ";";
  const rows = [["id", "station", col, "count"]];
  for (let i = 0, n = m.int(5, 60); i < n; i++) rows.push([String(i + 1), `S${m.int(100, 999)}`, m.rand() < 0.7 ? sign(m, comma) : num(m.rand() * 100, 1, comma), String(m.int(0, 5000))]);
  const text = textOf(rows, tool);
  if (!nonAscii(text) || !fits(codecOf(tool[1]), text)) return null;
  return { bytes: bytesOf(text, tool), col };
}

/** One language's files of one half: [{ path, encoding, family, language, difficulty, half, group, bytes, badRows? }]. */
function languageFiles(src, half, seed) {
  const out = [];
  const tools = [...(PAGES[src.lang] ?? [])];
  const m = new Maker(hash(`${seed}|${half}|${src.lang}`));
  const push = (kase, tool, bytes, name, extra = {}) => {
    if (!bytes) return;
    const uni = /^utf-/.test(tool[1]);
    out.push({ path: `${half ? "held" : "tune"}/${kase}/${tool[0]}-${tool[1]}/${src.lang}-${name}.csv`, encoding: tool[1], family: tool[0], language: src.lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, ...extra });
  };
  for (const [name, f] of twoSourceFiles(m, src, half)) {
    const label = labelOf(f.bytes, f.text);
    push("twosource", ["two-source", label], f.bytes, name, label === "mixed" ? { badRows: f.badRows } : {});
  }
  for (const tool of [...tools, m.pick(UNICODE)]) {
    const n = m.int(2, 10);
    push("tiny", tool, oneSource(m, src, half, tool, n, m.int(1, 2)), "tiny");
    if (CYRILLIC.has(src.lang)) push("cyrillic", tool, oneSource(m, src, half, tool, m.int(20, 400), m.int(1, 3)), "sparse");
    if (ONEWORD.has(src.lang)) push("oneword", tool, oneSource(m, src, half, tool, m.int(2, 15), 1, { one: true }), "oneword");
  }
  return out;
}

/** The numbers files of one half: two per page (the sign and the shape drawn by the seed). */
function numbersFiles(half, seed) {
  const out = [];
  const tools = new Map(Object.values(PAGES).flat().map((t) => [t[1], t]));
  for (const tool of [...tools.values(), ...UNICODE]) {
    for (const k of [0, 1]) {
      const m = new Maker(hash(`${seed}|${half}|numbers|${tool[0]}|${tool[1]}|${k}`));
      const f = numbersFile(m, tool);
      if (f) out.push({ path: `${half ? "held" : "tune"}/numbers/${tool[0]}-${tool[1]}/${f.col}-${k}.csv`, encoding: tool[1], family: tool[0], language: "-", difficulty: "numbers", half, group: /^utf-/.test(tool[1]) ? "unicode" : "legacy", bytes: f.bytes });
    }
  }
  return out;
}

/** The whole set from loadSources()'s pools. A two-source file no single page reads right has encoding "mixed" and its `badRows`. */
export function generateRowsSet({ sources, seed = 10, halves = [0, 1] }) {
  const out = [];
  for (const half of halves) {
    for (const src of sources) out.push(...languageFiles(src, half, seed));
    out.push(...numbersFiles(half, seed));
  }
  return out;
}
