// numberedLines (src/dialect/numbered-lines.ts): a numbered list of notes is a number, then the rest of the line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { numberedLines } from "../../src/dialect/numbered-lines.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/numbered-notes-prose-then-placeholder-lines.txt";

test("numberedLines: `1 Copper is drawn …` above `4 No note yet` … `30 No note yet` reads as number, then text", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.maxFields, d.skipRows, d.header], [2, 0, false]);
});

test("the built CLI: 30 entries of 2 cells, no preamble skipped (the 3 prose lines were skipped, warned)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.columns.length, f.errors, f.warnings], [30, 2, 0, 0]);
});

test("near miss: numbers that skip, a short row that is no prose, or lines of one width are no numbered list", () => {
  const rows = ["1 Paris France", "2 Rome Italy", "3 Berlin", "4 Madrid Spain", "5 Oslo Norway", "6 Bern Switzerland"];
  assert.equal(numberedLines(rows.join("\n")), false);
  const prose = ["1 Copper is drawn into wire for the mains of houses.", "2 No note yet", "3 No note yet", "4 No note yet", "5 No note yet"];
  assert.equal(numberedLines(prose.join("\n")), true);
  assert.equal(numberedLines(prose.map((l, i) => (i === 3 ? l.replace(/^4/, "7") : l)).join("\n")), false);
  assert.equal(numberedLines(prose.slice(1).concat("6 No note yet").join("\n")), false);
});
