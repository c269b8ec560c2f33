// Builds the encoffice set in memory: an office's groupware exports (an address book, a calendar's appointments, a task list and a mail filter log) holding Evolution's contact, calendar, task and mail wording in ~85 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const BOOKS = ["Personal", "Work", "Suppliers", "Customers"];
const STATUS = ["needs-action", "in-process", "completed", "cancelled"];
const FOLDERS = ["Inbox", "Sent", "Archive", "Junk"];
const pad = (n) => String(n).padStart(2, "0");
/** A phone number as address books export it (international form, spaces). */
const phone = (m) => `+${m.int(1, 99)} ${m.int(10, 999)} ${m.int(100, 999)} ${pad(m.int(0, 99))}${pad(m.int(0, 99))}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  contacts: { header: ["uid", "address book", "label", "phone", "updated"],
    row: (m, e, i, d) => [`pas-id-${hash(`${i}|${m.int(0, 1e6)}`).toString(16).toUpperCase()}`, m.pick(BOOKS), e.text, phone(m), d()] },
  appointments: { header: ["event", "start", "end", "summary", "attendees"],
    row: (m, e, i, d) => [`EV${m.int(1000, 99999)}`, d(), d(), e.text, String(m.int(1, 24))] },
  tasks: { header: ["task", "due", "status", "percent", "hours", "description"],
    row: (m, e, i, d, c) => [`T-${m.int(100, 9999)}`, d(), m.pick(STATUS), String(m.int(0, 10) * 10), num(m.int(1, 400) / 4, 2, c), e.text] },
  filters: { header: ["rule", "folder", "action", "matched", "last run"],
    row: (m, e, i, d) => [String(i + 1), m.pick(FOLDERS), e.text, String(m.int(0, 25000)), d()] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encoffice|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2004, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateOfficeExports({ entries, seed = 30, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
