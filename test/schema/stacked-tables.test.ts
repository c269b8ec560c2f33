// Tables stacked under `#` header lines of their own (src/schema/stacked-tables.ts): one warning, not an error a row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { stackedTables } from "../../src/schema/stacked-tables.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

const recs = (rows: string[][]): ParsedRecord[] =>
  rows.map((cells, i) => ({ index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false }));
const header = ["#hg19", "Chr", "Accession.ver", "gi"];
const body = [["1", "NC_1", "22"], ["#mm10", "Chr", "Accession.ver"], ["1", "NC_6"], ["#rn6", "Chr    Accession.ver   gi"], ["1", "NC_5", "3", "x"]];

test("stackedTables: `#` lines repeating the header's names, rows between them, are section headers", () => {
  assert.deepEqual(stackedTables(header, recs(body))?.lines, [3, 5]);
});

test("stackedTables refuses: `#` rows repeating no name, one section line, lines with no row between, a header not marked", () => {
  // `#3,gamma` rows are data (no name of the header repeats)
  assert.equal(stackedTables(["#id", "name", "value"], recs([["#3", "gamma", "30"], ["4", "delta"], ["#5", "eps", "50"], ["6", "z"]])), null);
  // two tables only: a `#` line repeating a name once may be a note or a value
  assert.equal(stackedTables(header, recs(body.slice(0, 3))), null);
  // a second header line right under another is a two-line header, not a new table
  assert.equal(stackedTables(header, recs([["#mm10", "Chr"], ...body])), null);
  // a last section header with no row under it
  assert.equal(stackedTables(header, recs(body.slice(0, 4))), null);
  assert.equal(stackedTables(["hg19", "Chr", "Accession.ver"], recs(body)), null);
  // numbers repeating are no names
  assert.equal(stackedTables(["#a", "1", "2"], recs([["x", "y"], ["#b", "1", "2"], ["x"], ["#c", "1"], ["y"]])), null);
});

const rel = "fixtures/schema/stacked-tables-under-hash-header-lines.tsv";

test("CLI: stacked tables give one stacked-tables warning and no row error; every line is a record", () => {
  const f = (JSON.parse(runCli([rel, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["stacked-tables", "warning"]]);
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, readFileSync(rel, "utf8").trim().split("\n").length);
  assert.deepEqual(f.columns, ["field1", "field2", "field3", "field4", "field5"]);
});

const wide = "fixtures/schema/stacked-tables-with-a-row-wider-than-every-header.tsv";

test("stackedTables: the width is the widest header line, the first or a section's", () => {
  assert.equal(stackedTables(header, recs(body))?.width, 4);
  assert.equal(stackedTables(["#a", "Chr"], recs([["1"], ["#b", "Chr", "gi", "Assembly"], ["1"], ["#c", "Chr"], ["2"]]))?.width, 4);
});

test("CLI: a row wider than every header line of stacked tables is row-extra-cells, not taken in silently", () => {
  const f = (JSON.parse(runCli([wide, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["field1", "field2", "field3", "field4", "field5"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["stacked-tables", null], ["row-extra-cells", 7]]);
  assert.equal(f.rows.total, readFileSync(wide, "utf8").trim().split("\n").length);
});

test("CLI refuses: rows as wide as some header line, and `#` lines of any width, stay clean in stacked tables", () => {
  const lines = readFileSync(rel, "utf8").split("\n");
  const text = [...lines.slice(0, 3), "#note\tcopied\tfrom\tthe\tNCBI\tassembly\treports", ...lines.slice(3)].join("\n");
  const f = (JSON.parse(runCli(["-", "--format", "json"], { stdin: text }).stdout) as Report).files[0];
  assert.deepEqual(f.defects.map((d) => d.code), ["stacked-tables"]);
});

test("stackedTables: a space-aligned section header line is as wide as its names (label + `Chr    Accession.ver …`)", () => {
  const NAME = "fixtures/schema/stacked-tables-widest-under-space-aligned-header.tsv";
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.defects.filter((d) => d.code === "row-extra-cells").length], [0, 0]);
  assert.equal(stackedTables(header, recs([...body, ["#gg6", "Chr    Accession.ver   gi  Assembly"], ["1", "NC_8", "3", "G", "x"]]))?.width, 5);
  // refused: a TAB header line counts its TAB cells, spaces inside one name (`Assembly and unit`) split nothing
  assert.equal(stackedTables(header, recs([...body, ["#gg6", "Chr", "Assembly and unit"], ["1", "x"]]))?.width, 4);
});
