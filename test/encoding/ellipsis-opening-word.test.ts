// language.ts symbolScore: an ellipsis glued before a lower-case letter, opening a word, is a capital of another page (Mac Roman `Ö` 85 read in windows-1252 as `…`), not punctuation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("a Swedish list in Mac Roman whose `Ö` opens words (`Östtimor`, `Övre`): never windows-1252 `…sttimor` without a warning", async () => {
  // why: on main windows-1252 won by 10.6 nats (0.57), silently: an ellipsis opening a word cost what any common sign does
  const d = (await sniffEncoding(chunked(fixture("macintosh-o-diaeresis-opening-words-among-ascii.csv")))).decision;
  assert.ok(d.name === "macintosh" || (d.uncertain && d.alternatives?.includes("macintosh")), JSON.stringify(d));
});

test("near miss: windows-1252 notes whose ellipsis ends a word (`continued…`, `Wait… what`) stay windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-ellipsis-after-words.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
