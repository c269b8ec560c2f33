// colonLead (src/dialect/colon-lead.ts): lead lines ending in a colon line above a space table are notes, not its header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { colonLead } from "../../src/dialect/colon-lead.js";
import type { Row } from "../../src/dialect/header.js";

const NAME = "fixtures/dialect/title-and-colon-line-above-space-table.txt";
const rows = (lines: string[]): Row[] => lines.map((l) => ({ cells: l.trim().split(/\s+/), start: 0 }));
const BODY = ["metre m = 1", "kilometre km = 1000", "centimetre cm = 0.01", "inch in = 0.0254", "foot ft = 0.3048", "yard yd = 0.9144"];

test("colonLead: a title and `List of known length units:` above a space table are skipped, no header taken", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.skipRows, 2);
  assert.equal(d.header, false);
});

test("colonLead counts the lead through the colon line", () => {
  assert.equal(colonLead(rows(["This list was written by unitconv 2.1", "List of known length units:", ...BODY]), 4), 2);
  assert.equal(colonLead(rows(["List of known length units:", ...BODY]), 4), 1);
});

test("colonLead refuses: a colon line of the table's width, of two words, under a record, deeper than 5 rows, ragged rows below", () => {
  assert.equal(colonLead(rows(["Known units of length:", ...BODY]), 4), 0);
  assert.equal(colonLead(rows(["Length units:", ...BODY]), 4), 0);
  assert.equal(colonLead(rows(["gram g = 0.001", "List of known length units:", ...BODY]), 4), 0);
  assert.equal(colonLead(rows(["a b", "c d e", "f g", "h i j", "k l m n o", "List of known length units:", ...BODY]), 4), 0);
  assert.equal(colonLead(rows(["List of known length units:", "metre m = 1", "km 1000", "cm", "inch in", "foot ft = 0.3048", "yard yd"]), 4), 0);
});

test("colonLead with a header of names under the colon line: the colon line skipped, the names kept as the header", () => {
  const d = sniffDialect(["List of known length units:", "name symbol sign factor", ...BODY].join("\n") + "\n", true);
  assert.equal(d.skipRows, 1);
  assert.equal(d.header, true);
});
