// headerUnderNotes (src/dialect/header.ts): a title block whose notes are as wide as the table stays a preamble above the header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const text = (name: string) => readFileSync(`fixtures/dialect/${name}`, "utf8");
const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];

// each fixture: the lines of its title block, and the header under it
const BLOCKS: [string, number, string][] = [
  ["title-then-units-note-of-table-width.csv", 2, "id,amount"],
  ["title-then-key-value-note-then-blank.csv", 3, "region,amount"],
  ["report-generated-filter-lines-above-header.csv", 3, "region,month,units"],
  ["units-sentence-of-table-width-above-header.csv", 1, "id,amount,weight"],
  ["title-then-place-line-of-table-width.csv", 2, "name,amount"],
  ["title-then-date-range-of-table-width.csv", 2, "id,amount"],
  ["report-and-generated-notes-of-table-width-then-blank.csv", 3, "region,amount"],
];

for (const [name, skip, header] of BLOCKS) {
  test(`headerUnderNotes: ${name} skips ${skip} lines, the header is ${header}`, () => {
    const d = sniffDialect(text(name), true);
    assert.deepEqual([d.header, d.skipRows], [true, skip]);
    assert.equal(text(name).split("\n")[skip], header);
  });
}

test("headerUnderNotes: the CLI reads the names under the notes, every record once, and names the right --skip-rows", () => {
  const f = cliFile("title-then-units-note-of-table-width.csv");
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["id", "amount"], 5, 0]);
  const warning = f.defects.find((x) => x.code === "preamble-skipped");
  assert.match(warning?.message ?? "", /--skip-rows 2\b/);
});

test("headerUnderNotes: names above a row of descriptions (`Amount in EUR`) stay the header; a plain title alone is still skipped", () => {
  const described = "id,amount\nIdentifier,Amount in EUR\n1,5\n2,7\n3,9\n";
  assert.equal(sniffDialect(described, true).skipRows, 0);
  // two rows of names (a header and a units row of words) are no note and its header
  assert.equal(sniffDialect("amount,weight\nEUR,kg\n1,5\n2,7\n3,9\n", true).skipRows, 0);
  assert.equal(sniffDialect("Customer export\nid,amount\n1,5\n2,7\n3,9\n", true).skipRows, 1);
});

test("headerUnderNotes: a row of unit symbols (`text,m,cm,m`) under several-word names is no header; the names are", () => {
  const f = cliFile("title-then-spaced-names-then-unit-symbols-row.csv");
  assert.deepEqual([f.dialect!.skipRows, f.columns], [1, ["plot name", "tree height", "trunk girth", "crown width"]]);
  // as the README's header guess reads units of words: the units row is the first record (bracketed units join the header)
  assert.equal(f.rows.total, 5);
  // names of one word under a note of several words stay the header, a unit symbol among them (`m`) too
  assert.equal(sniffDialect("Site report\nAcme Corp, Berlin office\nname,m\nAnn,5\nBob,7\nCy,9\n", true).skipRows, 2);
});

test("headerUnderNotes: a units row of one unit symbol and type words (`EUR,text,date`) under several-word names is no header either", () => {
  const f = cliFile("title-then-spaced-names-then-unit-and-type-row.csv");
  assert.deepEqual([f.dialect!.skipRows, f.columns], [1, ["Order Total", "Customer Name", "Order Date"]]);
  assert.deepEqual([f.rows.total, f.errors], [6, 0]);
  // type-like names without a unit symbol (`date,time,temp`) under a place line of several words stay the header
  const names = "Weather station export\nBerlin Tempelhof,52.47 N,13.40 E\ndate,time,temp\n2024-03-01,06:00,3.5\n2024-03-01,12:00,9.1\n2024-03-01,18:00,6.2\n2024-03-02,06:00,2.8\n";
  assert.equal(sniffDialect(names, true).skipRows, 2);
});

test("headerUnderNotes: one type word and one unit symbol (`Time,V`) under a `Source: …` note are the header, no units row", () => {
  const f = cliFile("source-note-above-time-and-unit-header.csv");
  // read as a units row, the note was the header (`Source: bench scope channel 1`) and `Time,V` a record, no defect
  assert.deepEqual([f.dialect!.skipRows, f.columns, f.rows.total, f.errors], [1, ["Time", "V"], 5, 0]);
});
