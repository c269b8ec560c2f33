// withoutEmptyColumns (src/dialect/empty-columns.ts): a column empty on every row (`AW;;Aruba`) tells nothing about the first row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { withoutEmptyColumns } from "../../src/dialect/empty-columns.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/country-codes-doubled-semicolon-no-header.txt";

test("withoutEmptyColumns: a `;;` country list's first record `AW;;Aruba` is a record, with no header-blank", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2", "field3"], 10, 0]);
});

test("withoutEmptyColumns: a blank name above values, names above the list, or fewer than 3 rows keep the header", () => {
  const rows = (text: string) => text.split("\n").map((l) => ({ cells: l.split(";") }));
  assert.deepEqual(withoutEmptyColumns(rows("AW;;Aruba\nAF;;Afghanistan\nAO;;Angola\nAI;;Anguilla"), 0)?.[0].cells, ["AW", "Aruba"]);
  // the blank name stands above values: a header with a blank name (header-blank), not an empty column
  assert.equal(withoutEmptyColumns(rows("AW;;Aruba\nAF;x;Afghanistan\nAO;;Angola\nAI;;Anguilla"), 0), null);
  assert.equal(withoutEmptyColumns(rows("AW;;Aruba\nAF;;Afghanistan\nAO;;Angola"), 0), null);
  assert.equal(sniffDialect("code;;name\nAW;;Aruba\nAF;;Afghanistan\nAO;;Angola\nAI;;Anguilla\n", true).header, true);
  assert.equal(sniffDialect("Kód;;Ország\nAW;;Aruba\nAF;;Afghanistan\nAO;;Angola\nAI;;Anguilla\n", true).header, true);
  // a blank name above a filled column stays a header with a blank name, as on main
  assert.equal(sniffDialect("AW;;Aruba\nAF;x;Afghanistan\nAO;y;Angola\nAI;z;Anguilla\nTD;w;Chad\n", true).header, true);
});
