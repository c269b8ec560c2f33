// Builds the encgeo set in memory: exports of geography quiz data (map divisions, their capitals, colours, scores, coordinates) from KGeography's real per-language translations and Firefox's Vietnamese region names, in the pages each language's exporters use; halves split by place (the English name), so no text is in both halves.
import { PAGES as CATALOGUE_PAGES, codecOf, Maker, num, UNICODE } from "../enccat/build.mjs";
import { fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { caseEntries, toolBytes } from "../lib-export-set.mjs";

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
  const halves = [new Map(), new Map()];
  const filler = [[], []];
  for (const e of entries) {
    const h = halfOfPlace(e.en);
    const x = { ...e, capital: e.capital && halfOfPlace(e.enCapital) === h ? e.capital : "" };
    if (e.lang === "en") {
      if (!nonAscii(x.name + x.capital)) filler[h].push(x);
      continue;
    }
    if (SKIP.has(e.lang)) continue;
    if (!halves[h].has(e.lang)) halves[h].set(e.lang, []);
    halves[h].get(e.lang).push(x);
  }
  for (const [lang, held] of halves[1]) {
    const seen = new Set((halves[0].get(lang) ?? []).flatMap((e) => [e.name, e.capital]).filter(Boolean));
    halves[1].set(lang, held.filter((e) => !seen.has(e.name) && !seen.has(e.capital)));
  }
  const by = halves.map((m) => new Map([...m].map(([l, all]) => [l, { all, native: all.filter(isNative) }])));
  return { by, filler };
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile({ lang, b, filler, half, seed, tool, kase, uni }) {
  const [toolName, label, delim] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${half}|${lang}|${toolName}|${label}|${kase}`));
  const spec = CASES[kase](m);
  const shapeName = m.pick(Object.keys(SHAPES));
  const style = DATES[m.int(0, DATES.length - 1)];
  const date = () => style(pad(m.int(1, 28)), pad(m.int(1, 12)), m.int(1998, 2024), `${pad(m.int(0, 23))}:${pad(m.int(0, 59))}`);
  const rows = caseEntries(m, b, filler, spec, isNative).map((e, i) => SHAPES[shapeName].row(m, e, i, date, delim === ";"));
  const kept = rows.filter((r) => r.every((f) => fits(codec, f)));
  if (!kept.flat().some(nonAscii)) return null;
  const { text, bytes } = toolBytes(tool, codec, SHAPES[shapeName].header, kept);
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${lang}-${shapeName}.csv`;
  const letters = [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])].join("");
  return { path, encoding: label, family: toolName, language: lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, dropped: rows.length - kept.length, rows: kept.length, letters };
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateGeographyExports({ entries, seed = 22, halves = [0, 1] }) {
  const { by, filler } = halvesOf(entries);
  const out = [];
  for (const half of halves) {
    for (const [lang, b] of [...by[half]].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (b.native.length < 3 || !filler[half].length) continue;
      for (const kase of Object.keys(CASES)) {
        const base = { lang, b, filler: filler[half], half, seed, kase };
        for (const tool of pagesOf(lang)) {
          const f = makeFile({ ...base, tool, uni: false });
          if (f) out.push(f);
        }
        const f = makeFile({ ...base, tool: new Maker(hash(`${seed}|${half}|${lang}|unicode|${kase}`)).pick(UNICODE), uni: true });
        if (f) out.push(f);
      }
    }
  }
  return out;
}
