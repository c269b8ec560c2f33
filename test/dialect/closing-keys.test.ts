// closingKeys: a colour table's closing B, F, N colours under its z-value slices are no record; short last records stay records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";

const FIXTURE = "fixtures/dialect/colour-table-closing-key-lines.cpt";
const ROWS = ["0\t10/20/30\t0.25\t40/50/60", "0.25\t40/50/60\t0.5\t70/80/90", "0.5\t70/80/90\t0.75\t100/110/120", "0.75\t100/110/120\t1\t130/140/150"];

test("closingKeys: the B, F and N lines under a colour table's slices are one warning, the slices are checked", () => {
  const r = runCli([FIXTURE, "--format", "json"]);
  const report: unknown = JSON.parse(r.stdout);
  assertReport(report);
  const f = report.files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["trailer-skipped", 12]]);
  assert.equal(f.defects[0].value, "B\tblack / F\t255/255/255 / N\t128/128/128");
  assert.match(f.defects[0].message, /^the last 3 lines \(.*\) read as a closing block of one-letter keys/);
  assert.equal(f.rows.total, 4);
  assert.equal(f.errors, 0);
  assert.equal(r.code, 0);
});

test("closingKeys: near misses stay records (a row cut short, a word key, a key twice, letter ids, another shape)", () => {
  const at = (lines: string[], complete = true) => sniffDialect(lines.join("\n") + "\n", complete).trailerLine;
  assert.equal(at([...ROWS, "B\t0/0/0", "F\twhite"]), 5);
  assert.equal(at([...ROWS, "B 0/0/0"]), 5);
  assert.equal(at([...ROWS, "B\t0/0/0"], false), undefined);
  // a first cell that is a number: the last row lost its cells
  assert.equal(at([...ROWS, "1\t130/140/150"]), undefined);
  assert.equal(at([...ROWS, "NaN\t0/0/0"]), undefined);
  assert.equal(at([...ROWS, "n\t0/0/0"]), undefined);
  assert.equal(at([...ROWS, "B\t0/0/0", "B\t1/1/1"]), undefined);
  assert.equal(at([...ROWS, "B\t12:30"]), undefined);
  // a key line above rows is a row of the table, whatever it holds
  assert.equal(at([...ROWS.slice(0, 2), "B\t0/0/0", ...ROWS.slice(2)]), undefined);
  // first cells of letters: the key could be an id, and the short row a record cut short
  const ids = ["A\t1/2/3\t4\t5/6/7", "C\t1/2/3\t4\t5/6/7", "D\t1/2/3\t4\t5/6/7", "E\t1/2/3\t4\t5/6/7"];
  assert.equal(at([...ids, "F\t1/2/3"]), undefined);
});

test("closingKeys: every colour form is a key value (h-s-v, #rrggbb, -), a gray level only under gray slices", () => {
  const at = (lines: string[]) => sniffDialect(lines.join("\n") + "\n", true).trailerLine;
  assert.equal(at([...ROWS, "B\t0-1-1", "F\t#ffcc00", "N\t-"]), 5);
  assert.equal(at(["0\t0\t1\t64", "1\t64\t2\t128", "2\t128\t3\t255", "N\t128"]), 4);
  // a plain number under slices whose colours are not numbers: a record cut short
  assert.equal(at([...ROWS, "N\t128"]), undefined);
  // a key other than the palette's B, F, N
  assert.equal(at([...ROWS, "X\t0/0/0"]), undefined);
  // rows that are no slices: a gap between them, a colour cell that is a count
  assert.equal(at([...ROWS.slice(0, 2), ...ROWS.slice(3), "B\tblack"]), undefined);
  assert.equal(at(["0\t300\t1\t412", "1\t412\t2\t9876", "2\t9876\t3\t10523", "N\t17"]), undefined);
});

test("closingKeys: short last records whose first cell is a capital letter stay records (X and Y rows, N and B counts)", () => {
  const read = (fixture: string) => {
    const r = runCli([fixture, "--format", "json"]);
    const report: unknown = JSON.parse(r.stdout);
    assertReport(report);
    const f = report.files[0];
    return { code: r.code, rows: f.rows.total, defects: f.defects.map((d) => [d.code, d.line]) };
  };
  assert.deepEqual(read("fixtures/dialect/chromosome-lengths-short-x-y-rows.tsv"), {
    code: 1, rows: 24, defects: [["row-missing-cells", 24], ["row-missing-cells", 25]],
  });
  assert.deepEqual(read("fixtures/dialect/read-counts-closing-n-b-count-rows.tsv"), {
    code: 1, rows: 10, defects: [["row-missing-cells", 10], ["row-missing-cells", 11]],
  });
});
