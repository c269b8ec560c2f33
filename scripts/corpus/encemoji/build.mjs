// Builds the encemoji set in memory: exports of a chat service (its emoji and sticker catalogue, a message log's reactions, a sticker shop's orders, a translation review sheet) from CLDR's real emoji names and keywords in ~100 languages, in the pages each language's exporters use; halves split by character, so no text is in both halves.
import { num } from "../enccat/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { pagesOf, asPageHolds } from "../encstamp/build.mjs";
import { caseFile, languageCaseFiles, languageHalves } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };
/** The pages of encstamp (enccat's, with Icelandic, Nordic and English DOS, Mac Icelandic and Central European). */
export { pagesOf };

/** Languages left out: Cyrillic Serbian twice (`sr` is it), and codes the page tables do not hold with a handful of names. */
const SKIP = new Set(["sr-Cyrl"]);

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const isNative = (e) => nonAscii(e.text);

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  catalogue: { header: ["id", "code", "label", "kind", "chars", "added"],
    row: (m, e, i, d) => [String(i + 1), e.code, e.text, e.kind, String(e.text.length), d()] },
  reactions: { header: ["message", "channel", "user", "reaction", "count", "sent"],
    row: (m, e, i, d) => [String(m.int(100000, 999999)), `#${m.pick(["general", "team", "random", "support", "sales"])}`, `user${m.int(1, 400)}`, e.text, String(m.int(1, 60)), d()] },
  orders: { header: ["order", "sku", "item", "qty", "price", "ordered"],
    row: (m, e, i, d, c) => [`SO-${m.int(10000, 99999)}`, `ST-${e.code.replace(/U\+| /g, "").slice(0, 8)}`, e.text, String(m.int(1, 20)), num(m.rand() * 9 + 0.5, 2, c), d()] },
  review: { header: ["id", "code", "field", "text", "reviewed", "by"],
    row: (m, e, i, d) => [String(i + 1), e.code, e.kind, e.text, d(), `tr${m.int(1, 40)}`] },
};

/** The half of a character (0 tuning, 1 held out). */
export const halfOfCode = (code) => hash(`encemoji|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * character's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: SKIP, textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2012, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateEmojiExports({ entries, seed = 25, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
