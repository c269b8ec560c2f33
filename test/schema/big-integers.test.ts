// Integers past 2^53: bounds, exclusive bounds and enums compare exactly (QA 2026-12-01 item 6), in JSON and YAML schemas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import { parseJsonExact } from "../../src/schema/literals.js";
import type { Report } from "../../src/types.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

const CSV = "fixtures/schema/big-integers.csv";
const EXPECTED = [
  ["maximum", 2, "max", "max is 9007199254740993; the schema requires at most 9007199254740992"],
  ["minimum", 2, "min", "min is -9007199254740993; the schema requires at least -9007199254740992"],
  ["maximum", 2, "xmax", "xmax is 18446744073709551616; the schema requires less than 18446744073709551616"],
  ["minimum", 2, "xmin", "xmin is 9007199254740993; the schema requires more than 9007199254740993"],
  ["enum", 2, "e", 'e is "9007199254740992", which is not one of the allowed values (9007199254740993, 7)'],
];

for (const schema of ["fixtures/schema/big-integers.schema.json", "fixtures/schema/big-integers.schema.yaml"]) {
  test(`CLI, ${schema.split(".").pop()} schema: a value one past a bound beyond 2^53 breaks it, the bound itself does not`, () => {
    const r = runCli([CSV, "--schema", schema, "-q", "--format", "json"]);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertReport(report);
    const f = report.files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.column, d.message]), EXPECTED);
    assert.deepEqual(f.rows, { total: 3, valid: 2, invalid: 1 });
  });
}

test("the QA repro: maximum 2^53 and enum [2^53 + 1] on the real CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-big-"));
  try {
    writeFileSync(join(dir, "big.json"), '{"fields":[{"name":"n","type":"integer","constraints":{"maximum":9007199254740992}},{"name":"e","type":"integer","constraints":{"enum":[9007199254740993]}}]}');
    writeFileSync(join(dir, "big.csv"), "n,e\n9007199254740993,9007199254740992\n");
    const r = runCli(["big.csv", "--schema", "big.json", "-q", "--format", "json"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual((JSON.parse(r.stdout) as Report).files[0].defects.map((d) => d.code), ["maximum", "enum"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("library: a groupChar integer field compares its exact value; unique tells 2^53 from 2^53 + 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-big-"));
  try {
    writeFileSync(join(dir, "g.json"), '{"fields":[{"name":"g","type":"integer","groupChar":" ","constraints":{"maximum":9007199254740992}}]}');
    writeFileSync(join(dir, "g.csv"), "g\n9 007 199 254 740 992\n9 007 199 254 740 993\n");
    const r = await check(join(dir, "g.csv"), { schema: join(dir, "g.json"), jobs: 1, delimiter: "," });
    assertReport(r);
    assert.deepEqual(r.files[0].defects.map((d) => [d.code, d.row]), [["maximum", 2]]);
    const u = await check("fixtures/schema/big-integers-unique.csv", { schema: "fixtures/schema/big-integers-unique.schema.json", jobs: 1 });
    assert.deepEqual(u.files[0].defects.map((d) => [d.code, d.row, d.value]), [["unique", 3, "9007199254740993"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("library: a number field compares integer texts past 2^53 exactly; long literals for lengths and row counts still load", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-big-"));
  try {
    writeFileSync(join(dir, "n.json"), '{"fields":[{"name":"x","type":"number","constraints":{"maximum":9007199254740992}},{"name":"s","constraints":{"maxLength":99999999999999999999}}],"rows":{"max":99999999999999999999}}');
    writeFileSync(join(dir, "n.csv"), "x,s\n9007199254740992,a\n9007199254740993,b\n1.5,c\n");
    const r = await check(join(dir, "n.csv"), { schema: join(dir, "n.json"), jobs: 1 });
    assertReport(r);
    assert.deepEqual(r.files[0].defects.map((d) => [d.code, d.row]), [["maximum", 2]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("parseJsonExact: only integer literals past 2^53 become BigInt; strings, fractions and exponents stay as JSON.parse reads them", () => {
  const text = '{"a":9007199254740993,"b":[-18446744073709551616,1234567890123456],"s":"12345678901234567890","f":1.12345678901234567890,"x":1e12345678901234567,"q":"\\"99999999999999999"}';
  const v = parseJsonExact(text) as Record<string, unknown>;
  assert.equal(v.a, 9007199254740993n);
  assert.deepEqual(v.b, [-18446744073709551616n, 1234567890123456]);
  assert.equal(v.s, "12345678901234567890");
  assert.equal(v.f, 1.1234567890123457);
  assert.equal(v.x, Infinity);
  assert.equal(v.q, '"99999999999999999');
  assert.deepEqual(parseJsonExact('{"a":[1,2]}'), { a: [1, 2] });
});
