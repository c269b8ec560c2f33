// language.ts symbolScore: an ellipsis glued before a lower-case letter, opening a word, is a capital of another page (Mac Roman `Ö` 85 read in windows-1252 as `…`), not punctuation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import iconv from "iconv-lite";
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

test("windows-1252 search snippets cut both ends (`…according to the report…`) stay windows-1252, unwarned", async () => {
  const cuts = ["according to the annual report", "in most regions the effect was small", "prices in the capital were higher", "the survey was repeated in spring", "the committee recommends that", "patients who received the drug", "and the results show a clear trend", "more than half of respondents said"];
  const queries = ["survey", "housing", "inflation", "drug trial"];
  for (const n of [5, 40]) {
    const rows = Array.from({ length: n }, (_, k) => `${k + 1},${queries[(k * 3) % 4]},https://example.org/p/${13 * (k + 1)},…${cuts[(k * 5) % cuts.length]}…\n`);
    // why: on wenc22's first cut the 40-row file was cp850 0.66 without a warning (every `…` read `à`)
    const d = (await sniffEncoding(chunked(iconv.encode("rank,query,url,snippet\n" + rows.join(""), "windows-1252")))).decision;
    assert.equal(d.name, "windows-1252", `${n} rows: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${n} rows: ${JSON.stringify(d)}`);
  }
});

test("windows-1252 highlights that only open with `…` (`…fear is the mind-killer.`) stay windows-1252: the cost warns, never outvotes", async () => {
  const highlights = "book,location,highlight\nDune,1203,…fear is the mind-killer.\nDune,1450,…the spice must flow.\nEmma,88,…handsome, clever, and rich.\nWalden,321,…to live deliberately.\nWalden,400,…simplify, simplify.\nDune,2001,Without change something sleeps inside us.\n";
  const oneCut = "id,description\n1,Steel bolt M8\n2,…rest of description truncated\n" + Array.from({ length: 37 }, (_, k) => `${k + 3},Item number ${k + 3}\n`).join("");
  for (const [name, text] of [["highlights", highlights], ["one-cut", oneCut]]) {
    // why: at a cost of 7 both were read Mac Roman (`Öfear`, `Örest`), warned but wrong
    const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1252")))).decision;
    assert.equal(d.name, "windows-1252", `${name}: ${JSON.stringify(d)}`);
  }
});
