// split.ts with keys: unique, primaryKey and uniqueKeys on a file read in parts give the one-pass report and stream.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestOptions, Report } from "../../src/index.js";
import { both as bothWays, splitInfo, withoutTimes } from "../helpers/split.js";
import { seededRandom as rng } from "../../src/profile/stats.js";

const dir = mkdtempSync(join(tmpdir(), "ic-split-keys-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** A primary key, a unique field kept as a warning, a composite unique key; "N/A" and "" are missing values. */
const SCHEMA = join(dir, "keys.json");
writeFileSync(SCHEMA, JSON.stringify({
  fields: [
    { name: "id", type: "integer" },
    { name: "code", type: "string", constraints: { unique: true }, severity: "warning" },
    { name: "country", type: "string" },
    { name: "year", type: "integer" },
    { name: "note", type: "string" },
  ],
  primaryKey: ["id"],
  uniqueKeys: [["country", "year"]],
  missingValues: ["", "N/A"],
}));

/**
 * Keys that repeat near and far (within a part and across its bounds), missing values and absent cells in keys,
 * rows with other defects too, blank and ragged rows, and quoted line breaks that make parts start mid-record.
 */
function keyed(seed: number, rows: number, eol: string): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out = [["id", "code", "country", "year", "note"].join(",")];
  for (let i = 1; i <= rows; i++) {
    const x = r();
    // mostly new ids; some repeat a recent one, some one from far back, some are missing or not integers
    const id = x < 0.06 ? String(Math.max(1, i - 1 - Math.floor(r() * 5))) : x < 0.12 ? String(1 + Math.floor(r() * i)) : x < 0.15 ? pick(["", "N/A"]) : x < 0.17 ? "abc" : String(i);
    const code = r() < 0.1 ? `C${Math.floor(r() * 20)}` : r() < 0.1 ? "N/A" : `C${i}-${seed}`;
    const country = pick(["FR", "DE", "PL", "", "Zoë's"]);
    const year = pick([String(2000 + Math.floor(r() * 40)), String(2000 + (i % 300)), "N/A", "20x0"]);
    let note = pick(["", "plain", `"a, b"`, `"two${eol}lines"`, `"x""y"`]);
    if (r() < 0.02) note = `"${Array.from({ length: 12 }, (_, k) => `long line ${k}`).join(eol)}"`;
    let line = [id, code, country, year, note].join(",");
    const y = r();
    if (y < 0.03) line += ",extra";
    else if (y < 0.05) line = [id, code].join(","); // the composite key's cells are absent
    else if (y < 0.06) line = "";
    out.push(line);
  }
  return out.join(eol) + eol;
}

const both = (file: string, extra: IngestOptions, partBytes: number) => bothWays(file, SCHEMA, extra, partBytes);

/** The unique defects as [row, column, firstRow]. */
const repeats = (r: Report) => r.files[0].defects.filter((d) => d.code === "unique").map((d) => [d.row, d.column, d.firstRow]);

test("split keys: repeats within a part and across parts, in parts of every size, give the one-pass report and stream", async () => {
  const file = join(dir, "keyed-lf.csv");
  writeFileSync(file, keyed(1, 1500, "\n"));
  for (const partBytes of [97, 1000, 7000, 15000]) {
    const { one, split, oneStream, splitStream } = await both(file, {}, partBytes);
    const f = one.files[0];
    const rep = repeats(one);
    assert.ok(rep.some(([, c]) => c === "id") && rep.some(([, c]) => c === "code") && rep.some(([, c]) => c === "country, year"), "each key repeats");
    assert.ok(rep.some(([row, , first]) => (row as number) - (first as number) > 500), "some repeat a key from far back");
    assert.ok(f.defects.some((d) => d.severity === "warning" && d.code === "unique"), "the unique field's repeats are warnings");
    assert.ok(f.warnings > 0 && f.rows.invalid > 100, "the file has defects to compare");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream, `streamed defects, parts of ${partBytes} bytes`);
    assert.ok(splitInfo(split).parts > 1, `parts of ${partBytes} bytes: more than one part`);
  }
});

