// Values with a `# note` after one space on every row, under `#` notes: `#` is the comment mark (src/dialect/comment.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { spacedInlineComments } from "../../src/dialect/comment.js";
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

test("spacedInlineComments: `# 12` ending most rows of a last column under a `#` note is a number sign, kept in the text", () => {
  const file = join("fixtures", "dialect", "number-signs-in-last-column-under-hash-note.csv");
  const d = sniffDialect(readFileSync(join(here, "..", "..", file), "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.inlineComment ?? false, d.header], [",", "#", false, true]);
  const dir = mkdtempSync(join(tmpdir(), "number-signs-"));
  const clean = join(dir, "clean.csv");
  const f = (JSON.parse(runCli([file, "--format", "json", "--clean", clean]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors], [5, 0]);
  // the titles whole (they were cut to `fixes`, `see`, `dup of`, `Apt` with no defect)
  assert.deepEqual(readFileSync(clean, "utf8").split("\n").slice(1, 6).map((l) => l.split(",")[2]), ["fixes # 12", "see # 4", "ok", "dup of # 7", "Apt # 5B"]);
  rmSync(dir, { recursive: true });
  // a note of words after the mark (`3.1 # (1, 1, 1) 8`) still reads as a note
  assert.equal(spacedInlineComments("3.1 # (1, 1, 1) 8\n2.7 # (2, 2, 0) 12\n", "#"), true);
});
