// Skipped lines (pipeline/skipped.ts): comment and preamble lines are counted in files[].lines, one pass or split,
// and a sniffed comment line as wide as the table gives one comment-data-like warning naming --comment ''.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Report } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
// why dist: the split path runs the built worker
const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

const WIDE = "fixtures/skipped-lines/comment-row-as-wide-as-table.csv";
const NOTES = "fixtures/skipped-lines/comment-notes-only.csv";
const THROUGH = "fixtures/skipped-lines/comments-through-the-file.csv";
const SCHEMA = "fixtures/skipped-lines/schema.json";

function json(args: string[]): Report {
  const r = runCli([...args, "--format", "json"]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  return report;
}

/** Physical lines of a file (it ends with a line break). */
const physicalLines = (file: string) => readFileSync(file, "utf8").split("\n").length - 1;

test("skipped lines: every line of a one-pass file is a record, the header, a comment or preamble", () => {
  const f = json([WIDE]).files[0];
  // why no preamble: the `#` lines above the header are comment lines like the one among the rows
  assert.deepEqual(f.lines, { comments: 3, preamble: 0 });
  assert.equal(f.rows.total + 1 + f.lines!.comments + f.lines!.preamble, physicalLines(WIDE));
});

test("skipped lines: the pretty summary says how many lines were skipped", () => {
  const r = runCli([THROUGH]);
  assert.match(r.stdout, /rows +39 total.*; 6 comment lines skipped/);
});

test("skipped lines: a sniffed comment line as wide as the table gives one comment-data-like warning", () => {
  const f = json([WIDE]).files[0];
  const d = f.defects.filter((x) => x.code === "comment-data-like");
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, "warning");
  assert.equal(d[0].line, 6);
  assert.match(d[0].message, /--comment ''/);
});

test("skipped lines: comment notes (a space after #) give no comment-data-like", () => {
  const f = json([NOTES]).files[0];
  assert.equal(f.lines?.comments, 3);
  assert.deepEqual(f.defects.map((d) => d.code).filter((c) => c === "comment-data-like"), []);
});

test("skipped lines: --comment '' keeps the row as data, and no warning", () => {
  const f = json([WIDE, "--comment", ""]).files[0];
  assert.equal(f.rows.total, 5);
  assert.equal(f.lines?.comments ?? 0, 0);
  assert.ok(!f.defects.some((d) => d.code === "comment-data-like"));
});

test("skipped lines: a forced comment character skips silently but still counts", () => {
  const f = json([THROUGH, "--comment", "#"]).files[0];
  assert.equal(f.lines?.comments, 6);
  assert.ok(!f.defects.some((d) => d.code === "comment-data-like"));
});

test("skipped lines: a file with none has no lines field", () => {
  const f = json(["fixtures/clean.csv"]).files[0];
  assert.equal(f.lines, undefined);
});

test("skipped lines: a split file counts the comment lines of every part, and warns at the same line", async () => {
  const one = (await check(THROUGH, { schema: SCHEMA, jobs: 1 })).files[0];
  assert.deepEqual(one.lines, { comments: 6, preamble: 0 });
  for (const partBytes of [40, 97, 200]) {
    const r = await check(THROUGH, { schema: SCHEMA, jobs: 2, split: { minBytes: 1, partBytes } });
    const f = r.files[0];
    const parts = (f as unknown as { split?: { parts: number } }).split?.parts ?? 0;
    assert.ok(parts > 1, `parts of ${partBytes} bytes: the file was split`);
    assert.deepEqual(f.lines, one.lines, `parts of ${partBytes} bytes`);
    assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["comment-data-like", 27]], `parts of ${partBytes} bytes`);
  }
});
