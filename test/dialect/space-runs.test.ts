// alignedLater (src/dialect/space-runs.ts): runs of spaces that pad lines past the first 1,000 are the delimiter too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { alignedLater } from "../../src/dialect/space-runs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

// A charge table written with single spaces for 1,200 lines, then padded (`C:P    1.1659`) for 60: BALL's amber94.crg.
const single = Array.from({ length: 1200 }, (_, i) => `R${i % 300}:N${i % 7} ${(i % 2 ? "-" : "")}0.${(1000 + i) % 9973}`);
const padded = Array.from({ length: 60 }, (_, i) => `C:P${i}${" ".repeat(1 + (i % 4))}${(i % 3 ? "-" : " ")}0.${2000 + i}`);
const CHARGES = [...single, ...padded].join("\n") + "\n";

test("alignedLater: a space-delimited table padded only past its first 1,000 lines is read at runs of spaces", () => {
  const d = sniffDialect(CHARGES, true);
  assert.deepEqual([d.delimiter, d.whitespace], [" ", true]);
  const f = (JSON.parse(runCli(["-", "--format", "json", "-q"], { stdin: CHARGES }).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 1260, 0]);
});

test("alignedLater: empty fields of a single-space table, or short texts, keep single spaces", () => {
  // `Y  2`: an empty middle field; runs would read these lines a cell short, so single spaces read more evenly
  const fields = [...Array.from({ length: 1100 }, (_, i) => `X${i} ${i} ${i + 1}`), ...Array.from({ length: 40 }, (_, i) => `Y${i}  ${i}`)].join("\n");
  assert.equal(alignedLater(fields), false);
  assert.equal(sniffDialect(fields + "\n", true).whitespace, undefined);
  assert.equal(alignedLater([...single.slice(0, 900), ...padded].join("\n")), false);
});
