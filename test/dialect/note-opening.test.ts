// Decorated notes (`#! TITLE`, `#-----`) count as notes between rows (noteOpening in dialect/comment.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const rel = join("fixtures", "dialect", "section-titles-and-commented-out-rows-in-a-spaced-table.txt");
const text = readFileSync(join(here, "..", "..", rel), "utf8");

test("`#! TITLE` section titles between rows make '#' the comment: commented-out rows (`#ORB_ULTRA  ftp://…`) are no records", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.delimiter, d.header], ["#", " ", false]);
  const f = (JSON.parse(runCli([rel, "--format", "json", "-q"]).stdout) as Report).files[0];
  // 6 live rows and the 4 blank lines between sections (row-blank warnings); none of the 4 commented-out rows
  assert.deepEqual([f.columns.length, f.rows.total - (f.byCode["row-blank"] ?? 0), f.errors], [3, 6, 0], JSON.stringify(f.byCode));
});

test("a title glued to the mark (`#!ORBITS`, `#!/bin/sh`) or decorated by other signs (`#% TITLE`) is no note", () => {
  for (const mark of ["#!", "#%"]) {
    const glued = text.replace(/^#! /gm, mark === "#!" ? "#!" : "#% ");
    // the notes above the first row alone do not make '#' the comment: the marked lines fitting the table are rows
    assert.equal(sniffDialect(glued, true).comment, null, mark);
  }
});

test("decorated notes between rows refuse a table whose rows start with the mark above its first plain row", () => {
  const rows = "#A1 10 x\n#A2 11 y\nB1 12 z\n#! CLOSED\nB2 13 w\n#! OPEN\nB3 14 v\n#-----\n";
  assert.equal(sniffDialect(rows, true).comment, null);
});
