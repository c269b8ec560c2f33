// The encreg generator (scripts/corpus/encreg/): the IEEE registry's text blocks read into companies, per-country exports mostly ASCII with the country's own rows, every label decoding its file, rows a page cannot hold dropped, halves split by country, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { madeTwice } from "./helpers.js";

interface Company { registry: string; assignment: string; name: string; street: string; city: string; state: string; postcode: string; country: string }
interface RegFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadCompanies(dir: string): Company[]; cityLine(l: string): { city: string; state: string; postcode: string } };
type Build = { generateRegistryExports(o: { companies: Company[]; seed?: number; halves?: number[] }): RegFile[]; halvesOf(by: Map<string, { native: Company[] }>): Map<string, number> };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encreg/sources.mjs";
const buildPath: string = "../../scripts/corpus/encreg/build.mjs";
const scorerPath: string = "../../scripts/corpus/encreg.mjs";

const block = (hex: string, name: string, lines: string[]) => `${hex.replace(/(..)(?=.)/g, "$1-")}   (hex)\t\t${name}\r\n${hex}     (base 16)\t\t${name}\r\n${lines.map((l) => `\t\t\t\t${l}\r\n`).join("")}\r\n`;

test("encreg loadCompanies: blocks with street, city line and country; a private block skipped", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encreg-"));
  try {
    const base = join(dir, "deb", "usr", "share", "ieee-data");
    mkdirSync(base, { recursive: true });
    writeFileSync(join(base, "oui.txt"), "OUI/MA-L\t\tOrganization\r\n\r\n" + block("0023C1", "Securitas Direct AB", ["Angbatsbron 1", "Malmö    21120", "SE"]) +
      "74-1A-E0   (hex)\t\tPrivate\r\n741AE0     (base 16)\t\tPrivate\r\n\r\n" + block("002272", "American Micro-Fuel Device Corp.", ["2181 Buchanan Loop", "Ferndale  WA  98248", "US"]));
    const [se, us, ...rest] = s.loadCompanies(dir);
    assert.equal(rest.length, 0);
    assert.deepEqual(se, { registry: "MA-L", assignment: "0023C1", name: "Securitas Direct AB", street: "Angbatsbron 1", city: "Malmö", state: "", postcode: "21120", country: "SE" });
    assert.equal(us.state, "WA");
    assert.deepEqual(s.cityLine("Aalborg Ø    9220"), { city: "Aalborg Ø", state: "", postcode: "9220" });
    assert.equal(s.loadCompanies(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const co = (country: string, k: number, name: string, city: string): Company => ({ registry: "MA-L", assignment: (0x100000 + k).toString(16).toUpperCase(), name, street: `Street ${k}`, city, state: "", postcode: String(10000 + k), country });
const companies = [
  ...Array.from({ length: 40 }, (_, k) => co("US", k, `Company ${k}`, "Austin")),
  ...Array.from({ length: 12 }, (_, k) => co("DE", 100 + k, k % 3 ? `Firma ${k} GmbH` : `Müller ${k} GmbH`, k === 4 ? "Köln – Süd" : "Berlin")),
  ...Array.from({ length: 12 }, (_, k) => co("FR", 200 + k, `Société ${k}`, "Paris")),
  ...Array.from({ length: 8 }, (_, k) => co("PL", 300 + k, `Firma ${k}`, "Łódź")),
];

test("encreg generateRegistryExports: deterministic, labels decode their files, a country's files in one half, rows a page cannot hold dropped", async () => {
  const b: Build = await import(buildPath);
  const files = madeTwice(() => b.generateRegistryExports({ companies, seed: 3 }));
  const pages = new Set(files.map((f) => f.encoding));
  for (const p of ["windows-1252", "cp850", "macintosh", "iso-8859-1", "windows-1250"]) assert.ok(pages.has(p), p);
  const halves = new Map<string, Set<number>>();
  for (const f of files) {
    const text = iconv.decode(f.bytes, f.encoding).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd") && /[^\x00-\x7f]/.test(text), f.path);
    assert.ok(!/Austin.*[^\x00-\x7f]/.test(text), `${f.path}: filler rows are ASCII`);
    halves.set(f.language, (halves.get(f.language) ?? new Set()).add(f.half));
  }
  for (const [c, h] of halves) assert.equal(h.size, 1, c);
  assert.ok(!files.some((f) => f.language === "US"), "no file is made for a country without a page");
  const latin1 = files.filter((f) => f.encoding === "iso-8859-1" && f.language === "DE");
  assert.ok(latin1.some((f) => f.dropped > 0) || latin1.every((f) => !iconv.decode(f.bytes, "latin1").includes("Köln")), "the en dash row is dropped in ISO-8859-1");
});

test("encreg scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encreg-sources" });
  assert.match(r.table, /skipped: the encreg sources are not there/);
});
