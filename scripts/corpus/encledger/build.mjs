// Builds the encledger set in memory: a bookkeeping program's exports (a chart of accounts, ledger lines, payees, budgets, scheduled transactions and an import log) holding KMyMoney's wording in ~40 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const TYPES = ["Checking", "Savings", "Credit Card", "Cash", "Asset", "Liability", "Income", "Expense", "Investment"];
const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "PLN", "CZK", "SEK", "JPY"];
const PAYEES = ["ACME Corp", "City Power", "Fresh Market", "Northwind", "Globex", "Initech", "Metro Transit", "Blue Bank"];
const FREQUENCIES = ["Once", "Weekly", "Every two weeks", "Monthly", "Quarterly", "Yearly"];
/** An account number as banks print it. */
const accountNo = (m) => `${m.int(1000, 9999)}-${m.int(100000, 999999)}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma); the entry's text is the wording column. */
const SHAPES = {
  accounts: { header: ["account", "type", "number", "currency", "balance"],
    row: (m, e, i, d, c) => [e.text, m.pick(TYPES), accountNo(m), m.pick(CURRENCIES), money(m, c)] },
  ledger: { header: ["date", "number", "payee", "memo", "amount", "balance"],
    row: (m, e, i, d, c) => [d(), String(1000 + i), m.pick(PAYEES), e.text, money(m, c), money(m, c)] },
  payees: { header: ["payee", "default category", "transactions", "last used"],
    row: (m, e, i, d) => [m.pick(PAYEES), e.text, String(m.int(1, 400)), d()] },
  budget: { header: ["category", "month", "budgeted", "actual", "difference %"],
    row: (m, e, i, d, c) => [e.text, `${m.int(2009, 2024)}-${String(m.int(1, 12)).padStart(2, "0")}`, money(m, c), money(m, c), num(m.int(-900, 900) / 10, 1, c)] },
  schedules: { header: ["schedule", "frequency", "next due", "amount", "account"],
    row: (m, e, i, d, c) => [e.text, m.pick(FREQUENCIES), d(), money(m, c), accountNo(m)] },
  importlog: { header: ["time", "file", "line", "result"],
    row: (m, e, i, d) => [d(), `${m.pick(["statement", "export", "bank", "card"])}_${m.int(1, 99)}.${m.pick(["ofx", "qif", "csv"])}`, String(m.int(1, 5000)), e.text] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encledger|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2009, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateLedgerExports({ entries, seed = 34, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
