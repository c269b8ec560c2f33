// split.ts and --part: a preamble or comment block longer than a part never makes the header a row of a later part (a cut just before the header line did).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestOptions, Report } from "../../src/index.js";
import { FIXTURES } from "../helpers/report.js";
import { both, withoutTimes } from "../helpers/split.js";
import { runCli } from "../helpers/cli.js";

const FILE = join(FIXTURES, "split/comment-block-longer-than-a-part.csv");
const dir = mkdtempSync(join(tmpdir(), "ic-split-preamble-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const SCHEMA = join(dir, "schema.json");
writeFileSync(SCHEMA, JSON.stringify({ fields: [{ name: "station", type: "string" }, { name: "reading", type: "integer" }] }));

for (const [what, extra] of [["a sniffed preamble", {}], ["a sniffed preamble, --comment '#' given", { comment: "#" }]] as [string, IngestOptions][]) {
  test(`split: ${what} longer than a part gives the one-pass report`, async () => {
    for (const partBytes of [64, 80, 140, 300]) {
      const { one, split } = await both(FILE, SCHEMA, extra, partBytes);
      assert.equal(one.files[0].rows.total, 60);
      assert.equal(one.files[0].rows.invalid, 0);
      assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of ${partBytes} bytes`);
    }
  });
}

test("--part 1..4/4 + merge: the parts that fall inside the preamble start after the header, and merge gives the one-run report", () => {
  const whole = runCli([FILE, "--schema", SCHEMA, "-q", "-f", "json", "--jobs", "1"]);
  assert.equal(whole.code, 0, whole.stderr);
  const parts = [1, 2, 3, 4].map((i) => join(dir, `part-${i}.json`));
  parts.forEach((p, i) => { const r = runCli([FILE, "--schema", SCHEMA, "--part", `${i + 1}/4`, "--report", p, "-q"]); assert.equal(r.code, 0, r.stderr); });
  const merged = runCli(["merge", ...parts, "-f", "json", "-q"]);
  assert.equal(merged.code, 0, merged.stderr);
  const comparable = (r: Report) => ({ ...r, files: r.files.map(({ durationMs: _d, sha256: _s, ...f }) => f) });
  assert.deepEqual(comparable(JSON.parse(merged.stdout) as Report), comparable(JSON.parse(whole.stdout) as Report));
  // the file's first quarter is all preamble: without the rule, part 2 started inside it
  const second = JSON.parse(readFileSync(parts[1], "utf8")) as { part: { start: number } };
  assert.ok(second.part.start > readFileSync(FILE, "utf8").indexOf("station,reading"), `part 2 starts at ${second.part.start}, after the header`);
});
