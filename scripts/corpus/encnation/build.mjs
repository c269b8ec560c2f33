// Builds the encnation set in memory: export-shaped tables (contacts, addresses, places, thesaurus entries, comments, products) from Freeciv's nations, LibreOffice thesauri and program messages, written in the pages each language's exporters use, in a tuning half and a held-out half split by source.
import { win, db, dos, mac, money, num } from "../enccat/build.mjs";
import { exportSet } from "../lib-export-set.mjs";

const WEST = [win("windows-1252"), mac("macintosh"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850"), dos("cp437")];
const CENTRAL = [win("windows-1250"), db("iso-8859-2"), dos("cp852")];
const BALTIC = [win("windows-1257"), db("iso-8859-13"), db("iso-8859-4"), dos("cp775")];
const CYR = [win("windows-1251"), db("iso-8859-5"), dos("ibm866")];
/** Language → the legacy pages its exporters write; DOS cp437 (US) is in on purpose for Western text, a page the detector does not know. */
export const PAGES = {
  de: WEST, fr: WEST, es: WEST, it: WEST, pt: WEST, ca: WEST, nl: WEST, da: WEST, sv: WEST, nb: WEST, fi: WEST, is: WEST, ga: WEST, eu: WEST, gl: WEST,
  br: [win("windows-1252")], cy: [win("windows-1252"), db("iso-8859-1")], id: [win("windows-1252")], gd: [win("windows-1252")],
  pl: CENTRAL, cs: CENTRAL, sk: CENTRAL, hu: CENTRAL, hr: CENTRAL, sl: CENTRAL, bs: [win("windows-1250")], sq: [win("windows-1250"), db("iso-8859-2")],
  ro: [...CENTRAL, db("iso-8859-16")], lt: BALTIC, lv: BALTIC, et: [win("windows-1257"), db("iso-8859-15"), dos("cp775")],
  ru: [...CYR, db("koi8-r"), mac("maccyrillic")], uk: [win("windows-1251"), db("koi8-u"), dos("ibm866")], bg: CYR, sr: [win("windows-1251"), db("iso-8859-5"), dos("cp855")],
  el: [win("windows-1253"), db("iso-8859-7"), dos("cp737")], tr: [win("windows-1254"), db("iso-8859-9"), dos("cp857")], ku: [win("windows-1254")], az: [win("windows-1254")],
  he: [win("windows-1255", ","), db("iso-8859-8")], ar: [win("windows-1256"), db("iso-8859-6")], fa: [win("windows-1256")],
  vi: [win("windows-1258", ",")], ja: [win("shift_jis", ","), db("euc-jp")], zh: [win("gbk", ","), db("gb18030")], "zh-TW": [win("big5", ",")],
  ko: [win("euc-kr", ","), db("euc-kr")], mt: [db("iso-8859-3")], eo: [db("iso-8859-3")],
};

const DATES = [(d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${mo}/${d}/${y}`, (d, mo, y) => `${y}-${mo}-${d}`, (d, mo, y) => `${d}/${mo}/${y}`];
const dateOf = (m, style) => DATES[style](String(m.int(1, 28)).padStart(2, "0"), String(m.int(1, 12)).padStart(2, "0"), m.int(2009, 2026));

/** The shapes: header and a row from (maker, value source by pool, index, decimal comma). */
const SHAPES = {
  contacts: { header: ["id", "name", "city", "nation", "balance"], row: (m, v, i, c) => [String(50000 + i), v("names"), v("places"), v("nations"), money(m, c)] },
  addresses: { header: ["id", "contact", "street", "zip", "city"], row: (m, v, i) => [String(i + 1), v("names"), `${v("places")} ${m.int(1, 180)}`, String(m.int(1000, 99999)), v("places")] },
  places: { header: ["code", "place", "lat", "lon", "population"], row: (m, v, i, c) => [`PL${1000 + i}`, v("places"), num(m.rand() * 120 - 50, 5, c), num(m.rand() * 300 - 150, 5, c), String(m.int(200, 900000))] },
  thesaurus: { header: ["entry", "headword", "synonyms", "pos"], row: (m, v, i) => [String(i + 1), v("words"), v("syn"), m.pick(["noun", "verb", "adj", "adv"])] },
  comments: { header: ["ticket", "opened", "user", "comment"], row: (m, v, i, c) => [`T-${7000 + i}`, dateOf(m, c ? 0 : m.int(1, 3)), v("names"), v("notes")] },
  products: { header: ["sku", "item", "qty", "price", "note"], row: (m, v, i, c) => [`SKU${(i * 6151) % 100000}`, v("syn"), String(m.int(0, 4000)), money(m, c), m.rand() < 0.4 ? v("notes") : ""] },
};

/** Rows per case: normal 3–60, short 3–6, sparse 100–3,000 English rows with ONE native value, caps 3–25 upper-cased, oneword 3–15 English rows with one native word, mixed 10–200 with a quarter local. */
const counts = (m) => ({ normal: m.int(3, 60), short: m.int(3, 6), sparse: m.int(100, 3000), caps: m.int(3, 25), oneword: m.int(3, 15), mixed: m.int(10, 200) });

const NEEDS = { contacts: ["names", "places"], addresses: ["names", "places"], places: ["places"], thesaurus: ["words", "syn"], comments: ["notes"], products: ["syn"] };

const set = exportSet({
  salt: "encnation", pages: PAGES, pools: ["names", "places", "nations", "words", "syn", "notes"], fallback: "notes", shapes: SHAPES, counts, keep: /^(SKU|T-|PL\d)/,
  asciiOf: (src, k) => src.english[k] ?? [],
  shapeOk: (name, p) => NEEDS[name].some((k) => p.any[k].length > 0),
});

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s pools. */
export function generateNationExports({ sources, seed = 11, halves = [0, 1] }) {
  return set.generate({ sources, seed, halves });
}
