// Builds the encvideo set in memory: a video editor's exports (a project bin inventory, a render queue log, an effect and transition list and a subtitle track) holding Kdenlive's wording in ~40 languages, in the pages each language's exporters use; halves split by source (the English text a translation renders), so no text is in both halves.
import { num } from "../enccat/build.mjs";
import { hash } from "../encreal/build.mjs";
import { CASES, DATES } from "../encdict/build.mjs";
import { pagesOf, asPageHolds } from "../encstamp/build.mjs";
import { caseFile, languageCaseFiles, languageHalves, nonAscii } from "../lib-export-set.mjs";

/** The cases of encdict: tiny (3–10 own rows), few (5–30), list (10–300), mixed (50–1,500, a quarter own), sparse (200–3,000 English rows with one or two native). */
export { CASES };
/** The pages of encstamp (enccat's, with Icelandic, Nordic and English DOS, Mac Icelandic and Central European). */
export { pagesOf };

const isNative = (e) => nonAscii(e.text);
const CLIP_TYPES = ["video", "audio", "image", "title", "color", "playlist", "sequence"];
const FPS = [23.976, 24, 25, 29.97, 30, 50, 59.94, 60];
const PROFILES = ["MP4-H264/AAC", "MKV-H265/AAC", "WebM-VP9/Opus", "MOV-ProRes", "Lossless/FFV1", "GIF", "WAV", "Ogg-Theora/Vorbis"];
const FX = ["avfilter", "frei0r", "movit", "ladspa", "lift_gamma_gain", "qtblend", "luma", "composite"];
const FX_GROUPS = ["Color and Image correction", "Motion", "Blur and Sharpen", "Stylize", "Audio", "Transform", "Transitions", "Alpha, Mask and Keying"];

const pad = (n, w = 2) => String(n).padStart(w, "0");
/** A clip duration as Kdenlive's timecode shows it: hours:minutes:seconds:frames. */
const timecode = (m) => `${pad(m.int(0, 2))}:${pad(m.int(0, 59))}:${pad(m.int(0, 59))}:${pad(m.int(0, 24))}`;
/** A subtitle time in milliseconds as an .srt file writes it (a comma before the milliseconds). */
const srtTime = (ms) => `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;

/** The shapes: header and a row from (maker, entry, index, date, decimal comma). */
const SHAPES = {
  bin: { header: ["clip id", "type", "duration", "fps", "added", "name"],
    row: (m, e, i, d, c) => [String(m.int(2, 4999)), m.pick(CLIP_TYPES), timecode(m), num(m.pick(FPS), 3, c), d(), e.text] },
  render: { header: ["job", "started", "profile", "frames", "progress %", "status"],
    row: (m, e, i, d, c) => [`render-${m.int(1, 9999)}`, d(), m.pick(PROFILES), String(m.int(24, 216000)), num(m.int(0, 1000) / 10, 1, c), e.text] },
  effects: { header: ["effect id", "group", "added", "name"],
    row: (m, e, i, d) => [`${m.pick(FX)}.${hash(`${i}|${m.int(0, 1e6)}`).toString(16).slice(0, 6)}`, m.pick(FX_GROUPS), d(), e.text] },
  subtitles: { header: ["index", "start", "end", "text"],
    row: (m, e, i) => {
      const start = i * 4000 + m.int(0, 2500);
      return [String(i + 1), srtTime(start), srtTime(start + m.int(800, 3500)), e.text];
    } },
};

/** The half of a source unit (0 tuning, 1 held out): the English text a translation renders. */
export const halfOfCode = (code) => hash(`encvideo|${code}`) & 1;

/**
 * Entries by half and language: { all, native (isNative) }, English ones apart (`filler`, ASCII only). An entry goes to its
 * unit's half; a held-out entry whose text the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function halvesOf(entries) {
  return languageHalves(entries, { halfOf: (e) => halfOfCode(e.code), skip: new Set(), textsOf: (e) => [e.text], isNative });
}

/** A row as the page holds it, or null when one of its cells cannot be written there. */
const holdRow = (codec, r) => (r.some((f) => asPageHolds(codec, f) === null) ? null : r.map((f) => asPageHolds(codec, f)));

/** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadEntries()'s entries: per half, language and case, each legacy tool and one Unicode tool drawn. */
export function generateVideoExports({ entries, seed = 36, halves = [0, 1] }) {
  const make = (o) => caseFile(o, { cases: CASES, shapes: SHAPES, dates: DATES, firstYear: 2008, isNative, holdRow });
  return languageCaseFiles({ ...halvesOf(entries), halves, seed, cases: CASES, pagesOf, make });
}
