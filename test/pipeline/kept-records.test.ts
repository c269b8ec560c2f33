// One pass reuses one LineRecord for every line (parseInto, reuseRecords): the records the loop keeps (header, inference sample, leading blanks) are copies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { check } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "kept-records-"));

test("without a schema, the rows held for inference are checked as they were read, not as the last line", async () => {
  const file = join(dir, "sample.csv");
  writeFileSync(file, "id,name,score\n1,ann,10\n2,bob,11,extra\n3,cy,12\n4,dee,13\n");
  const f = (await check([file], { jobs: 1, stats: true })).files[0];
  assert.deepEqual(f.columns, ["id", "name", "score"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line]), [["row-extra-cells", 2, 3]]);
  assert.deepEqual(f.stats!.map((s) => [s.name, s.type, s.count]), [["id", "integer", 4], ["name", "string", 4], ["score", "integer", 4]]);
});

test("blank lines before the header are held as blank rows, and the header is its own line's names", async () => {
  const file = join(dir, "blanks.csv");
  writeFileSync(file, "\n\nid,name\n1,a\n2,b\n");
  const f = (await check([file], { jobs: 1 })).files[0];
  assert.deepEqual(f.columns, ["id", "name"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line]), [["row-blank", 1, 1], ["row-blank", 2, 2]]);
  assert.deepEqual(f.rows, { total: 4, valid: 4, invalid: 0 });
});
