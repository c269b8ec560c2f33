// A units row under the header (dialect unitsRow): read as part of the header, counted with the preamble lines, never as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

const RDB = "fixtures/dialect/usgs-rdb-format-row-under-header.rdb";

test("sniffDialect: an RDB format row (`5s<TAB>15s<TAB>20d<TAB>14n`) under the header is read as its units row", () => {
  assert.equal(sniffDialect(readFileSync(RDB, "utf8"), true).unitsRow, true);
  // one type letter without a width, or one cell that is no definition, and the row is data
  assert.equal(sniffDialect("dir,speed\nS,N\nN,4\nS,5\nN,6\n", true).unitsRow, undefined);
  assert.equal(sniffDialect("a\tb\tc\n5s\t10n\tx\n1\t2\tx\n3\t4\ty\n5\t6\tz\n", true).unitsRow, undefined);
});

test("the built CLI on a USGS RDB file: the format row is no row, the flows are numbers, the times datetimes; --clean leaves it out", () => {
  const r = runCli([RDB, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([f.dialect?.unitsRow, f.rows.total, f.lines.preamble], [true, 12, 1]);
  assert.deepEqual(f.stats!.map((s) => s.type), ["string", "string", "datetime", "string", "integer", "string", "number", "string"]);
  const dir = mkdtempSync(join(tmpdir(), "rdb-"));
  runCli([RDB, "--clean", join(dir, "c.csv"), "-q"]);
  const clean = readFileSync(join(dir, "c.csv"), "utf8").split("\n");
  rmSync(dir, { recursive: true });
  assert.deepEqual([clean[0].split(",")[2], clean[1].split(",")[0], clean.length], ["datetime", "USGS", 14]);
});
