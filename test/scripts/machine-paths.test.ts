// The repository names no absolute path of a build machine (/work/…, /root/…, /home/<user>/…): it must stand on its own anywhere.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ROOT } from "../helpers/report.js";

const LEFT_OUT = new Set(["node_modules", ".git", "dist", "dist-bundle", "test-artifacts", "scratch", "corpus-results", "data"]);
const TEXT = /\.(ts|mjs|js|json|md|ya?ml|csv|tsv|txt|sh|html)$|^run$/;
const MACHINE_PATH = /(?<![\w.])\/(?:work|root)\/|(?<![\w.])\/home\/[a-z_][\w-]*\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return LEFT_OUT.has(name) ? [] : files(p);
    return TEXT.test(name) ? [p] : [];
  });
}

test("no file of the repository names an absolute path of a build machine", () => {
  const self = fileURLToPath(import.meta.url); // its own examples aside
  const found = files(ROOT).filter((p) => p !== self).flatMap((p) => readFileSync(p, "utf8").split("\n")
    .map((line, i) => (MACHINE_PATH.test(line) ? `${relative(ROOT, p)}:${i + 1}: ${line.trim().slice(0, 100)}` : null))
    .filter((x): x is string => x !== null));
  assert.deepEqual(found, []);
});

test("the pattern finds such a path (so the test above can fail)", () => {
  assert.ok(MACHINE_PATH.test("// copied from /work/shared/spec"));
  assert.ok(MACHINE_PATH.test('const p = "/home/alice/data.csv"'));
  assert.ok(!MACHINE_PATH.test("# .github/workflows/data.yml"));
});
