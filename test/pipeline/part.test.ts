// part.ts: a part read in many 64 KiB reads into two reused buffers decodes exactly as one pass does (UTF-8 and single-byte).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { both, splitInfo, withoutTimes } from "../helpers/split.js";
import { seededRandom as rng } from "../../src/profile/stats.js";

const dir = mkdtempSync(join(tmpdir(), "ic-part-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

const SCHEMA = join(dir, "schema.json");
writeFileSync(SCHEMA, JSON.stringify({
  fields: [
    { name: "id", type: "integer" },
    { name: "word", type: "string", constraints: { maxLength: 12 } },
  ],
}));

/** Rows whose words hold 2-, 3- and 4-byte characters at random places (so reads cut through them); every 37th too long. */
function rows(seed: number, n: number, letters: string[]): string {
  const r = rng(seed);
  const out = ["id,word"];
  for (let i = 1; i <= n; i++) {
    const len = 1 + Math.floor(r() * (i % 37 === 0 ? 20 : 12));
    out.push(`${i},${Array.from({ length: len }, () => letters[Math.floor(r() * letters.length)]).join("")}`);
  }
  return out.join("\n") + "\n";
}

test("part: a UTF-8 file whose characters straddle the 64 KiB reads gives the one-pass report and stream, in parts of several reads", async () => {
  const file = join(dir, "utf8.csv");
  // ~700 KB: parts of 150 KB take three reads and more, each buffer filled again while the decoder may hold a character
  writeFileSync(file, rows(7, 40_000, ["a", "é", "€", "😀", "z", "ß"]));
  for (const partBytes of [150_000, 65_537]) {
    const { one, split, oneStream, splitStream } = await both(file, SCHEMA, {}, partBytes);
    assert.ok(one.files[0].rows.invalid > 200, "the file has too-long words to compare");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream, `streamed defects, parts of ${partBytes} bytes`);
    assert.ok(splitInfo(split).parts > 3, "more than three parts");
  }
});

test("part: a windows-1252 file read in reused buffers gives the one-pass report", async () => {
  const file = join(dir, "cp1252.csv");
  writeFileSync(file, Buffer.from(rows(8, 30_000, ["a", "é", "ß", "z", "ñ"]), "latin1"));
  const { one, split } = await both(file, SCHEMA, { encoding: "windows-1252" }, 100_000);
  assert.equal(one.files[0].encoding.name, "windows-1252");
  assert.ok(one.files[0].rows.invalid > 200, "the file has too-long words to compare");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.ok(splitInfo(split).parts > 3, "more than three parts");
});

/** validatePart, the options a thread's own part runs with, and a job for bytes [start, end) of a UTF-8 file of `rows`. */
async function partOf(file: string, start: number, end: number | null) {
  const { validatePart } = await import("../../src/pipeline/part.js");
  const { resolveOptions } = await import("../../src/pipeline/options.js");
  const { loadSchema } = await import("../../src/schema/index.js");
  const { normalizeEncodingName } = await import("../../src/encoding/names.js");
  const { normalizeDelimiter } = await import("../../src/dialect/normalize.js");
  const size = (await import("node:fs")).statSync(file).size;
  const ro = { ...(await resolveOptions({ schema: SCHEMA }, { loadSchema, normalizeEncodingName, normalizeDelimiter })), jobs: 1, onDefect: null, onProgress: null };
  const job = {
    path: file, uri: file, start, bounds: [end ?? size], size, header: { names: ["id", "word"], line: 1, present: true },
    encoding: { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false } as never,
    dialect: { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false } as never,
  };
  return { validatePart, ro, job, size };
}

test("part: pausing after each read (as the merging thread does for its own parts) changes nothing in the result", async () => {
  const file = join(dir, "paused.csv");
  writeFileSync(file, rows(11, 40_000, ["a", "é", "z"]));
  const { validatePart, ro, job, size } = await partOf(file, 0, null);
  const plain = await validatePart(job, ro);
  const at: number[] = [];
  let ticks = 0;
  const paused = await validatePart(job, ro, { pause: (n) => { at.push(n); return new Promise((r) => setImmediate(() => { ticks++; r(); })); } });
  assert.ok(plain.rows === 40_000 && plain.invalidRows > 200, "the file has defects to compare");
  assert.deepEqual(paused, plain);
  assert.ok(at.length > 5 && ticks === at.length, `paused after each read (${at.length})`);
  assert.equal(at.at(-1), size);
});

test("part: onRead sees every byte the part reads, once, in file order from its start (the merging thread hashes them)", async () => {
  const file = join(dir, "onread.csv");
  writeFileSync(file, rows(13, 30_000, ["a", "é", "😀"]));
  const whole = (await import("node:fs")).readFileSync(file);
  const start = whole.indexOf(10, 200_000) + 1;
  const end = whole.indexOf(10, 400_000) + 1;
  const { validatePart, ro, job } = await partOf(file, start, end);
  const seen: Buffer[] = [];
  let next = start;
  // why a copy: the part's two read buffers are filled again after the call
  const r = await validatePart(job, ro, { onRead: (bytes, at) => { assert.equal(at, next); next += bytes.length; seen.push(Buffer.from(bytes)); } });
  assert.equal(r.stop, end);
  assert.ok(seen.length > 2, `several reads (${seen.length})`);
  assert.ok(Buffer.concat(seen).equals(whole.subarray(start, end)), "the bytes read are the part's bytes");
});
