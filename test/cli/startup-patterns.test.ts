// Start-up: no module of src/ makes a pattern with a Unicode property class when it loads (lazyRegExp in src/lazy.ts makes it at its first use).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { lazyRegExp } from "../../src/lazy.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

// why: V8 parses a regular expression literal where it is evaluated, and expands \p{…} from ICU's tables then; a
// module-level literal is evaluated when the CLI's bundle (or a worker's) loads, whatever the input (~14 M
// instructions for the dialect's six cell-type patterns, callgrind)
test("no module-level regular expression literal in src/ holds a Unicode property class", () => {
  const found: string[] = [];
  for (const file of sources("src")) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      if (/^(?:export )?(?:const|let|var) \w+ = \/.*\\[pP]\{.*\/[a-z]*u[a-z]*;/.test(line)) found.push(`${file}:${i + 1}`);
    });
  }
  assert.deepEqual(found, []);
});

test("lazyRegExp makes its pattern once, at the first call, with the flags given", () => {
  const get = lazyRegExp(String.raw`^\p{Sc}$`, "u");
  const re = get();
  assert.equal(get(), re);
  assert.equal(re.flags, "u");
  assert.ok(re.test("€") && !re.test("e"));
});
