// A sniffed preamble is skipped and said once (preamble-skipped), naming --skip-rows; a forced --skip-rows is silent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check } from "../../src/index.js";

test("a metadata line of counts is skipped with one preamble-skipped warning", async () => {
  const report = await check(["fixtures/realworld-kinds/preamble-counts-line.csv"], { jobs: 1 });
  const f = report.files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["preamble-skipped", "warning"]]);
  assert.match(f.defects[0].message, /--skip-rows 1\b/);
  assert.equal(f.rows.total, 40);
});

test("a title and filter block of ten lines is skipped, the header under it read", async () => {
  const f = (await check(["fixtures/realworld-kinds/preamble-title-and-filters.csv"], { jobs: 1 })).files[0];
  assert.deepEqual(f.defects.map((d) => d.code), ["preamble-skipped"]);
  assert.equal(f.columns?.[0], "month");
});

test("with --skip-rows given, no warning", async () => {
  const f = (await check(["fixtures/realworld-kinds/preamble-counts-line.csv"], { jobs: 1, skipRows: 1 })).files[0];
  assert.deepEqual(f.defects.map((d) => d.code), []);
});

test("a World Bank export: the preamble skipped, the trailing delimiter's blank last name is no header-blank", async () => {
  const f = (await check(["fixtures/realworld-kinds/preamble-world-bank-export.csv"], { jobs: 1 })).files[0];
  assert.deepEqual(f.defects.map((d) => d.code), ["preamble-skipped"]);
  assert.deepEqual(f.columns?.slice(0, 5), ["Country Name", "Country Code", "Indicator Name", "Indicator Code", "1960"]);
  assert.equal(f.columns?.at(-1), "field21");
});

test("no row left to read (--skip-rows past the end, comment lines only): one empty-file error, every line accounted, no crash", async () => {
  for (const [path, opts] of [
    ["fixtures/dialect/comment-lines-only.csv", { comment: "#" }],
    ["fixtures/dialect/comment-lines-only.csv", { skipRows: 5 }],
  ] as const) {
    const f = (await check([path], { jobs: 1, ...opts })).files[0];
    assert.deepEqual(f.defects.map((d) => d.code), ["empty-file"], JSON.stringify(opts));
    assert.equal(f.rows.total, 0);
  }
});
