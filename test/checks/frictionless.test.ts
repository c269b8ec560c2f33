// Agreement with frictionless-py on its own fixtures, for the errors that concern schemas and cells.
// why a tiny reader: the real pipeline is not wired yet; harness.ts stands in for it (csv-parse/sync).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import type { Found } from "./harness.js";
import { check } from "./harness.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

const ROOT = join(CORPUS, "frictionless");

/** frictionless error types the schema layer is responsible for. */
const OURS = new Set(["type-error", "constraint-error", "unique-error", "primary-key", "foreign-key", "missing-label", "extra-label"]);

interface Case {
  id: string; file: string; schema?: string; options: Record<string, unknown>;
  valid?: boolean; errors?: Array<[number | null, number | null, string]>; errors_complete?: boolean;
}

/** Our defect as frictionless would name it: [rowNumber (header = 1), fieldNumber, type]. */
function toFrictionless(d: Found, schemaPk: boolean): [number | null, number | null, string] | null {
  const row = d.row === null ? null : d.row + 1;
  switch (d.code) {
    case "type-error": return [row, d.columnIndex, "type-error"];
    case "required": case "minimum": case "maximum": case "min-length": case "max-length": case "pattern": case "enum": return [row, d.columnIndex, "constraint-error"];
    case "unique": return d.params?.fields || schemaPk ? [row, null, "primary-key"] : [row, d.columnIndex, "unique-error"];
    case "header-missing-column": return [null, d.columnIndex, "missing-label"];
    case "header-extra-column": return [null, d.columnIndex, "extra-label"];
    // ambiguous-null, non-finite, formula-injection, null-mixed: ingest-check's own policies (README lists them)
    default: return null;
  }
}

const key = (e: [number | null, number | null, string]): string => JSON.stringify(e);

describe("frictionless agreement", { skip: corpusSkip("frictionless/expected.json") }, () => {
  const cases = existsSync(join(ROOT, "expected.json")) ? (JSON.parse(readFileSync(join(ROOT, "expected.json"), "utf8")).cases as Case[]) : [];
  const results: Array<{ id: string; agree: boolean; detail: string }> = [];

  for (const c of cases) {
    const o = c.options;
    // Not schema or cell matters: extra checks, forced encodings, multi-row headers, escape characters, empty files.
    if (o.checks || o.encoding || o.header_rows || o.escape_char || (c.valid === undefined && c.errors === undefined)) continue;
    const bytes = readFileSync(join(ROOT, c.file));
    if (bytes.length === 0) continue;
    it(c.id, () => {
      const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
      const descriptor = c.schema ? JSON.parse(readFileSync(join(ROOT, c.schema), "utf8")) : null;
      const schema = descriptor ? compileTableSchema(descriptor, { source: c.schema!, sha256: null }) : null;
      const missing = o.missing_values as string[] | undefined;
      const s = schema ?? null;
      const r = check(text, s ?? (missing ? null : null), { header: o.header !== false, delimiter: (o.delimiter as string | undefined) ?? (c.file.endsWith(".tsv") ? "\t" : ",") });
      const pkSingle = !!descriptor?.primaryKey;
      let ours = r.defects.map((d) => toFrictionless(d, pkSingle && d.code === "unique" && !d.params?.fields && [descriptor.primaryKey].flat().includes(d.column))).filter((x) => x !== null);
      let expected = (c.errors ?? []).filter((e) => OURS.has(e[2]));
      if (o.pick_errors) ours = ours.filter((e) => e[0] !== null);
      if (typeof o.limit_errors === "number") ours = ours.slice(0, o.limit_errors);
      if (c.errors_complete === false) expected = expected.slice(0, ours.length);
      const a = ours.map(key).sort(), b = expected.map(key).sort();
      const agree = JSON.stringify(a) === JSON.stringify(b);
      results.push({ id: c.id, agree, detail: agree ? "" : `ours ${a.join(" ")} | frictionless ${b.join(" ")}` });
    });
  }

  it("agreement summary", () => {
    const agreed = results.filter((r) => r.agree).length;
    const lines = results.filter((r) => !r.agree).map((r) => `  ${r.id}: ${r.detail}`);
    console.log(`frictionless agreement: ${agreed}/${results.length} cases agree${lines.length ? `; disagreements:\n${lines.join("\n")}` : ""}`);
    // Known, deliberate differences (see README): a single-field primary key that is also `unique` is reported
    // once, as `unique`, where frictionless reports unique-error and primary-key. Foreign keys need the reference
    // read before the file, which this harness does not do: test/references/foreign-key.test.ts runs these cases on the CLI.
    const known = new Set(["self-fk-invalid", "unique-and-primary-key"]);
    assert.deepEqual(results.filter((r) => !r.agree && !known.has(r.id)).map((r) => r.id), []);
    assert.ok(agreed >= results.length - known.size);
  });
});
