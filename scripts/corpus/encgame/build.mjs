// Builds the encgame set in memory: export-shaped tables (unit rosters, map lists, tickets, products, keyword counts) from a game's translated catalogues, written in the pages each language's exporters use (encdesk's table: Western pages weighted most, as real exports are), in a tuning half and a held-out half split by message.
import { money, num } from "../enccat/build.mjs";
import { exportSet } from "../lib-export-set.mjs";
import { PAGES } from "../encdesk/build.mjs";

const DATES = [(d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${mo}/${d}/${y}`, (d, mo, y) => `${y}-${mo}-${d}`, (d, mo, y) => `${d}/${mo}/${y}`];
const dateOf = (m, c) => DATES[c ? m.pick([0, 3]) : m.int(1, 2)](String(m.int(1, 28)).padStart(2, "0"), String(m.int(1, 12)).padStart(2, "0"), m.int(2009, 2026));

/** The shapes: header and a row from (maker, value source by pool, index, decimal comma). */
const SHAPES = {
  roster: { header: ["id", "unit", "side", "level", "cost", "recruited"], row: (m, v, i, c) => [`U${100 + i}`, v("names"), String(m.int(1, 4)), String(m.int(0, 3)), String(m.int(8, 60)), dateOf(m, c)] },
  maps: { header: ["code", "map", "players", "rating", "played"], row: (m, v, i, c) => [`MP${200 + i}`, v("places"), String(m.pick([2, 2, 3, 4, 6])), num(m.rand() * 5, 2, c), dateOf(m, c)] },
  tickets: { header: ["ticket", "opened", "product", "comment", "amount"], row: (m, v, i, c) => [`T-${7000 + i}`, dateOf(m, c), v("names"), m.rand() < 0.8 ? v("notes") : "", money(m, c)] },
  products: { header: ["sku", "item", "category", "qty", "price"], row: (m, v, i, c) => [`SKU${(i * 6151) % 100000}`, v("names"), v("words"), String(m.int(0, 4000)), money(m, c)] },
  keywords: { header: ["rank", "keyword", "count", "share"], row: (m, v, i, c) => [String(i + 1), v("words"), String(m.int(1, 90000)), num(m.rand() * 12, 3, c)] },
};
const NEEDS = { roster: ["names"], maps: ["places"], tickets: ["notes", "names"], products: ["names"], keywords: ["words"] };

/** Rows per case: normal 3–60, short 3–6, sparse 100–1,500 English rows with ONE native value, caps 3–25 upper-cased, oneword 3–15 English rows with one native word, mixed 10–200 with a quarter local. */
const counts = (m) => ({ normal: m.int(3, 60), short: m.int(3, 6), sparse: m.int(100, 1500), caps: m.int(3, 25), oneword: m.int(3, 15), mixed: m.int(10, 200) });

const set = exportSet({
  salt: "encgame", pages: PAGES, pools: ["names", "places", "words", "notes"], fallback: "names", shapes: SHAPES, counts, keep: /^(SKU|T-|U\d|MP\d)/,
  asciiOf: (src, k) => src.english[k] ?? [],
  shapeOk: (name, p) => NEEDS[name].some((k) => p.any[k].length > 0),
});

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }] from loadSources()'s pools. */
export function generateGameExports({ sources, seed = 18, halves = [0, 1] }) {
  return set.generate({ sources, seed, halves });
}
