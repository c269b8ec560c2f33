// --no-padded-cells and --no-units-row: the built CLI reads spaces as text and the units row as data when told so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const file = (args: string[]) => {
  const r = runCli([...args, "--format", "json"]);
  return { code: r.code, f: (JSON.parse(r.stdout) as Report).files[0] };
};

test("--no-padded-cells: the spaces after `; ` stay in the cells (the names keep them) and the report names no paddedCells", () => {
  const sniffed = file(["fixtures/dialect/padded-values-after-semicolons.csv"]).f;
  assert.equal(sniffed.dialect?.paddedCells, true);
  const { code, f } = file(["fixtures/dialect/padded-values-after-semicolons.csv", "--no-padded-cells"]);
  assert.equal(code, 0);
  assert.equal(f.dialect?.paddedCells, undefined);
  assert.notDeepEqual(f.columns, sniffed.columns);
  assert.deepEqual(f.columns, sniffed.columns.map((c, i) => (i === 0 ? c : ` ${c}`)));
});

test("--no-units-row: the bracketed units under the header are the first row, so the measured columns are text", () => {
  const { code, f } = file(["fixtures/dialect/units-row-under-header.csv", "--no-units-row"]);
  assert.equal(code, 0);
  assert.equal(f.dialect?.unitsRow, undefined);
  assert.equal(f.rows.total, 7);
  assert.equal(f.lines, undefined);
  assert.deepEqual(f.stats!.slice(0, 3).map((s) => s.type), ["string", "string", "string"]);
});

test("the options also reach infer: --no-units-row infers text where the units row stands", () => {
  const r = runCli(["infer", "fixtures/dialect/units-row-under-header.csv", "--no-units-row"]);
  assert.equal(r.code, 0, r.stderr);
  const fields = (JSON.parse(r.stdout) as { fields: { name: string; type: string }[] }).fields;
  assert.equal(fields.find((x) => x.name === "speed")?.type, "string");
  const sniffed = (JSON.parse(runCli(["infer", "fixtures/dialect/units-row-under-header.csv"]).stdout) as { fields: { name: string; type: string }[] }).fields;
  assert.equal(sniffed.find((x) => x.name === "speed")?.type, "number");
});
