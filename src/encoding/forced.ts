// A forced encoding (--encoding) held against the bytes: the reading the detector is sure of, when the forced one misreads them.
import { bomLengthFor } from "./bom.js";
import { createDecoder } from "./decode.js";
import { detectSample, firstNonAscii, WINDOW_BYTES } from "./detect.js";
import { UNCERTAIN_MARGIN } from "./legacy.js";
import { isSingleByte } from "./names.js";
import { plausibility } from "./plausibility.js";

/** What the bytes say against a forced encoding: the reading they suggest, the first line read otherwise, one value both ways. */
export interface Contradiction {
  suggested: string;
  line: number;
  example: string;
}

/**
 * Nats by which the forced reading must trail the detector's on the language model. why three times the margin of a
 * sure detection: the user's word is evidence too, so the bytes must contradict it clearly (a Cyrillic file forced
 * windows-1252 trails by hundreds; a one-word file, where a page's letters are a matter of taste, trails by a few).
 */
const CONTRADICTED_BY = 3 * UNCERTAIN_MARGIN;

/**
 * Confidence the detector must have in its own answer before it contradicts the user. why: on a few accented letters
 * in no language (a random table's `ñü`, `ß`) the language model still prefers some page (`сь`, `Я`) by tens of nats,
 * at confidence 0.50-0.64, and up to 0.81 (`ñé`, `ß`, `ü`, `€€` read as Greek `ρι`, `ί`, `ό`); files truly in another
 * page are detected at 0.88 and above.
 */
const CONFIDENT = 0.85;

/** Plausibility (per non-ASCII character) under which a reading the language model does not score is no text (U+FFFD, C1 controls, symbols in words). */
const GARBAGE = 0;

/** `buf` read as `name`, whatever kind of encoding it is. */
function readAs(buf: Buffer, name: string): string {
  const d = createDecoder(name);
  return [...d.write(buf, 0), ...d.end(buf.length)].map((s) => s.text).join("");
}

/**
 * The reading the bytes suggest against `forced`, or null when they do not contradict it: the detector is sure of
 * another encoding (not `uncertain`), that encoding reads the sample otherwise than the forced one, and the forced
 * reading trails it clearly (on the language model when it is a page the detector weighs, else by reading as no text).
 * why null when both read alike: ISO-8859-1 forced on a Latin-1 file, or windows-1252 on an ASCII file, is no contradiction.
 */
export async function contradiction(forced: string, sample: Buffer, eof: boolean): Promise<Contradiction | null> {
  const p = firstNonAscii(sample, 0, sample.length);
  const det = await detectSample(sample, eof);
  const d = det.decision;
  if (det.binary !== null || d.uncertain || d.ascii || d.name === forced || d.how === "default") return null;
  // why from byte 0 for a BOM or UTF-16: their bytes are not where the first high byte is
  const from = d.how === "detected" || d.how === "utf8-valid" ? Math.max(0, sample.lastIndexOf(0x0a, p) + 1) : 0;
  const to = Math.min(sample.length, (p < 0 ? 0 : p) + WINDOW_BYTES);
  const bytes = sample.subarray(from, to);
  const mine = readAs(bytes, forced);
  const theirs = readAs(bytes.subarray(bomLengthFor(d.name, bytes)), d.name);
  if (mine === theirs || !outweighs(d, mine, theirs)) return null;
  if (d.how === "detected" && !trails(forced, mine, d.name, det.candidates)) return null;
  return { suggested: d.name, ...firstDifference(mine, theirs, sample, from, forced, d.name) };
}

/**
 * Whether the detector's answer is strong enough to hold against the user's word. why a BOM or UTF-16's NULs always
 * are: their structure is the evidence, not a guess. Valid UTF-8 only when it reads as better text than the forced
 * reading (`é` against `Ã©`): one or two pairs such as `ß€` are valid UTF-8 by chance (`߀`, an N'Ko letter).
 */
function outweighs(d: { how: string; confidence: number | null }, mine: string, theirs: string): boolean {
  if (d.how === "utf8-valid") return plausibility(theirs).score > plausibility(mine).score;
  return d.how !== "detected" || (d.confidence ?? 0) >= CONFIDENT;
}

/** Whether the forced reading trails the detector's clearly. */
function trails(forced: string, mine: string, suggested: string, candidates: { name: string; score: number }[] | undefined): boolean {
  const own = candidates?.find((c) => c.name === forced);
  const best = candidates?.find((c) => c.name === suggested);
  // why the language model when both are scored: a Cyrillic page read as windows-1252 is all accented letters
  // (`Èâàíîâ`), plausible character by character; only the words tell it is no language
  // why single-byte pages only: a CJK reading's score is a flat cost per character, on another scale than the words'
  if (own && best && isSingleByte(forced) && isSingleByte(suggested)) return best.score - own.score >= CONTRADICTED_BY;
  return plausibility(mine).score < GARBAGE;
}

/** The first line the two readings differ on (1-based in the sample) and its first differing value, shown both ways. */
function firstDifference(mine: string, theirs: string, sample: Buffer, from: number, forced: string, suggested: string): { line: number; example: string } {
  const a = mine.split("\n");
  const b = theirs.split("\n");
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  const line = countLines(sample, from) + i + 1;
  const wa = a[i].split(/[\s,;|\t"]+/);
  const wb = b[i].split(/[\s,;|\t"]+/);
  let k = 0;
  while (k < wa.length - 1 && k < wb.length - 1 && wa[k] === wb[k]) k++;
  return { line, example: `"${clip(wa[k])}" (${forced}) for "${clip(wb[k])}" (${suggested})` };
}

function countLines(sample: Buffer, to: number): number {
  let n = 0;
  for (let i = sample.indexOf(0x0a); i >= 0 && i < to; i = sample.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** At most 40 characters, control characters shown as `\xNN` (a UTF-16 file read byte-wise is full of NULs). */
function clip(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return t.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
