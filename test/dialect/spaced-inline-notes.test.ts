// Values with a `# note` after one space on every row, under `#` notes: `#` is the comment mark (src/dialect/comment.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "values-with-spaced-notes-under-hash-notes.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `588.9146 # (5, 1, 2) 20` rows under `#` notes: one column, `#` notes inline and above, no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.inlineComment, d.header], ["", "#", true, false]);
});

test("the built CLI reads the 12 values with no error (the `#` was the delimiter and the first note the header)", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [12, 0, 1]);
});

test("sniffDialect: a `#` inside the text of a few rows only (`Apt # 5`) stays text under the same notes", () => {
  const rows = ["name,address", "Ann,Main St 5", "Bob,Elm St # 7", "Cy,Oak Rd 2", "Di,Pine St 9", "Ed,Ash Ln 4"];
  const d = sniffDialect(["# Customer list", "# exported 2026-01-05", ...rows].join("\n"), true);
  assert.deepEqual([d.delimiter, d.comment, d.inlineComment ?? false, d.header], [",", "#", false, true]);
});

test("sniffDialect: a padded `;` table (`1 ; 2 ; 3`) under `;` lines keeps `;` as its delimiter", () => {
  const d = sniffDialect(["; exported by a tool", "a ; b ; c", "1 ; 2 ; 3", "4 ; 5 ; 6", "7 ; 8 ; 9", "2 ; 4 ; 8"].join("\n"), true);
  assert.equal(d.delimiter, ";");
});
