// Builds the encshelf set in memory: a collector's catalogue exports (books with their ISBN, loans, coins and a collection's field list) holding Tellico's collection-manager wording in ~40 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const GRADE = ["G", "VG", "F", "VF", "XF", "AU", "UNC"];
const KIND = ["book", "video", "music", "coin", "stamp", "wine", "board game", "comic"];
const TYPE = ["Text", "Paragraph", "Choice", "Checkbox", "Number", "URL", "Table", "Image", "Date", "Rating"];
const id = (m, p) => `${p}${String(m.int(1, 99999)).padStart(5, "0")}`;
/** An ISBN-13 as catalogues write it, hyphenated (the check digit is not checked by anyone reading the file). */
const isbn = (m) => `978-${m.int(0, 9)}-${m.int(100, 9999)}-${m.int(1000, 9999)}-${m.int(0, 9)}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  books: { header: ["id", "isbn", "title", "year", "pages", "price"],
    row: (m, e, i, d, c) => [id(m, "B"), isbn(m), e.text, String(m.int(1890, 2024)), String(m.int(48, 1200)), num(m.int(99, 12000) / 100, 2, c)] },
  loans: { header: ["loan", "borrower", "item", "loaned", "due", "note"],
    row: (m, e, i, d) => [`L${m.int(1, 9999)}`, id(m, "P"), id(m, "B"), d(), d(), e.text] },
  coins: { header: ["id", "year", "grade", "value", "comment"],
    row: (m, e, i, d, c) => [id(m, "C"), String(m.int(1700, 2024)), m.pick(GRADE), num(m.int(50, 250000) / 100, 2, c), e.text] },
  fields: { header: ["collection", "field", "type", "entries", "updated"],
    row: (m, e, i, d) => [m.pick(KIND), e.text, m.pick(TYPE), String(m.int(0, 5000)), d()] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encshelf|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 1995, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateShelfExports({ entries, seed = 29, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