test("split keys: a part whose start was wrong (inside a multi-line record) is read again, keys and all", async () => {
  const file = join(dir, "keyed-crlf.csv");
  writeFileSync(file, keyed(2, 600, "\r\n"));
  const { one, split, oneStream, splitStream } = await both(file, {}, 40);
  assert.ok(one.files[0].byCode.unique! > 20);
  assert.ok(splitInfo(split).reread > 0, "some part ran past its bounds and was read again");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.deepEqual(splitStream, oneStream);
});

test("split keys: a row invalid only for its repeated key counts once, whatever else it holds", async () => {
  // row 3 repeats row 1's id (only that); row 4 repeats it with a bad year too; row 5 repeats both keys
  const file = join(dir, "verdicts.csv");
  const body = ["id,code,country,year,note", "1,a,FR,2001,x", "2,b,DE,2002,x", "1,c,PL,2003,x", "1,d,PL,20x0,x", "2,e,FR,2001,x"];
  for (let i = 6; i < 400; i++) body.push(`${i},k${i},PL,${1000 + i},x`);
  writeFileSync(file, body.join("\n") + "\n");
  const { one, split } = await both(file, {}, 30);
  assert.deepEqual(repeats(one), [[3, "id", 1], [4, "id", 1], [5, "id", 2], [5, "country, year", 1]]);
  assert.equal(one.files[0].rows.invalid, 3);
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.ok(splitInfo(split).parts > 10);
});

test("split keys: --max-defects and --rule unique=warning keep the one-pass list and counts", async () => {
  const file = join(dir, "keyed-capped.csv");
  writeFileSync(file, keyed(3, 800, "\n"));
  for (const extra of [{ maxDefects: 9 }, { maxDefects: 60, rules: { unique: "warning" as const } }, { rules: { unique: "off" as const } }]) {
    const { one, split, oneStream, splitStream } = await both(file, extra, 500);
    assert.deepEqual(withoutTimes(split), withoutTimes(one), JSON.stringify(extra));
    assert.deepEqual(splitStream, oneStream, JSON.stringify(extra));
  }
});

test("split keys: a repeated key and a row rule that fails in the same row keep one pass's order (unique, then the rule)", async () => {
  // why: rowRules runs after unique on each row, so a repeat found only at the merge must go before the part's rule defect
  const schema = join(dir, "keys-rules.json");
  writeFileSync(schema, JSON.stringify({
    fields: [{ name: "id", type: "integer" }, { name: "low", type: "integer" }, { name: "high", type: "integer" }],
    primaryKey: ["id"],
    rowRules: [{ name: "ordered", check: "high >= low" }],
  }));
  const body = ["id,low,high"];
  for (let i = 1; i <= 600; i++) body.push(i % 50 === 0 ? `${i - 40},x5,1` : `${i % 97 === 0 ? 3 : i},${i % 7},${i % 11 === 0 ? 0 : 9}`);
  const file = join(dir, "keys-rules.csv");
  writeFileSync(file, body.join("\n") + "\n");
  const { one, split, oneStream, splitStream } = await bothWays(file, schema, {}, 300);
  const f = one.files[0];
  const rows = (code: string) => new Set(f.defects.filter((d) => d.code === code).map((d) => d.row));
  const both = [...rows("unique")].filter((r) => rows("row-rule").has(r));
  assert.ok(both.length > 3, `rows with a repeat and a failed rule (${both.length})`);
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.deepEqual(splitStream, oneStream);
  assert.ok(splitInfo(split).parts > 5);
});

test("split keys: random token soup with repeating keys, in random part sizes, gives the one-pass report (property)", async () => {
  const fc = (await import("fast-check")).default;
  // few distinct ids and codes, so keys repeat near and far; quotes and line breaks move where parts may start
  const TOKENS = ["1", "2", "3", "12", "C1", "C2", "N/A", "FR", "2001", "2002", ",", ",", ",", ",", '"', '""', "\n", "\n", "\n", "\r\n", "x", ""];
  let n = 0;
  let split = 0;
  await fc.assert(fc.asyncProperty(
    fc.array(fc.constantFrom(...TOKENS), { minLength: 80, maxLength: 700 }), fc.integer({ min: 8, max: 300 }),
    async (tokens, partBytes) => {
      const file = join(dir, `soup-${++n}.csv`);
      writeFileSync(file, "id,code,country,year,note\n" + tokens.join(""));
      const { one, split: s, oneStream, splitStream } = await both(file, {}, partBytes);
      assert.deepEqual(withoutTimes(s), withoutTimes(one));
      assert.deepEqual(splitStream, oneStream);
      if ((s.files[0] as unknown as { split?: unknown }).split && one.files[0].byCode.unique) split++;
    },
  ), { numRuns: 16, seed: 16 });
  assert.ok(split >= 5, `many cases were split and had repeated keys (${split} of 16)`);
});

