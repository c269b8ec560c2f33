// units-row-read: a row of plain unit words read as the units row under the header is said once, naming the row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const read = (text: string, args: string[] = []) => (JSON.parse(runCli(["-", "--format", "json", "-q", ...args], { stdin: text }).stdout) as Report).files[0];

test("units-row-read: plain units under the header are said once, with the row (main: read as units, said nothing)", () => {
  const f = read("x,y,depth\nm,m,km\n1.5,2.0,10\n2.5,3.0,12\n3.5,4.0,14\n");
  assert.deepEqual([f.rows.total, f.lines.preamble, f.dialect?.unitsRow], [3, 1, true]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.line, d.value]), [["units-row-read", 2, "m,m,km"]]);
  assert.equal(f.warnings, 1);
});

test("units-row-read: refuses bracketed units, a row read as data, and --no-units-row", () => {
  const bracketed = read("x,y,depth\n[m],[m],[km]\n1.5,2.0,10\n2.5,3.0,12\n3.5,4.0,14\n");
  assert.deepEqual([bracketed.dialect?.unitsRow, bracketed.warnings], [true, 0]);
  const words = read("size,shape\nlow,high\n1,2\n3,4\n5,6\n");
  assert.equal(words.defects.filter((d) => d.code === "units-row-read").length, 0);
  const forced = read("x,y,depth\nm,m,km\n1.5,2.0,10\n2.5,3.0,12\n3.5,4.0,14\n", ["--no-units-row"]);
  assert.deepEqual([forced.rows.total, forced.defects.some((d) => d.code === "units-row-read")], [4, false]);
});
