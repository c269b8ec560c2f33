// isQuotedEmptyLine: a line of only `""` in a table of two columns or more is a blank row, not a short record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { FIXTURES } from "../helpers/report.js";
import { tokenize } from "../helpers/tokenize.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { isQuotedEmptyLine } from "../../src/checks/structure/quoted-empty-line.js";

const codes = (f: { defects: { code: string; row: number | null }[] }) => f.defects.map((d) => `${d.code}@${d.row}`);

test("a pick-and-place export with `\"\"` under its header: one row-blank warning, no error", async () => {
  const f = (await check([join(FIXTURES, "pick-place-quoted-empty-line-under-header.csv")])).files[0];
  assert.deepEqual([f.errors, f.rows.total, f.columns.length, codes(f)], [0, 4, 7, ["row-blank@1"]]);
});

test("near miss: in a one-column list `\"\"` is a value (an empty string), no row-blank", async () => {
  const f = (await check([join(FIXTURES, "one-column-list-with-quoted-empty-value.csv")])).files[0];
  assert.deepEqual([f.rows.total, codes(f).filter((c) => c.startsWith("row-blank"))], [4, []]);
});

test("near miss: `\"\",` (two cells), `\" \"` (a space) and `\"x\"` in a wide table stay short records", async () => {
  const f = (await check([join(FIXTURES, "wide-table-short-quoted-records.csv")])).files[0];
  assert.deepEqual(codes(f).filter((c) => /row-(blank|missing)/.test(c)), ["row-missing-cells@1", "row-missing-cells@2", "row-missing-cells@3"]);
});

test("reads a LineRecord's ranges as its cells would, without making the cells' strings (it runs on every record)", () => {
  const text = 'a,b,c\n""\n"",\n" "\n""""\n,\n1,2,3\n';
  const fast = tokenize(text);
  const slow = tokenize(text, { fastPaths: false });
  assert.ok(fast.some((r) => r instanceof LineRecord), "the fast path made LineRecords");
  assert.deepEqual(fast.map((r) => isQuotedEmptyLine(r, 3)), [false, true, false, false, false, false, false]);
  assert.deepEqual(slow.map((r) => isQuotedEmptyLine(r, 3)), fast.map((r) => isQuotedEmptyLine(r, 3)));
  for (const r of fast) if (r instanceof LineRecord) assert.equal((r as unknown as { made: unknown }).made, null, "no cell string was made");
});
