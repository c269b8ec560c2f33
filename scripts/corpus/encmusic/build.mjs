// Builds the encmusic set in memory: a music library's exports (a track list, playlists, a podcast feed log and an internet-radio station list) holding Rhythmbox's music-player wording in ~75 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const SOURCES = ["library", "ipod", "mtp", "audiocd", "daap"];
const FORMATS = ["audio/mpeg", "audio/x-vorbis", "audio/x-flac", "audio/x-aac"];
const pad = (n) => String(n).padStart(2, "0");
/** A track length as players show it (m:ss). */
const length = (m) => `${m.int(0, 12)}:${pad(m.int(0, 59))}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  tracks: { header: ["track", "source", "length", "rating", "play count", "comment", "last played"],
    row: (m, e, i, d) => [`rb-${hash(`${i}|${m.int(0, 1e6)}`).toString(16)}`, m.pick(SOURCES), length(m), String(m.int(0, 5)), String(m.int(0, 900)), e.text, d()] },
  playlists: { header: ["playlist", "name", "tracks", "hours", "updated"],
    row: (m, e, i, d, c) => [String(i + 1), e.text, String(m.int(1, 4000)), num(m.int(1, 2400) / 10, 1, c), d()] },
  podcasts: { header: ["feed", "episode", "published", "size MB", "format", "status"],
    row: (m, e, i, d, c) => [`F${m.int(10, 999)}`, String(m.int(1, 400)), d(), num(m.int(10, 20000) / 100, 2, c), m.pick(FORMATS), e.text] },
  stations: { header: ["station", "genre", "bitrate", "listeners", "added"],
    row: (m, e, i, d) => [`st${m.int(1000, 99999)}`, e.text, String(m.pick([64, 96, 128, 192, 256, 320])), String(m.int(0, 50000)), d()] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encmusic|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(o) {
  return caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2006, isNative, holdRow: (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f))) });
}

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateMusicExports({ entries, seed = 31, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
