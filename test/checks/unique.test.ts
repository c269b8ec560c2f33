// unique, primaryKey (composite) and uniqueKeys; the typed-array key table.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashAdd, hashHi, hashLo, hashStart, KeyTable, MAX_LOAD } from "../../src/checks/schema/key-table.js";
import { brief, check } from "./harness.js";

describe("unique", () => {
  it("names the first occurrence's row, ignores missing values, compares exactly", () => {
    const r = check("id\na\nb\n\n\nA\na\nb\n", { fields: [{ name: "id", constraints: { unique: true } }] });
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.column, d.firstRow, d.message]), [
      ["unique", 6, "id", 1, 'id "a" was already seen in row 1'],
      ["unique", 7, "id", 2, 'id "b" was already seen in row 2'],
    ]);
  });
  it("an empty string declared non-missing is a value like any other", () => {
    const r = check('id,n\n"",1\n"",2\n', { fields: [{ name: "id", constraints: { unique: true } }, { name: "n" }], missingValues: ["NA"] });
    assert.deepEqual(brief(r.defects), [["unique", 2, "id", 'id "" was already seen in row 1']]);
  });
  it("a composite primary key; rows with a missing key part are skipped (and required)", () => {
    const r = check("country,year,v\nFR,2020,1\nFR,2021,2\nDE,2020,3\nFR,2020,4\n,2020,5\n,2020,6\n", {
      fields: [{ name: "country" }, { name: "year", type: "integer" }, { name: "v" }],
      primaryKey: ["country", "year"],
    });
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.column, d.columnIndex, d.firstRow, d.message]), [
      ["unique", 4, "country, year", 1, 1, 'the key (country, year) = "FR, 2020" was already seen in row 1'],
      ["required", 5, "country", 1, undefined, "country is missing; the schema requires a value"],
      ["required", 6, "country", 1, undefined, "country is missing; the schema requires a value"],
    ]);
  });
  it("key parts cannot run together: (a, bc) and (ab, c) differ", () => {
    const r = check("x,y\na,bc\nab,c\n", { fields: [{ name: "x" }, { name: "y" }], uniqueKeys: [["x", "y"]] });
    assert.deepEqual(r.defects, []);
  });
  it("a unique field that is also the primary key is reported once", () => {
    const r = check("id\n1\n1\n", { fields: [{ name: "id", type: "integer", constraints: { unique: true } }], primaryKey: "id" });
    assert.deepEqual(brief(r.defects), [["unique", 2, "id", 'id "1" was already seen in row 1']]);
  });
});

describe("KeyTable", () => {
  const h = (s: string): [number, number] => { hashStart(); hashAdd(s); const lo = hashLo(); return [hashHi(), lo]; };
  it("returns 0 for a new key and the first row for a repeat, across growth", () => {
    const t = new KeyTable(16);
    for (let i = 1; i <= 100_000; i++) { const [a, b] = h(`k${i}`); assert.equal(t.addOrGet(a, b, i), 0); }
    for (let i = 1; i <= 100_000; i += 997) { const [a, b] = h(`k${i}`); assert.equal(t.addOrGet(a, b, 999_999), i); }
    assert.equal(t.size, 100_000);
  });
  it("stays near 12 bytes per slot: 1 million keys in under 40 MB", () => {
    const t = new KeyTable();
    for (let i = 1; i <= 1_000_000; i++) { const [a, b] = h(String(i)); t.addOrGet(a, b, i); }
    assert.equal(t.size, 1_000_000);
    assert.ok(t.bytes / t.size <= 34, `bytes per key ${t.bytes / t.size}`);
    assert.ok(t.bytes < 40 * 1024 * 1024);
  });
  it("reserve sizes the table as growing would, and keeps answering the same", () => {
    const grown = new KeyTable();
    const reserved = new KeyTable();
    reserved.reserve(300_000);
    const before = reserved.bytes;
    for (let i = 1; i <= 300_000; i++) { const [a, b] = h(String(i)); grown.addOrGet(a, b, i); assert.equal(reserved.addOrGet(a, b, i), 0); }
    assert.equal(before, grown.bytes, "the size growing reaches, from the start");
    assert.equal(reserved.bytes, before, "no resize after");
    const [a, b] = h("77");
    assert.equal(reserved.addOrGet(a, b, 1), 77);
  });
  it("doubles only past 80 % full (MAX_LOAD), so a key costs 15–30 bytes", () => {
    const slots = 2 ** 18, fits = Math.floor(slots * MAX_LOAD);
    const t = new KeyTable(slots);
    for (let i = 1; i <= fits; i++) { const [a, b] = h(`f${i}`); assert.equal(t.addOrGet(a, b, i), 0); }
    assert.equal(t.bytes, slots * 12, "still one slot array of 2^18");
    assert.ok(t.bytes / t.size < 15.1, `bytes per key when full: ${t.bytes / t.size}`);
    const [a, b] = h("one more");
    t.addOrGet(a, b, fits + 1);
    assert.equal(t.bytes, slots * 2 * 12, "doubled");
    assert.ok(t.bytes / t.size <= 30, `bytes per key after doubling: ${t.bytes / t.size}`);
    for (let i = 1; i <= fits; i += 4999) { const [x, y] = h(`f${i}`); assert.equal(t.addOrGet(x, y, 0), i); }
    const r = new KeyTable();
    r.reserve(fits);
    assert.equal(r.bytes, slots * 12, "reserve sizes for the same load");
    r.reserve(fits + 1);
    assert.equal(r.bytes, slots * 2 * 12);
  });
  it("keeps first rows beyond 2^31", () => {
    const t = new KeyTable();
    const [a, b] = h("big");
    assert.equal(t.addOrGet(a, b, 4_000_000_000), 0);
    assert.equal(t.addOrGet(a, b, 4_000_000_001), 4_000_000_000);
  });
});
