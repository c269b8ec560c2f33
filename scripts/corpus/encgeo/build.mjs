// Builds the encgeo set in memory: exports of geography quiz data (map divisions, their capitals, colours, scores, coordinates) from KGeography's real per-language translations and Firefox's Vietnamese region names, in the pages each language's exporters use; halves split by place (the English name), so no text is in both halves.
import { PAGES as CATALOGUE_PAGES, num } from "../enccat/build.mjs";
import { fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { caseFile, languageCaseFiles, languageHalves } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };

/** A catalogue language → the legacy pages its exporters write (enccat's table: Windows, a database dump, DOS, the Mac); a language it lacks gets Unicode files only. */
export const pagesOf = (lang) => CATALOGUE_PAGES[lang]?.[1] ?? [];
/** Catalogues left out: English (the filler itself), a second Catalan, and ones with too few names to make files. */
const SKIP = new Set(["en", "en_GB", "ca@valencia", "ms"]);

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const isNative = (e) => nonAscii(e.name) || nonAscii(e.capital);
const pad = (n) => String(n).padStart(2, "0");
const mapOf = (e) => e.map.replace(/\.kgm$/, "");

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  quiz: { header: ["player", "map", "question", "answer", "correct", "seconds", "played"],
    row: (m, e, i, d, c) => [`p${m.int(100, 9999)}`, mapOf(e), e.name, e.capital, m.rand() < 0.7 ? "yes" : "no", num(m.rand() * 30, 1, c), d()] },
  divisions: { header: ["id", "division", "capital", "map", "colour", "updated"],
    row: (m, e, i, d) => [String(i + 1), e.name, e.capital, mapOf(e), e.colour || `#${m.int(0, 0xffffff).toString(16).padStart(6, "0")}`, d()] },
  gazetteer: { header: ["code", "name", "capital", "lat", "lon", "population"],
    row: (m, e, i, d, c) => [`${mapOf(e).slice(0, 3).toUpperCase()}-${pad(i % 100)}${m.int(0, 9)}`, e.name, e.capital, num(m.rand() * 140 - 60, 5, c), num(m.rand() * 360 - 180, 5, c), String(m.int(800, 9000000))] },
};

/** The half of an English place name (0 tuning, 1 held out). */
export const halfOfPlace = (en) => hash(`encgeo|${en}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * division's half; its capital stays only when the capital's English name has the same half. A held-out entry sharing a
 * text with the same language's tuning entries is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  const keep = (e, h) => ({ ...e, capital: e.capital && halfOfPlace(e.enCapital) === h ? e.capital : "" });
  return languageHalves(entries, { halfOf: (e) => halfOfPlace(e.en), keep, skip: SKIP, textsOf: (e) => [e.name, e.capital], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 1998, isNative, holdRow: (codec, r) => (r.every((f) => fits(codec, f)) ? r : null) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateGeographyExports({ entries, seed = 22, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
