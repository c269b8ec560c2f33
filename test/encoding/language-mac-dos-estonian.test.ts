// language.ts SERVES: Mac Roman and cp850 do not serve Estonian (neither writes š ž), so Estonian `õ` no longer reads cp850 Norwegian `større` as Mac Roman `stõrre`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { SERVES } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

test("SERVES: Estonian is served by the pages that write š ž, not by Mac Roman or cp850", () => {
  for (const p of ["macintosh", "cp850"]) assert.ok(!SERVES[p].includes("est"), p);
  for (const p of ["windows-1252", "iso-8859-15", "windows-1257", "iso-8859-13", "iso-8859-4", "cp775"]) assert.ok(SERVES[p].includes("est"), p);
  assert.deepEqual(SERVES.macintosh, SERVES["windows-1252"].filter((l) => l !== "est"), "the other Western languages stay");
});

test("a tiny Norwegian DOS export whose only non-ASCII word is `større`: cp850, not Mac Roman `stõrre`", async () => {
  // why: on main Mac Roman won (0.12, warned): Estonian pairs read `stõrre` as well as Norwegian `større`, Mac's prior ahead
  const d = (await sniffEncoding(chunked(fixture("cp850-norwegian-o-slash-tiny.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("near misses: Mac Roman Portuguese `informações`, `põe` stays macintosh; ISO-8859-15 Estonian `Tõrva`, `Põlva` stays windows-1252 (the same bytes), both unwarned", async () => {
  for (const [name, page] of [["macintosh-portuguese-o-tilde.csv", "macintosh"], ["iso-8859-15-estonian-o-tilde.csv", "windows-1252"]]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
