// A YAML document above the table (CSVY, Rime dictionaries) is a preamble (src/dialect/yaml-front-matter.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { yamlFrontMatter } from "../../src/dialect/yaml-front-matter.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "yaml-front-matter-above-csv-table.csvy");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: a CSVY file's `---` … `---` block is a preamble above the `id,region,amount` header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [",", 11, true]);
});

test("the built CLI reads the 4 rows of 3 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns], [4, 0, ["id", "region", "amount"]]);
});

test("sniffDialect: `#` notes, then a block closed by `...`, above 500 headerless TAB entries (a Rime dictionary)", () => {
  // why 500: with a few entries the block's lines were a preamble already; with many, `#` was read as the comment,
  // the block's `key: value` words as a space-delimited table and `name: demo_pinyin` as its header
  const syllables = ["yi", "ding", "qi", "wan", "zhang", "san", "shang", "xia", "bu", "yu"];
  const entries = Array.from({ length: 500 }, (_, i) => `${String.fromCodePoint(0x4e00 + i)}\t${syllables[i % 10]}${1 + (i % 4)}`);
  const block = ["---", "name: demo_pinyin", 'version: "2021.08.05"', "sort: by_weight", "use_preset_vocabulary: true", "max_phrase_length: 7", "..."];
  const d = sniffDialect(["# Rime dictionary", "# encoding: utf-8", "", ...block, "", ...entries, ""].join("\n"), true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 11, false]);
});

test("yamlFrontMatter refuses a block that is not first, holds a table row, has no key, no close, or nothing under it", () => {
  assert.equal(yamlFrontMatter(["id,name", "---", "a: 1", "---", "1,x"]), null);
  assert.equal(yamlFrontMatter(["---", "1,2,3", "4,5,6", "---", "7,8,9"]), null);
  assert.equal(yamlFrontMatter(["---", "- a", "- b", "---", "1,x"]), null);
  assert.equal(yamlFrontMatter(["---", "name: x", "1,x", "2,y"]), null);
  assert.equal(yamlFrontMatter(["---", "name: x", "---", ""]), null);
  assert.equal(yamlFrontMatter(["# note", "---", "name: x", "---", "1,x"]), 4);
});

test("near miss: `---` rules framing a table's rows keep today's reading", () => {
  const d = sniffDialect("---\n1,north,12.5\n2,south,7.25\n3,east,9.0\n---\n", true);
  assert.deepEqual([d.delimiter, d.skipRows], [",", 0]);
});
