// Builds the encfeed set in memory: export-shaped tables (glossaries, inventories, word counts, contacts) from bilingual dictionaries and spelling word lists, written in the pages each language's exporters use, in a tuning half and a held-out half.
import { win, db, dos, mac, money, num } from "../enccat/build.mjs";
import { PAGES as MIX_PAGES } from "../encmix/build.mjs";
import { exportSet } from "../lib-export-set.mjs";

/** Language → the legacy pages its exporters write: encmix's, with the Baltic DOS page for Latvian and Estonian, and Kurdish, Hebrew, Icelandic, Finnish in theirs. */
export const PAGES = {
  ...MIX_PAGES,
  lv: [...MIX_PAGES.lv, dos("cp775")], et: [...MIX_PAGES.et, db("iso-8859-13"), dos("cp775")], ku: [win("windows-1254"), db("iso-8859-9")],
  uk: [...MIX_PAGES.uk, mac("maccyrillic")],
};

const DATES = [(d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${mo}/${d}/${y}`, (d, mo, y) => `${y}-${mo}-${d}`];
const dateOf = (m, style) => DATES[style](String(m.int(1, 28)).padStart(2, "0"), String(m.int(1, 12)).padStart(2, "0"), m.int(2012, 2026));

/** The shapes: header and a row from (maker, value source by pool, index, decimal comma). */
const SHAPES = {
  glossary: { header: ["id", "term_en", "term", "updated"], row: (m, v, i) => [String(i + 1), v("gloss"), v("terms"), dateOf(m, 2)] },
  inventory: { header: ["sku", "item", "qty", "unit_price", "last_sold"], row: (m, v, i, c) => [`IT-${(i * 104729) % 1000000}`, v("terms"), String(m.int(0, 2500)), money(m, c), dateOf(m, c ? 0 : 1)] },
  wordcount: { header: ["rank", "word", "count", "share"], row: (m, v, i, c) => [String(i + 1), v("words"), String(m.int(1, 90000)), num(m.rand() * 3, 4, c)] },
  contacts: { header: ["id", "name", "word", "balance", "since"], row: (m, v, i, c) => [String(70000 + i), v("names"), v("words"), money(m, c), dateOf(m, c ? 0 : 2)] },
};

/** Rows per case: normal 5–40, short 1–5, sparse 50–3,000 English rows with ONE native value, caps 3–25 upper-cased, oneword 2–15 English rows with one native word, mixed 6–30 with a quarter local. */
const counts = (m) => ({ normal: m.int(5, 40), short: m.int(1, 5), sparse: m.int(50, 3000), caps: m.int(3, 25), oneword: m.int(2, 15), mixed: m.int(6, 30) });

const set = exportSet({
  salt: "encfeed", pages: PAGES, pools: ["terms", "words", "names", "gloss"], fallback: "terms", shapes: SHAPES, counts, keep: /^IT-/,
  asciiOf: (src, k) => (k === "names" ? src.english.names : src.english.terms),
  shapeOk: (name, p) => (name === "contacts" ? p.any.names.length > 0 : name === "wordcount" ? p.any.words.length > 0 : p.any.terms.length > 0),
});

/** The half a value belongs to (0 tuning, 1 held out), by a hash of the value: the halves share no value. */
export const halfOf = set.halfOf;

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s pools. */
export function generateFeedExports({ sources, seed = 9, halves = [0, 1] }) {
  // why gloss: the English column of a glossary, the same English terms whatever the language
  return set.generate({ sources: sources.map((s) => ({ ...s, gloss: s.english.terms })), seed, halves });
}
