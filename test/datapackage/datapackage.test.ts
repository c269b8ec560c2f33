// Data Packages through the built CLI: whole reports (fixtures/datapackage/expected), declared dialect and encoding, foreign keys between resources, bad descriptors.
//
// Regenerate the expected reports with `UPDATE_EXPECTED=1 node scripts/run-tests.mjs test/datapackage` and review them by hand.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { normalise, FIXTURES } from "../helpers/report.js";
import { jsonRun, golden as goldenFile } from "../helpers/golden.js";
import { runCli } from "../helpers/cli.js";

const EXPECTED = join(FIXTURES, "datapackage", "expected");
const tmp = mkdtempSync(join(tmpdir(), "ic-dp-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const golden = (name: string, report: Report) => goldenFile(EXPECTED, name, report, "test/datapackage");

const entry = (r: Report, name: string) => r.files.find((f) => f.source.endsWith(name))!;
const codes = (r: Report, name: string) => entry(r, name).defects.map((d) => [d.code, d.row, d.message]);

describe("datapackage: v1 descriptor", () => {
  const r = jsonRun(["fixtures/datapackage/v1/datapackage.json"]);

  it("the whole report: one entry per resource file, in the descriptor's order, each tagged with its resource", () => {
    assert.equal(r.code, 1);
    golden("v1", r.report);
    assert.deepEqual(r.report.files.map((f) => [f.source.replace(/^.*\//, ""), f.resource]), [
      ["categories.csv", "categories"], ["products.csv", "products"], ["orders.csv", "orders"], ["cities.csv", "cities"], ["notes.csv", "notes"],
    ]);
  });

  it("foreign keys between resources name the resource", () => {
    assert.deepEqual(codes(r.report, "products.csv"), [["foreign-key", 3, 'category "nuts" matches no id in the resource "categories"']]);
    assert.deepEqual(codes(r.report, "orders.csv")[0], ["foreign-key", 2, 'sku "A9" matches no sku in the resource "products"']);
  });

  it("bytes that contradict the declared delimiter, quote, line terminator or encoding are dialect-mismatch / encoding-mismatch", () => {
    assert.deepEqual(codes(r.report, "orders.csv")[1], ["dialect-mismatch", null, `the file's delimiter is ";"; the resource "orders" declares ","`]);
    assert.deepEqual(codes(r.report, "notes.csv").map((c) => c[2]), [
      `the file's quote is "\\""; the resource "notes" declares "'"`,
      `the file's line terminator is "\\n"; the resource "notes" declares "\\r\\n"`,
    ]);
    assert.deepEqual(codes(r.report, "cities.csv"), [["encoding-mismatch", null, `the file is windows-1252; the resource "cities" declares utf-8`]]);
  });

  it("what is not read says so on stderr: a non-CSV resource, a dialect key not applied", () => {
    assert.match(r.stderr, /resources not validated \(not local CSV tables\): \\"readme\\" \(not CSV: txt\)/);
    assert.match(r.stderr, /resource \\"notes\\": dialect\.skipInitialSpace is not applied by this version/);
  });

  it("the library gives the same report", async () => {
    const lib = await check("fixtures/datapackage/v1/datapackage.json");
    assert.deepEqual(normalise(lib), normalise(r.report));
  });
});

describe("datapackage: the pretty report", () => {
  it("names each file's resource", () => {
    const r = runCli(["fixtures/datapackage/v2/datapackage.json"]);
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.split("\n").filter((l) => l.includes("resource  ")).map((l) => l.trim()), [
      "resource  items (Data Package)", "resource  items (Data Package)", "resource  sales (Data Package)", "resource  sales (Data Package)",
    ]);
  });
});

describe("datapackage: v2 descriptor", () => {
  it("resources of two files (path arrays), schema and dialect as paths, no header row, comment lines; a foreign key sees every file's keys", () => {
    const r = jsonRun(["fixtures/datapackage/v2/datapackage.json"]);
    assert.equal(r.code, 1);
    golden("v2", r.report);
    const sales = r.report.files.filter((f) => f.resource === "sales");
    assert.equal(sales.length, 2);
    for (const f of sales) {
      assert.equal(f.dialect?.header, false);
      assert.equal(f.dialect?.delimiter, "\t");
      assert.deepEqual(f.lines, { comments: 1, preamble: 0 });
    }
    assert.deepEqual(codes(r.report, "sales-2026-02.tsv"), [["foreign-key", 2, 'field1 "Z9" matches no sku in the resource "items"']]);
    // A1 is in items-1.csv, A2 in items-2.csv: both are keys of the resource "items"
    assert.equal(entry(r.report, "sales-2026-01.tsv").errors, 0);
    assert.deepEqual(r.report.files.filter((f) => f.resource === "items").map((f) => f.rows.total), [1, 1]);
    assert.match(r.stderr, /resource \\"sales\\": dialect\.nullSequence is not applied by this version/);
  });
});

describe("datapackage: bad descriptors are one line and exit 2", () => {
  const pkg = (name: string, body: unknown) => {
    const p = join(tmp, `${name}.datapackage.json`);
    writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
    return p;
  };
  const good = join(process.cwd(), "fixtures/datapackage/v1/categories.csv");
  const cases: Array<[string, unknown, RegExp]> = [
    ["not JSON", "{", /invalid JSON/],
    ["no resources", { name: "x" }, /expected a Data Package with a "resources" array/],
    ["a path that is not a string", { resources: [{ name: "a", path: 5 }] }, /resources\[0\]\.path: expected a path/],
    ["a dialect key of the wrong type", { resources: [{ name: "a", path: good, dialect: { header: "yes" } }] }, /resources\[0\]\.dialect\.header: expected true or false/],
    ["an unknown encoding", { resources: [{ name: "a", path: good, encoding: "klingon" }] }, /resource "a": .*klingon/],
    ["a foreign key to no resource", { resources: [{ name: "a", path: good, schema: { fields: [{ name: "id" }, { name: "name" }], foreignKeys: [{ fields: "id", reference: { resource: "nope", fields: "id" } }] } }] }, /names no CSV resource of the Data Package: "nope" \(its resources: a\)/],
  ];
  for (const [what, body, message] of cases) {
    it(what, () => {
      const r = runCli([pkg(what.replace(/\W/g, "-"), body)]);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.match(r.stderr, message);
    });
  }
});

describe("datapackage: split files", () => {
  it("a resource whose schema is a path is split across threads and gives the one-pass report", async () => {
    const dir = join(tmp, "split");
    const rows = ["id,qty"];
    for (let i = 1; i <= 20000; i++) rows.push(`${i},${i % 101 === 0 ? "x" : i % 7}`);
    rmSync(dir, { recursive: true, force: true });
    (await import("node:fs")).mkdirSync(dir);
    writeFileSync(join(dir, "big.csv"), rows.join("\n") + "\n");
    writeFileSync(join(dir, "big.schema.json"), JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "qty", type: "integer" }] }));
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ resources: [{ name: "big", path: "big.csv", schema: "big.schema.json", dialect: { delimiter: "," } }] }));
    const one = await check(join(dir, "datapackage.json"), { jobs: 1 });
    const split = await check(join(dir, "datapackage.json"), { jobs: 2, split: { minBytes: 1, partBytes: 16 * 1024 } });
    assert.ok((split.files[0] as { split?: { parts: number } }).split?.parts! > 1, "read in parts");
    assert.deepEqual(normalise(split), normalise(one));
    assert.equal(one.files[0].byCode["type-error"], 198);
    assert.equal(one.files[0].resource, "big");
  });
});

describe("datapackage: one-file commands refuse a descriptor (read as CSV it would be misread)", () => {
  for (const cmd of ["infer", "profile"]) {
    it(cmd, () => {
      const r = runCli([cmd, "fixtures/datapackage/v1/datapackage.json"]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `ingest-check: fixtures/datapackage/v1/datapackage.json: ${cmd} reads one data file; a Data Package is checked whole with \`ingest-check fixtures/datapackage/v1/datapackage.json\` (or check() in the library)\n`);
    });
  }
});
