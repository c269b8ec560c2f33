// Builds the encchem set in memory: a chemistry program's exports (an element list, a lab measurement log, a glossary and a lab inventory) holding Kalzium's chemistry wording in ~70 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
import { num } from "../enccat/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { pagesOf, asPageHolds } from "../encstamp/build.mjs";
import { caseFile, languageCaseFiles, languageHalves } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };
/** The pages of encstamp (enccat's, with Icelandic, Nordic and English DOS, Mac Icelandic and Central European). */
export { pagesOf };

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const isNative = (e) => nonAscii(e.text);
const SYMBOLS = ["H", "He", "Li", "C", "N", "O", "Na", "Mg", "Al", "Si", "Cl", "K", "Ca", "Fe", "Cu", "Zn", "Ag", "Sn", "Au", "Hg", "Pb", "U"];
const ITEMS = ["beaker", "flask", "funnel", "pipette", "burette", "crucible", "condenser"];

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  elements: { header: ["Z", "symbol", "atomic mass", "added", "note"],
    row: (m, e, i, d, c) => [String(m.int(1, 118)), m.pick(SYMBOLS), num(m.int(1000, 2940000) / 10000, 4, c), d(), e.text] },
  measurements: { header: ["sample", "measured", "temperature C", "value", "observation"],
    row: (m, e, i, d, c) => [`S-${m.int(1, 9999)}`, d(), num(m.int(-400, 3500) / 10, 1, c), num(m.int(1, 999999) / 1000, 3, c), e.text] },
  glossary: { header: ["term id", "category", "added", "term"],
    row: (m, e, i, d) => [`G${hash(`${i}|${m.int(0, 1e6)}`).toString(16)}`, m.pick(["chemistry", "lab tools", "physics", "nuclear"]), d(), e.text] },
  inventory: { header: ["item", "quantity", "shelf", "checked", "description"],
    row: (m, e, i, d) => [`${m.pick(ITEMS)}-${m.int(1, 999)}`, String(m.int(1, 60)), `${m.pick(["A", "B", "C", "D"])}${m.int(1, 12)}`, d(), e.text] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encchem|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2005, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateChemExports({ entries, seed = 35, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
