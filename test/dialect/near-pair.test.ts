// nearPairLikeBody (src/dialect/near-pair.ts), asked by header.ts's looksLikeHeader: two spellings a letter apart above such pairs are a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { nearPairLikeBody } from "../../src/dialect/near-pair.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/misspellings-beside-corrections.txt";
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;
const PAIRS = [["teh", "the"], ["adress", "address"], ["occured", "occurred"], ["seperate", "separate"]];

test("nearPairLikeBody: a list of misspellings beside their corrections has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], [" ", false, 0]);
});

test("nearPairLikeBody: a short list of names beside their safe spellings has no header", () => {
  assert.equal(header(["AB-2(P)    AB-2-P", "CD-4(P)    CD-4-P", "EF-31G*    EF-31Gp", "EF-31G**   EF-31Gpp"]), false);
});

test("nearPairLikeBody: near misses keep the header (names, paired tags, short names, pairs not near)", () => {
  assert.equal(nearPairLikeBody(["recieve", "receive"], PAIRS), true);
  assert.equal(nearPairLikeBody(["wrong", "right"], PAIRS), false, "two names that differ as words do");
  assert.equal(nearPairLikeBody(["name_en", "name_fr"], PAIRS), false, "one stem, tags after `_`");
  assert.equal(nearPairLikeBody(["word1", "word2"], PAIRS), false, "one stem, numbered");
  assert.equal(nearPairLikeBody(["Word", "word"], PAIRS), false, "one word in two cases");
  assert.equal(nearPairLikeBody(["x-axis", "y-axis"], PAIRS), false, "tags before one ending");
  assert.equal(nearPairLikeBody(["min_x", "max_x"], PAIRS), false, "tags before one ending after `_`");
  assert.equal(nearPairLikeBody(["recieve", "receive"], [["0.7", "0.1"], ["1.0", "1.3"], ["2.1", "4.1"]]), false, "numbers a digit apart");
  assert.equal(header(["#x-axis\ty-axis", "0.7\t0.1", "1.0\t1.3", "2.1\t4.1", "3.2\t9.01"]), true);
  assert.equal(nearPairLikeBody(["ab", "ac"], PAIRS), false, "names under 4 characters");
  assert.equal(nearPairLikeBody(["recieve", "receive"], [["apple", "pear"], ["dog", "cat"], ["teh", "the"], ["red", "blue"]]), false, "pairs below not near");
  assert.equal(nearPairLikeBody(["recieve", "receive"], PAIRS.slice(0, 2)), false, "fewer than 3 rows below");
  assert.equal(header(["misspelled correct", ...PAIRS.map((p) => p.join(" "))]), true);
  assert.equal(header(["WRONG RIGHT", ...PAIRS.map((p) => p.join(" "))]), true);
  assert.equal(header(["name_en name_fr", ...PAIRS.map((p) => p.join(" "))]), true);
});

const sniffed = (name: string): [boolean, string] => {
  const d = sniffDialect(readFileSync(`fixtures/dialect/${name}`, "utf8"), true);
  return [d.header, d.delimiter];
};

test("nearPairLikeBody: a head named as headers are is kept above near pairs (one holds the other, opposed openings, capitalised above lower case)", () => {
  assert.deepEqual(sniffed("misspellings-under-misspelling-spelling-header.tsv"), [true, "\t"], "one name ends with the other");
  assert.deepEqual(sniffed("name-pairs-under-mother-father-header.csv"), [true, ","], "names differing in their first letters");
  assert.deepEqual(sniffed("misspellings-under-capitalised-typo-type-header.csv"), [true, ","], "capitalised names above lower case");
  assert.deepEqual(sniffed("dose-ranges-under-minimum-maximum-header.csv"), [true, ","], "opposed openings above numbers with units");
  assert.equal(nearPairLikeBody(["Incorrect", "Correct"], PAIRS), false, "one name opens with a negation of the other");
  assert.equal(nearPairLikeBody(["word", "words"], PAIRS), false, "one name and its plural");
  assert.equal(nearPairLikeBody(["Import", "Export"], PAIRS.map((p) => p.map((c) => c[0].toUpperCase() + c.slice(1)))), false, "opposed openings");
});

test("nearPairLikeBody: what the header refusals leave to the rule (a digit for a letter, an accent, pairs written alike below)", () => {
  assert.equal(nearPairLikeBody(["0telin", "otelin"], PAIRS), true, "a digit typed for the first letter");
  assert.equal(nearPairLikeBody(["şimdi", "simdi"], PAIRS), true, "an accent dropped from the first letter");
  assert.equal(nearPairLikeBody(["Britian", "Britain"], [["Untill", "Until"], ["Wich", "Which"], ["Teh", "The"]]), true, "capitalised pairs below");
  const plurals = [["Afro", "Afros"], ["cat", "cats"], ["box", "boxes"], ["house", "houses"]];
  assert.equal(nearPairLikeBody(["ABC'", "ABC's"], plurals), true, "a word form above word forms");
  assert.equal(nearPairLikeBody(["word", "words"], plurals), false, "column nouns above word forms");
  assert.equal(header(["6-31G*    6-31Gp", "6-31G**   6-31Gpp", "6-311G**  6-311Gpp", "DEF-SV(P) DEF-SV-P", "DK3-AIMP  DK3-AIMPx"]), false);
});
