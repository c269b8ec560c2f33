// Builds the encchat set in memory: a chat client's exports (a buddy list, a conversation log, an account list and a file-transfer log) holding Pidgin's instant-messaging wording in ~80 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const PROTOCOLS = ["XMPP", "IRC", "Bonjour", "SIMPLE", "Zephyr", "Novell GroupWise"];
const GROUPS = ["Buddies", "Work", "Family", "Friends", "Recent"];
/** A screen name as the protocols write it. */
const handle = (m) => `${m.pick(["anna", "mike", "li", "olga", "sam", "nora"])}${m.int(1, 999)}${m.pick(["@jabber.org", "@xmpp.example.net", "", "@irc.libera.chat"])}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  buddies: { header: ["buddy", "protocol", "group", "last seen", "status message"],
    row: (m, e, i, d) => [handle(m), m.pick(PROTOCOLS), m.pick(GROUPS), d(), e.text] },
  log: { header: ["time", "conversation", "from", "message"],
    row: (m, e, i, d) => [`${d()} ${String(m.int(0, 23)).padStart(2, "0")}:${String(m.int(0, 59)).padStart(2, "0")}`, `#${m.pick(["pidgin", "debian", "team", "support"])}`, handle(m), e.text] },
  accounts: { header: ["account", "protocol", "enabled", "state", "updated"],
    row: (m, e, i, d) => [handle(m), m.pick(PROTOCOLS), m.pick(["yes", "no"]), e.text, d()] },
  transfers: { header: ["transfer", "file", "size KB", "started", "result"],
    row: (m, e, i, d, c) => [`X${hash(`${i}|${m.int(0, 1e6)}`).toString(16)}`, `${m.pick(["scan", "notes", "photo", "build"])}_${m.int(1, 999)}.${m.pick(["pdf", "txt", "jpg", "zip"])}`, num(m.int(10, 900000) / 10, 1, c), d(), e.text] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encchat|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2007, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateChatExports({ entries, seed = 33, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
