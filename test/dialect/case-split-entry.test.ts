// caseSplitEntry (src/dialect/case-split-entry.ts): a two-column glossary's first entry, in each column's own case, is no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { caseSplitEntry } from "../../src/dialect/case-split-entry.js";

const FIXTURE = "fixtures/dialect/german-english-glossary-without-header.tsv";
const columnsOf = (rows: string[][]) => [rows.map((r) => r[0]), rows.map((r) => r[1])];
const BODY = [["Baum", "tree"], ["Hund", "dog"], ["Katze", "cat"], ["Tisch", "table"], ["Stuhl", "chair"]];

test("caseSplitEntry: a German noun above nouns, an English word above small words: the first entry (main: the header)", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.equal(caseSplitEntry(["Haus", "house"], columnsOf(BODY)), true);
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], ["\t", false]);
});

test("caseSplitEntry: refuses names in one style, glossary column names, columns in one case, mixed columns, few rows", () => {
  assert.equal(caseSplitEntry(["Deutsch", "Englisch"], columnsOf(BODY)), false, "a header breaks a column's case");
  assert.equal(caseSplitEntry(["german", "english"], columnsOf(BODY)), false);
  assert.equal(caseSplitEntry(["Deutsch", "english"], columnsOf(BODY)), false, "a language name heads a column");
  assert.equal(caseSplitEntry(["Wort", "meaning"], columnsOf(BODY)), false);
  const oneCase = [["brick", "a block"], ["cat", "a pet"], ["door", "an entrance"], ["egg", "an oval"], ["fig", "a fruit"]];
  assert.equal(caseSplitEntry(["apple", "a fruit"], columnsOf(oneCase)), false);
  const mixed = [["Baum", "tree"], ["gehen", "to go"], ["Katze", "cat"], ["schnell", "fast"], ["Stuhl", "chair"]];
  assert.equal(caseSplitEntry(["Haus", "house"], columnsOf(mixed)), false);
  assert.equal(caseSplitEntry(["Haus", "house"], columnsOf(BODY.slice(0, 4))), false);
  assert.equal(caseSplitEntry(["Haus", "house"], columnsOf([...BODY.slice(0, 4), ["Stuhl", "chair 2"]])), false, "a value that is no word");
  for (const head of ["Deutsch\tEnglisch", "term\tdefinition"]) {
    const text = `${head}\n${BODY.map((r) => r.join("\t")).join("\n")}\n`;
    assert.equal(sniffDialect(text, true).header, true, head);
  }
});

test("caseSplitEntry: a header typed like its columns (`username,Display name`, `Species<TAB>habitat`) stays the header (wlay25: a record)", () => {
  for (const f of ["username-display-name-header-in-two-cases.csv", "species-habitat-header-in-two-cases.tsv"]) {
    assert.equal(sniffDialect(readFileSync(`fixtures/dialect/${f}`, "utf8"), true).header, true, f);
  }
  const people = "jsmith,John Smith\nakhan,Aisha Khan\nmlopez,Maria Lopez\npchen,Peter Chen\ntnguyen,Thu Nguyen\nrbrown,Rosa Brown\n";
  for (const text of [`login,Full name\n${people}`, "Product,colour\nChair,red\nTable,oak brown\nLamp,white\nShelf,black\nDesk,grey\n"]) {
    assert.equal(sniffDialect(text, true).header, true, text.split("\n")[0]);
  }
});

test("caseSplitEntry: refuses a column's word, a head cell unlike its values, a column whose values recur", () => {
  const furniture = [["Chair", "red"], ["Table", "oak brown"], ["Lamp", "white"], ["Shelf", "black"], ["Desk", "grey"]];
  assert.equal(caseSplitEntry(["Stool", "green"], columnsOf(furniture)), true, "an entry like the rest");
  assert.equal(caseSplitEntry(["Brand", "colour"], columnsOf(furniture)), false, "column words, though shaped like values");
  assert.equal(caseSplitEntry(["Sofa", "username"], columnsOf(furniture)), false, "a word ending in name");
  assert.equal(caseSplitEntry(["Wardrobe", "blue"], columnsOf(furniture)), false, "longer than every value of its column");
  const habitats = [["Eiche", "wood"], ["Buche", "wood"], ["Kiefer", "heath"], ["Erle", "river"], ["Weide", "river"]];
  assert.equal(caseSplitEntry(["Birke", "heath"], columnsOf(habitats)), false, "values that recur are no glossary");
});
