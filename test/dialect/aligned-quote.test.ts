// closesAlignedCell / afterAlignedQuote: in a space-aligned table a closing quote right against text ends the cell.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { FIXTURES } from "../helpers/report.js";

type File = Awaited<ReturnType<typeof check>>["files"][0];
const codes = (f: File) => [...new Set(f.defects.map((d) => d.code))];
const run = async (name: string) => (await check([join(FIXTURES, name)])).files[0];

test("an aligned table whose quoted names fill their width (`\"BRAVO FIELD, Upper Vale\"XB`): 6 columns, no error", async () => {
  const f = await run("dialect/aligned-quoted-names-filling-their-width.dat");
  assert.deepEqual([f.dialect.delimiter, f.dialect.header, f.columns.length, f.rows.total, f.errors, codes(f)], [" ", false, 6, 5, 0, []]);
});

test("the two-line form (one name filling its width): both lines are records, none taken as the header", async () => {
  const f = await run("dialect/aligned-quoted-name-two-lines.dat");
  assert.deepEqual([f.dialect.header, f.columns.length, f.rows.total, f.errors], [false, 5, 2, 0]);
});

test("near miss: in a comma file text after a closing quote stays one cell and is reported (quote-stray)", async () => {
  const f = await run("dialect/comma-file-text-after-closing-quote.csv");
  assert.deepEqual([f.dialect.delimiter, f.columns.length, codes(f)], [",", 3, ["quote-stray"]]);
});
