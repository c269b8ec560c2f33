// percentAroundRows, withoutPercentFooter (src/dialect/percent-trailer.ts): docstrip's `%%` banner above a table and its `%% End of file` footer below are notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { percentAroundRows, withoutPercentFooter } from "../../src/dialect/percent-trailer.js";
import { percentLead } from "../../src/dialect/percent-lead.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const SHORT = "fixtures/dialect/docstrip-footer-under-short-banner.csv";
const LONG = "fixtures/dialect/docstrip-footer-under-long-banner.csv";

function read(name: string): Report["files"][number] {
  return (JSON.parse(runCli([name, "--format", "json", "-q"]).stdout) as Report).files[0];
}

test("percentAroundRows: a docstrip footer under a table whose banner was a preamble reads as notes, not short records", () => {
  const d = sniffDialect(readFileSync(SHORT, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.skipRows], [",", "%", true, 0]);
  const f = read(SHORT);
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["name", "red", "green", "blue", "note"], 8, 0, 0]);
});

test("withoutPercentFooter: a banner longer than the table and a footer under it read as notes around 5 records", () => {
  const d = sniffDialect(readFileSync(LONG, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], [",", "%", true]);
  const f = read(LONG);
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["name", "red", "green", "blue", "note"], 5, 0, 0]);
});

test("percentAroundRows: a `%` row among the rows, no banner, one note, or a cut text keep the old reading", () => {
  const rows = "name,red\nwhite,255\nblack,0\nteal,0\n";
  assert.equal(percentAroundRows(`%% a\n%% b\n${rows}%% end\n`, 2, true), true);
  assert.equal(percentAroundRows(`%% a\n%% b\nname,red\n%CPU,3\nblack,0\nteal,0\n%% end\n`, 2, true), false);
  assert.equal(percentAroundRows(`${rows}%% end\n`, 0, true), false);
  assert.equal(percentAroundRows(`%% a\n${rows}%% end\n`, 1, true), false);
  assert.equal(percentAroundRows(`%% a\n%% b\n${rows}%% end\n`, 2, false), false);
  assert.equal(percentAroundRows(`%% a\n%% b\n${rows}`, 2, true), false);
  assert.deepEqual(withoutPercentFooter(["a,b", "1,2", "%% end", ""]), ["a,b", "1,2"]);
  assert.equal(withoutPercentFooter(["a,b", "1,2"]), null);
  // a footer seen only where a sample is cut off, or a `%` inside the rows, leaves percentLead as it was
  assert.equal(percentLead("%% a\n%% b\n0.5 1.25\n1.0 1.50\n%% end\n", false), false);
  assert.equal(percentLead("%% a\n%% b\n0.5 1.25\n-10% 1.50\n%% end\n", true), false);
  const cpu = readFileSync(SHORT, "utf8").replace("olive,128,128,0,dark", "%olive,128,128,0,dark");
  assert.equal(sniffDialect(cpu, true).comment ?? null, null);
});
