// synonymSetEntry (src/dialect/synonym-list.ts), asked by body-like-row.ts's firstRowLikeBody: a set of names joined by `, ` above such sets is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { synonymSetEntry } from "../../src/dialect/synonym-list.js";
import { detectHeader } from "../../src/dialect/header.js";

const NAME = "fixtures/dialect/synonym-sets-without-header.txt";
const ONE_COLUMN = { delimiter: "", quote: "", escape: "" };
// why detectHeader with one column: a list this short is read at `,`; the long lists (1,000 sets) are read whole
const header = (text: string): boolean => detectHeader(text, true, ONE_COLUMN, { comment: null, skipRows: null, header: null }).header;
const SETS = readFileSync(NAME, "utf8").trim().split("\n").slice(1);

test("synonymSetEntry: a one-column list of synonym sets has no header", () => {
  assert.equal(header(readFileSync(NAME, "utf8")), false);
});

test("synonymSetEntry: near misses keep the header (column nouns, a title, one name, few sets joined)", () => {
  assert.equal(synonymSetEntry("carp, Cyprinus carpio", SETS), true);
  assert.equal(synonymSetEntry("name, synonyms", SETS), false, "column nouns");
  assert.equal(synonymSetEntry("NAME, SYNONYMS", SETS), false, "column nouns in capitals");
  assert.equal(synonymSetEntry("Classes, one per line", SETS), false, "a title, not of the sets' form");
  assert.equal(synonymSetEntry("animal", SETS), false, "one name");
  assert.equal(synonymSetEntry("carp, Cyprinus carpio", ["heron", "magpie", "jay", "pike, Esox lucius", "wren", "otter", "mole", "robin, Erithacus rubecula"]), false, "a quarter of the sets joined");
  for (const name of ["Class", "name", "species", "Animals, with synonyms"]) assert.equal(header([name, ...SETS].join("\n") + "\n"), true, name);
});
