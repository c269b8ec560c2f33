// Builds the encdesk set in memory: export-shaped tables (products, tickets, accounts, places, keyword counts) from translated desktop entries and desktop catalogues, written in the pages each language's exporters use (Western pages weighted most, as real exports are), in a tuning half and a held-out half split by source entry.
import { win, db, dos, mac, money, num } from "../enccat/build.mjs";
import { exportSet } from "../lib-export-set.mjs";
import { PAGES as NATION_PAGES } from "../encnation/build.mjs";

/** A tab-separated dump (a report tool's "text" export): LF, nothing quoted. */
const tsv = (label) => ["tsv", label, "\t", "\n", false, false];
/** Excel on Windows in a locale whose list separator is `,` (English-language Windows), every text field quoted. */
const winComma = (label) => ["excel-win-comma", label, ",", "\r\n", false, true];
const WEST = [win("windows-1252"), tsv("windows-1252"), winComma("windows-1252"), mac("macintosh"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850"), dos("cp437")];
/** Language → the legacy pages its exporters write: encnation's table, Western pages weighted up, plus Thai, Belarusian, Macedonian and Serbian Latin. */
export const PAGES = {
  ...NATION_PAGES,
  ...Object.fromEntries(["de", "fr", "es", "it", "pt", "ca", "nl", "da", "sv", "nb", "fi", "is", "gl", "eu"].map((l) => [l, WEST])),
  pl: [...NATION_PAGES.pl, tsv("windows-1250")], ru: [...NATION_PAGES.ru, tsv("windows-1251")],
  th: [win("windows-874", ","), db("tis-620")], be: [win("windows-1251"), dos("ibm866")], mk: [win("windows-1251"), dos("cp855")],
  "sr-Latn": [win("windows-1250"), db("iso-8859-2")],
};

const DATES = [(d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${mo}/${d}/${y}`, (d, mo, y) => `${y}-${mo}-${d}`, (d, mo, y) => `${d}/${mo}/${y}`];
const dateOf = (m, c) => DATES[c ? m.pick([0, 3]) : m.int(1, 2)](String(m.int(1, 28)).padStart(2, "0"), String(m.int(1, 12)).padStart(2, "0"), m.int(2009, 2026));

/** The shapes: header and a row from (maker, value source by pool, index, decimal comma). */
const SHAPES = {
  products: { header: ["sku", "item", "category", "qty", "price", "updated"], row: (m, v, i, c) => [`SKU${(i * 6151) % 100000}`, v("names"), v("words"), String(m.int(0, 4000)), money(m, c), dateOf(m, c)] },
  tickets: { header: ["ticket", "opened", "product", "comment", "amount"], row: (m, v, i, c) => [`T-${7000 + i}`, dateOf(m, c), v("names"), m.rand() < 0.8 ? v("notes") : "", money(m, c)] },
  accounts: { header: ["id", "account", "city", "balance", "created"], row: (m, v, i, c) => [String(10000 + i), v("names"), v("places"), money(m, c), dateOf(m, c)] },
  places: { header: ["code", "place", "lat", "lon", "population"], row: (m, v, i, c) => [`PL${1000 + i}`, v("places"), num(m.rand() * 120 - 50, 5, c), num(m.rand() * 300 - 150, 5, c), String(m.int(200, 900000))] },
  keywords: { header: ["rank", "keyword", "count", "share"], row: (m, v, i, c) => [String(i + 1), v("words"), String(m.int(1, 90000)), num(m.rand() * 12, 3, c)] },
};
const NEEDS = { products: ["names"], tickets: ["notes", "names"], accounts: ["names", "places"], places: ["places"], keywords: ["words"] };

/** Rows per case: normal 3–60, short 3–6, sparse 100–2,000 English rows with ONE native value, caps 3–25 upper-cased, oneword 3–15 English rows with one native word, mixed 10–200 with a quarter local. */
const counts = (m) => ({ normal: m.int(3, 60), short: m.int(3, 6), sparse: m.int(100, 2000), caps: m.int(3, 25), oneword: m.int(3, 15), mixed: m.int(10, 200) });

const set = exportSet({
  salt: "encdesk", pages: PAGES, pools: ["names", "places", "words", "notes"], fallback: "names", shapes: SHAPES, counts, keep: /^(SKU|T-|PL\d)/,
  asciiOf: (src, k) => src.english[k] ?? [],
  shapeOk: (name, p) => NEEDS[name].some((k) => p.any[k].length > 0),
});

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s pools. */
export function generateDeskExports({ sources, seed = 16, halves = [0, 1] }) {
  return set.generate({ sources, seed, halves });
}
