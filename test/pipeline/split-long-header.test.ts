// split.ts headerFromSample: a header longer than the prefix it first looks in is still read whole, and the split equals one pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { both, splitInfo, withoutTimes } from "../helpers/split.js";

const dir = mkdtempSync(join(tmpdir(), "ic-split-header-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("split: a 100 KB header (past the 64 KiB prefix) gives the one-pass report", async () => {
  const names = Array.from({ length: 4000 }, (_, i) => `a_rather_long_column_name_${String(i).padStart(5, "0")}`);
  assert.ok(names.join(",").length > 64 * 1024, "the header is longer than the prefix");
  const schema = join(dir, "schema.json");
  writeFileSync(schema, JSON.stringify({ fields: names.map((name, i) => ({ name, type: i % 2 ? "integer" : "string" })) }));
  const rows = Array.from({ length: 40 }, (_, r) => names.map((_, i) => (i % 2 ? (r === 7 && i === 3 ? "x" : String(r + i)) : `v${r}`)).join(","));
  const file = join(dir, "wide.csv");
  writeFileSync(file, [names.join(","), ...rows].join("\n") + "\n");
  const { one, split } = await both(file, schema, {}, 200_000);
  assert.equal(one.files[0].rows.invalid, 1, "the one bad cell is found");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.ok(splitInfo(split).parts > 1, "the file was read in parts");
});
