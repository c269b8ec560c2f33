// formulaSign (src/dialect/formula-sign.ts): a rare sign written inside brackets (`C(=O)`), absent from the first line, is text of a one-column list, not the delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { formulaSign } from "../../src/dialect/formula-sign.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/smiles-list-under-its-name.csv";

test("formulaSign: a list of SMILES under `smiles` is one column, its `=` double bonds no delimiter", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(formulaSign(text, "="), true);
  assert.deepEqual([sniffDialect(text, true).delimiter, sniffDialect(text, true).header], ["", true]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["smiles"], 12, 0]);
});

test("formulaSign: `key=value` lines (the sign outside brackets) and a first line holding the sign keep `=`", () => {
  const settings = ["title=Report (draft)", "size=[10 20]", "owner=Ada (admin)", "mode=fast", "level=3", "path=./data (local)", "tags={a b}"].join("\n");
  assert.equal(formulaSign(`# settings\n${settings}\n`, "="), false);
  assert.equal(sniffDialect(`${settings}\n`, true).delimiter, "=");
  const formulas = readFileSync(NAME, "utf8").replace("smiles", "id=smiles");
  assert.equal(formulaSign(formulas, "="), false);
  assert.equal(formulaSign(readFileSync(NAME, "utf8"), ","), false);
});
