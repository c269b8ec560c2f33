// Builds the encphoto set in memory: a photo library's exports (a photo list, events, tags and a publishing log) holding Shotwell's photo-manager wording in ~60 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
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
const SERVICES = ["flickr", "picasa", "youtube", "piwigo", "gallery3", "tumblr"];
const CAMERAS = ["Canon EOS 70D", "NIKON D7100", "iPhone 6", "DMC-FZ200", "ILCE-6000", "E-M10"];
/** A file name as cameras write it. */
const photoName = (m) => `${m.pick(["IMG_", "DSC_", "P", "DSCF"])}${String(m.int(1, 9999)).padStart(4, "0")}.${m.pick(["JPG", "jpg", "CR2", "NEF", "MP4"])}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  photos: { header: ["photo", "event", "taken", "camera", "rating", "size MB", "comment"],
    row: (m, e, i, d, c) => [photoName(m), `E${m.int(1, 400)}`, d(), m.pick(CAMERAS), String(m.int(0, 5)), num(m.int(50, 4000) / 100, 2, c), e.text] },
  events: { header: ["event", "name", "photos", "videos", "size GB", "start"],
    row: (m, e, i, d, c) => [String(i + 1), e.text, String(m.int(1, 900)), String(m.int(0, 12)), num(m.int(1, 800) / 10, 1, c), d()] },
  tags: { header: ["tag", "name", "photos", "updated"],
    row: (m, e, i, d) => [`t${m.int(1, 5000)}`, e.text, String(m.int(1, 3000)), d()] },
  uploads: { header: ["upload", "service", "uploaded", "size MB", "status"],
    row: (m, e, i, d, c) => [`U${hash(`${i}|${m.int(0, 1e6)}`).toString(16)}`, m.pick(SERVICES), d(), num(m.int(10, 90000) / 100, 2, c), e.text] },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encphoto|${code}`) & 1;

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
export function generatePhotoExports({ entries, seed = 32, halves = [0, 1] }) {
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make: makeFile });
}
