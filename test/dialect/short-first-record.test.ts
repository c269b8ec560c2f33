// shortFirstRecord (src/dialect/short-first-record.ts): a first record one cell short of a table whose last column some
// records leave out is a record, not a preamble line above the next record read as the header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { shortFirstRecord } from "../../src/dialect/short-first-record.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const ZONES = "fixtures/dialect/tab-zones-first-record-without-optional-comment-column.tab";
const report = (name: string) => (JSON.parse(runCli([name, "--format", "json", "-q"]).stdout) as Report).files[0];
const kind = (c: string) => (c === "" ? "empty" : /^[-+]?\d+(?:\.\d+)?$/.test(c) ? "number" : "text") as "empty" | "number" | "text";
const rows = (lines: string[]) => lines.map((l) => ({ cells: l.split("\t") }));
const none = () => false;

test("shortFirstRecord: `#` notes, a first record without the optional comment column: every record kept, none a header", () => {
  const f = report(ZONES);
  assert.deepEqual([f.dialect.comment, f.dialect.header, f.dialect.skipRows ?? 0], ["#", false, 0]);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.warnings], [4, 23, 0, 0]);
  assert.equal(f.defects.some((d) => d.code === "preamble-skipped"), false);
});

test("shortFirstRecord: near misses stay preamble lines (a width no row repeats, an empty cell, one cell, a kind unlike its column)", () => {
  const body = ["AE\t+2518\tAsia/Dubai\tOman", "AF\t+3431\tAsia/Kabul", "AQ\t-6617\tAntarctica/Casey\tCasey", "AT\t+4813\tEurope/Vienna", "AU\t-3133\tAustralia/Hobart\tTasmania", "AZ\t+4023\tAsia/Baku", "BR\t-0351\tAmerica/Noronha\tislands", "CA\t+4734\tAmerica/St_Johns\tNewfoundland"];
  assert.equal(shortFirstRecord(rows(["AD\t+4230\tEurope/Andorra", ...body]), 0, 4, "\t", none, kind), true);
  assert.equal(shortFirstRecord(rows(["Zones\tby country", ...body]), 0, 4, "\t", none, kind), false, "two cells: no row below has two");
  assert.equal(shortFirstRecord(rows(["AD\t\tEurope/Andorra", ...body]), 0, 4, "\t", none, kind), false, "an empty cell");
  assert.equal(shortFirstRecord(rows(["Zones of the world", ...body]), 0, 4, "\t", none, kind), false, "one cell: a title");
  assert.equal(shortFirstRecord(rows(["Updated\tby hand\t2024", ...body]), 0, 4, "\t", none, kind), false, "a number over a text column");
  assert.equal(shortFirstRecord(rows(["AD\t+4230\tEurope/Andorra", ...body.filter((l) => l.split("\t").length === 4)]), 0, 4, "\t", none, kind), false, "no short row below");
  assert.equal(shortFirstRecord(rows(["AD\t+4230\tEurope/Andorra", ...body]), 0, 4, " ", none, kind), false, "a space delimiter");
  // a title over a 4-column table whose rows are all full stays a preamble (as on main)
  const full = ["Zones\tof the world\tby code", "code\tlat\tzone\tnote", ...body.filter((l) => l.split("\t").length === 4), "DE\t+5230\tEurope/Berlin\tGermany", "DK\t+5540\tEurope/Copenhagen\tDenmark"];
  assert.equal(sniffDialect(full.join("\n") + "\n", true).skipRows, 1);
});
