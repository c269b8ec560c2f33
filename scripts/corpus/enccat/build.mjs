// Builds the enccat set in memory: short export-shaped tables (products, messages, customers, places, ledgers) from translated gettext catalogues, headers in the language, written in the pages each language's exporters use, in a tuning half and a held-out half.
import iconv from "iconv-lite";
import { seededRandom, fits, prepare } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";

/** A tool: [tool, label, delimiter, line end, BOM, quote every field]. */
export const win = (label, delim = ";") => ["excel-win", label, delim, "\r\n", false, false];
export const db = (label) => ["db", label, ",", "\n", false, true];
export const dos = (label) => ["dos", label, ";", "\r\n", false, false];
export const mac = (label) => ["excel-mac", label, ";", "\r", false, false];
/** The Unicode tools; each file of a language draws one (Excel "Unicode text", UTF-16 with and without BOM, UTF-8 ± BOM). */
export const UNICODE = [["excel-unicode", "utf-16le", "\t", "\r\n", true, false], ["utf16be-bom", "utf-16be", ",", "\n", true, true], ["utf16le-nobom", "utf-16le", ",", "\r\n", false, false],
  ["excel-utf8", "utf-8", ";", "\r\n", true, false], ["utf8", "utf-8", ",", "\n", false, false]];

const WEST = [win("windows-1252"), mac("macintosh"), db("iso-8859-15"), dos("cp850")];
const CENTRAL = [win("windows-1250"), db("iso-8859-2"), dos("cp852")];
/**
 * Catalogue locale → [our language code, legacy tools]. why these pages: what Windows, the Mac, databases and DOS
 * programs write for the language; pages the detector does not know (cp775, cp857, cp737, cp855, ISO-8859-3,
 * Mac Cyrillic) are in on purpose: a file in them must be warned, never read silently as something else.
 * Languages with no legacy page here (Indic, Georgian, Armenian…) get Unicode files only.
 */
export const PAGES = {
  de: ["de", WEST], fr: ["fr", WEST], es: ["es", WEST], it: ["it", WEST], pt: ["pt", WEST], pt_BR: ["pt", WEST], ca: ["ca", WEST], nl: ["nl", WEST],
  da: ["da", WEST], sv: ["sv", WEST], nb: ["nb", WEST], nn: ["nn", WEST], fi: ["fi", WEST], is: ["is", WEST], ga: ["ga", WEST], eu: ["eu", WEST],
  gl: ["gl", WEST], ast: ["ast", [win("windows-1252")]], oc: ["oc", [win("windows-1252")]], br: ["br", [win("windows-1252")]], cy: ["cy", [win("windows-1252")]],
  gd: ["gd", [win("windows-1252")]], af: ["af", [win("windows-1252"), db("iso-8859-1")]], id: ["id", [win("windows-1252")]], fur: ["fur", [win("windows-1252")]],
  wa: ["wa", [win("windows-1252")]], nds: ["nds", [win("windows-1252")]], es_AR: ["es", [win("windows-1252")]], fr_CA: ["fr", [mac("macintosh"), win("windows-1252")]],
  pl: ["pl", CENTRAL], cs: ["cs", CENTRAL], sk: ["sk", CENTRAL], hu: ["hu", CENTRAL], hr: ["hr", CENTRAL], sl: ["sl", CENTRAL], bs: ["bs", [win("windows-1250")]],
  ro: ["ro", [...CENTRAL, db("iso-8859-16")]], sq: ["sq", [win("windows-1250"), db("iso-8859-2")]],
  lt: ["lt", [win("windows-1257"), db("iso-8859-13"), db("iso-8859-4"), dos("cp775")]], lv: ["lv", [win("windows-1257"), db("iso-8859-13"), db("iso-8859-4"), dos("cp775")]],
  et: ["et", [win("windows-1257"), db("iso-8859-15"), dos("cp775")]],
  ru: ["ru", [win("windows-1251"), db("koi8-r"), db("iso-8859-5"), dos("ibm866"), mac("maccyrillic")]], uk: ["uk", [win("windows-1251"), db("koi8-u"), dos("ibm866")]],
  be: ["be", [win("windows-1251")]], bg: ["bg", [win("windows-1251"), db("iso-8859-5"), dos("ibm866")]], mk: ["mk", [win("windows-1251"), dos("cp855")]],
  sr: ["sr", [win("windows-1251"), db("iso-8859-5"), dos("cp855")]],
  el: ["el", [win("windows-1253"), db("iso-8859-7"), dos("cp737")]],
  tr: ["tr", [win("windows-1254"), db("iso-8859-9"), dos("cp857")]], ku: ["ku", [win("windows-1254")]], crh: ["crh", [win("windows-1254")]],
  he: ["he", [win("windows-1255", ","), db("iso-8859-8")]], ar: ["ar", [win("windows-1256"), db("iso-8859-6")]], fa: ["fa", [win("windows-1256")]],
  ur: ["ur", [win("windows-1256")]], th: ["th", [win("windows-874", ","), db("tis-620")]], vi: ["vi", [win("windows-1258", ",")]],
  ja: ["ja", [win("shift_jis", ","), db("euc-jp")]], zh_CN: ["zh", [win("gbk", ","), db("gb18030")]], zh_TW: ["zh_TW", [win("big5", ",")]],
  zh_HK: ["zh_HK", [win("big5", ",")]], ko: ["ko", [win("euc-kr", ",")]], eo: ["eo", [db("iso-8859-3")]],
};

