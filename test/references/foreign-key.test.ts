// foreignKeys through the built CLI (whole reports against fixtures/references/expected), the corpus self-reference, split files, bad descriptors.
//
// Regenerate the expected reports with `UPDATE_EXPECTED=1 node scripts/run-tests.mjs test/references` and review them by hand.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { check } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { normalise, FIXTURES, ROOT } from "../helpers/report.js";
import { jsonRun, golden as goldenFile } from "../helpers/golden.js";
import { runCli } from "../helpers/cli.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

const DIR = join(FIXTURES, "references");
const EXPECTED = join(DIR, "expected");
const tmp = mkdtempSync(join(tmpdir(), "ic-fk-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const golden = (name: string, report: Report) => goldenFile(EXPECTED, name, report, "test/references");

describe("foreign-key: whole reports of the CLI", () => {
  it("another file (a path relative to the schema) and the same file with a forward reference; missing values are not looked up", () => {
    const r = jsonRun(["fixtures/references/products.csv", "--schema", "fixtures/references/products.schema.json"]);
    assert.equal(r.code, 1);
    golden("products", r.report);
    const fk = r.report.files[0].defects.filter((d) => d.code === "foreign-key");
    // row 1's parent 3 is defined two rows later (forward); rows 5 and 6 have a missing category
    assert.deepEqual(fk.map((d) => [d.row, d.column, d.value]), [[4, "category", "nuts"], [5, "parent", "9"]]);
    assert.equal(fk[0].message, 'category "nuts" matches no id in "categories.csv"');
    assert.equal(fk[1].message, 'parent "9" matches no id in this file');
  });

  it("a composite key: a partly missing key is looked up (as frictionless-py does), a wholly missing one is not", () => {
    const r = jsonRun(["fixtures/references/offices.csv", "--schema", "fixtures/references/offices.schema.json"]);
    assert.equal(r.code, 1);
    golden("offices", r.report);
    const fk = r.report.files[0].defects.filter((d) => d.code === "foreign-key");
    assert.deepEqual(fk.map((d) => [d.row, d.value]), [[2, "DE, 75"], [3, "FR, "]]);
    assert.equal(fk[0].message, 'the key (country, code) = "DE, 75" matches no (country, code) in "regions.csv"');
  });

  it("--rule foreign-key=warning keeps the rows valid", () => {
    const r = jsonRun(["fixtures/references/offices.csv", "--schema", "fixtures/references/offices.schema.json", "--rule", "foreign-key=warning"]);
    assert.equal(r.code, 0);
    assert.equal(r.report.files[0].rows.invalid, 0);
    assert.equal(r.report.files[0].byCode["foreign-key"], 2);
  });
});

describe("foreign-key: the frictionless self-reference cases", { skip: corpusSkip("frictionless/expected.json") }, () => {
  const F = join(CORPUS, "frictionless");
  it("nested.csv is valid, nested-invalid.csv has one foreign-key at frictionless row 6 (our row 5)", () => {
    const ok = jsonRun([join(F, "data/nested.csv"), "--schema", join(F, "schemas/nested-self-fk.schema.json")]);
    assert.equal(ok.code, 0);
    assert.equal(ok.report.summary.errors, 0);
    const bad = jsonRun([join(F, "data/nested-invalid.csv"), "--schema", join(F, "schemas/nested-self-fk.schema.json")]);
    assert.equal(bad.code, 1);
    assert.deepEqual(bad.report.files[0].defects.map((d) => [d.code, d.row, d.value]), [["foreign-key", 5, "6"]]);
  });
});

describe("foreign-key: bad references are one line and exit 2", () => {
  const schema = (fks: unknown) => {
    const p = join(tmp, `s${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(p, JSON.stringify({ fields: [{ name: "id" }, { name: "ref" }], foreignKeys: fks }));
    return p;
  };
  const cases: Array<[string, unknown, RegExp]> = [
    ["a field the schema lacks", [{ fields: "nope", reference: { resource: "", fields: "id" } }], /foreignKeys\[0\]\.fields: names no field: "nope"/],
    ["unequal key lengths", [{ fields: ["id", "ref"], reference: { resource: "", fields: "id" } }], /foreignKeys\[0\]\.reference\.fields: names 1 field\(s\) for the 2/],
    ["a missing reference file", [{ fields: "ref", reference: { resource: "nowhere.csv", fields: "id" } }], /foreignKeys\[0\]: the reference "nowhere\.csv": no such file or directory/],
    ["a column the reference lacks", [{ fields: "ref", reference: { resource: join(DIR, "categories.csv"), fields: "code" } }], /the file has no column "code"/],
  ];
  for (const [what, fks, message] of cases) {
    it(what, () => {
      const r = runCli(["fixtures/references/products.csv", "--schema", schema(fks)]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.match(r.stderr, message);
    });
  }
  it("a self-reference on standard input", () => {
    const r = runCli(["-", "--schema", "fixtures/references/products.schema.json"], { stdin: readFileSync(join(DIR, "products.csv")) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /refers to the same file, which standard input cannot give twice/);
  });
});

describe("foreign-key: the key table's cap", () => {
  it("a reference past the cap stops the run with an error naming the cap", async () => {
    await assert.rejects(check(join(DIR, "products.csv"), { schema: join(DIR, "products.schema.json"), referenceKeyCap: 1 }),
      /the reference "categories\.csv": more than 1 keys, the cap of a foreign key's reference table/);
  });
});

describe("foreign-key: memory", () => {
  it("a reference of a million keys costs about what the README states (17–34 bytes a key, 1.5× while the table doubles)", () => {
    const n = 1_000_000;
    const ref = join(tmp, "million.csv");
    const lines = ["id"];
    for (let i = 0; i < n; i++) lines.push(`K${i * 7 + 3}`);
    writeFileSync(ref, lines.join("\n") + "\n");
    writeFileSync(join(tmp, "child.csv"), "id,ref\n1,K3\n2,K10\n3,K4\n");
    const sch = join(tmp, "child.schema.json");
    writeFileSync(sch, JSON.stringify({ fields: [{ name: "id" }, { name: "ref" }], foreignKeys: [{ fields: "ref", reference: { resource: "million.csv", fields: "id" } }] }));
    // why the heap cap: without it V8 lets garbage pile up before collecting, so RSS would measure GC laziness
    const r = spawnSync(process.execPath, ["--max-old-space-size=64", "--import", "tsx", join(ROOT, "test/helpers/measure-check.ts"), join(tmp, "child.csv"), JSON.stringify({ schema: sch })], { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    const { rssGrowth, report } = JSON.parse(r.stdout) as { rssGrowth: number; report: Report };
    assert.deepEqual(report.files[0].defects.map((d) => [d.code, d.row, d.value]), [["foreign-key", 3, "K4"]]);
    // 2^21 slots × 12 bytes = 25 MB, 37.7 MB while it doubles; 64 MB more for the heap and the read buffers
    assert.ok(rssGrowth < 34 * n * 1.5 + 64 * 1024 * 1024, `RSS grew by ${(rssGrowth / 1048576).toFixed(0)} MiB for ${n} keys`);
  });
});

describe("foreign-key: split files", () => {
  it("a file large enough to split is read in one pass (sequential) and gives the --jobs 1 report", async () => {
    const rows = ["id,category,parent"];
    for (let i = 1; i <= 20000; i++) rows.push(`${i},${i % 97 === 0 ? "nuts" : "fruit"},${i % 89 === 0 ? 999999 : (i % 500) + 1}`);
    const big = join(tmp, "big.csv");
    writeFileSync(big, rows.join("\n") + "\n");
    const sch = join(tmp, "big.schema.json");
    writeFileSync(sch, readFileSync(join(DIR, "products.schema.json"), "utf8").replace("categories.csv", join(DIR, "categories.csv")));
    const one = await check(big, { schema: sch, jobs: 1 });
    const split = await check(big, { schema: sch, jobs: 2, split: { minBytes: 1, partBytes: 16 * 1024 } });
    assert.equal((split.files[0] as { split?: unknown }).split, undefined, "read in one pass");
    assert.deepEqual(normalise(split), normalise(one));
    assert.equal(one.files[0].byCode["foreign-key"], 206 + 224);
  });
});
