// scripts/bundle-lib.mjs asciiOnly: the built bundles are pure ASCII (V8 keeps a source with one other character at two bytes a character).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";

const bundles = ["dist/src/cli/bundle.cjs", "dist/src/worker-bundle.cjs"];

for (const file of bundles) {
  test(`${file} is pure ASCII`, (t) => {
    if (!existsSync(file)) { t.skip(`${file} is not built (no esbuild)`); return; }
    const bytes = readFileSync(file);
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `a non-ASCII byte at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString("utf8")}`);
  });
}

test("asciiOnly escapes comments, strings and regular expressions alike, and the code means the same", async () => {
  const { asciiOnly } = await import("../../scripts/bundle-lib.mjs");
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "ic-ascii-"));
  try {
    const file = join(dir, "b.cjs");
    const code = "// Zoë ☃ 😀\nmodule.exports = { s: 'ș€😀', re: /[şŞ]年/u.test('Ş年'), re2: /😀/.test('😀'), cls: /^[😀]$/u.test('😀') };\n";
    writeFileSync(file, code);
    asciiOnly(file);
    const out = readFileSync(file);
    assert.equal(out.findIndex((b) => b > 0x7f), -1);
    const m = { exports: {} as Record<string, unknown> };
    new Function("module", out.toString("latin1"))(m);
    assert.deepEqual(m.exports, { s: "ș€😀", re: true, re2: true, cls: true });
    writeFileSync(file, "const s = '\\é';\n");
    assert.throws(() => asciiOnly(file), /backslash/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