/** The iconv-lite codec of a label (WHATWG's shift_jis is cp932, euc-kr cp949). */
export const codecOf = (label) => ({ shift_jis: "cp932", ibm866: "cp866", "tis-620": "tis620", "euc-kr": "cp949" })[label] ?? label;

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
/** The half a value belongs to (0 tuning, 1 held out), by a hash of the value: the halves share no value. */
export const halfOf = (v) => hash(`enccat|${v}`) & 1;

export class Maker {
  constructor(seed) { this.rand = seededRandom(seed); }
  int(lo, hi) { return lo + Math.floor(this.rand() * (hi - lo + 1)); }
  pick(a) { return a[Math.floor(this.rand() * a.length)]; }
}

/** The shapes: column header words (HEADER_WORDS keys or literal) and a row from (maker, value source, index, decimal comma). */
const SHAPES = {
  products: { header: ["SKU", "Description", "Quantity", "Price", "Date"], row: (m, v, i, c) => [`P-${(i * 7919) % 100000}`, v("labels"), String(m.int(0, 500)), money(m, c), dateOf(m)] },
  messages: { header: ["ID", "Type", "Message"], row: (m, v, i) => [String(i + 1), m.pick(["info", "warn", "error"]), v("sentences")] },
  customers: { header: ["ID", "Name", "City", "Country", "Balance"], row: (m, v, i, c) => [String(10000 + i), v(m.rand() < 0.4 ? "names" : "labels"), v("places"), v("places"), money(m, c)] },
  places: { header: ["ID", "Location", "Country", "lat", "lon"], row: (m, v, i, c) => [String(i + 1), v("places"), v("places"), num(m.rand() * 120 - 60, 4, c), num(m.rand() * 300 - 150, 4, c)] },
  ledger: { header: ["Date", "Payee", "Memo", "Amount", "Balance"], row: (m, v, i, c) => [dateOf(m), v(m.rand() < 0.5 ? "names" : "places"), v("labels"), money(m, c), money(m, c)] },
};

export const num = (x, digits, comma) => (comma ? x.toFixed(digits).replace(".", ",") : x.toFixed(digits));
export const money = (m, comma) => num(m.int(-5000, 250000) / 100, 2, comma);
const dateOf = (m) => `${m.int(2015, 2026)}-${String(m.int(1, 12)).padStart(2, "0")}-${String(m.int(1, 28)).padStart(2, "0")}`;

