// Builds the encexport set in memory: tables shaped like real exports (ids, names, places, amounts, dates; accents sparse) written the way each tool writes them (Excel per locale and on the Mac, "Unicode text", UTF-8 ± BOM, database dumps, DOS), in a tuning half and a held-out half.
import iconv from "iconv-lite";
import { seededRandom, fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";

/** Every group's tools: [tool, label, delimiter, line end, BOM]. why these: what Excel, databases and DOS programs write for that script. */
const EUROPE_UNICODE = [["excel-unicode", "utf-16le", "\t", "\r\n", true], ["excel-utf8", "utf-8", ";", "\r\n", true], ["utf8", "utf-8", ",", "\n", false]];
const ASIA_UNICODE = [["excel-unicode", "utf-16le", "\t", "\r\n", true], ["excel-utf8", "utf-8", ",", "\r\n", true], ["utf8", "utf-8", ",", "\n", false]];
export const TOOLS = {
  west: [["excel-win", "windows-1252", ";", "\r\n"], ["excel-mac", "macintosh", ";", "\r"], ["db-latin1", "iso-8859-1", ",", "\n"], ["db-latin9", "iso-8859-15", "\t", "\n"], ["dos", "cp850", ";", "\r\n"], ...EUROPE_UNICODE],
  central: [["excel-win", "windows-1250", ";", "\r\n"], ["db-latin2", "iso-8859-2", ",", "\n"], ["dos", "cp852", ";", "\r\n"], ...EUROPE_UNICODE],
  cyrillic: [["excel-win", "windows-1251", ";", "\r\n"], ["koi8", "koi8-r", ",", "\n"], ["db-iso", "iso-8859-5", ",", "\n"], ["dos", "ibm866", ";", "\r\n"], ...EUROPE_UNICODE],
  greek: [["excel-win", "windows-1253", ";", "\r\n"], ["db-iso", "iso-8859-7", ",", "\n"], ["dos", "cp737", ";", "\r\n"], ...EUROPE_UNICODE],
  turkish: [["excel-win", "windows-1254", ";", "\r\n"], ["db-iso", "iso-8859-9", ",", "\n"], ["dos", "cp857", ";", "\r\n"], ...EUROPE_UNICODE],
  baltic: [["excel-win", "windows-1257", ";", "\r\n"], ["db-iso", "iso-8859-13", ",", "\n"], ["dos", "cp775", ";", "\r\n"], ...EUROPE_UNICODE],
  japanese: [["excel-win", "shift_jis", ",", "\r\n"], ["db-euc", "euc-jp", ",", "\n"], ...ASIA_UNICODE],
  chinese: [["excel-win", "gbk", ",", "\r\n"], ["db-gb18030", "gb18030", ",", "\n"], ...ASIA_UNICODE],
  taiwanese: [["excel-win", "big5", ",", "\r\n"], ...ASIA_UNICODE],
  korean: [["excel-win", "euc-kr", ",", "\r\n"], ...ASIA_UNICODE],
};
/** KOI8-U for Ukrainian (KOI8-R lacks і ї є ґ). */
const KOI8 = { uk: "koi8-u" };
/** The iconv-lite codec of a label (WHATWG's shift_jis is cp932). */
export const codecOf = (label) => ({ shift_jis: "cp932", ibm866: "cp866" })[label] ?? label;

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);

/** The half a value belongs to (0 tuning, 1 held out), by a hash of the value: the halves share no value. */
const halfOf = (v) => hash(`encexport|${v}`) & 1;

class Maker {
  constructor(seed) { this.rand = seededRandom(seed); }
  int(lo, hi) { return lo + Math.floor(this.rand() * (hi - lo + 1)); }
  pick(a) { return a[Math.floor(this.rand() * a.length)]; }
}

/** Up to `n` values of `pool` in `half`, drawn evenly through it (the lists are sorted; an even draw keeps their spread). */
const samples = new WeakMap();
function sample(pool, half, n) {
  // why cached: a language's lists hold up to 4 million words, drawn from once per half, not once per tool
  const byKey = samples.get(pool) ?? new Map();
  samples.set(pool, byKey);
  const key = `${half}|${n}`;
  if (!byKey.has(key)) byKey.set(key, drawn(pool, half, n));
  return byKey.get(key);
}

function drawn(pool, half, n) {
  const mine = pool.filter((v) => halfOf(v) === half && v.length <= 40);
  const step = Math.max(1, Math.floor(mine.length / n));
  return mine.filter((_, i) => i % step === 0).slice(0, n);
}

/** A language's value pools for one half: ASCII and non-ASCII words and places (non-ASCII kept when the page holds them). */
function pools(src, half, codec, ascii) {
  const words = sample(src.words, half, 3000);
  const places = sample(src.places, half, 1500);
  const phrases = sample(src.phrases, half, 200);
  const ok = (v) => fits(codec, v);
  return {
    nat: { words: words.filter((v) => nonAscii(v) && ok(v)), places: places.filter((v) => nonAscii(v) && ok(v)), phrases: phrases.filter((v) => nonAscii(v) && ok(v)) },
    any: { words: words.filter(ok), places: places.filter(ok), phrases: phrases.filter(ok) },
    ascii,
  };
}

const cap = (w) => w.charAt(0).toLocaleUpperCase() + w.slice(1);

