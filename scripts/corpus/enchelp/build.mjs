// Builds the enchelp set in memory: a help desk's and a community's exports (tickets, knowledge-base answers, forum posts, a survey's free answers) from GNOME's help pages and SuperTux's game text in ~55 languages, sentences and paragraphs, in the pages each language's exporters use; halves split by source (a help page, a game message), so no text is in both halves.
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
const STATUS = ["open", "pending", "solved", "closed"];
const CHANNEL = ["email", "web", "phone", "chat"];

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  tickets: { header: ["ticket", "opened", "customer", "channel", "message", "status"],
    row: (m, e, i, d) => [`T-${m.int(100000, 999999)}`, d(), `C${m.int(1000, 99999)}`, m.pick(CHANNEL), e.text, m.pick(STATUS)] },
  answers: { header: ["id", "article", "section", "answer", "updated", "views"],
    row: (m, e, i, d) => [String(i + 1), e.code.replace(/^help:/, "").slice(0, 40), e.kind, e.text, d(), String(m.int(0, 90000))] },
  forum: { header: ["post", "thread", "author", "posted", "text", "likes"],
    row: (m, e, i, d) => [String(m.int(10000, 999999)), String(m.int(100, 9999)), `user${m.int(1, 5000)}`, d(), e.text, String(m.int(0, 120))] },
  survey: { header: ["response", "submitted", "question", "answer", "score"],
    row: (m, e, i, d, c) => [String(i + 1), d(), `Q${m.int(1, 12)}`, e.text, num(m.int(10, 50) / 10, 1, c)] },
};

/** The half of a source unit (0 tuning, 1 held out): a help page, or a game message by its English text. */
export const halfOfCode = (code) => hash(`enchelp|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2010, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateHelpExports({ entries, seed = 26, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
