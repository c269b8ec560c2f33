// Builds the encbiz set in memory: a small company's exports (chart of accounts, invoice lines, sales and purchase orders, a mailbox's message log) holding Tryton's accounting, invoicing, sales, stock and party wording and Roundcube's webmail labels and messages in ~75 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
import { num, money } from "../enccat/build.mjs";
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
const TYPES = ["asset", "liability", "equity", "revenue", "expense"];
const STATUS = ["draft", "confirmed", "done", "cancelled"];
const FOLDERS = ["INBOX", "Sent", "Archive", "Drafts"];

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  accounts: { header: ["code", "account", "type", "debit", "credit"],
    row: (m, e, i, d, c) => [String(m.int(1000, 8999)), e.text, m.pick(TYPES), money(m, c), money(m, c)] },
  invoices: { header: ["invoice", "date", "customer", "line", "qty", "unit price", "amount"],
    row: (m, e, i, d, c) => {
      const q = m.int(1, 60);
      const p = m.int(100, 90000) / 100;
      return [`INV-${m.int(10000, 99999)}`, d(), `P${m.int(100, 9999)}`, e.text, String(q), num(p, 2, c), num(p * q, 2, c)];
    } },
  orders: { header: ["order", "placed", "status", "note", "total"],
    row: (m, e, i, d, c) => [`SO${m.int(1000, 99999)}`, d(), m.pick(STATUS), e.text, money(m, c)] },
  mailbox: { header: ["uid", "received", "folder", "subject", "size"],
    row: (m, e, i, d) => [String(m.int(1, 250000)), d(), m.pick(FOLDERS), e.text, String(m.int(800, 900000))] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encbiz|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2012, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateBusinessExports({ entries, seed = 27, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
