// header-repeated: a copy of the header among the records (exports joined with cat) is one error per line, not data: no
// cell check sees it, type inference leaves it out, --rejects gets it and --clean does not; split = one pass.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { assertReport, FIXTURES } from "../helpers/report.js";
import { runCli } from "../helpers/cli.js";
import { both, splitInfo, withoutTimes } from "../helpers/split.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-header-repeated-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const fx = (name: string) => join(FIXTURES, "header-repeated", name);

async function run(path: string, options: Parameters<typeof check>[1] = {}): Promise<Report> {
  const report = await check([path], options);
  assertReport(report);
  return report;
}

/** `rows` records of id,name,amount with the header copied in before the given rows, and a typo in amount at `typoAt`. */
function joinedExports(rows: number, copiesBefore: number[], typoAt: number): string {
  const out = ["id,name,amount"];
  for (let i = 1; i <= rows; i++) {
    if (copiesBefore.includes(i)) out.push(i % 2 ? '"id","name","amount"' : "id,name,amount");
    out.push(`${i},name ${i % 7},${i === typoAt ? "1O" : (i * 37) % 1000}`);
  }
  return out.join("\n") + "\n";
}

describe("header-repeated", () => {
  it("one error per copied line (quoted, or with spaces around the names), at its line; a blank line stays row-blank", async () => {
    const f = (await run(fx("exports-joined.csv"))).files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.severity, d.row, d.line, d.column, d.value]), [
      ["header-repeated", "error", 3, 4, null, null],
      ["row-blank", "warning", 6, 7, null, null],
      ["header-repeated", "error", 7, 8, null, null],
    ]);
    assert.match(f.defects[0].message, /repeats the header of line 1/);
    assert.deepEqual(f.rows, { total: 8, valid: 6, invalid: 2 });
  });

  it("the copies do not vote in type inference: the number column stays a number column", async () => {
    const f = (await run(fx("exports-joined.csv"))).files[0];
    const types = (f.schema as { fields: { name: string; type: string }[] }).fields.map((x) => x.type);
    assert.deepEqual(types, ["integer", "string", "integer"]);
  });

  it("so a typo in that column is still found (three copies in 1,500 rows had made it a text column)", async () => {
    const path = join(tmp, "joined-typo.csv");
    writeFileSync(path, joinedExports(1500, [400, 800, 1200], 1000));
    const f = (await run(path)).files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.column]), [
      ["header-repeated", 400, null], ["header-repeated", 801, null], ["type-error", 1002, "amount"], ["header-repeated", 1202, null],
    ]);
  });

  it("under a schema the copies get no type-error, required or unique defects: only header-repeated", async () => {
    const schema = join(tmp, "typed.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer", constraints: { required: true, unique: true } }, { name: "name", type: "string" }, { name: "amount", type: "integer" }] }));
    const f = (await run(fx("exports-joined.csv"), { schema })).files[0];
    assert.deepEqual(Object.keys(f.byCode).sort(), ["header-repeated", "row-blank"]);
    assert.equal(f.byCode["header-repeated"], 2);
  });

  it("never a record that only holds the header's words: reordered, wider, narrower, or inside one cell", async () => {
    const f = (await run(fx("header-words-in-data.csv"))).files[0];
    assert.equal(f.dialect?.header, true);
    assert.equal(f.byCode["header-repeated"], undefined);
  });

  it("a copy in another letter case is a copy (`ID,NAME,AMOUNT`, `Id,Name,Amount` under `id,name,amount`)", async () => {
    const f = (await run(fx("copy-in-another-case.csv"))).files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["header-repeated", 4], ["header-repeated", 7]]);
    const types = (f.schema as { fields: { name: string; type: string }[] }).fields.map((x) => x.type);
    assert.deepEqual(types, ["integer", "string", "integer"]);
  });

  it("a units row repeated right under each copy is part of the copy: reported, not typed, and the columns stay numbers", async () => {
    const f = (await run(fx("units-row-repeated-under-each-copy.csv"))).files[0];
    assert.equal(f.dialect?.unitsRow, true);
    assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["header-repeated", 11], ["header-repeated", 12], ["header-repeated", 21], ["header-repeated", 22]]);
    assert.match(f.defects[1].message, /repeats the units row under the header of line 1, right under a copy of the header/);
    const types = (f.schema as { fields: { name: string; type: string }[] }).fields.map((x) => x.type);
    assert.deepEqual(types, ["integer", "number", "number"]);
    // near miss: the units row again, but not under a copy, is a record like any other
    const path = join(tmp, "units-alone.csv");
    writeFileSync(path, readFileSync(fx("units-row-repeated-under-each-copy.csv"), "utf8") + "[s],[g/h],[C]\n");
    const g = (await run(path)).files[0];
    assert.equal(g.byCode["header-repeated"], 4);
    assert.ok(!g.defects.some((d) => d.code === "header-repeated" && d.line === 31));
  });

  it("not where a copy could be data: a one-column list holding its header word, a numbered header above a matrix", async () => {
    for (const name of ["one-column-list.csv", "numbered-header-matrix.csv"]) {
      const f = (await run(fx(name), { header: true })).files[0];
      assert.equal(f.byCode["header-repeated"], undefined, name);
      assert.equal(f.errors, 0, name);
    }
  });

  it("--rejects gets each copy (with _codes header-repeated), --clean none of them", () => {
    const clean = join(tmp, "joined.clean.csv");
    const rejects = join(tmp, "joined.rejects.csv");
    const r = runCli([fx("exports-joined.csv"), "--clean", clean, "--rejects", rejects, "-q", "-f", "json"]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(readFileSync(clean, "utf8").trim().split(/\r?\n/), ["id,name,amount", "1,Ann,10", "2,Bo,20", "3,Cy,30", "4,Di,40", '""', "5,Ed,50"]);
    const rows = readFileSync(rejects, "utf8").trim().split(/\r?\n/);
    assert.equal(rows.length, 3);
    assert.ok(rows.slice(1).every((l) => l.includes("header-repeated")), rows.join("\n"));
  });

  it("a file read in parts reports the copies as one pass does", async () => {
    const path = join(tmp, "joined-split.csv");
    writeFileSync(path, joinedExports(900, [100, 333, 334, 700], 500));
    const schema = join(tmp, "split.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "name", type: "string" }, { name: "amount", type: "integer" }] }));
    const { one, split, oneStream, splitStream } = await both(path, schema, {}, 1500);
    assert.equal(one.files[0].byCode["header-repeated"], 4);
    assert.ok(splitInfo(split).parts > 3, "the file was read in several parts");
    assert.deepEqual(withoutTimes(split), withoutTimes(one));
    assert.deepEqual(splitStream, oneStream);
  });
});
