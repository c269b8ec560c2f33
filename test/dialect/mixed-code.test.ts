// mixedCodeEntry (src/dialect/mixed-code.ts): a list of codes mixing digits and capitals in one place has no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { mixedCodeEntry } from "../../src/dialect/mixed-code.js";
import { runCli } from "../helpers/cli.js";
import { assertHeaderKept } from "../helpers/kept-header.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/card-codes-rank-then-suit-no-header.txt";
const entries = readFileSync(NAME, "utf8").split("\n").filter((l) => l !== "");

test("mixedCodeEntry: a deck's card codes keep their first code (`AS` above `2S`, `10S`, `JS`)", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1"], 52, 0, 0]);
});

test("mixedCodeEntry: a name over codes that all hold digits, small letters, other lengths or few entries keep the header", () => {
  const values = entries.slice(1);
  assert.equal(mixedCodeEntry(entries[0], values), true);
  // `SKU` above codes that all hold a digit: no entry is written as the name is
  const skus = ["A12", "B34", "C56", "D78", "E90", "F11", "G22", "H33", "J44", "K55", "L66", "M77"];
  assert.equal(mixedCodeEntry("SKU", skus), false);
  assert.equal(sniffDialect(["SKU", ...skus].join("\n") + "\n", true).header, true);
  // a head in small letters, or longer than 6
  assert.equal(mixedCodeEntry("as", values), false);
  assert.equal(mixedCodeEntry("CARDCODE", values), false);
  // entries holding small letters, or mostly of another length than the head
  assert.equal(mixedCodeEntry("AS", values.map((v) => v.toLowerCase())), false);
  assert.equal(mixedCodeEntry("ABCD", values), false);
  // codes of letters only are fixedCode's; fewer than 10 entries
  assert.equal(mixedCodeEntry("AB", ["CD", "EF", "GH", "IJ", "KL", "MN", "OP", "QR", "ST", "UV"]), false);
  assert.equal(mixedCodeEntry(entries[0], values.slice(0, 9)), false);
});

test("mixedCodeEntry: a head with a letter no entry holds at its place (`GENE` above a gene panel) is a name, kept", () => {
  // why: main read `GENE` as one more gene symbol, silently; a deck's `AS` has its `A` in `AH` and its `S` in `2S`
  const lines = assertHeaderKept("fixtures/dialect/gene-panel-under-a-capital-name.txt", mixedCodeEntry);
  const types = ["B738", "A320", "A388", "B77W", "E190", "CRJ9", "DH8D", "AT72", "C172", "BE20", "PC12", "GLEX", "ASTR", "STAR"];
  assert.equal(mixedCodeEntry("ICAO", types), false);
  // still an entry: a gene symbol whose letters stand at their places in the panel (`KRAS`: `K` of `KIT1`…)
  assert.equal(mixedCodeEntry("BRAS", lines.slice(1)), true);
});
