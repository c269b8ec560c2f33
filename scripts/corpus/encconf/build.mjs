// Builds the encconf set in memory: exports of system settings (a fleet's saved installer answers, a help desk's tickets, a translation review sheet) from the real translated questions, answers and help of Debian's debconf templates in ~75 languages, in the pages each language's exporters use; halves split by template, so no text is in both halves.
import { num } from "../enccat/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { pagesOf, asPageHolds } from "../encstamp/build.mjs";
import { caseFile, languageCaseFiles, languageHalves } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };
/** The pages of encstamp (enccat's, with Icelandic, Nordic and English DOS, Mac Icelandic and Central European). */
export { pagesOf };

/** Translations left out: English ones (the filler itself), `no` (a copy of `nb`), and codes with a handful of texts. */
const SKIP = new Set(["en_GB", "no", "af", "az", "bn_BD", "ia", "rcf", "uz", "xh"]);

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const isNative = (e) => nonAscii(e.text);
const question = (e) => e.template.split("/").slice(1).join("/");

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  answers: { header: ["host", "package", "question", "type", "answer", "changed"],
    row: (m, e, i, d) => [`srv${String(m.int(1, 99)).padStart(2, "0")}`, e.pkg, question(e), e.kind === "Choices" ? "select" : "note", e.text, d()] },
  tickets: { header: ["ticket", "host", "package", "summary", "status", "hours", "opened"],
    row: (m, e, i, d, c) => [`T-${m.int(1000, 99999)}`, `ws-${m.int(100, 999)}`, e.pkg, e.text, m.pick(["open", "closed", "waiting"]), num(m.rand() * 12, 1, c), d()] },
  review: { header: ["id", "package", "field", "chars", "text", "reviewed"],
    row: (m, e, i, d) => [String(i + 1), e.pkg, `${question(e)}:${e.kind}`, String(e.text.length), e.text, d()] },
};

/** The half of a template (0 tuning, 1 held out). */
export const halfOfTemplate = (template) => hash(`encconf|${template}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * template's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfTemplate(e.template), skip: SKIP, textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2005, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateConfExports({ entries, seed = 24, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
