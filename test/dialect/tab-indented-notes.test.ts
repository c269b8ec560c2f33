// `#<TAB>` notes above a TAB table are comments, though they split to its width (src/dialect/comment.ts tabIndentedNote).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "tab-indented-hash-notes-above-mapping-rows.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `#<TAB>Name: …` notes above `0x20<TAB>0x0020<TAB>#<TAB>SPACE` rows make `#` the comment character, TAB the delimiter", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["\t", "#", false]);
});

test("the built CLI reads the mapping table as 2 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.columns.length, f.rows.total, f.errors], ["\t", 2, 10, 0]);
});

test("sniffDialect: a lone `#<TAB>name` header with no notes keeps `#` as the first column's name", () => {
  const d = sniffDialect("#\tname\tscore\n1\tAda\t90\n2\tBob\t85\n3\tCy\t70\n", true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["\t", null, true]);
});
