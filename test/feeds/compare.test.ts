// Unit tests of a delivery's comparison with its feed (src/feeds/compare.ts) and of the memory's folding (src/feeds/memory.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { columnChanges, compareDelivery } from "../../src/feeds/compare.js";
import { deliveryOf, foldProfile, newMemory, trim, QUANTILES, TOP } from "../../src/feeds/memory.js";
import type { Feed } from "../../src/feeds/config.js";
import type { FileReport } from "../../src/types.js";
import type { ColumnProfile } from "../../src/profile/baseline.js";

const feed = (over: Partial<Feed> = {}): Feed => ({
  name: "f", match: "*.csv", schema: null, schemaFromDefaults: true, encoding: null, dialect: null, rows: null, history: 3,
  tolerances: { rows: 0.5, nullRate: 0.2 }, rules: {}, driftIgnore: [], arrival: null, ...over,
});

function file(source: string, over: Partial<FileReport> = {}): FileReport {
  return {
    source, bytes: 10, sha256: `sha-${source}`, encoding: { name: "utf-8", confidence: null, bom: false, how: "utf8-valid" },
    dialect: { delimiter: ",", quote: null, escape: null, lineTerminator: "\n", header: true, how: "sniffed" },
    columns: ["a", "b"], rows: { total: 100, valid: 100, invalid: 0 }, byCode: {}, errors: 0, warnings: 0, defects: [],
    defectsTruncated: false, durationMs: 0,
    stats: [{ name: "a", index: 1, type: "integer", count: 100, missing: 0, missingSpellings: {}, typeErrors: 0 }, { name: "b", index: 2, type: "string", count: 100, missing: 0, missingSpellings: {}, typeErrors: 0 }],
    ...over,
  };
}

test("columnChanges names renames, additions, removals and a new order", () => {
  assert.deepEqual(columnChanges(["a", "b", "c"], ["a", "b", "c"]), []);
  assert.deepEqual(columnChanges(["a", "b", "c"], ["c", "a", "b"]), ["reordered (was a, b, c)"]);
  assert.deepEqual(columnChanges(["a", "b", "c"], ["a", "c"]), ['"b" removed']);
  assert.deepEqual(columnChanges(["a", "b"], ["a", "B", "x"]), ['"b" renamed to "B"', '"x" added']);
});

test("a feed's first delivery reports nothing; the next is compared with it", () => {
  const mem = newMemory(new Date("2026-11-01T00:00:00Z"));
  assert.deepEqual(compareDelivery(file("d1", { encoding: { name: "windows-1252", confidence: 0.9, bom: false, how: "detected" } }), feed(), mem), []);
  mem.deliveries.push(deliveryOf(file("d1"), mem, new Date()));
  const latin = file("d2", { encoding: { name: "windows-1252", confidence: 0.9, bom: false, how: "detected" } });
  assert.deepEqual(compareDelivery(latin, feed(), mem).map((d) => d.code), ["encoding-changed"]);
  // declared: the contract speaks, not the history
  assert.deepEqual(compareDelivery(latin, feed({ encoding: "utf-8" }), mem).map((d) => d.code), ["encoding-mismatch"]);
});

test("a pure-ASCII (valid UTF-8) file is no change for a single-byte feed; UTF-8 with accents is one", () => {
  const mem = newMemory(new Date());
  mem.deliveries.push(deliveryOf(file("d1", { encoding: { name: "windows-1252", confidence: 0.9, bom: false, how: "detected" } }), mem, new Date()));
  const ascii = file("d2", { encoding: { name: "utf-8", confidence: 1, bom: false, how: "utf8-valid", ascii: true } });
  assert.deepEqual(compareDelivery(ascii, feed(), mem), []);
  assert.deepEqual(compareDelivery(ascii, feed({ encoding: "windows-1252" }), mem), []);
  // why: a windows-1252 export that switched to UTF-8 reads as mojibake in a reader that kept windows-1252
  assert.deepEqual(compareDelivery(file("d2"), feed(), mem).map((d) => d.code), ["encoding-changed"]);
  assert.deepEqual(compareDelivery(file("d2"), feed({ encoding: "windows-1252" }), mem).map((d) => d.code), ["encoding-mismatch"]);
  // with a BOM the file is UTF-8 for sure
  const bom = file("d3", { encoding: { name: "utf-8", confidence: null, bom: true, how: "bom" } });
  assert.deepEqual(compareDelivery(bom, feed(), mem).map((d) => d.code), ["encoding-changed"]);
});

