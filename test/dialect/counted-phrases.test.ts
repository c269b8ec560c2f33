// countedPhrases (src/dialect/counted-phrases.ts): a weight, then a word or a few words: two columns, the phrases whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countedPhrases } from "../../src/dialect/counted-phrases.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/weighted-words-with-a-few-phrases.txt";

test("countedPhrases: a weighted word list with two phrases reads as 2 columns, the phrases whole", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(countedPhrases(text), true);
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.maxFields], [" ", false, 2]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [2, 14, 0]);
});

test("countedPhrases: phrases on a third of the lines, a number last, one width, a header, short lists are refused", () => {
  const lines = readFileSync(NAME, "utf8").trimEnd().split("\n");
  const table = ["5 Paris France", "7 Rome Italy", "3 Madrid Spain", "4 Lisbon Portugal", "2 Berlin", "6 Vienna Austria",
    "1 Oslo Norway", "8 Bern Switzerland", "9 Prague Czechia", "3 Dublin Ireland"];
  assert.equal(countedPhrases(table.join("\n")), false);
  assert.equal(sniffDialect(table.join("\n") + "\n", true).maxFields, undefined);
  assert.equal(countedPhrases([...lines, "3 Paris 12"].join("\n")), false);
  assert.equal(countedPhrases(lines.filter((l) => l.split(" ").length === 2).join("\n")), false);
  assert.equal(countedPhrases(["count word", ...lines].join("\n")), false);
  assert.equal(countedPhrases([...lines, "3 42"].join("\n")), false);
  assert.equal(countedPhrases(lines.slice(0, 9).join("\n")), false);
  assert.equal(countedPhrases([...lines, '3 "Grá" mo'].join("\n")), false);
});
