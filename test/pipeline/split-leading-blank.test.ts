// split.ts headerFromSample: a headerless file whose records start after a comment block and a blank line is split with its records' width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES } from "../helpers/report.js";
import { both, splitInfo, withoutTimes } from "../helpers/split.js";

const FILE = join(FIXTURES, "split/headerless-comments-then-blank-line.tsv");

test("split: a headerless file with a blank line before its first record gets the one-pass columns in every part", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-split-blank-"));
  try {
    const schema = join(dir, "schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "field1", type: "integer" }, { name: "field2", type: "string" }] }));
    for (const partBytes of [64, 120, 200]) {
      const { one, split } = await both(FILE, schema, {}, partBytes);
      assert.ok(splitInfo(split).parts >= 2, `split in parts of ${partBytes} bytes`);
      // the one pass: 2 columns, no row an error (the blank line is a row-blank warning)
      assert.deepEqual(one.files[0].columns, ["field1", "field2"]);
      assert.equal(one.files[0].rows.invalid, 0);
      assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
