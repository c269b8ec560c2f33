// A cell too many in every id-keyed record from a trailing delimiter or an unquoted `, ` is no R row names (src/schema/row-names.ts, wqa23 F1/F1b).
import { test } from "node:test";
import assert from "node:assert/strict";
import { rowNamesColumn } from "../../src/schema/row-names.js";
import type { ParsedRecord } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

const cli = (text: string) => {
  const r = runCli(["-", "--format", "json"], { stdin: text });
  const f = JSON.parse(r.stdout).files[0] as { columns: string[]; defects: { code: string; severity: string }[] };
  return { code: r.code, columns: f.columns, codes: [...new Set(f.defects.map((d) => d.code))], extra: f.defects.filter((d) => d.code === "row-extra-cells" && d.severity === "error").length };
};

// each: the text, its header, its row-extra-cells errors
const KEPT: [string, string, string[], number][] = [
  ["an unquoted `City, ST` under rising ids", "id,name,location\n101,Ann Lee,Austin, TX\n102,Bob Stone,Denver, CO\n105,Cid Moss,Boise, ID\n", ["id", "name", "location"], 3],
  ["an unquoted street address under rising ids", "id,address,zip\n17,12 Main St, Springfield,62701\n18,9 Oak Ave, Shelbyville,62565\n23,400 Elm Rd, Capital City,62702\n31,7 Pine Ct, Ogdenville,62703\n", ["id", "address", "zip"], 4],
  ["an unquoted `Last, First` under order ids", "order_id,customer,total\n10452,Smith, John,25.00\n10457,Jones, Mary,13.50\n10460,Brown, Lee,99.99\n", ["order_id", "customer", "total"], 3],
  ["one record with an unquoted `City, ST`", "id,name,location\n7,Ann Lee,Austin, TX\n", ["id", "name", "location"], 1],
  ["a trailing delimiter under rising ids", "id,amount\n3,10.00,\n7,12.50,\n12,8.75,\n", ["id", "amount"], 3],
  ["a trailing delimiter under SKU codes", "code,qty,price\n1001,5,2.50,\n1002,1,9.90,\n1003,12,0.75,\n1010,3,4.00,\n", ["code", "qty", "price"], 4],
  ["a trailing delimiter under ids 1, 2, 3 (R's default names)", "id,name\n1,Ann,\n2,Bob,\n3,Cid,\n", ["id", "name"], 3],
];

for (const [what, text, columns, extra] of KEPT) {
  test(`CLI: ${what} keeps its header and its row-extra-cells errors (exit 1, no row names)`, () => {
    const r = cli(text);
    assert.deepEqual([r.code, r.columns, r.codes, r.extra], [1, columns, ["row-extra-cells"], extra]);
  });
}

test("rowNamesColumn: an empty last cell or a blank-led column in every record refuses row names; gaps need TAB or space", () => {
  assert.equal(rowNamesColumn(["id", "name"], recs([["1", "Ann", ""], ["2", "Bob", ""]]), ","), null);
  assert.equal(rowNamesColumn(["a", "b"], recs([["g1", "Austin", " TX"], ["g2", "Boise", " ID"]]), ","), null);
  assert.equal(rowNamesColumn(["x", "y"], recs([["3", "1.5", "a"], ["7", "2.5", "b"]]), ","), null);
  assert.equal(rowNamesColumn(["x", "y"], recs([["3", "1.5", "a"], ["7", "2.5", "b"]]), "\t")?.kind, "short");
  assert.equal(rowNamesColumn(["x", "y"], recs([["1", "1.5", "a"], ["2", "2.5", "b"]]), ",")?.kind, "short");
});
