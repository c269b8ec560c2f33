// A block of `name<TAB>value` pairs above a wider table without a header is its preamble (src/dialect/key-pairs.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { keyPairBlock } from "../../src/dialect/key-pairs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "name-value-pairs-above-headerless-table.tsv");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `source_name<TAB>PeakDB` and `source_version<TAB>2.1` above 3-column records are a preamble", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 2, false]);
});

test("the built CLI reads the 5 records of 3 cells, with one preamble warning and no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [5, 0, 3]);
  assert.deepEqual(f.defects.map((x) => x.code), ["preamble-skipped"]);
});

test("keyPairBlock: two identifier keys with values, each once, above records led by numbers", () => {
  assert.equal(keyPairBlock([["db", "X"], ["version", "4.0"]], 3, ["1.5", "2.5", "3.5"]), true);
});

test("near misses: one pair, a 2-column table, keys of words or digits, a key twice, records led by identifiers", () => {
  assert.equal(keyPairBlock([["db", "X"]], 3, ["1.5", "2.5"]), false);
  assert.equal(keyPairBlock([["db", "X"], ["version", "4.0"]], 2, ["1.5", "2.5"]), false);
  assert.equal(keyPairBlock([["Total amount", "5"], ["version", "4.0"]], 3, ["1.5", "2.5"]), false);
  assert.equal(keyPairBlock([["2024", "5"], ["version", "4.0"]], 3, ["1.5", "2.5"]), false);
  assert.equal(keyPairBlock([["db", "X"], ["db", "Y"]], 3, ["1.5", "2.5"]), false);
  assert.equal(keyPairBlock([["name", "value"], ["alpha", "1"]], 3, ["beta", "gamma", "delta"]), false);
  // a ragged table whose first records are short keeps its header and its row-extra-cells
  const ragged = sniffDialect("name\tvalue\nalpha\t1\nbeta\t2\tx\ngamma\t3\ty\ndelta\t4\tz\n", true);
  assert.deepEqual([ragged.skipRows, ragged.header], [0, true]);
});
