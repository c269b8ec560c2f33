// Padded cells (dialect paddedCells): the pipeline skips the spaces around each unquoted cell, for the header, inference and every check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { check } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("padded `; ` cells: names without their padding, numbers typed as numbers, no defect", async () => {
  const f = (await check(["fixtures/dialect/padded-values-after-semicolons.csv"], { jobs: 1 })).files[0];
  assert.equal(f.dialect?.paddedCells, true);
  assert.deepEqual(f.columns, ["freq", "gain", "label"]);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number", "string"]);
  assert.equal(f.errors + f.warnings, 0);
});

test("the checks see the cells without padding: a padded duplicate key is a duplicate, a padded text in a number column an error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "padded-cells-"));
  const file = join(dir, "padded.csv");
  writeFileSync(file, "id, score\n1, 10\n2, 11\n2, 12\n3, ten\n4, 13\n");
  const schema = join(dir, "schema.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "score", type: "integer" }], primaryKey: ["id"] }));
  const f = (await check([file], { jobs: 1, schema })).files[0];
  assert.equal(f.dialect?.paddedCells, true);
  assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.value]).sort(), [["type-error", 4, "ten"], ["unique", 3, "2"]].sort());
});

test("the built CLI on right-aligned TAB numbers: two number columns, the report names paddedCells", () => {
  const r = runCli(["fixtures/dialect/right-aligned-tab-numbers.tsv", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0, r.stdout);
  assert.equal(f.dialect?.paddedCells, true);
  assert.equal(f.rows.total, 5);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number"]);
});

test("--part refuses a file with padded cells, in one line with exit 2 (the parts would keep the padding)", () => {
  const dir = mkdtempSync(join(tmpdir(), "padded-cells-part-"));
  const schema = join(dir, "schema.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "freq", type: "number" }, { name: "gain", type: "number" }, { name: "label", type: "string" }] }));
  const r = runCli(["fixtures/dialect/padded-values-after-semicolons.csv", "--schema", schema, "--part", "1/2", "--report", join(dir, "p.json")]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^ingest-check: --part: .* cannot be read in parts: its cells are padded after the delimiters; validate it whole/);
});

test("`key = value` lines padded on both sides of the delimiter: both cells lose their spaces", async () => {
  const dir = mkdtempSync(join(tmpdir(), "padded-cells-eq-"));
  const file = join(dir, "aliases.txt");
  // why title case: a first pair written like the pairs below (`short = long`) is data, the list's first assignment
  writeFileSync(file, "Short = Long\nfoo = foobar\nqux = quxwell\nbaz = bazaar\nzed = zedland\n");
  const f = (await check([file], { jobs: 1 })).files[0];
  assert.equal(f.dialect?.delimiter, "=");
  assert.equal(f.dialect?.paddedCells, true);
  assert.deepEqual(f.columns, ["Short", "Long"]);
});

test("quoted fields padded by spaces (`a, \"b c\"`, `|  'Source 82'  |`): read as quoted, no quote-stray, padding dropped", async () => {
  const f = (await check(["fixtures/dialect/quoted-fields-padded-by-spaces.csv"], { jobs: 1 })).files[0];
  assert.equal(f.dialect?.paddedCells, true);
  assert.deepEqual(f.columns, ["json1", "string1"]);
  assert.deepEqual(f.byCode, {});
  const p = (await check(["fixtures/dialect/pipe-table-padded-single-quoted-name.txt"], { jobs: 1 })).files[0];
  assert.equal(p.dialect?.quote, "'");
  assert.deepEqual(p.byCode, {});
  assert.deepEqual(p.stats!.map((s) => s.type), ["integer", "number", "string", "number"]);
});

test("a padded quoted field with text after its closing quote is still quote-stray", async () => {
  const dir = mkdtempSync(join(tmpdir(), "padded-quotes-"));
  const file = join(dir, "stray.csv");
  writeFileSync(file, 'a, b\n1, "x"\n2, "y" z\n3, "w"\n');
  const f = (await check([file], { jobs: 1 })).files[0];
  assert.equal(f.dialect?.paddedCells, true);
  assert.deepEqual(f.defects.filter((d) => d.severity === "error").map((d) => [d.code, d.line]), [["quote-stray", 3]]);
});
