// `##` meta lines above a header glued to one `#`, over one record or a few wide ones (src/dialect/meta-header.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { metaLinesAboveHeader } from "../../src/dialect/meta-header.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "meta-lines-above-hash-header-one-record.vcf");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: 5 `##` lines above `#CHROM` and one record: the lines are a preamble, `#CHROM` the header, at TABs", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header, d.comment], ["\t", 5, true, null]);
});

test("the built CLI reads the one record of 11 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length, f.columns[0]], [1, 0, 11, "#CHROM"]);
});

test("sniffDialect: records of 300 `GT:AD:DP` cells, few in the scorer's window, are read at TABs, not at `:`", () => {
  const samples = Array.from({ length: 300 }, (_, i) => `s${i}`);
  const meta = Array.from({ length: 40 }, (_, i) => `##contig=<ID=c${i},length=${5000 + i}>`).join("\n");
  const head = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", ...samples].join("\t");
  const row = (i: number): string => ["1", String(10000 + i), ".", "A", "G", "50", "PASS", `DP=${i}`, "GT:AD:DP:GQ:PL", ...samples.map(() => "0/1:12,9:21:99:120,0,150")].join("\t");
  const d = sniffDialect([meta, head, ...Array.from({ length: 20 }, (_, i) => row(i))].join("\n") + "\n", true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 40, true]);
});

test("metaLinesAboveHeader: the header alone under the meta lines counts only when the sample is the whole file", () => {
  const lines = ["##fileformat=VCFv4.2", "#CHROM\tPOS\tID\tREF"];
  assert.equal(metaLinesAboveHeader(lines, true), 1);
  assert.equal(metaLinesAboveHeader(lines, false), null);
});

test("metaLinesAboveHeader refuses a narrow header, a blank name, and records of another width or marked", () => {
  const meta = ["##source=x", "##date=2024"];
  assert.equal(metaLinesAboveHeader([...meta, "#id\tname", "1\ta"], true), null);
  assert.equal(metaLinesAboveHeader([...meta, "#id\t\tname", "1\ta\tb"], true), null);
  assert.equal(metaLinesAboveHeader([...meta, "#id\tname\tvalue", "1\ta\tb\tc"], true), null);
  assert.equal(metaLinesAboveHeader([...meta, "#id\tname\tvalue", "# 1\ta\tb"], true), null);
  assert.equal(metaLinesAboveHeader(["# a note", "#id\tname\tvalue", "1\ta\tb"], true), null);
});

test("near miss: `##` notes above a `# id name value` line of spaces over TAB records keep today's reading", () => {
  const d = sniffDialect("## written by hand\n## two notes\n# id name value\n1\ta\t0.5\n2\tb\t0.7\n3\tc\t0.9\n", true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["\t", "#", false]);
});
