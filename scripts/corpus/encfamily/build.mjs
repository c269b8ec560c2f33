// Builds the encfamily set in memory: a family historian's exports (people, events with their GEDCOM tags, sources, a research log) holding Gramps' genealogy wording in ~36 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const TAGS = ["BIRT", "DEAT", "MARR", "BURI", "BAPM", "CENS", "RESI", "OCCU", "EMIG"];
const STATUS = ["open", "in progress", "done", "dead end"];
const GENDER = ["M", "F", "U"];
const id = (m, p) => `${p}${String(m.int(1, 9999)).padStart(4, "0")}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  people: { header: ["gramps_id", "gender", "birth", "death", "note"],
    row: (m, e, i, d) => [id(m, "I"), m.pick(GENDER), d(), m.rand() < 0.3 ? "" : d(), e.text] },
  events: { header: ["event", "tag", "date", "description", "person", "citations"],
    row: (m, e, i, d) => [id(m, "E"), m.pick(TAGS), d(), e.text, id(m, "I"), String(m.int(0, 6))] },
  sources: { header: ["source", "title", "repository", "call number", "confidence"],
    row: (m, e) => [id(m, "S"), e.text, id(m, "R"), `${m.int(1, 400)}/${m.int(1, 99)}`, String(m.int(0, 4))] },
  research: { header: ["task", "opened", "status", "note", "hours"],
    row: (m, e, i, d, c) => [`T${m.int(1, 999)}`, d(), m.pick(STATUS), e.text, num(m.int(1, 400) / 4, 2, c)] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encfamily|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 1750, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateFamilyExports({ entries, seed = 28, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
