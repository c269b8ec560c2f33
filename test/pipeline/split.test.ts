// split.ts: a file read in parts by worker threads gives the same report and the same streamed defects as one pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestOptions } from "../../src/index.js";
import { both as bothWays, splitInfo, withoutTimes } from "../helpers/split.js";
// a seeded generator, so a failure names a seed that reproduces it
import { seededRandom as rng } from "../../src/profile/stats.js";

const dir = mkdtempSync(join(tmpdir(), "ic-split-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

const SCHEMA = join(dir, "schema.json");
writeFileSync(SCHEMA, JSON.stringify({
  fields: [
    { name: "id", type: "integer", constraints: { required: true } },
    { name: "name", type: "string" },
    { name: "amount", type: "number", constraints: { minimum: 0 } },
    { name: "day", type: "date" },
    { name: "note", type: "string", constraints: { maxLength: 400 } },
  ],
  missingValues: [""],
}));

/** A messy table: quoted commas, doubled quotes, line breaks inside quotes (some spanning many lines), bad values, ragged and blank rows, stray quotes. */
function messy(seed: number, rows: number, eol: string): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out = [["id", "name", "amount", "day", "note"].join(",")];
  for (let i = 1; i <= rows; i++) {
    const x = r();
    const name = x < 0.1 ? `"Doe, Jane"` : x < 0.15 ? `"say ""hi"""` : pick(["Ann", "Bob", "Zoë", "Łukasz"]);
    const amount = pick(["12.5", "0", "-3", "N/A", "NaN", "", "abc", "7"]);
    const day = pick(["2024-01-31", "2024-02-30", "31/12/2024", "2023-12-01"]);
    let note = pick(["", "plain", `"a, b"`, `"two${eol}lines"`, `"x""y"`]);
    if (r() < 0.02) note = `"${Array.from({ length: 12 }, (_, k) => `long line ${k}`).join(eol)}"`;
    let line = [String(i), name, amount, day, note].join(",");
    const y = r();
    if (y < 0.03) line += ",extra";
    else if (y < 0.06) line = [String(i), name, amount].join(",");
    else if (y < 0.08) line = "";
    else if (y < 0.09) line = `${i},bad"quote,1,2024-01-01,z`;
    out.push(line);
  }
  return out.join(eol) + eol;
}

const both = (file: string, extra: IngestOptions, partBytes: number, jobs = 2) => bothWays(file, SCHEMA, extra, partBytes, jobs);

test("split: a messy LF file in parts of every size gives the one-pass report and stream", async () => {
  const file = join(dir, "messy-lf.csv");
  writeFileSync(file, messy(1, 600, "\n"));
  for (const partBytes of [97, 1000, 7000]) {
    const { one, split, oneStream, splitStream } = await both(file, {}, partBytes);
    assert.ok(one.files[0].rows.invalid > 50, "the file has defects to compare");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream, `streamed defects, parts of ${partBytes} bytes`);
    assert.ok(splitInfo(split).parts > 1, `parts of ${partBytes} bytes: more than one part`);
  }
});

test("split: on 2, 3 and 5 threads (this thread takes parts too, each worker holds a second job) the report, stream and progress are one pass's", async () => {
  const file = join(dir, "messy-threads.csv");
  writeFileSync(file, messy(5, 900, "\n"));
  for (const jobs of [2, 3, 5]) {
    const seen: number[] = [];
    const { one, split, oneStream, splitStream } = await both(file, { onProgress: (p) => seen.push(p.bytesRead) }, 700, jobs);
    assert.ok(one.files[0].rows.invalid > 50, "the file has defects to compare");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `${jobs} threads`);
    assert.deepEqual(splitStream, oneStream, `streamed defects, ${jobs} threads`);
    assert.ok(splitInfo(split).parts > 10, `${jobs} threads: many parts`);
    assert.ok(seen.length > 0 && seen.every((n) => n >= 0 && n <= statSync(file).size), `${jobs} threads: progress within the file`);
  }
});

test("split: parts smaller than a multi-line record are read again, with the same result", async () => {
  const file = join(dir, "messy-crlf.csv");
  writeFileSync(file, messy(2, 400, "\r\n"));
  const { one, split, oneStream, splitStream } = await both(file, {}, 40);
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.deepEqual(splitStream, oneStream);
  assert.ok(splitInfo(split).reread > 0, "some part ran past its bounds and was read again");
});

