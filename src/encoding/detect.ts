// Encoding detection on a sample: BOM, UTF-16 NUL pattern, tolerant UTF-8, then a statistical guess re-ranked by plausibility.
import { isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import type { EncodingDecision } from "../types.js";
import { readBom } from "./bom.js";
import { bomLength } from "./decode.js";
import { looksBinary, magicKind } from "./binary.js";
import { tryNormalizeEncodingName } from "./names.js";
import { scanUtf8 } from "./utf8scan.js";
import { utf8OrSigns } from "./utf8-signs.js";
import { farLetterWarned } from "./utf8-far-letter.js";
import { orphanMarkWarned } from "./utf8-orphan-marks.js";
import { mixedWordsWarned } from "./utf8-mixed-words.js";
import { mixedScriptSequences } from "./utf8-mixed-scripts.js";
import { iso2022Decision } from "./iso-2022.js";
import type { Guess } from "./statistical.js";

/** Bytes examined for BOM, NUL pattern and binary content, and the size of the detection window. */
export const HEAD_BYTES = 64 * 1024;
export const WINDOW_BYTES = 64 * 1024;

export interface SampleDetection {
  decision: EncodingDecision;
  binary: string | null;
  /** Statistical candidates with their plausibility and jschardet confidence (for tuning; not in the report). */
  candidates?: Guess["candidates"];
}

/**
 * BOM-less UTF-16 by where its NULs fall: text in Latin, Cyrillic, Greek… has a zero high byte in most code
 * units. Over 20 % of units with a NUL in one half and under a tenth as many in the other is a clear signal.
 */
export function utf16Pattern(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const units = head.length >> 1;
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul > units * 0.2 && evenNul * 10 < oddNul) return "utf-16le";
  if (evenNul > units * 0.2 && oddNul * 10 < evenNul) return "utf-16be";
  return null;
}

/** Index of the first byte >= 0x80 in buf[from, to), or -1. */
export function firstNonAscii(buf: Buffer, from: number, to: number): number {
  // why: buffer.isAscii runs at memory speed, so whole blocks of ASCII are skipped without a JS loop.
  const BLOCK = 4096;
  for (let s = from; s < to; s += BLOCK) {
    const e = Math.min(to, s + BLOCK);
    if (isAsciiRange(buf, s, e)) continue;
    for (let i = s; i < e; i++) if (buf[i] >= 0x80) return i;
  }
  return -1;
}

function isAsciiRange(buf: Buffer, s: number, e: number): boolean {
  return isAscii(buf.subarray(s, e));
}

/** `bomBytes` when the BOM is repeated (one BOM is what every reader assumes: the decision then leaves it out). */
export const repeatedBom = (bom: { name: string; length: number }): { bomBytes?: number } =>
  (bom.length > bomLength(bom.name) ? { bomBytes: bom.length } : {});

function decision(
  name: string,
  how: EncodingDecision["how"],
  confidence: number | null,
  opts: { bom?: boolean; uncertain?: boolean } = {},
): EncodingDecision {
  return { name, confidence, bom: opts.bom ?? false, how, uncertain: opts.uncertain ?? false };
}

/** Confidence below which a statistical answer is flagged `uncertain` (tuned on the corpus, see scripts/corpus). */
export const UNCERTAIN_BELOW = 0.5;

/** Start of the detection window: the line holding the first non-ASCII byte `p`. */
function windowStart(sample: Buffer, p: number): number {
  // why: CSVs are mostly ASCII, and an ASCII prefix only dilutes the statistics (it decodes the same everywhere).
  const nl = sample.lastIndexOf(0x0a, p);
  return nl < 0 ? 0 : nl + 1;
}

/**
 * The UTF-8 answer when the window starting at the line of the first non-ASCII byte `p` reads as UTF-8
 * (tolerantly), else null: the bytes are a legacy encoding.
 */
