// omittedLastCell (src/schema/omitted-last-cell.ts): rows leaving out an optional last column's empty cell are whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { omittedLastCell } from "../../src/schema/omitted-last-cell.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

const NAME = "fixtures/schema/mirror-list-optional-comment-left-off.csv";
const recs = (rows: string[][]): ParsedRecord[] =>
  rows.map((cells, i) => ({ index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false }));
const names = ["name", "ok", "code", "comment"];
const whole = [["Algeria", "0", "dz", ""], ["Austria", "1", "at", "primary"], ["Brazil", "1", "br", ""], ["Chile", "1", "cl", ""]];
const short = [["Argentina", "1", "ar"], ["Belgium", "1", "be"], ["Canada", "1", "ca"]];

test("CLI: a mirror list whose rows leave off the empty Comment with its comma reads clean", () => {
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.equal(f.columns.length, 7);
  assert.deepEqual([f.rows.total, f.errors, f.defects.map((d) => d.code)], [10, 0, []]);
});

test("omittedLastCell: short rows ending like the column before, the last column blank in some whole rows", () => {
  assert.equal(omittedLastCell(names, recs([...whole, ...short])), true);
});

test("omittedLastCell refuses: a last column always filled, a short row ending unlike the column before, few short rows, rows two short", () => {
  const filled = whole.map((r) => [...r.slice(0, 3), "note"]);
  assert.equal(omittedLastCell(names, recs([...filled, ...short])), false);
  // a row that lost a middle cell ends with the comment's value
  assert.equal(omittedLastCell(names, recs([...whole, ...short.slice(0, 2), ["Canada", "1", "primary"]])), false);
  assert.equal(omittedLastCell(names, recs([...whole, ...short.slice(0, 2)])), false);
  assert.equal(omittedLastCell(names, recs([...whole, ...short, ["Denmark", "1"]])), false);
  const many = Array.from({ length: 40 }, (_, i) => ["Country" + i, "1", "xx", ""]);
  assert.equal(omittedLastCell(names, recs([...many, ...short])), false);
});

test("CLI refuses: a row losing a middle cell is still row-missing-cells", () => {
  const text = "name,ok,code,comment\nAlgeria,0,dz,\nAustria,1,at,primary\nArgentina,1,ar\nBelgium,1,be\nCanada,1,ca\nDenmark,1\n";
  const f = (JSON.parse(runCli(["-", "--format", "json", "-q"], { stdin: text }).stdout) as Report).files[0];
  assert.equal(f.byCode["row-missing-cells"], 4);
});

test("omittedLastCell refuses: short rows ending like the last column's filled values too (`tmax`, `precip` numbers)", () => {
  const NAME2 = "fixtures/schema/short-rows-last-two-columns-one-shape.csv";
  const f = (JSON.parse(runCli([NAME2, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.equal(f.defects.filter((d) => d.code === "row-missing-cells").length, 4);
  const w = [["a", "1.8", "0.4"], ["b", "2.2", ""], ["c", "1.8", "0.4"], ["d", "1.8", ""]];
  const s = [["e", "3.4"], ["f", "3.1"], ["g", "2.9"]];
  assert.equal(omittedLastCell(["k", "tmax", "precip"], recs([...w, ...s])), false);
  // the same rows with words in the last column: the left-off cell is the last one
  const w2 = w.map((r) => [r[0], r[1], r[2] === "" ? "" : "calm and dry"]);
  assert.equal(omittedLastCell(["k", "tmax", "note"], recs([...w2, ...s])), true);
});
