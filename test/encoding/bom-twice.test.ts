// readBom: a BOM repeated at byte 0 is stripped whole, in one pass, in parts and in --clean (not read as a `\ufeff` name).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBom } from "../../src/encoding/bom.js";
import { FIXTURES, fixture } from "./helpers.js";
import { runCli } from "../helpers/cli.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");
const file = join(FIXTURES, "utf8-bom-twice.csv");

test("readBom: two UTF-8 BOMs in a row are one BOM of 6 bytes; one BOM stays 3", () => {
  assert.deepEqual(readBom(fixture("utf8-bom-twice.csv")), { name: "utf-8", length: 6 });
  assert.deepEqual(readBom(fixture("utf8-bom.csv")), { name: "utf-8", length: 3 });
});

test("readBom: a file with two BOMs has the header name `name`, read in one pass and in parts", async () => {
  const one = await check(file, { jobs: 1 });
  const split = await check(file, { jobs: 2, split: { minBytes: 1, partBytes: 16 } });
  for (const r of [one, split]) {
    assert.deepEqual(r.files[0].columns, ["name", "city"]);
    assert.equal(r.files[0].rows.total, 2);
    assert.deepEqual(r.files[0].defects, []);
  }
});

test("readBom: --clean of a file with two BOMs starts with the header `name,city`", () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-bom2-"));
  try {
    const r = runCli([file, "--clean", join(dir, "c.csv"), "-q", "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, "c.csv"), "utf8").split("\n")[0].replace(/^\ufeff/, ""), "name,city");
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
