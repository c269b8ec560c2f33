// Every catalogue code has a docs page, is pinned by an assertion in some test, and its docs example is true.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { DEFECT_CODES } from "../../src/defects/catalog.js";
import { check } from "./harness.js";

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts")).map((f) => join(dir, f));
}

/** Quoted string literals that occur in statements containing an assertion. */
function assertedLiterals(): Set<string> {
  const found = new Set<string>();
  for (const file of testFiles("test")) {
    if (file.endsWith("catalog-docs.test.ts")) continue;
    for (const stmt of readFileSync(file, "utf8").split(/;\s*\n/)) {
      if (!/\bassert\b/.test(stmt)) continue;
      for (const m of stmt.matchAll(/"([a-z-]+)"|'([a-z-]+)'/g)) found.add(m[1] ?? m[2]);
    }
  }
  return found;
}

describe("defect catalogue", () => {
  it("every code has a page in docs/defects/", () => {
    assert.deepEqual(DEFECT_CODES.filter((c) => !existsSync(join("docs/defects", `${c}.md`))), []);
  });
  it("every code is asserted on (as a string literal) by some test", () => {
    const lits = assertedLiterals();
    assert.deepEqual(DEFECT_CODES.filter((c) => !lits.has(c)), [], "codes no test asserts on");
  });
  it("no page documents a code the catalogue lacks", () => {
    const codes = new Set<string>(DEFECT_CODES);
    assert.deepEqual(readdirSync("docs/defects").filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).filter((c) => !codes.has(c)), []);
  });

  // Pages whose example is a CSV (with a JSON schema, or none for inferred) checked by the schema layer: the shown message must be what the tool says.
  for (const code of DEFECT_CODES) {
    const path = join("docs/defects", `${code}.md`);
    if (!existsSync(path)) continue;
    const page = readFileSync(path, "utf8");
    const csv = /```csv\n([\s\S]*?)\n```/.exec(page)?.[1];
    const schema = /Schema:\n\n```json\n([\s\S]*?)\n```/.exec(page)?.[1];
    const defect = /Defect:\n\n```json\n([\s\S]*?)\n```/.exec(page)?.[1];
    const ours = ["type-error", "required", "ambiguous-null", "non-finite", "minimum", "maximum", "min-length", "max-length", "pattern", "enum", "unique", "formula-injection", "null-mixed", "header-missing-column", "header-extra-column", "header-order", "duplicate-row", "row-rule", "aggregate"];
    if (!csv || !defect || !ours.includes(code)) continue;
    it(`${code}: the docs example is what the tool reports`, () => {
      const want = JSON.parse(defect) as { message: string };
      const r = check(`${csv}\n`, schema ? JSON.parse(schema) : null);
      assert.ok(r.defects.some((d) => d.code === code && d.message === want.message), `got ${JSON.stringify(r.defects.map((d) => [d.code, d.message]))}`);
    });
  }
});
