// Causes the encrows set left silent: windows-1252 bytes pasted into a KOI8, EUC-JP or ISO-8859-2 dump, and a GB18030 file whose one sign reads as a single-byte letter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { FIXTURES } from "./helpers.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");
type Report = Awaited<ReturnType<typeof check>>;
const errors = (r: Report) => r.files[0].defects.filter((d) => d.code === "encoding-error").map((d) => `${d.row}:${d.column}`);

test("encoding-error: windows-1252 quotes pasted into a KOI8-R dump (box drawing `⌠ ■` there) name their cell", async () => {
  const r = await check(join(FIXTURES, "koi8-r-dump-with-1252-quotes.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "koi8-r");
  assert.deepEqual(errors(r), ["2:item"]);
  assert.match(r.files[0].defects.find((d) => d.code === "encoding-error")!.message, /box-drawing.*pasted/);
});

test("encoding-error: a windows-1252 apostrophe pasted into an EUC-JP dump (a C1 control there) names its cell", async () => {
  const r = await check(join(FIXTURES, "euc-jp-dump-with-1252-apostrophe.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "euc-jp");
  assert.deepEqual(errors(r), ["3:item"]);
});

test("a dump whose only Windows byte is a pasted dash is warned when its letters alone cannot tell windows-1250 from ISO-8859-2", async () => {
  // why: the lone `–` (0x96, a C1 control in ISO-8859-2) decided windows-1250, whose `Růľová` stood silent
  const r = await check(join(FIXTURES, "iso-8859-2-czech-with-lone-1252-dash.csv"), { jobs: 1 });
  const warning = r.files[0].defects.find((d) => d.code === "encoding-uncertain");
  assert.ok(warning, "no encoding-uncertain warning");
  assert.match(warning.message, /iso-8859-2/);
});

test("a single-byte answer is warned, naming the CJK readings, when our score reads the evidence better as CJK and jschardet sees none", async () => {
  // why: a GB18030 file of ranges whose only non-ASCII is `–` (A8 43) was read as cp850 `¿C`, silently
  const r = await check(join(FIXTURES, "gb18030-ranges-en-dash-only.csv"), { jobs: 1 });
  const warning = r.files[0].defects.find((d) => d.code === "encoding-uncertain");
  assert.ok(warning, "no encoding-uncertain warning");
  assert.match(warning.message, /gb18030/);
});

test("withoutLoneC1: words made only of bytes 0x80–0x9F go, words with such a byte glued on stay (windows-1250 `ť` is 0x9D)", async () => {
  const { withoutLoneC1 } = await import("../../src/encoding/legacy.js");
  assert.deepEqual([...withoutLoneC1(Buffer.from([0x96, 0x0a, 0x41, 0xbe, 0x0a, 0x42, 0x9d, 0x0a]))!], [0x41, 0xbe, 0x0a, 0x42, 0x9d, 0x0a]);
  assert.equal(withoutLoneC1(Buffer.from([0x42, 0x9d, 0x0a])), null);
});

test("encoding-error: a windows-1252 dash pasted into a KOI8-U dump (a lone `√` there) names its cell, a root bound to its number does not (wenc12)", async () => {
  const r = await check(join(FIXTURES, "koi8-u-dump-with-pasted-dash.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "koi8-u");
  assert.deepEqual(errors(r), ["2:item"]);
});