test("interleave: a deferred defect goes after the part's defects reported before its row, before the rest", async () => {
  const { interleave } = await import("../../src/pipeline/collector.js");
  const d = (row: number, code: "type-error" | "unique" | "required") => ({ code, row, line: row + 1 });
  // row 2: a type error (seq 0) before the key, a later check's defect (seq 1) after it; row 5's key follows all
  const own = [d(2, "type-error"), d(2, "required"), d(4, "required")];
  const deferred = [{ seq: 1, draft: d(2, "unique") }, { seq: 3, draft: d(5, "unique") }];
  assert.deepEqual(interleave(own, (j) => j, deferred).map((x) => [x.row, x.code]), [[2, "type-error"], [2, "unique"], [2, "required"], [4, "required"], [5, "unique"]]);
  // a kept list that lost its middle defect to --max-defects still places by the count of defects before each
  assert.deepEqual(interleave([own[0], own[2]], (j) => [0, 2][j], deferred).map((x) => [x.row, x.code]), [[2, "type-error"], [2, "unique"], [4, "required"], [5, "unique"]]);
});

test("PartKeys: keys read back in order with their rows, defect counts, lines, offsets and values, past every capacity", async () => {
  const { PartKeys, KeyCursor } = await import("../../src/checks/schema/part-keys.js");
  const pk = PartKeys.take();
  const want: [number, number, number, number | null, string][] = [];
  let row = 0, seq = 0, line = 1, offset = 100;
  for (let i = 1; i <= 3000; i++) {
    // rows without a key, defects, multi-line records and unknown offsets come and go
    row += i % 7 === 0 ? 2 : 1;
    seq += i % 5 === 0 ? 3 : 0;
    line = Math.max(line + 1, row + (i > 1500 ? 40 : 2));
    offset += 30 + (i % 3);
    const off = i === 7 || i > 2900 ? null : i === 2800 ? offset + 2 ** 33 : offset;
    const value = i === 2999 ? `k${i}, ${"x".repeat(500)}` : i === 1200 ? `k${i}, Łódź` : `k${i}, é`;
    pk.add(i, -i, row, seq, line, off);
    const [a, b] = value.split(", ");
    pk.addChars(a, 200);
    pk.addChars(", ", 200);
    pk.addChars(b, 200);
    pk.endKey();
    want.push([row, seq, line, off, value.slice(0, 200)]);
  }
  const s = pk.state();
  pk.recycle();
  assert.equal(s.n, 3000);
  assert.ok(s.runs.length / 4 < 3000, "rows, defect counts and lines are kept as runs");
  const k = new KeyCursor(s);
  const got: typeof want = [];
  while (k.next()) {
    assert.deepEqual([s.hi[k.i], s.lo[k.i]], [k.i + 1, -(k.i + 1)]);
    got.push([k.row, k.seq, k.line, k.offset(), k.value()]);
  }
  assert.deepEqual(got, want);
  assert.equal(PartKeys.take(), pk, "a recycled recorder is reused");
  assert.equal(pk.state().n, 0, "and empty");
});

/**
 * Ids that count up in long runs (taken whole as intervals at the merge), with a restart that repeats a range from far
 * back, a run that repeats part of the previous one, gaps, ids out of order, leading zeros and signs (text, not
 * integers: "007" is not "7"), 16-digit ids (too long to be read as numbers), missing ids, and other defects in rows.
 */
