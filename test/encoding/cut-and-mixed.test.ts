// sniffEncoding on real-export accidents: a file cut inside its last character, a UTF-8 table with one legacy row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

async function decide(name: string) {
  return (await sniffEncoding(chunked(fixture(name)))).decision;
}

test("a UTF-8 file cut inside its last character stays utf-8, certain", async () => {
  const d = await decide("utf8-cut-in-last-char.csv");
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
});

test("a windows-1252 file whose only accent is its last byte is not taken for cut UTF-8", async () => {
  const d = await decide("1252-accent-is-last-byte.csv");
  assert.notEqual(d.name, "utf-8");
});

test("Shift_JIS and EUC-JP files cut inside their last character keep their page", async () => {
  assert.equal((await decide("shiftjis-cut-in-last-char.csv")).name, "shift_jis");
  assert.equal((await decide("eucjp-cut-in-last-char.csv")).name, "euc-jp");
});

test("a short UTF-8 table with one windows-1252 row is utf-8, with the doubt said", async () => {
  const d = await decide("utf8-one-1252-row.csv");
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, true);
});
