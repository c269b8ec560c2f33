// A block of comment lines longer than the sniffer's windows above the records (src/dialect/long-comment-lead.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect, SCORE_CHARS } from "../../src/dialect/index.js";
import { longCommentLead } from "../../src/dialect/long-comment-lead.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "comment-block-longer-than-sniff-window.bed");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const records = "chr2\t1500\t1720\tpeak1\nchr2\t2210\t2480\tpeak2\nchr2\t3105\t3390\tpeak3\n";

test("sniffDialect: 2,100 `#` notes above 3 TAB records: `#` is the comment mark and the records are read at TABs", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.skipRows, d.header], ["\t", "#", 0, false]);
});

test("the built CLI reads the 3 records of 6 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [3, 0, 6]);
});

test("sniffDialect: a VCF-style block of 2,100 `##` lines above a `#CHROM` header is a preamble counted in full", () => {
  const meta = Array.from({ length: 2100 }, (_, i) => `##contig=<ID=s${i},length=${1000 + i}>`).join("\n");
  const d = sniffDialect(`${meta}\n#chrom\tstart\tend\tname\n${records}`, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 2100, true]);
});

test("longCommentLead: only a long block with records under it; a short one is left to the sniffer as it is", () => {
  const notes = (n: number) => Array.from({ length: n }, (_, i) => `# n${i}`).join("\n");
  assert.deepEqual(longCommentLead(`${notes(1200)}\n${records}`, SCORE_CHARS), { mark: "#", lines: 1200 });
  assert.equal(longCommentLead(`${notes(50)}\n${records}`, SCORE_CHARS), null);
  assert.equal(longCommentLead(`${notes(1200)}\n`, SCORE_CHARS), null);
  assert.equal(longCommentLead(`id\tname\n${notes(1200)}\n`, SCORE_CHARS), null);
});