test("split: an unclosed quote mid-file, U+FFFD bytes and a BOM: same rows, lines, offsets and defects", async () => {
  const file = join(dir, "broken.csv");
  // why 2,500 records (~150 KB): offsets after the bad bytes must agree across 64 KiB reads, not just inside one
  const text = messy(3, 2500, "\n").split("\n");
  // a quote that pairs with one many records later (one long record), then one never closed at all
  text[150] = `150,"runs on,1,2024-01-01,x`;
  for (let i = 2501; i <= 2620; i++) text.push(i === 2530 ? `${i},"never closed,1,2024-01-01,x` : `${i},plain,1,2024-01-01,x`);
  const body = Buffer.from(text.join("\n") + "\n", "utf8");
  const bad = Buffer.from([0xff, 0xfe, 0x41]); // invalid UTF-8: offsets after it are unknown in one pass
  const cut = body.indexOf("\n200,");
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body.subarray(0, cut + 5), bad, body.subarray(cut + 5)]));
  for (const partBytes of [1500, 40000]) {
    const { one, split, oneStream, splitStream } = await both(file, {}, partBytes);
    assert.ok(one.files[0].byCode["quote-unclosed"], "the unclosed quote is found");
    assert.ok(one.files[0].byCode["encoding-error"], "the bad bytes are found");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream);
  }
});

test("split: U+FFFD written in the file (one across a 64 KiB read) and an invalid byte: the same encoding-errors and messages", async () => {
  const file = join(dir, "written-fffd.csv");
  const lines = messy(6, 2500, "\n").split("\n");
  // why names with U+FFFD written (EF BF BD, valid UTF-8): each is an encoding-error saying a character was lost
  for (let i = 40; i < 2500; i += 97) lines[i] = `${i},Brand\uFFFDo,1,2024-01-01,x`;
  const body = Buffer.from(lines.join("\n") + "\n", "utf8");
  // one more written U+FFFD whose bytes straddle the first 64 KiB read (EF | BF BD), in a line of its own
  const at = body.indexOf("\n", 65536 - 200) + 1;
  const line = Buffer.from(`9999,Dieudonn${"e".repeat(65535 - 13 - at)}\uFFFD,1,2024-01-01,x\n`, "utf8");
  assert.equal(at + line.indexOf(Buffer.from([0xef, 0xbf, 0xbd])), 65535, "the written U+FFFD starts at the read's last byte");
  const cut = body.indexOf("\n2000,");
  writeFileSync(file, Buffer.concat([body.subarray(0, at), line, body.subarray(at, cut + 6), Buffer.from([0xe9]), body.subarray(cut + 6)]));
  for (const partBytes of [1500, 40000]) {
    const { one, split, oneStream, splitStream } = await both(file, { maxDefects: 100000 }, partBytes);
    const enc = one.files[0].defects.filter((d) => d.code === "encoding-error");
    assert.equal(enc.filter((d) => /U\+FFFD replacement character written in the file/.test(d.message)).length, 27, "every written U+FFFD is named so");
    assert.equal(enc.filter((d) => /not valid utf-8/.test(d.message)).length, 1, "the invalid byte keeps its message");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream);
  }
});

test("split: --max-defects keeps the first defects in file order and says the list is truncated", async () => {
  const file = join(dir, "capped.csv");
  writeFileSync(file, messy(4, 500, "\n"));
  const { one, split } = await both(file, { maxDefects: 7 }, 500);
  assert.equal(one.files[0].defectsTruncated, true);
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.ok(splitInfo(split).parts > 3);
});

test("split: windows-1252 bytes and a semicolon dialect split the same way", async () => {
  const file = join(dir, "latin1.csv");
  const text = messy(5, 400, "\r\n").replace(/,/g, ";").replace(/Zoë/g, "Zoë Müller");
  writeFileSync(file, Buffer.from(text.replace(/Łukasz/g, "Lukas"), "latin1"));
  const { one, split, oneStream, splitStream } = await both(file, { encoding: "windows-1252" }, 300);
  assert.equal(one.files[0].dialect?.delimiter, ";");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.deepEqual(splitStream, oneStream);
});