export function utf8Decision(sample: Buffer, p: number, eof: boolean): EncodingDecision | null {
  const wStart = windowStart(sample, p);
  const wEnd = Math.min(sample.length, p + WINDOW_BYTES);
  const windowAtEof = eof && wEnd === sample.length;
  const counts = scanUtf8(sample, wStart, wEnd, windowAtEof);
  // why: a file cut inside its last character (a truncated download or export) is still UTF-8 when the rest of it
  // is; with no valid sequence at all, the one cut lead byte is as likely a legacy letter ending the file (`café`).
  const bad = (V: number): number => counts.invalid + (counts.cutAtEnd && V === 0 ? 1 : 0);
  if (bad(counts.valid) === 0) return decision("utf-8", "utf8-valid", 1);
  if (!tolerantUtf8(counts.valid, bad(counts.valid), counts.validBeforeFirstInvalid)) return null;
  // why discounted where a bad byte is: legacy bytes pairing up as UTF-8 by chance glue letters of unrelated scripts in a
  // word (cp855 `Кинески` is `ǷԨ�Ʒ`); without a bad byte the file is valid UTF-8 and stays so (utf8-mixed-scripts.ts).
  // Only here: a legacy file's counts fail the test above already, so it pays no second pass.
  const chance = counts.invalid > 0 ? mixedScriptSequences(sample, wStart, wEnd, counts.firstInvalidAt) : { all: 0, beforeInvalid: 0 };
  const V = counts.valid - chance.all;
  const E = bad(V);
  if (!tolerantUtf8(V, E, counts.validBeforeFirstInvalid - chance.beforeInvalid)) return null;
  const conf = V / (V + E);
  return decision("utf-8", "utf8-valid", round(conf), { uncertain: conf < 0.75 });
}

/**
 * Whether `V` valid multi-byte sequences against `E` bad ones, `before` of them ahead of the first bad one, are tolerant
 * UTF-8. why: a UTF-8 file with a few bad bytes (or a windows-1252 tail appended to it) must stay UTF-8: calling it
 * windows-1252 would silently turn every é into Ã©. Its bad bytes become U+FFFD and `encoding-error` defects. Legacy
 * files almost never form valid multi-byte sequences (V/E <= 0.41 on the corpus), so either clearly more valid than
 * invalid sequences, or a long valid run before the first bad one (a file that starts as UTF-8), decides it.
 * Two valid sequences against one bad one is UTF-8 too (still warned: confidence 2/3): a short UTF-8 table with one
 * row written in a legacy page (`Elettricità` valid, `è` one windows-1252 byte) was read ISO-8859-16 (`ElettricitĂ `);
 * a legacy page forms a valid pair only from a capital or ß before a symbol byte (`Ã©`), rarely twice in few bytes.
 */
function tolerantUtf8(V: number, E: number, before: number): boolean {
  return (V >= 3 && V >= 1.5 * E) || (V >= 2 && V >= 2 * E) || before >= 8;
}

/** Non-ASCII bytes under which a legacy sample grows past its window (to 8 MiB) to gather more words. */
export const RARE_NON_ASCII = 400;

/** Number of bytes >= 0x80 in `buf`, skipping ASCII blocks at memory speed. */
export function countNonAscii(buf: Buffer): number {
  let n = 0;
  for (let i = firstNonAscii(buf, 0, buf.length); i >= 0 && i < buf.length; i = firstNonAscii(buf, i + 1, buf.length)) n++;
  return n;
}

/** The decision for a sample with no byte >= 0x80 (past the head's tests for BOM, magic numbers, UTF-16 and binary). */
export function asciiDecision(): EncodingDecision {
  return { ...decision("utf-8", "utf8-valid", 1), ascii: true };
}

/**
 * Decides the encoding of `sample` (the first bytes of the input; `eof` when it is the whole input).
 * The sample should extend about WINDOW_BYTES past its first non-ASCII byte (see sample.ts).
 */
