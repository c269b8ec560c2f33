// identityPairLikeBody (src/dialect/identity-pair.ts): a first row repeating one word in two cells, as rows below do, is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { identityPairLikeBody } from "../../src/dialect/identity-pair.js";

const NAME = "fixtures/dialect/abbreviation-table-first-entry-repeats-its-word.txt";

test("identityPairLikeBody: an abbreviation table whose first entry repeats its word has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "|");
  assert.equal(d.header, false);
});

test("identityPairLikeBody refuses: a pair no row repeats, too few repeats, numbers in the pair, repeated flags", () => {
  const body = [["B1", "Bone", "Bone"], ["B2", "Brain Res", "Brain Research"], ["B3", "Botany", "Botany"]];
  assert.equal(identityPairLikeBody(["B", "Blood", "Blood"], body), true);
  assert.equal(identityPairLikeBody(["B", "Blood", "Bloods"], body), false);
  const unlike = [["B1", "Bone", "Bones"], ["B2", "Brain Res", "Brain Research"], ["B3", "Botany", "Botanic"]];
  assert.equal(identityPairLikeBody(["B", "Blood", "Blood"], unlike), false);
  const once = [["B1", "Bone", "Bone"], ["B2", "Brain", "Brains"], ["B3", "Bot", "Botany"], ["B4", "Bio", "Biology"], ["B5", "Bi", "Bits"], ["B6", "X", "Y"], ["B7", "Z", "W"]];
  assert.equal(identityPairLikeBody(["B", "Blood", "Blood"], once), false);
  assert.equal(identityPairLikeBody(["id", "0", "0"], [["1", "0", "0"], ["2", "5", "5"], ["3", "1", "1"]]), false);
  const flags = [["m1", "TRUE", "TRUE"], ["m2", "TRUE", "TRUE"], ["m3", "FALSE", "FALSE"], ["m4", "TRUE", "TRUE"], ["m5", "TRUE", "TRUE"]];
  assert.equal(identityPairLikeBody(["model", "grid?", "grid?"], flags), false);
});

test("identityPairLikeBody refuses: a header naming two columns alike above unlike values keeps its header", () => {
  const d = sniffDialect("id|value|value\nB1|Bone|Bones\nB2|Brain|Brains\nB3|Botany|Botanic\n", true);
  assert.equal(d.header, true);
});

test("identityPairLikeBody refuses: an export of two tables joined on a key (two names repeated) keeps its header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/join-export-repeats-key-columns.csv", "utf8"), true);
  assert.equal(d.header, true);
});

test("identityPairLikeBody refuses: a head with a word above a column of numbers keeps its header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/join-on-name-beside-scores.csv", "utf8"), true);
  assert.equal(d.header, true);
});

test("identityPairLikeBody: a verb's forms repeating words thrice at no one distance are still a record (not a join)", () => {
  const forms = (v: string) => [v + "en", v + "e", v + "st", v + "t", v + "en", v + "t", v + "en", v + "e"];
  const d = sniffDialect([forms("leucht"), forms("mach"), forms("sag"), forms("frag"), forms("spiel")].map((r) => r.join(",")).join("\n") + "\n", true);
  assert.equal(d.header, false);
});

test("identityPairLikeBody refuses: a bilingual `code,label,label` table whose labels are often one word keeps its header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/bilingual-country-labels-under-code-header.csv", "utf8"), true);
  assert.equal(d.header, true);
  const body = [["AT", "Austria", "Autriche"], ["CA", "Canada", "Canada"], ["FR", "France", "France"], ["ML", "Mali", "Mali"]];
  assert.equal(identityPairLikeBody(["code", "label", "label"], body), false);
  assert.equal(identityPairLikeBody(["ID", "Name", "Name"], body), false);
  // not a column noun, but a word of a shape no code has, opening none of them
  assert.equal(identityPairLikeBody(["Kürzel", "Bezeichnung", "Bezeichnung"], body), false);
});

test("identityPairLikeBody: a key beside the pair shaped as the keys below, or opening them, is still a record's", () => {
  const body = [["AT", "Austria", "Autriche"], ["CA", "Canada", "Canada"], ["FR", "France", "France"], ["ML", "Mali", "Mali"]];
  assert.equal(identityPairLikeBody(["BE", "Belgium", "Belgium"], body), true);
  const numbered = [["B1", "Bone", "Bone"], ["B2", "Brain Res", "Brain Research"], ["B3", "Botany", "Botany"]];
  assert.equal(identityPairLikeBody(["B", "Blood", "Blood"], numbered), true);
  assert.equal(identityPairLikeBody(["B0", "Blood", "Blood"], numbered), true);
});
