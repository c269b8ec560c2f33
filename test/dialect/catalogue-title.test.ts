// A `#` title naming a catalogue object (`# WOLF 485A`) is a note, with or without closing notes (src/dialect/comment.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const title = join("fixtures", "dialect", "catalogue-title-above-numbers.dat");
const closing = join("fixtures", "dialect", "catalogue-title-and-closing-notes.dat");
const tmp = mkdtempSync(join(tmpdir(), "catalogue-title-"));
const read = (name: string): string => readFileSync(join(here, "..", "..", name), "utf8");
const report = (args: string[]): Report["files"][number] => (JSON.parse(runCli([...args, "--format", "json"]).stdout) as Report).files[0];

test("sniffComment: `# WOLF 485A` above 3 columns of numbers is a note, not a header `#|WOLF|485A`", () => {
  const d = sniffDialect(read(title), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], [" ", "#", false]);
});

test("sniffComment: `# G99 -37` above the rows and a closing note block below them are notes both", () => {
  const d = sniffDialect(read(closing), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], [" ", "#", false]);
  const f = report([closing]);
  assert.deepEqual([f.rows.total, f.errors, f.columns], [11, 0, ["field1", "field2", "field3"]]);
});

test("a commented header of names above the same rows keeps its names (three cells after the mark: no title)", () => {
  const text = read(title).replace("# WOLF 485A", "# wave mag bw");
  writeFileSync(join(tmp, "named.dat"), text);
  assert.deepEqual(report([join(tmp, "named.dat")]).columns, ["wave", "mag", "bw"]);
});
