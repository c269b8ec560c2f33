// A few notes after a space on rows of one width (src/dialect/tab-notes.ts fewSpacedNotes): with them cut, commas
// that join words inside space-aligned columns are no delimiter; a CSV whose cells hold runs of spaces stays a CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { fewSpacedNotes } from "../../src/dialect/tab-notes.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (file: string): { name: string; text: string } => {
  const name = join("fixtures", "dialect", file);
  return { name, text: readFileSync(join(here, "..", "..", name), "utf8") };
};
const { name, text } = fixture("aligned-columns-commas-inside-words.txt");
const rows = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));

test("sniffDialect: `node,way   access   text   linear` rows read at runs of spaces, their notes cut", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.whitespace, d.comment, d.inlineComment], [" ", true, "#", true]);
});

test("the built CLI reads 4 columns and 18 rows, with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.columns.length, f.rows.total], [0, 4, 18]);
});

test("sniffDialect: a CSV of timestamps holding two spaces, one row with an extra cell, stays a CSV with its header", () => {
  const csv = fixture("csv-spaced-timestamps-one-bad-row.csv");
  assert.deepEqual([sniffDialect(csv.text, true).delimiter, sniffDialect(csv.text, true).header], [",", true]);
  const f = (JSON.parse(runCli([csv.name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.byCode["row-extra-cells"]], [4, 14, 1]);
  // near misses: the same with `;` and a short row; titles holding runs of spaces, one row with an extra cell
  const times = Array.from({ length: 14 }, (_, i) => `${i + 1};2024-03-${i + 11}  08:00;2024-03-${i + 11}  17:00${i === 9 ? "" : ";ok"}`);
  assert.equal(sniffDialect(["id;start;end;status", ...times].join("\n") + "\n", true).delimiter, ";");
  const titles = ["The  Hobbit  Book", "War  and  Peace", "Moby  Dick  Novel", "Brave  New  World", "Animal  Farm  Story", "Dune  Part  One"];
  const books = [...titles, ...titles].map((t, i) => `${i + 1},${t},Author${i}${i === 11 ? ",Jane" : ""}`);
  assert.equal(sniffDialect(["id,title,author", ...books].join("\n") + "\n", true).delimiter, ",");
});

test("fewSpacedNotes: 2 notes in 18 rows, each row as wide as the rest once cut, are notes; a `# 5` in text is not", () => {
  assert.equal(fewSpacedNotes(rows, "#"), true);
  assert.equal(fewSpacedNotes(["alice 30 Paris", "bob 25 Apt # 5", "carol 41 Rome", "dan 19 Oslo", "eve 33 Apt # 7"], "#"), false);
  // near miss: a mark the rule did not judge a note (`# 3`) on another row, which the parser would cut too
  assert.equal(fewSpacedNotes([...rows, "node,way   flat   text   linear # 3"], "#"), false);
});
