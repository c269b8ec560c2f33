// The first pair of a `key=value` list whose key is written as the keys below it is an entry (src/dialect/assignment-key.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { keyLikeKeys } from "../../src/dialect/assignment-key.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "translation-catalog-first-pair-is-an-entry.tr");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = (lines: string[]) => lines.map((l) => ({ cells: l.split("=") }));

test("sniffDialect: a translation catalog's first `Wooden Fence=Holzzaun` pair is an entry, not a header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["=", "#", false]);
});

test("the built CLI reads all 5 pairs of the catalog", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns], [5, 0, ["field1", "field2"]]);
});

test("keyLikeKeys: keys that are phrases or paths match in the shapes of their words, marks aside", () => {
  assert.equal(keyLikeKeys(rows(["Empty command.=", "Invalid command usage.=", "No privilege!=", "Show the name of the owner="]), 0, "="), true);
  assert.equal(keyLikeKeys(rows(["Mission_-_One.name=Uno", "Mission_-_One.desc=Primo", "Mission_-_Two.name=Due", "Mission_-_Two.desc=Secondo"]), 0, "="), true);
});

test("near misses: a key of another form, a generic noun, another delimiter, too few pairs keep the other rules' reading", () => {
  // a title-case name above lower-case keys stays a header (as header.test.ts's `Alias = Command`)
  assert.equal(keyLikeKeys(rows(["Alias=Command", "ls=list_files", "cp=copy_file", "mv=move_file"]), 0, "="), false);
  assert.equal(sniffDialect("Alias = Command\nls = list_files\ncp = copy_file\nmv = move_file\nrm = remove_file\n", true).header, true);
  // generic column nouns name the columns
  assert.equal(keyLikeKeys(rows(["Name=Value", "Width=10 px", "Height=20 px", "Depth=5 px"]), 0, "="), false);
  // only `=` lists: a TAB or `,` table of title-case names above title-case values is left to the header rules
  assert.equal(keyLikeKeys([{ cells: ["Wooden Fence", "Holzzaun"] }, { cells: ["Stone Wall", "Steinmauer"] }, { cells: ["Iron Gate", "Eisentor"] }, { cells: ["Flower Pot", "Blumentopf"] }], 0, ","), false);
  // two pairs below are too few to tell
  assert.equal(keyLikeKeys(rows(["Wooden Fence=Holzzaun", "Stone Wall=Steinmauer", "Iron Gate=Eisentor"]), 0, "="), false);
  // rows of other widths: a `=` table of 3 columns is not a list of pairs
  assert.equal(keyLikeKeys(rows(["Wooden Fence=Holzzaun", "Stone Wall=Steinmauer=x", "Iron Gate=Eisentor=y", "Flower Pot=Blumentopf=z"]), 0, "="), false);
});

test("a `=` table's word header above values that are mostly numbers stays a header (audit wqa21 F5)", () => {
  for (const t of [
    "Fruit=Calories\nApple=52\nBanana=89\nCherry=50\nMango=60\n",
    "Station=Temperature\nBerlin=21.5\nHamburg=18.2\nMunich=23.0\nCologne=20.1\n",
    "Setting=Default\nTimeout=30\nRetries=5\nLogLevel=info\nCacheSize=256\n",
  ]) assert.equal(sniffDialect(t, true).header, true, t.split("\n")[0]);
  // an entry with a figure value above figures is still an entry
  assert.equal(keyLikeKeys(rows(["Timeout=10", "Retries=5", "Delay=30", "Limit=256"]), 0, "="), true);
});
