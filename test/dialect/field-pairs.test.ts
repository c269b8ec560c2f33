// fieldPairsEntry (src/dialect/field-pairs.ts): `Name=Ann Lee` above `City=Berlin`: every key names a field, so the first pair is a record's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { fieldPairsEntry } from "../../src/dialect/field-pairs.js";

const FIXTURE = "fixtures/dialect/contact-record-as-key-value-lines.txt";
const rows = (text: string) => text.trim().split("\n").map((l) => ({ cells: l.split("=") }));

test("fieldPairsEntry: a contact written one field a line keeps its first pair (main: the header)", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.equal(fieldPairsEntry(rows(text), 0, "="), true);
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], ["=", false]);
  const two = "Name=Ann Lee\nCity=Berlin\n";
  assert.deepEqual([sniffDialect(two, true).delimiter, sniffDialect(two, true).header], ["=", false]);
});

test("fieldPairsEntry: refuses a header's nouns, keys that name no field, repeated keys, another delimiter", () => {
  assert.equal(fieldPairsEntry(rows("name=value\nCity=Berlin\nCountry=Germany"), 0, "="), false);
  assert.equal(fieldPairsEntry(rows("Field=Meaning\nName=the person\nCity=the town"), 0, "="), false);
  assert.equal(fieldPairsEntry(rows("English=Deutsch\nHouse=Haus\nTree=Baum"), 0, "="), false);
  assert.equal(fieldPairsEntry(rows("Name=Ann Lee\nName=Bob Roe"), 0, "="), false);
  assert.equal(fieldPairsEntry(rows("Name=Ann Lee"), 0, "="), false, "a lone pair");
  assert.equal(fieldPairsEntry(rows("Name=Ann Lee\nCity=Berlin"), 0, ":"), false);
  assert.equal(sniffDialect("English=Deutsch\nHouse=Haus\nTree=Baum\n", true).header, true);
});

test("fieldPairsEntry: `Name=Purpose` above a settings list stays the header (wlay25: a record)", () => {
  const text = readFileSync("fixtures/dialect/settings-list-under-name-purpose-header.txt", "utf8");
  assert.equal(fieldPairsEntry(rows(text), 0, "="), false);
  assert.deepEqual([sniffDialect(text, true).delimiter, sniffDialect(text, true).header], ["=", true]);
  for (const head of ["Usage", "Remarks", "Summary", "Help"]) {
    assert.equal(fieldPairsEntry(rows(`Name=${head}\nhost=server to connect to\nport=TCP port`), 0, "="), false, head);
  }
});
