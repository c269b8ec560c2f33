// Builds the encmix set in memory: export-shaped tables (customers, addresses, products, orders) from person names, places, country names and fortune cookies, written in the pages each language's exporters use, in a tuning half and a held-out half.
import { win, db, dos, mac, money } from "../enccat/build.mjs";
import { exportSet } from "../lib-export-set.mjs";

const WEST = [win("windows-1252"), mac("macintosh"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850")];
const CENTRAL = [win("windows-1250"), db("iso-8859-2"), dos("cp852")];
const BALTIC = [win("windows-1257"), db("iso-8859-13"), db("iso-8859-4")];
/** Language (i18n-iso-countries code) → the legacy pages its exporters write; ISO-8859-3 (Maltese, Esperanto) is in on purpose. */
export const PAGES = {
  de: WEST, fr: WEST, es: WEST, it: WEST, pt: WEST, ca: WEST, nl: WEST, da: WEST, sv: WEST, nb: WEST, fi: WEST, is: WEST, ga: WEST, eu: WEST, gl: WEST,
  af: [win("windows-1252")], id: [win("windows-1252")], br: [win("windows-1252")], cy: [win("windows-1252")],
  pl: CENTRAL, cs: CENTRAL, sk: CENTRAL, hu: CENTRAL, hr: CENTRAL, sl: CENTRAL, bs: [win("windows-1250")], sq: [win("windows-1250"), db("iso-8859-2")],
  ro: [...CENTRAL, db("iso-8859-16")], lt: [...BALTIC, dos("cp775")], lv: BALTIC, et: [win("windows-1257"), db("iso-8859-15")],
  ru: [win("windows-1251"), db("koi8-r"), db("iso-8859-5"), dos("ibm866"), mac("maccyrillic")], uk: [win("windows-1251"), db("koi8-u"), dos("ibm866")],
  be: [win("windows-1251")], bg: [win("windows-1251"), db("iso-8859-5"), dos("ibm866")], mk: [win("windows-1251")], sr: [win("windows-1251"), db("iso-8859-5")],
  kk: [win("windows-1251")], el: [win("windows-1253"), db("iso-8859-7")], tr: [win("windows-1254"), db("iso-8859-9"), dos("cp857")], az: [win("windows-1254")],
  he: [win("windows-1255", ","), db("iso-8859-8")], ar: [win("windows-1256"), db("iso-8859-6")], fa: [win("windows-1256")], ur: [win("windows-1256")],
  th: [win("windows-874", ","), db("tis-620")], vi: [win("windows-1258", ",")], ja: [win("shift_jis", ","), db("euc-jp")],
  zh: [win("gbk", ","), db("gb18030"), win("big5", ",")], ko: [win("euc-kr", ","), db("euc-kr")], mt: [db("iso-8859-3")], eo: [db("iso-8859-3")],
};

const dateOf = (m) => `${String(m.int(1, 28)).padStart(2, "0")}.${String(m.int(1, 12)).padStart(2, "0")}.${m.int(2015, 2026)}`;

/** The shapes: header and a row from (maker, value source by pool, index, decimal comma). */
const SHAPES = {
  customers: { header: ["id", "name", "city", "country", "balance"], row: (m, v, i, c) => [String(10000 + i), v("names"), v("places"), v("countries"), money(m, c)] },
  addresses: { header: ["id", "contact", "street", "zip", "city", "country"], row: (m, v, i) => [String(i + 1), v("names"), `${m.int(1, 200)} ${v("places")}`, String(m.int(10000, 99999)), v("places"), v("countries")] },
  products: { header: ["sku", "description", "qty", "price", "origin"], row: (m, v, i, c) => [`SKU-${(i * 7919) % 100000}`, v("texts"), String(m.int(0, 900)), money(m, c), v("countries")] },
  orders: { header: ["order", "date", "customer", "ship_to", "total", "note"], row: (m, v, i, c) => [`A${20000 + i}`, dateOf(m), v("names"), v("countries"), money(m, c), m.rand() < 0.5 ? v("texts") : ""] },
};

/**
 * Rows per case. normal: 5–40 rows in the language; short: 1–5 rows; sparse: 50–3,000 English rows with ONE
 * native value; caps: 3–25 rows upper-cased; oneword: 2–15 English rows with one native word; mixed: English rows,
 * a quarter with a local value.
 */
const counts = (m) => ({ normal: m.int(5, 40), short: m.int(1, 5), sparse: m.int(50, 3000), caps: m.int(3, 25), oneword: m.int(2, 15), mixed: m.int(6, 30) });

const set = exportSet({
  salt: "encmix", pages: PAGES, pools: ["names", "places", "countries", "texts"], fallback: "countries", shapes: SHAPES, counts, keep: /^(SKU|A\d)/,
  asciiOf: (src, k) => src.english[k === "texts" ? "countries" : k] ?? [],
  shapeOk: (name, p) => name !== "products" || p.any.texts.length > 0,
});

/** The half a value belongs to (0 tuning, 1 held out), by a hash of the value: the halves share no value. */
export const halfOf = set.halfOf;

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s pools. */
export function generateMixExports({ sources, seed = 8, halves = [0, 1] }) {
  return set.generate({ sources, seed, halves });
}
