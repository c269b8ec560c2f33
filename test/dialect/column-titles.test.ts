// titlesOverEveryColumn (src/dialect/column-titles.ts): a title over every column but the first, above names that repeat, is half of a two-row header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { titlesOverEveryColumn } from "../../src/dialect/column-titles.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/titles-over-every-column-above-repeated-names.tsv";
const text = readFileSync(NAME, "utf8");
const lines = text.split("\n");

test("titlesOverEveryColumn: `<TAB>Delaware<TAB>District of Columbia…` over `TIMESTEP<TAB>MEAN(mm/month)` ×5 are joined, no duplicate", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows, d.groupTitles?.[1]], ["\t", true, 2, "Delaware"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns.slice(0, 3), ["TIMESTEP", "Delaware MEAN(mm/month)", "District of Columbia MEAN(mm/month)"]);
  assert.deepEqual([f.rows.total, f.errors, Object.keys(f.byCode)], [12, 0, ["preamble-skipped"]]);
});

test("titlesOverEveryColumn: what it refuses", () => {
  const row = lines[1].split("\t");
  const names = lines[2].split("\t");
  assert.equal(titlesOverEveryColumn(row, names, ""), true);
  // a filled first cell, an empty title, names all distinct, another width
  assert.equal(titlesOverEveryColumn(["x", ...row.slice(1)], names, ""), false);
  assert.equal(titlesOverEveryColumn([...row.slice(0, 2), "", ...row.slice(3)], names, ""), false);
  assert.equal(titlesOverEveryColumn(row, names.map((n, i) => `${n}${i}`), ""), false);
  assert.equal(titlesOverEveryColumn(row.slice(0, 5), names.slice(0, 5).concat("x"), ""), false);
  // the same title row again below: stacked tables (one per `#` note), left as they were
  // (the text searched starts at the names line: its own line is not counted)
  assert.equal(titlesOverEveryColumn(row, names, `${lines[2]}\n${lines[3]}\n`), true);
  assert.equal(titlesOverEveryColumn(row, names, `${lines[2]}\n${lines[3]}\n# tmx\n${lines[1]}\n`), false);
  // far below too (past the 60 rows the header sniffer reads), within its window of text
  const rows = lines.slice(3, 15).join("\n");
  const stacked = `${text}${Array(6).fill(rows).join("\n")}\n# tmx\n${lines.slice(1, 3).join("\n")}\n${rows}\n`;
  assert.equal(sniffDialect(stacked, true).groupTitles, undefined);
});

test("titlesOverEveryColumn: a blank-corner header over a record that repeats one value is no title row", () => {
  const NAME2 = "fixtures/dialect/blank-corner-header-over-repeated-value.csv";
  const d = sniffDialect(readFileSync(NAME2, "utf8"), true);
  assert.deepEqual([d.header, d.skipRows, d.groupTitles], [true, 0, undefined]);
  const f = (JSON.parse(runCli([NAME2, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.slice(1, 3), f.rows.total], [["Monday", "Tuesday"], 3]);
  const row = ",Monday,Tuesday,Wednesday,Thursday".split(",");
  // 2 of 4 names repeated: refused; 3 of 4 (¾) taken
  assert.equal(titlesOverEveryColumn(row, "Morning,Yoga,Pilates,Yoga,Spinning".split(","), ""), false);
  assert.equal(titlesOverEveryColumn(row, "Morning,Yoga,Yoga,Yoga,Spinning".split(","), ""), true);
});

test("titlesOverEveryColumn: a second stacked table past the sniffer's window is read loudly, not as silent records", () => {
  // the repeat of the title line is not in the window, so the first pair is joined; the later pair is then reported
  const rows = lines.slice(3, 15).join("\n");
  const stacked = `${lines.slice(0, 3).join("\n")}\n${Array(120).fill(rows).join("\n")}\n# tmx\n${lines.slice(1, 3).join("\n")}\n${rows}\n`;
  assert.ok(stacked.indexOf("# tmx") > 64 * 1024);
  const f = (JSON.parse(runCli(["-", "--format", "json", "-q"], { stdin: stacked }).stdout) as Report).files[0];
  assert.equal(f.columns[1], "Delaware MEAN(mm/month)");
  assert.ok((f.byCode["type-error"] ?? 0) >= 5 && (f.byCode["header-repeated"] ?? 0) === 1);
});
