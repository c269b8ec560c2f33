// namespacedKeyLikeBody (src/dialect/namespaced-keys.ts), one of BODY_LIKE in header.ts: a first key of a `key;value`
// catalog whose namespace its keys below share (`Window_Title` above `Window_Width`, `Author_Name`) is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { namespacedKeyLikeBody } from "../../src/dialect/namespaced-keys.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/namespaced-keys-first-in-translation-pairs.csv";
const KEYS = ["Author_Name", "Author_Email", "Window_Width", "Format_Date_Order", "Format_Date_Separator", "file1"];
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;

test("namespacedKeyLikeBody: `Window_Title;Mon programme` above `Window_Width`, `Author_Name` … is the first of 12 pairs", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], [";", false, 0]);
});

test("namespacedKeyLikeBody: near misses keep the header (another way on, no namespace met, one namespace, few keys)", () => {
  assert.equal(namespacedKeyLikeBody("Window_Title", KEYS), true);
  assert.equal(namespacedKeyLikeBody("Window_title", KEYS), false, "lower case after `Window_` where the key has a capital");
  assert.equal(namespacedKeyLikeBody("Screen_Title", KEYS), false, "a namespace no key below holds");
  assert.equal(namespacedKeyLikeBody("Window Title", KEYS), false, "a name with a blank");
  assert.equal(namespacedKeyLikeBody("Window_Title", KEYS.slice(0, 4)), false, "fewer than 5 values");
  assert.equal(namespacedKeyLikeBody("Window_Title", ["Window_Width", "Author_Name", "Author_Email", "file1", "file2"]), false, "one other namespace only");
  assert.equal(namespacedKeyLikeBody("Item_Code", ["Item_001", "Item_002", "Box_001", "Box_002", "Bag_001", "Bag_002"]), false, "a name going on in a word above ids going on in digits");
  // namespaced names above ids going on in digits, a namespace no key holds, a column noun: the header stays
  assert.equal(header(["Item_Code;Item_Name", "Item_001;bolt", "Item_002;nut", "Box_001;crate", "Box_002;bin", "Bag_001;sack"]), true);
  assert.equal(header(["Screen_Title;Window title", "Author_Name;Ann", "Author_Email;ann@example.org", "Format_Date;dmy", "Format_Time;24h", "file1;fichier"]), true);
  assert.equal(header(["Key;Text", "Author_Name;Ann", "Author_Email;ann@example.org", "Format_Date;dmy", "Format_Time;24h", "file1;fichier"]), true);
});

test("namespacedKeyLikeBody refuses: a codebook's header naming its keys' column (`var_name` above `var_id`, `hh_size`) stays a header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/codebook-header-named-like-its-keys.csv", "utf8"), true);
  assert.equal(d.header, true);
  assert.equal(namespacedKeyLikeBody("var_name", ["var_id", "hh_size", "hh_income", "ind_age", "ind_sex", "var_weight"]), false);
  assert.equal(namespacedKeyLikeBody("Param_Key", ["Param_Timeout", "Net_Host", "Net_Port", "Log_Level", "Log_File"]), false);
});
