// A line of a TAB table written with runs of spaces for TABs (dialect spacedRows): read at its runs of spaces, not short.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { sniffDialect } from "../../src/dialect/index.js";
import { check } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FILE = "fixtures/dialect/space-separated-row-among-tab-rows.tsv";

test("sniffDialect: a TAB table with one line spaced, whose cells hold no spaces, is spacedRows", () => {
  const text = readFileSync(FILE, "utf8");
  assert.equal(sniffDialect(text, true).spacedRows, true);
  // cells that hold spaces elsewhere (`He lium`): a short line is a short record
  assert.equal(sniffDialect(text.replace("H\t1", "H ydrogen\t1"), true).spacedRows, undefined);
  // a forced delimiter reads TABs only
  assert.equal(sniffDialect(text, true, { delimiter: "\t" }).spacedRows, undefined);
});

test("the built CLI: the spaced line is a whole row, its numbers typed, no defect; the report names spacedRows", () => {
  const r = runCli([FILE, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.equal(f.dialect?.spacedRows, true);
  assert.deepEqual([f.rows.total, f.rows.invalid, f.errors + f.warnings], [10, 0, 0]);
  assert.deepEqual(f.stats!.map((s) => s.type), ["string", "integer", "integer", "number"]);
  // --delimiter tab reads the line as it is: one short record
  const forced = (JSON.parse(runCli([FILE, "--format", "json", "--delimiter", "tab"]).stdout) as Report).files[0];
  assert.deepEqual(Object.keys(forced.byCode), ["row-missing-cells"]);
});

test("a spaced line that does not split into the header's width stays a short record (row-missing-cells)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "spaced-rows-"));
  const file = join(dir, "short.tsv");
  writeFileSync(file, readFileSync(FILE, "utf8").replace("Li\t7\t3\t1.5", "Li   7\t1.5"));
  const f = (await check([file], { jobs: 1 })).files[0];
  assert.equal(f.dialect?.spacedRows, true);
  assert.deepEqual(f.defects.map((d) => [d.code, d.row]), [["row-missing-cells", 3]]);
});

test("--part refuses a file with spaced lines, in one line with exit 2 (the parts would read them short)", () => {
  const dir = mkdtempSync(join(tmpdir(), "spaced-rows-part-"));
  const schema = join(dir, "schema.json");
  writeFileSync(schema, JSON.stringify({ fields: ["element", "atomic mass", "charge", "spin"].map((name) => ({ name })) }));
  const r = runCli([FILE, "--schema", schema, "--part", "1/2", "--report", join(dir, "p.json")]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^ingest-check: --part: .* cannot be read in parts: some of its lines have spaces for TABs; validate it whole/);
});