test("split: random token soup after a plain header, in random part sizes, gives the one-pass report (property)", async () => {
  const fc = (await import("fast-check")).default;
  const TOKENS = ["1", "42", "x", "Zoë", ",", ",", ",", '"', '"', '""', "\n", "\n", "\n", "\r\n", "\r", " ", "N/A", "NaN", "-3", "2024-02-30", "2024-01-01", "\uFFFD", "\\"];
  let split = 0;
  let n = 0;
  await fc.assert(fc.asyncProperty(
    fc.array(fc.constantFrom(...TOKENS), { minLength: 50, maxLength: 600 }), fc.integer({ min: 8, max: 400 }),
    async (tokens, partBytes) => {
      const file = join(dir, `soup-${++n}.csv`);
      writeFileSync(file, "id,name,amount,day,note\n" + tokens.join(""));
      const { one, split: s, oneStream, splitStream } = await both(file, {}, partBytes);
      assert.deepEqual(withoutTimes(s), withoutTimes(one));
      assert.deepEqual(splitStream, oneStream);
      if ((s.files[0] as unknown as { split?: unknown }).split) split++;
    },
  ), { numRuns: 12, seed: 7 });
  assert.ok(split >= 6, `most cases were split (${split} of 12)`);
});

test("split: after invalid bytes every later byte offset is null, also where a 64 KiB read starts at a record", async () => {
  const file = join(dir, "offsets.csv");
  // accented names first, so the file is UTF-8 with one invalid byte (not windows-1252)
  const parts: Buffer[] = [Buffer.from("id,name,amount,day,note\n" + "1,Zoë Müller Søren,1,2024-01-01,x\n".repeat(20) + "2,"), Buffer.from([0xff]), Buffer.from("b,1,2024-01-01,x\n")];
  let size = parts.reduce((n, b) => n + b.length, 0);
  let i = 3;
  const line = (id: number, amount: string, pad = "") => Buffer.from(`${id},n,${amount},2024-01-01,x${pad}\n`);
  // records up to just short of 65,536 bytes, then one padded to end exactly there: the next 64 KiB read starts a record
  while (size + line(i, "1").length + 40 < 65536) { const b = line(i++, "1"); parts.push(b); size += b.length; }
  const last = line(i, "1");
  const pad = "p".repeat(65536 - size - last.length);
  parts.push(line(i++, "1", pad));
  size = 65536;
  for (let k = 0; k < 3000; k++) parts.push(line(i++, k % 50 === 0 ? "abc" : "1"));
  writeFileSync(file, Buffer.concat(parts));
  const { one, split, oneStream, splitStream } = await both(file, {}, 20000);
  assert.equal(one.files[0].encoding?.name, "utf-8");
  const late = one.files[0].defects.filter((d) => d.code === "type-error");
  assert.ok(late.length > 10, "type errors after the 64 KiB mark");
  assert.ok(late.every((d) => d.byteOffset === null), "no offset after the invalid byte, whatever the reads");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.deepEqual(splitStream, oneStream);
});

test("split: a file cut while its parts are read is a source-error whose rows still add up (total = valid + invalid)", async () => {
  const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");
  const file = join(dir, "cut-while-read.csv");
  const text = messy(6, 3000, "\n");
  writeFileSync(file, text);
  let cut = false;
  // why at the first streamed defect: a part has been merged by then (defects go out in file order), and the parts
  // after the middle are read only later, from a file that has lost them
  const report = await check(file, {
    schema: SCHEMA, jobs: 2, split: { minBytes: 1, partBytes: 2000 },
    onDefect: () => { if (!cut) { cut = true; truncateSync(file, Math.floor(text.length / 2)); } },
  });
  const f = report.files[0];
  assert.ok(cut, "the file was cut during the run");
  assert.ok(f.byCode["source-error"], "a source-error, never a shorter success");
  assert.ok(f.rows.invalid > 0, "the parts merged before the cut had invalid rows");
  assert.equal(f.rows.total, f.rows.valid + f.rows.invalid);
  assert.ok(f.rows.valid >= 0 && f.rows.total >= f.rows.invalid, `rows ${JSON.stringify(f.rows)}`);
});