export async function detectSample(sample: Buffer, eof: boolean): Promise<SampleDetection> {
  if (sample.length === 0) return { decision: decision("utf-8", "default", null), binary: null };

  const bom = readBom(sample);
  if (bom !== null) return { decision: { ...decision(bom.name, "bom", 1, { bom: true }), ...repeatedBom(bom) }, binary: null };

  const head = sample.subarray(0, Math.min(sample.length, HEAD_BYTES));
  const magic = magicKind(head);
  if (magic !== null) return { decision: decision("utf-8", "default", null), binary: magic };

  const u16 = utf16Pattern(head);
  if (u16 !== null) return { decision: decision(u16, "utf16-pattern", 0.95), binary: null };

  const p = firstNonAscii(sample, 0, sample.length);
  // why before the binary test: ISO-2022-KR shifts in and out with SO/SI, control bytes that alone would call it binary
  const iso = p < 0 ? await iso2022Decision(sample) : null;
  if (iso !== null) return { decision: iso, binary: null };

  if (looksBinary(head)) {
    // why: BOM-less UTF-16 in CJK scripts has no NUL pattern and its bytes look like control codes; read it first.
    const wide = await utf16Reading(head);
    if (wide !== null) return { decision: decision(wide, "utf16-pattern", 0.9), binary: null };
    return { decision: decision("utf-8", "default", null), binary: "binary data" };
  }

  if (p < 0) return { decision: asciiDecision(), binary: null };

  const wStart = windowStart(sample, p);
  const wEnd = Math.min(sample.length, p + WINDOW_BYTES);
  const utf8 = utf8Decision(sample, p, eof);
  // why utf8OrSigns: a legacy sign and the byte after it may be valid UTF-8 by chance (windows-874 `฿` + NBSP, utf8-signs.ts)
  // why farLetterWarned: a far letter glued to Latin ones may be a legacy letter and the byte after it (utf8-far-letter.ts)
  // why orphanMarkWarned: a mark opening every non-ASCII run sits on no letter: hanzi bytes paired by chance (utf8-orphan-marks.ts)
  // why mixedWordsWarned: every non-ASCII word gluing letters of unrelated scripts is legacy bytes paired by chance (utf8-mixed-words.ts)
  if (utf8 !== null) {
    const signs = await farLetterWarned(await utf8OrSigns(utf8, sample, wStart, wEnd, eof), sample, wStart, wEnd, eof);
    const marks = await orphanMarkWarned(signs, sample, wStart, wEnd, eof);
    return { decision: await mixedWordsWarned(marks, sample, wStart, wEnd, eof), binary: null };
  }

  // why lazy: only bytes that are neither ASCII nor (tolerantly) UTF-8 get here
  const { legacyGuess } = await import("./legacy.js");
  const guess = await legacyGuess(sample, wStart, sample.subarray(wStart, wEnd), eof);
  const name = tryNormalizeEncodingName(guess.name) ?? "windows-1252";
  const d = decision(name, "detected", round(guess.confidence), { uncertain: guess.confidence < UNCERTAIN_BELOW });
  if (d.uncertain && guess.alternative !== null) {
    d.alternative = guess.alternative;
    d.alternatives = guess.alternatives?.length ? guess.alternatives : [guess.alternative];
  }
  if (d.uncertain && guess.example !== null) d.example = guess.example;
  if (guess.utf8Rows) d.utf8Rows = true;
  return { decision: d, binary: null, candidates: guess.candidates };
}

/** utf-16le or utf-16be when `head` reads as ordinary text in one of them (no stray controls, common characters). */
export async function utf16Reading(head: Uint8Array): Promise<"utf-16le" | "utf-16be" | null> {
  // why lazy: only samples full of control bytes get here (the statistical guess loads it too)
  const { plausibility } = await import("./plausibility.js");
  const even = head.subarray(0, head.length & ~1);
  for (const name of ["utf-16le", "utf-16be"] as const) {
    const text = new TextDecoder(name, { ignoreBOM: true }).decode(even);
    let controls = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
    }
    if (controls > text.length * 0.01) continue;
    if (plausibility(text).score >= 0.5) return name;
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
