// A units row under the header (dialect unitsRow): read as part of the header, counted with the preamble lines, never as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FILE = "fixtures/dialect/units-row-under-header.csv";

test("sniffDialect: bracketed units under the header above typed rows are a units row; a data row of text is not", () => {
  assert.equal(sniffDialect(readFileSync(FILE, "utf8"), true).unitsRow, true);
  // the same row as the first record of text columns: no units, nothing typed under them
  assert.equal(sniffDialect("name,code\n[a],[b]\nx,y\nz,w\nv,u\n", true).unitsRow, undefined);
  // one unit only is too little to tell
  assert.equal(sniffDialect("time,speed\n[s],\n0,1\n1,2\n2,3\n", true).unitsRow, undefined);
});

test("the built CLI: the measured columns are numbers, the units row is no row, and lines.preamble counts it", () => {
  const r = runCli([FILE, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.equal(f.dialect?.unitsRow, true);
  assert.equal(f.rows.total, 6);
  assert.deepEqual(f.lines, { comments: 0, preamble: 1 });
  assert.deepEqual(f.stats!.map((s) => s.type), ["integer", "number", "number", "string"]);
  assert.equal(f.errors + f.warnings, 0);
});
