// Builds the encstamp set in memory: exports of a drawing program's clip-art (stamp catalogues, a classroom's usage log, a sticker shop's orders) from Tux Paint's real stamp descriptions in ~75 languages, in the pages each language's exporters use; halves split by stamp, so no text is in both halves.
import { PAGES as CATALOGUE_PAGES, num, win, db, dos, mac } from "../enccat/build.mjs";
import { fits } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { caseFile, languageCaseFiles, languageHalves } from "../lib-export-set.mjs";

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
  return languageHalves(entries, { halfOf: (e) => halfOfStamp(e.stamp), skip: SKIP, textsOf: (e) => [e.text], isNative });
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
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2003, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateStampExports({ entries, seed = 23, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
