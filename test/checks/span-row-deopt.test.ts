// The made row function (span-row.ts) stays optimised when another part's cells check calls it with its own closures.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

describe("span-row: the made function across parts", () => {
  it("is not thrown away by V8 when the next part's miss and empty closures arrive", () => {
    // why a child with V8's traces: optimised code and its deoptimisations are not visible from JavaScript;
    // --no-concurrent-recompilation makes the optimisation happen at once, not when a background thread gets to it
    const r = spawnSync(process.execPath, ["--import", "tsx", "--trace-opt", "--trace-deopt", "--no-concurrent-recompilation", join(ROOT, "test/helpers/span-row-parts.ts")],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /asked \d+/);
    // the made function is the one named in its source (spanScan, spanScanBytes for an ASCII text's records as here;
    // `spanRow` before it handed its cells back as events)
    const made = /<JSFunction (spanScan|spanScanBytes|spanRow) /;
    const lines = r.stdout.split("\n");
    assert.ok(lines.some((l) => /completed (compiling|optimizing)/.test(l) && made.test(l)), "the made function was optimised (else the test shows nothing)");
    const thrown = lines.filter((l) => l.includes("bailout") && made.test(l));
    assert.deepEqual(thrown, [], "the made function was deoptimised");
  });
});