/** One CSV line: quoted when a field holds the delimiter, a quote or a line end (Excel), or always (database dumps). */
export function csvLine(fields, delim, all) {
  return fields.map((f) => (all || f.includes(delim) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delim);
}

/** A language's pools for one half and codec: native values (non-ASCII, encodable), any values, ASCII filler. */
const poolCache = new WeakMap();
function poolsFor(src, half, codec) {
  // why cached: every case and tool of a language draws from the same pools; fits() over thousands of values is slow
  const byKey = poolCache.get(src) ?? new Map();
  poolCache.set(src, byKey);
  const key = `${half}|${codec}`;
  if (!byKey.has(key)) byKey.set(key, freshPools(src, half, codec));
  return byKey.get(key);
}

function freshPools(src, half, codec) {
  const ok = (v) => fits(codec, v);
  const mine = (a) => a.filter((v) => halfOf(v) === half);
  const nat = {};
  const any = {};
  for (const k of ["labels", "sentences", "places", "names"]) {
    const vs = mine(src[k]).filter(ok);
    nat[k] = vs.filter(nonAscii);
    any[k] = vs;
  }
  const ascii = mine(src.english);
  return { nat, any, ascii: { labels: ascii, sentences: ascii.filter((e) => e.includes(" ")), places: mine(src.worldPlaces), names: mine(src.worldPlaces) } };
}

const CASES = ["normal", "short", "sparse", "caps", "mixed", "oneword"];

/**
 * The rows of one file. normal: 5–20 native rows; short: 1–4; sparse: 30–2,000 ASCII rows with ONE native value;
 * caps: 3–20 rows upper-cased (bank and government exports); mixed: English rows with local values in some;
 * oneword: 2–20 ASCII rows with one native value.
 */
function rowsOf(m, shape, p, kase, comma, lang) {
  const n = { normal: m.int(5, 20), short: m.int(1, 4), sparse: m.int(30, 2000), caps: m.int(3, 20), mixed: m.int(5, 20), oneword: m.int(2, 20) }[kase];
  const native = kase === "normal" || kase === "short" || kase === "caps";
  const special = kase === "sparse" || kase === "oneword" ? m.int(0, n - 1) : -1;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const local = native || (kase === "mixed" && m.rand() < 0.35);
    const pools = local ? p.any : p.ascii;
    const from = (k) => m.pick(pools[k]?.length ? pools[k] : pools.labels?.length ? pools.labels : p.ascii.places);
    let row = shape.row(m, from, i, comma);
    if (i === special || (kase === "mixed" && local && !row.some(nonAscii))) {
      const k = row.findIndex((f) => /\p{L}{2}/u.test(f) && !/^P-/.test(f));
      const pool = p.nat.labels.length ? p.nat.labels : p.nat.places;
      if (!pool.length || k < 0) return null;
      const words = pool.filter((v) => !v.includes(" "));
      row[k] = m.pick(kase === "oneword" && words.length ? words : pool);
    }
    if (kase === "caps") row = row.map((f) => f.toLocaleUpperCase(lang.replace("_", "-")));
    rows.push(row);
  }
  return rows;
}

/** The header line: the language's words when its catalogues translate them (upper-cased in caps files), else English. */
function headerOf(shape, src, kase, codec, lang, m) {
  const english = kase === "mixed" || ((kase === "sparse" || kase === "oneword") && m.rand() < 0.5);
  const h = shape.header.map((w) => (!english && src.headers[w] && fits(codec, src.headers[w]) ? src.headers[w] : w));
  return kase === "caps" ? h.map((w) => w.toLocaleUpperCase(lang.replace("_", "-"))) : h;
}

/** One file, or null when the language has no native value for it in this page. */
function makeFile(src, half, seed, tool, kase, uni) {
  const [toolName, label, delim, eol, bom, all] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${half}|${src.locale}|${toolName}|${label}|${kase}`));
  const p = poolsFor(src, half, codec);
  if (p.nat.labels.length + p.nat.places.length < 3) return null;
  const shapeName = m.pick(Object.keys(SHAPES));
  const shape = SHAPES[shapeName];
  const rows = rowsOf(m, shape, p, kase, delim === ";", src.lang);
  if (rows === null || !rows.flat().some(nonAscii) || !rows.flat().every((f) => fits(codec, f))) return null;
  const header = headerOf(shape, src, kase, codec, src.lang, m);
  const text = prepare(codec, [header, ...rows].map((r) => csvLine(r, delim, all)).join(eol) + eol);
  const body = iconv.encode(text, codec);
  const bytes = bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${src.locale}-${shapeName}.csv`;
  return { path, encoding: label, family: toolName, language: src.locale, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes };
}

/**
 * The whole set as [{ path, encoding, family (the tool), language (catalogue locale), difficulty (the case), half, bytes }]
 * from `sources` ([{ locale, lang, labels, sentences, places, names, english, worldPlaces, headers }]).
 */
export function generateCatalogueExports({ sources, seed = 7, halves = [0, 1] }) {
  const out = [];
  for (const half of halves) {
    for (const src of sources) {
      const legacy = PAGES[src.locale]?.[1] ?? [];
      for (const kase of CASES) {
        for (const tool of legacy) {
          const f = makeFile(src, half, seed, tool, kase, false);
          if (f) out.push(f);
        }
        const m = new Maker(hash(`${seed}|${half}|${src.locale}|unicode|${kase}`));
        const f = makeFile(src, half, seed, m.pick(UNICODE), kase, true);
        if (f) out.push(f);
      }
    }
  }
  return out;
}
