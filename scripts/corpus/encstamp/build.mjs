// Builds the encstamp set in memory: exports of a drawing program's clip-art (stamp catalogues, a classroom's usage log, a sticker shop's orders) from Tux Paint's real stamp descriptions in ~75 languages, in the pages each language's exporters use; halves split by stamp, so no text is in both halves.
import { PAGES as CATALOGUE_PAGES, codecOf, Maker, num, UNICODE, win, db, dos, mac } from "../enccat/build.mjs";
import { fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { caseEntries, toolBytes } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };

const WEST = CATALOGUE_PAGES.fr[1];
/**
 * Pages beyond enccat's table. why: the sets are weakest on the pages side by side that a country's own tools write:
 * Icelandic DOS (cp861) and Mac (Mac Icelandic, which holds ð þ where Mac Roman cannot), Nordic DOS (cp865), English
 * DOS (cp437) for French and Dutch lists, Mac Central European, Serbian Latin and Aragonese. Pages the detector does
 * not know are in on purpose: a file in them must be warned, or decode alike, never be read silently as something else.
 */
const EXTRA = {
  is: [win("windows-1252"), mac("maciceland"), db("iso-8859-1"), dos("cp861")],
  da: [...WEST, dos("cp865")], nb: [...WEST, dos("cp865")], nn: [...WEST, dos("cp865")],
  fr: [...WEST, dos("cp437")], nl: [...WEST, dos("cp437")],
  pl: [...CATALOGUE_PAGES.pl[1], mac("maccenteuro")], cs: [...CATALOGUE_PAGES.cs[1], mac("maccenteuro")], hu: [...CATALOGUE_PAGES.hu[1], mac("maccenteuro")],
  "sr@latin": [win("windows-1250"), db("iso-8859-2")], an: [win("windows-1252"), db("iso-8859-15")],
};
/** A language → the legacy pages its exporters write; a language with none gets Unicode files only. */
export const pagesOf = (lang) => EXTRA[lang] ?? CATALOGUE_PAGES[lang]?.[1] ?? [];
/** Translations left out: English ones (the filler itself) and a second Catalan. */
const SKIP = new Set(["en", "en_AU", "en_GB", "ca@valencia"]);

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const isNative = (e) => nonAscii(e.text);
const pad = (n) => String(n).padStart(2, "0");
const fileOf = (e) => `${e.stamp.split("/").pop()}.png`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  catalogue: { header: ["id", "category", "file", "description", "width", "height", "size_kb", "added"],
    row: (m, e, i, d, c) => [String(i + 1), e.category, fileOf(e), e.text, String(m.int(32, 800)), String(m.int(32, 800)), num(m.rand() * 400 + 2, 1, c), d()] },
  usage: { header: ["class", "pupil", "stamp", "label", "uses", "last used"],
    row: (m, e, i, d) => [`${m.int(1, 6)}${"ABCD"[m.int(0, 3)]}`, `S${m.int(1000, 9999)}`, e.stamp, e.text, String(m.int(1, 250)), d()] },
  orders: { header: ["order", "sku", "item", "qty", "unit price", "total", "date"],
    row: (m, e, i, d, c) => {
      const q = m.int(1, 40);
      const p = m.int(50, 2500) / 100;
      return [`O-${m.int(10000, 99999)}`, `ST-${hash(e.stamp) % 100000}`, e.text, String(q), num(p, 2, c), num(p * q, 2, c), d()];
    } },
};

/** The half of a stamp (0 tuning, 1 held out). */
export const halfOfStamp = (stamp) => hash(`encstamp|${stamp}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * stamp's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  const halves = [new Map(), new Map()];
  const filler = [[], []];
  for (const e of entries) {
    const h = halfOfStamp(e.stamp);
    if (e.lang === "en") {
      if (!nonAscii(e.text)) filler[h].push(e);
      continue;
    }
    if (SKIP.has(e.lang)) continue;
    if (!halves[h].has(e.lang)) halves[h].set(e.lang, []);
    halves[h].get(e.lang).push(e);
  }
  for (const [lang, held] of halves[1]) {
    const seen = new Set((halves[0].get(lang) ?? []).map((e) => e.text));
    halves[1].set(lang, held.filter((e) => !seen.has(e.text)));
  }
  const by = halves.map((m) => new Map([...m].map(([l, all]) => [l, { all, native: all.filter(isNative) }])));
  return { by, filler };
}

/**
 * A field as the page holds it: a symbol the page lacks (curly quotes, dashes, `…` in a Baltic or DOS page) becomes `?`, as
 * exporters write it; null when a letter (or a mark) does not fit, so the row is dropped.
 */
export function asPageHolds(codec, f) {
  if (fits(codec, f)) return f;
  let out = "";
  for (const ch of f) out += fits(codec, ch) ? ch : /[\p{P}\p{S}\p{Zs}]/u.test(ch) ? "?" : "\u0000";
  return out.includes("\u0000") ? null : out;
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile({ lang, b, filler, half, seed, tool, kase, uni }) {
  const [toolName, label, delim] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${half}|${lang}|${toolName}|${label}|${kase}`));
  const spec = CASES[kase](m);
  const shapeName = m.pick(Object.keys(SHAPES));
  const style = DATES[m.int(0, DATES.length - 1)];
  const date = () => style(pad(m.int(1, 28)), pad(m.int(1, 12)), m.int(2003, 2024), `${pad(m.int(0, 23))}:${pad(m.int(0, 59))}`);
  const rows = caseEntries(m, b, filler, spec, isNative).map((e, i) => SHAPES[shapeName].row(m, e, i, date, delim === ";"));
  const kept = rows.map((r) => r.map((f) => asPageHolds(codec, f))).filter((r) => r.every((f) => f !== null));
  if (!kept.flat().some(nonAscii)) return null;
  const { text, bytes } = toolBytes(tool, codec, SHAPES[shapeName].header, kept);
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${lang}-${shapeName}.csv`;
  const letters = [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])].join("");
  return { path, encoding: label, family: toolName, language: lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, dropped: rows.length - kept.length, rows: kept.length, letters };
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateStampExports({ entries, seed = 23, halves = [0, 1] }) {
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