/** The table shapes: a header and a row maker from (maker, value source, row index, decimal comma, date style). */
const SHAPES = {
  customers: {
    header: ["customer_id", "name", "city", "balance", "created"],
    row: (m, v, i, comma, date) => [String(10000 + i), cap(v("words")), v("places"), money(m, comma), dateOf(m, date)],
  },
  products: {
    header: ["sku", "description", "qty", "unit_price", "updated"],
    row: (m, v, i, comma, date) => [`P-${(i * 7919) % 100000}`, v(m.rand() < 0.3 ? "phrases" : "words"), String(m.int(0, 500)), money(m, comma), dateOf(m, date)],
  },
  places: {
    header: ["id", "place", "lat", "lon", "population"],
    row: (m, v, i, comma) => [String(i + 1), v("places"), num(m.rand() * 120 - 60, 5, comma), num(m.rand() * 300 - 150, 5, comma), String(m.int(1000, 900000))],
  },
};

function num(x, digits, comma) {
  const s = x.toFixed(digits);
  return comma ? s.replace(".", ",") : s;
}
const money = (m, comma) => num(m.int(-5000, 250000) / 100, 2, comma);
function dateOf(m, style) {
  const [y, mo, d] = [m.int(2015, 2026), String(m.int(1, 12)).padStart(2, "0"), String(m.int(1, 28)).padStart(2, "0")];
  return style === "iso" ? `${y}-${mo}-${d}` : style === "dot" ? `${d}.${mo}.${y}` : `${d}/${mo}/${y}`;
}

/** One CSV line: fields holding the delimiter, a quote or a line end are quoted, as Excel does. */
function csvLine(fields, delim) {
  return fields.map((f) => (f.includes(delim) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delim);
}

/**
 * The rows of one file. Cases: normal (20–400 rows, values as they come), short (1–5 rows of native values),
 * sparse (50–5,000 rows, ONE native value, the rest ASCII), oneword (3–40 rows, ONE native value).
 */
function rowsOf(m, shape, p, kase, comma, date) {
  const n = { normal: m.int(20, 400), short: m.int(1, 5), sparse: m.int(50, 5000), oneword: m.int(3, 40) }[kase];
  const pools = kase === "normal" ? p.any : kase === "short" ? p.nat : p.ascii;
  const special = kase === "sparse" || kase === "oneword" ? m.int(0, n - 1) : -1;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const from = (k) => {
      const pool = pools[k]?.length ? pools[k] : k === "phrases" ? pools.words : pools.places;
      return m.pick(pool.length ? pool : p.any.words);
    };
    const row = shape.row(m, from, i, comma, date);
    if (i === special) {
      // why one field: the one non-ASCII value of the file (a customer from abroad, one accented product)
      const k = shape === SHAPES.customers ? m.pick([1, 2]) : 1;
      const pool = shape === SHAPES.places || k === 2 ? p.nat.places : p.nat.words;
      if (!pool.length) return null;
      row[k] = k === 1 && shape === SHAPES.customers ? cap(m.pick(pool)) : m.pick(pool);
    }
    rows.push(row);
  }
  return rows;
}

/** ASCII filler for sparse files: the ASCII values of the language, or GeoNames' ASCII names of the world (an international list). */
function asciiPools(src, half, world) {
  const a = (pool, n) => sample(pool, half, n).filter((v) => !nonAscii(v));
  const words = a(src.words, 3000);
  const places = a(src.places, 1500);
  return { words: words.length >= 50 ? words : world, places: places.length >= 50 ? places : world, phrases: words.length >= 50 ? words : world };
}

/**
 * The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, bytes }] from
 * `sources` (sources.mjs). `half` 0 is the tuning half, 1 the held-out half (other values, another seed).
 */
export function generateExports({ sources, seed = 6, halves = [0, 1], world = [] }) {
  const out = [];
  for (const half of halves) {
    for (const src of sources) {
      const ascii = asciiPools(src, half, world.length ? world : ["Springfield", "Riverside", "Franklin", "Clinton", "Madison"]);
      for (const [tool, label0, delim, eol, bom] of TOOLS[src.group]) {
        const label = label0 === "koi8-r" ? (KOI8[src.lang] ?? label0) : label0;
        const codec = codecOf(label);
        const p = pools(src, half, codec, ascii);
        if (p.nat.words.length + p.nat.places.length < 5) continue;
        for (const kase of ["normal", "short", "sparse", "oneword"]) {
          const m = new Maker(hash(`${seed}|${half}|${src.lang}|${tool}|${label}|${kase}`));
          const shapeName = m.pick(Object.keys(SHAPES));
          const comma = delim === ";";
          const date = src.group === "west" && ["fr", "es", "it", "pt", "ca", "gl", "ga"].includes(src.lang) ? "slash" : tool.startsWith("db") ? "iso" : "dot";
          const rows = rowsOf(m, SHAPES[shapeName], p, kase, comma, date);
          if (rows === null) continue;
          const text = [SHAPES[shapeName].header, ...rows].map((r) => csvLine(r, delim)).join(eol) + eol;
          const body = iconv.encode(text, codec);
          const bytes = bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
          const path = `${half ? "held" : "tune"}/${src.group}/${tool}-${label}/${kase}-${src.lang}-${shapeName}.csv`;
          out.push({ path, encoding: label, family: tool, language: src.lang, difficulty: kase, half, group: src.group, bytes });
        }
      }
    }
  }
  return out;
}
