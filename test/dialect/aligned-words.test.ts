// Commas that join words inside space-aligned columns (src/dialect/aligned-words.ts), and a few notes after a space
// on rows of one width (src/dialect/tab-notes.ts fewSpacedNotes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { joinsAlignedWords } from "../../src/dialect/aligned-words.js";
import { fewSpacedNotes } from "../../src/dialect/tab-notes.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "aligned-columns-commas-inside-words.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));

test("sniffDialect: `node,way   access   text   linear` rows read at runs of spaces, their notes cut", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.whitespace, d.comment, d.inlineComment], [" ", true, "#", true]);
});

test("the built CLI reads 4 columns and 18 rows, with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.columns.length, f.rows.total], [0, 4, 18]);
});

test("joinsAlignedWords: the commas inside the first column join words; a CSV stays a CSV", () => {
  const cut = rows.map((l) => l.replace(/ +#.*$/, "")).join("\n");
  assert.equal(joinsAlignedWords(cut, ","), true);
  // near misses: cells holding runs of spaces, one width at the commas; a CSV padded after its commas
  assert.equal(joinsAlignedWords(["id,name  x,note", "1,ann  b,c  d", "2,bo  c,e  f", "3,cy  d,g  h", "4,di  e,i  j"].join("\n"), ","), false);
  assert.equal(joinsAlignedWords(["a,  b,  c", "1,  2,  3", "4,  5,  6", "7,  8,  9", "1,  1,  1"].join("\n"), ","), false);
});

test("fewSpacedNotes: 2 notes in 18 rows, each row as wide as the rest once cut, are notes; a `# 5` in text is not", () => {
  assert.equal(fewSpacedNotes(rows, "#"), true);
  assert.equal(fewSpacedNotes(["alice 30 Paris", "bob 25 Apt # 5", "carol 41 Rome", "dan 19 Oslo", "eve 33 Apt # 7"], "#"), false);
});
