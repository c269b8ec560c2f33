// validate.ts readAsSchemaNames: a schema inferred from a file whose header was adjusted (row names, a trailing delimiter, record types) reads it the same way when given back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/report.js";
import { both, splitInfo, withoutTimes } from "../helpers/split.js";

const FILES = ["r-row-names-header-one-short.csv", "header-line-of-a-record-type.csv", "trailing-delimiter-on-every-line.csv"];

interface FileView { rows: { total: number; invalid: number }; columns: string[]; byCode: Record<string, number> }
const first = (stdout: string): FileView => (JSON.parse(stdout) as { files: FileView[] }).files[0];

function withTemp(run: (dir: string) => Promise<void> | void): Promise<void> | void {
  const dir = mkdtempSync(join(tmpdir(), "ic-round-trip-"));
  const done = () => rmSync(dir, { recursive: true, force: true });
  try {
    const r = run(dir);
    if (r instanceof Promise) return r.finally(done);
    done();
  } catch (e) {
    done();
    throw e;
  }
}

for (const name of FILES) {
  test(`infer then --schema: ${name} is read as without a schema (built CLI)`, () => withTemp((dir) => {
    const file = join(FIXTURES, "round-trip", name);
    const inferred = runCli(["infer", file]);
    assert.equal(inferred.code, 0, inferred.stderr);
    const schema = join(dir, "schema.json");
    writeFileSync(schema, inferred.stdout);
    const without = runCli([file, "--format", "json", "-q"]);
    const withIt = runCli([file, "--schema", schema, "--format", "json", "-q"]);
    assert.equal(withIt.code, 0, withIt.stdout);
    const a = first(without.stdout), b = first(withIt.stdout);
    assert.equal(b.rows.invalid, 0);
    assert.deepEqual([b.columns, b.byCode, b.rows.total], [a.columns, a.byCode, a.rows.total]);
  }));
}

test("a schema with other names than the header (and than any reading of it) is still reported", () => withTemp((dir) => {
  const file = join(FIXTURES, "round-trip", FILES[0]);
  const schema = join(dir, "other.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "x", type: "number" }, { name: "weight", type: "integer" }] }));
  const r = runCli([file, "--schema", schema, "--format", "json", "-q"]);
  assert.equal(r.code, 1);
  const f = first(r.stdout);
  assert.deepEqual(f.columns, ["height", "weight"]);
  assert.equal(f.byCode["header-missing-column"], 1);
  assert.equal(f.byCode["row-names-column"], undefined);
}));

test("split: a header that is not the schema's names is read in one pass, with the one pass's report", () => withTemp(async (dir) => {
  const file = join(FIXTURES, "round-trip", FILES[0]);
  const schema = join(dir, "schema.json");
  writeFileSync(schema, runCli(["infer", file]).stdout);
  const { one, split } = await both(file, schema, {}, 24);
  assert.equal((split.files[0] as unknown as { split?: unknown }).split, undefined, "read in one pass");
  assert.deepEqual(withoutTimes(split), withoutTimes(one));
  assert.equal(one.files[0].rows.invalid, 0);
  // --part cannot see the sample the header is adjusted from: one line, exit 2
  const part = runCli([file, "--schema", schema, "--part", "1/2", "--report", join(dir, "part-1.json"), "-q"]);
  assert.equal(part.code, 2);
  assert.match(part.stderr.trim(), /^[^\n]*cannot be read in parts: its schema names the columns of a reading/);
  // the names in another order are the header's: such a file is still split
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "weight" }, { name: "height" }] }));
  const plain = join(dir, "plain.csv");
  writeFileSync(plain, "height,weight\n" + Array.from({ length: 40 }, (_, i) => `${150 + i},${50 + i}\n`).join(""));
  const again = await both(plain, schema, {}, 64);
  assert.ok(splitInfo(again.split).parts >= 2);
  assert.deepEqual(withoutTimes(again.split), withoutTimes(again.one));
}));

// why a list of its own: a blank or repeated name is an error of the file (header-blank, header-duplicate) either way,
// so these exit 1; what must not change is the report: before, the names infer wrote (`field4`, `x_3`) matched no
// column, so each was header-missing-column beside a header-extra-column, and with row names every row was invalid
for (const name of ["header-blank-and-repeated-names.csv", "r-row-names-repeated-names.csv"]) {
  test(`infer then --schema: ${name} (blank or repeated names) gets the report it gets without a schema (built CLI)`, () => withTemp((dir) => {
    const file = join(FIXTURES, "round-trip", name);
    const schema = join(dir, "schema.json");
    writeFileSync(schema, runCli(["infer", file]).stdout);
    const a = first(runCli([file, "--format", "json", "-q"]).stdout);
    const b = first(runCli([file, "--schema", schema, "--format", "json", "-q"]).stdout);
    assert.ok(a.byCode["header-duplicate"], "the file repeats a name");
    assert.equal(b.byCode["header-missing-column"], undefined);
    assert.equal(b.byCode["header-extra-column"], undefined);
    assert.equal(b.rows.invalid, 0);
    assert.deepEqual([b.columns, b.byCode, b.rows.total], [a.columns, a.byCode, a.rows.total]);
  }));
}
