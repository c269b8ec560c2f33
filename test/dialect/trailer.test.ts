// trailerLine and the trailer-skipped warning: a last line of a label and counts closing a whole file is no record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { CsvTokenizer } from "../../src/parse/csv.js";
import { chunksOf, parseOptions } from "../helpers/tokenize.js";
import type { ParsedRecord } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";

const FIXTURE = "fixtures/dialect/control-records-header-record-rows-then-trailer-counts.csv";
const ROWS = ['101,"i",1,4,"Ada","Lovelace",36', '102,"u",2,7,"Alan","Turing",41', '103,"i",3,9,"Grace","Hopper",85', '104,"d",4,2,"Edsger","Dijkstra",72'];

test("trailerLine: a header record above, a label and counts below: the rows are checked, the trailer is one warning", () => {
  const r = runCli([FIXTURE, "--format", "json"]);
  const report: unknown = JSON.parse(r.stdout);
  // why the whole report: dialect.maxFields and the trailer-skipped defect are report fields the schema must admit
  assertReport(report);
  const f = report.files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["preamble-skipped", 1], ["trailer-skipped", 7]]);
  assert.equal(f.defects[1].value, '"all done",5,0,0');
  assert.equal(f.rows.total, 5);
  assert.equal(f.errors, 0);
  assert.deepEqual(f.lines, { comments: 0, preamble: 2 });
  assert.equal(r.code, 0);
});

test("trailerLine: near misses stay records (a row cut short, no counts, one cell, a sample that is not the whole file)", () => {
  const at = (lines: string[], complete = true) => sniffDialect(lines.join("\n") + "\n", complete).trailerLine;
  assert.equal(at([...ROWS, '"all done",4,0,0']), 5);
  assert.equal(at(["id,name,age,city", ...ROWS, "TOTAL,4"]), 6);
  assert.equal(at([...ROWS, '"all done",4,0,0'], false), undefined);
  assert.equal(at([...ROWS, '"all done",4,x,0']), undefined);
  assert.equal(at([...ROWS, "END"]), undefined);
  assert.equal(at([...ROWS.slice(0, 2), '"all done",2,0,0']), undefined);
  // first cells of text above: a short last row is a record cut short, and stays row-missing-cells
  const named = ["alice,31,Paris,1", "bob,42,Rome,2", "dan,25,Oslo,3", "eve,38,Lima,4"];
  assert.equal(at([...named, "carol,28"]), undefined);
  // a label that names no trailer: a last record that lost its id, or a null marker, stays row-missing-cells (wqa18b)
  assert.equal(at([...ROWS, "Alice,30"]), undefined);
  assert.equal(at([...ROWS, "NA,3,4"]), undefined);
  assert.equal(at([...ROWS, "EOF,4"]), 5);
  assert.equal(at([...ROWS, "Grand total,4,9"]), 5);
  assert.equal(at([...ROWS, "Total Recall,1990,7"]), undefined);
  assert.equal(at([...ROWS, "end cap,4,6"]), undefined);
});

test("trailerLine: under a preamble longer than the sniffer's windows (VCF `##` lines), the line counts the lines left out", () => {
  const lead = Array.from({ length: 1100 }, (_, i) => `##contig=<ID=chr${i},length=${1000 + i}>`);
  const rows = Array.from({ length: 6 }, (_, i) => ["1", String(100 + i), `rs${i}`, "A", "G", "50", "PASS", `DP=${i}`].join("\t"));
  const text = [...lead, "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO", ...rows, "all done\t6\t0"].join("\n") + "\n";
  const d = sniffDialect(text, true);
  assert.equal(d.skipRows, 1100);
  assert.equal(d.trailerLine, 1108);
});

test("parser trailerLine: the line is skipped and counted with the preamble lines, in any chunking", () => {
  const text = ROWS.join("\n") + '\n"all done",4,0,0\n';
  for (const sizes of [[], [7, 3]]) {
    const tok = new CsvTokenizer(parseOptions({ trailerLine: 5 }));
    const out: ParsedRecord[] = [];
    for (const c of chunksOf(text, sizes)) tok.push(c, out);
    tok.end(out);
    assert.equal(out.length, 4);
    assert.equal(tok.skippedLines().preamble, 1);
  }
});
