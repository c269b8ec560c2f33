// chooseDialect's insideOneSpacedField: a `:` or `|` inside one blank-separated field joins parts of a name, the blanks split the table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("insideOneSpacedField: `RES:ATOM` names before values read at the blanks, two columns, names kept whole", () => {
  const r = runCli(["fixtures/dialect/residue-colon-atom-names-then-radii.dat", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.whitespace, f.dialect!.header, f.columns.length, f.rows.total, f.errors], [" ", true, false, 2, 8, 0]);
  const stats = (f as unknown as { stats: { type: string }[] }).stats;
  assert.deepEqual(stats.map((s) => s.type), ["string", "number"]);
  // single blanks too, and a name with a `*` part
  assert.equal(sniffDialect("*:C 1.7\n*:H 1.0\nALA:CA 1.7\nALA:1HB 1.0\nCYS:SG 1.85\n", true).delimiter, " ");
});

test("insideOneSpacedField: `key: 42` lines (the number read at `:` too), or colons in several fields, stay a `:` file", () => {
  assert.equal(sniffDialect("Width: 42\nHeight: 17\nDepth: 9\nWeight: 12\n", true).delimiter, ":");
  assert.equal(sniffDialect("a:b c:d\ne:f g:h\ni:j k:l\n", true).delimiter, ":");
});
