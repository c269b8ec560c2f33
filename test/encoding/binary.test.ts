// Binary detection on the real CLI: a short text with a stray NUL is text (nul-byte), and binary-file below error reads the file (QA 2026-12-01 item 8).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport, ROOT } from "../helpers/report.js";
import { looksBinary } from "../../src/encoding/binary.js";
import type { Report } from "../../src/types.js";

const NUL_DOC = "fixtures/encoding/nul-byte-doc-example.csv"; // docs/defects/nul-byte.md's example, byte for byte
const RANDOM = "fixtures/encoding/random-binary.csv";
const json = (args: string[]) => {
  const r = runCli([...args, "-q", "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  return { code: r.code, f: report.files[0] };
};

test("the nul-byte page's example is read as text: one nul-byte defect, the record in --rejects, the header in --clean", () => {
  assert.ok(readFileSync(join(ROOT, "docs/defects/nul-byte.md"), "utf8").includes("1,A\\0nn"), "the page still shows this example");
  const dir = mkdtempSync(join(tmpdir(), "ic-nul-"));
  try {
    const { code, f } = json([NUL_DOC, "--clean", join(dir, "c.csv"), "--rejects", join(dir, "r.csv")]);
    assert.equal(code, 1);
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.column, d.message]), [["nul-byte", 1, "name", "name holds a NUL character"]]);
    assert.deepEqual(f.rows, { total: 1, valid: 0, invalid: 1 });
    assert.equal(readFileSync(join(dir, "c.csv"), "utf8"), "id,name\n");
    assert.equal(readFileSync(join(dir, "r.csv"), "utf8"), "id,name,_line,_codes,_extra,_cells\n1,A\0nn,2,nul-byte,,2\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("random bytes stay binary-file (0 rows, exit 1) by default", () => {
  const { code, f } = json([RANDOM]);
  assert.equal(code, 1);
  assert.deepEqual(f.defects.map((d) => d.code), ["binary-file"]);
  assert.equal(f.rows.total, 0);
});

test("--rule binary-file=off never gives 'OK, 0 rows': the file is read as text and its records are checked", () => {
  const { code, f } = json([RANDOM, "--rule", "binary-file=off"]);
  assert.equal(code, 1);
  assert.ok(f.rows.total > 0, "records were read");
  assert.ok(!f.defects.some((d) => d.code === "binary-file"));
  assert.ok(f.defects.some((d) => d.code === "nul-byte" || d.code === "encoding-error"));
});

test("--rule binary-file=warning reads the file too, and the warning says so", () => {
  const { f } = json([RANDOM, "--rule", "binary-file=warning"]);
  assert.ok(f.rows.total > 0);
  const w = f.defects.find((d) => d.code === "binary-file");
  assert.equal(w?.severity, "warning");
  assert.match(w!.message, /read as text as its rule asks/);
});

test("looksBinary: a share of control bytes is not enough without a count (a short text with one NUL); random bytes are binary", () => {
  assert.equal(looksBinary(Buffer.from("id,name\n1,A\0nn\n")), false);
  assert.equal(looksBinary(readFileSync(join(ROOT, RANDOM))), true);
  assert.equal(looksBinary(Buffer.from("a\0b\0c\0d\0e\0f\0g\0h\0")), true);
});