function countUp(seed: number): string {
  const r = rng(seed);
  const out = ["id,code,country,year,note"];
  const ids: string[] = [];
  const run = (from: number, n: number) => { for (let v = from; v < from + n; v++) ids.push(String(v)); };
  run(1, 300);
  run(302, 150); // a gap
  run(1000, 100);
  run(1300, 100);
  run(1200, 150); // from a gap into the next run: repeats 1300..1349
  run(2000, 100);
  run(2600, 100);
  ids.push("2400"); // into a gap, out of order: probed alone
  run(2200, 380); // in the gap, over 2400
  ids.push("7", "007", "+8", "-9", "1234567890123456", "1234567890123456", "99999", "N/A", "");
  run(100, 120); // repeats ids 100..219 from far back, in a run
  run(440, 80); // overlaps the end of the second run (440..451) and goes on
  for (let i = 0; i < 60; i++) ids.push(String(3000 + Math.floor(r() * 40))); // random, repeating
  run(5000, 400);
  run(5398, 3); // repeats the last two of the run before, then one new
  run(99999, 2); // 99999 was seen, alone, long before
  ids.forEach((id, i) => {
    // rare enough to leave runs of over LONG_RUN keys (a defect or a record of two lines ends a run)
    const year = i % 211 === 5 ? "20x0" : String(2000 + (i % 50));
    out.push([id, `C${i}`, r() < 0.5 ? "FR" : "DE", year, i % 173 === 7 ? `"two\nlines"` : "x"].join(","));
  });
  return out.join("\n") + "\n";
}

test("split keys: ids counting up in long runs, restarted, overlapping and out of order give the one-pass report", async () => {
  const file = join(dir, "count-up.csv");
  writeFileSync(file, countUp(3));
  const schema = join(dir, "count-up.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "code" }, { name: "country" }, { name: "year", type: "integer" }, { name: "note" }], primaryKey: ["id"], missingValues: ["", "N/A"] }));
  for (const partBytes of [200, 3000, 9000]) {
    const { one, split, oneStream, splitStream } = await bothWays(file, schema, {}, partBytes);
    const ids = repeats(one).filter(([, c]) => c === "id");
    assert.ok(ids.length > 120 + 12 + 50 + 1, `the repeated ids are found (${ids.length})`);
    const repeated = (v: string) => one.files[0].defects.some((d) => d.code === "unique" && d.column === "id" && d.value === v);
    assert.ok(repeated("2400") && repeated("1349") && repeated("007") === false, "the id alone in a gap and the run into the next are repeats");
    assert.ok(ids.some(([row, , first]) => first === 100 && (row as number) > 450), "a run repeating ids from far back");
    assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    assert.deepEqual(splitStream, oneStream, `streamed defects, parts of ${partBytes} bytes`);
    assert.ok(splitInfo(split).parts > 1);
  }
});

test("PartKeys: integer keys kept as runs of consecutive values in one run of rows, other keys between them", async () => {
  const { PartKeys, KeyCursor } = await import("../../src/checks/schema/part-keys.js");
  const pk = PartKeys.take();
  // rows 1-5: ids 10-14; row 6 a defect before its key (a new run of rows); rows 7-8: 16, 17; row 9 a text key; row 10: 18
  for (let row = 1; row <= 5; row++) pk.addInt(9 + row, row, 0, row + 1, 100 * row);
  pk.addInt(15, 6, 1, 7, 600);
  pk.addInt(16, 7, 1, 8, 700);
  pk.addInt(17, 8, 1, 9, 800);
  pk.add(5, 6, 9, 1, 10, 900);
  pk.addChars("x9", 200);
  pk.endKey();
  pk.addInt(18, 10, 1, 11, 1000);
  const s = pk.state();
  pk.recycle();
  assert.deepEqual([...s.ints!], [0, 5, 10, 5, 3, 15, 9, 1, 18]);
  const k = new KeyCursor(s);
  const got: unknown[] = [];
  while (k.next()) got.push([k.row, k.seq, k.line, k.offset(), s.len[k.i] ? k.value() : null]);
  assert.deepEqual(got.slice(4, 10), [[5, 0, 6, 500, null], [6, 1, 7, 600, null], [7, 1, 8, 700, null], [8, 1, 9, 800, null], [9, 1, 10, 900, "x9"], [10, 1, 11, 1000, null]]);
});