const enc = (name: string, over: Partial<NonNullable<FileReport["encoding"]>> = {}): Partial<FileReport> =>
  ({ encoding: { name, confidence: 0.9, bom: false, how: "detected", ...over } });
const asciiDay = enc("utf-8", { how: "utf8-valid", ascii: true });

test("compareDelivery: an ASCII-only delivery in a windows-1252 history tells no encoding, so a windows-1250 day after it is encoding-changed", () => {
  const mem = newMemory(new Date());
  mem.deliveries.push(deliveryOf(file("d1", enc("windows-1252")), mem, new Date()));
  mem.deliveries.push(deliveryOf(file("d2", asciiDay), mem, new Date()));
  const d3 = compareDelivery(file("d3", enc("windows-1250")), feed(), mem);
  assert.deepEqual(d3.map((d) => [d.code, d.params?.expected]), [["encoding-changed", "windows-1252"]]);
});

test("compareDelivery: after ASCII-only deliveries, a windows-1252 day is encoding-changed, named against an ASCII history", () => {
  const mem = newMemory(new Date());
  mem.deliveries.push(deliveryOf(file("d1", asciiDay), mem, new Date()));
  const d2 = compareDelivery(file("d2", enc("windows-1252")), feed(), mem);
  assert.deepEqual(d2.map((d) => [d.code, d.params?.expected]), [["encoding-changed", "ASCII only (read as utf-8)"]]);
  // UTF-8 with accents is what an ASCII history read as UTF-8 allows
  assert.deepEqual(compareDelivery(file("d2", enc("utf-8", { how: "utf8-valid" })), feed(), mem), []);
});

test("compareDelivery: a UTF-8 feed that drops or gains its BOM is encoding-changed; a history without the BOM recorded is not compared", () => {
  const mem = newMemory(new Date());
  mem.deliveries.push(deliveryOf(file("d1", enc("utf-8", { bom: true, how: "bom" })), mem, new Date()));
  const none = compareDelivery(file("d2", enc("utf-8", { how: "utf8-valid" })), feed(), mem);
  assert.deepEqual(none.map((d) => [d.code, d.params?.actual, d.params?.expected]), [["encoding-changed", "utf-8 without BOM", "utf-8 with BOM"]]);
  const old = newMemory(new Date());
  const { bom: _, ...before } = deliveryOf(file("d1", enc("utf-8", { bom: true, how: "bom" })), old, new Date());
  old.deliveries.push(before);
  assert.deepEqual(compareDelivery(file("d2", enc("utf-8", { how: "utf8-valid" })), feed(), old), []);
});

test("the memory keeps the last `history` deliveries and only the layouts they use", () => {
  let mem = newMemory(new Date());
  for (let i = 1; i <= 5; i++) {
    const f = file(`d${i}`, i === 1 ? { columns: ["old"], stats: [] } : {});
    mem = trim({ ...mem, deliveries: [...mem.deliveries, deliveryOf(f, mem, new Date())] }, 3);
  }
  assert.deepEqual(mem.deliveries.map((d) => d.source), ["d3", "d4", "d5"]);
  assert.equal(mem.layouts.length, 1, "the layout of d1 is gone with it");
  assert.deepEqual(mem.layouts[0].columns, ["a", "b"]);
});

test("the rolling profile stays bounded: 20 quantiles, at most 10 categories, whatever the deliveries", () => {
  let mem = newMemory(new Date());
  for (let d = 0; d < 30; d++) {
    const values = Array.from({ length: 1000 }, (_, i) => i * (d + 1)).sort((a, b) => a - b);
    const cols: ColumnProfile[] = [
      { name: "n", index: 1, type: "number", count: 1000, missing: 0, kind: "numeric", invalid: 0, min: 0, max: 1, mean: 0, sample: { method: "reservoir", seed: 0, capacity: 10_000, seen: 1000, values } },
      { name: "c", index: 2, type: "string", count: 1000, missing: 0, kind: "categorical", top: Array.from({ length: 15 }, (_, k) => [`v${k}${d % 3}`, 60] as [string, number]), other: 100, distinct: 15, exact: true },
    ];
    mem = foldProfile(mem, cols, 10);
  }
  assert.equal(mem.merged, 10);
  assert.equal(mem.profile[0].q!.split(",").length, QUANTILES);
  assert.ok(mem.profile[1].top!.length <= TOP);
  const shares = mem.profile[1].top!.reduce((s, [, pm]) => s + pm, 0) + mem.profile[1].other!;
  assert.ok(Math.abs(shares - 1000) <= TOP, `shares add up to 1000 per mille (${shares})`);
});
