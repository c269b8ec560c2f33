// sniffEncoding with a forced encoding: read as told, but the reading the bytes clearly suggest is named (contradicted).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

async function forced(name: string, encoding: string) {
  const r = await sniffEncoding(chunked(fixture(name), 4096), { forced: encoding });
  for await (const _ of r.bytes) void _;
  return r;
}

test("sniffEncoding: --encoding windows-1252 on windows-1250, KOI8-R and windows-1251 names is read as told, the page the bytes suggest named", async () => {
  for (const [name, page, example] of [
    ["czech-names-1250.csv", "windows-1250", /"Dvořák"|"Šťastný"/],
    ["russian-names-koi8-r.csv", "koi8-r", /"Иванов"/],
  ] as const) {
    const r = await forced(name, "windows-1252");
    assert.equal(r.decision.name, "windows-1252", name);
    assert.equal(r.decision.how, "forced");
    assert.equal(r.contradicted?.suggested, page, name);
    assert.match(r.contradicted!.example, example);
    assert.equal(r.contradicted!.line, 2, `${name}: the first line read otherwise`);
  }
  assert.equal((await forced("cyrillic-1251.csv", "windows-1252")).contradicted?.suggested, "windows-1251", "a Cyrillic header");
});

test("sniffEncoding: --encoding iso-8859-15 on a windows-1252 file with € (a C1 control there) names windows-1252 and the line", async () => {
  const r = await forced("late-accents-1252.csv", "iso-8859-15");
  assert.equal(r.contradicted?.suggested, "windows-1252");
  assert.match(r.contradicted!.example, /"\\x80" \(iso-8859-15\) for "€" \(windows-1252\)/);
  assert.ok(r.contradicted!.line > 1000, "the line of the first € (the accents start late)");
});

test("sniffEncoding: --encoding windows-1252 on UTF-16 or on UTF-8 with a BOM names the Unicode reading", async () => {
  assert.equal((await forced("utf16le-no-bom.csv", "windows-1252")).contradicted?.suggested, "utf-16le");
  const bom = await forced("utf8-bom.csv", "windows-1252");
  assert.equal(bom.contradicted?.suggested, "utf-8");
  assert.match(bom.contradicted!.example, /ï»¿/);
  assert.equal(bom.contradicted!.line, 1);
});

test("sniffEncoding: --encoding windows-1252 on UTF-8 without a BOM names utf-8 (its reading is better text)", async () => {
  const r = await forced("utf8-western-no-bom.csv", "windows-1252");
  assert.equal(r.contradicted?.suggested, "utf-8");
  assert.match(r.contradicted!.example, /Ã/);
});

test("sniffEncoding: --encoding utf-8 on a windows-1250 file names windows-1250 (its reading holds U+FFFD)", async () => {
  assert.equal((await forced("czech-names-1250.csv", "utf-8")).contradicted?.suggested, "windows-1250");
});

test("sniffEncoding: a forced encoding the bytes do not contradict stays quiet (never cry wolf)", async () => {
  for (const [name, encoding] of [
    ["latin1-no-bom.csv", "windows-1252"],
    ["latin1-no-bom.csv", "iso-8859-1"],
    ["1252-only-euro-and-quotes.csv", "windows-1252"],
    ["ascii-only.csv", "windows-1252"],
    ["ascii-only.csv", "koi8-r"],
    ["cyrillic-1251.csv", "windows-1251"],
    ["utf8-bom.csv", "utf-8"],
    ["utf16le-no-bom.csv", "utf-16le"],
    ["czech-names-1250.csv", "windows-1250"],
    ["1252-lone-letters-in-no-language.tsv", "windows-1252"],
    ["1252-pair-valid-as-utf8-by-chance.csv", "windows-1252"],
  ] as const) {
    assert.equal((await forced(name, encoding)).contradicted ?? null, null, `${name} as ${encoding}`);
  }
});

test("sniffEncoding: without --encoding nothing is held against the bytes (contradicted absent)", async () => {
  const r = await sniffEncoding(chunked(fixture("czech-names-1250.csv")));
  assert.equal(r.decision.name, "windows-1250");
  assert.equal("contradicted" in r, false);
});
