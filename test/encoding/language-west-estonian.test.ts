// language.ts SERVES: Mac Roman and cp850 serve Estonian like the other Western pages (plain Estonian, õ ä ö ü, is fully written in them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { SERVES } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

test("SERVES: Mac Roman and cp850 serve the Western languages, Estonian among them", () => {
  // why without Albanian: only the Latin-1 pages serve it (language-west-albanian.test.ts)
  for (const p of ["macintosh", "cp850"]) assert.deepEqual(SERVES[p], SERVES["windows-1252"].filter((l) => l !== "sqi"), p);
  assert.ok(SERVES.macintosh.includes("est"));
});

test("a Mac Roman Estonian list (`Tõrva`, `Pärnu Õlleköök`, `Tüüri`): macintosh, unwarned, not cp857 `Tşşri`", async () => {
  // why: with Estonian taken from Mac Roman, cp857 won (0.27, warned) and the header read `mèrkus`
  const d = (await sniffEncoding(chunked(fixture("macintosh-estonian-plain.csv")))).decision;
  assert.equal(d.name, "macintosh", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("the same õ elsewhere: Mac Roman Portuguese `informações` stays macintosh, ISO-8859-15 Estonian `Tõrva` stays windows-1252, unwarned", async () => {
  for (const [name, page] of [["macintosh-portuguese-o-tilde.csv", "macintosh"], ["iso-8859-15-estonian-o-tilde.csv", "windows-1252"]]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
