// `#<TAB>` notes above TAB rows that end in `<TAB># NAME` are comments (src/dialect/noted-tab-rows.ts notedTabRows).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { notedTabRows } from "../../src/dialect/noted-tab-rows.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "tab-hash-notes-above-rows-with-hash-names.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = ["0x00\t0x0000\t# NULL", "0x01\t0x263A\t# WHITE SMILING FACE", "0x20\t0x0020\t# SPACE", "0x41\t0x0041\t# LATIN CAPITAL LETTER A"];
const notes = ["#\tName:   Map from a toy character set to Unicode", "#\tDate:   2021 November 21"];

test("sniffDialect: `#<TAB>Name: …` notes above `0x00<TAB>0x0000<TAB># NULL` rows make `#` the comment character, TAB the delimiter", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["\t", "#", false]);
});

test("the built CLI reads the mapping table as 2 columns, 6 records (and the blank line, as any), no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.columns.length, f.rows.valid, f.errors], ["\t", 2, 7, 0]);
  assert.ok(!f.defects.some((x) => x.code === "header-blank"));
});

test("notedTabRows: two `#<TAB>` notes over rows that all end in a `<TAB># name` note", () => {
  assert.equal(notedTabRows("#", notes, rows), true);
});

test("notedTabRows refuses: one `#<TAB>` line (a header may name a `#` column), another mark, too few rows", () => {
  assert.equal(notedTabRows("#", notes.slice(0, 1), rows), false);
  assert.equal(notedTabRows(";", notes.map((t) => t.replace("#", ";")), rows.map((t) => t.replace("#", ";"))), false);
  assert.equal(notedTabRows("#", notes, rows.slice(0, 2)), false);
  assert.equal(notedTabRows("#", ["#\t", "#\t  "], rows), false);
});

test("notedTabRows refuses rows whose `#` is glued to text (a cell) or that mostly carry no note", () => {
  assert.equal(notedTabRows("#", notes, rows.map((t) => t.replace("# ", "#"))), false);
  assert.equal(notedTabRows("#", notes, [...rows.slice(0, 2), "0x02\t0xD3EC", "0x03\t0xD45C", "0x04\t0xD478"]), false);
});

test("sniffDialect refuses a lone `#<TAB>code` line over noted rows: read as before (`#` the delimiter, a header)", () => {
  const d = sniffDialect(`#\tcode\n${rows.join("\n")}\n`, true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["#", null, true]);
});

test("sniffDialect refuses notes over rows of which only some end in a note: the notes stay a preamble-less table", () => {
  const d = sniffDialect(`${notes.join("\n")}\n\n${rows.slice(0, 2).join("\n")}\n0x02\t0xD3EC\n0x03\t0xD45C\n0x04\t0xD478\n0x05\t0xD4E8\n`, true);
  assert.deepEqual([d.delimiter, d.comment], ["\t", null]);
});
