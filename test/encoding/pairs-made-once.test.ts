// The encoding-error check's matchers (mojibake.ts's UTF-8 pairs, the pasted-byte line search) are made once, not per part, and sharing one is safe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mayHoldUtf8, twiceEncodedIn, utf8PairsIn } from "../../src/encoding/mojibake.js";
import { pastedIn } from "../../src/checks/structure/encoding-error.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { tokenize } from "../helpers/tokenize.js";

test("twiceEncodedIn and utf8PairsIn give the same matcher at every call (each part of a split file asks anew)", () => {
  assert.equal(twiceEncodedIn("utf-8"), twiceEncodedIn("utf-8"));
  assert.equal(utf8PairsIn("windows-1252"), utf8PairsIn("windows-1252"));
  assert.equal(utf8PairsIn("iso-8859-15"), utf8PairsIn("iso-8859-15"));
  // the near miss: one matcher per page, and none where there is none
  assert.notEqual(utf8PairsIn("windows-1252"), utf8PairsIn("iso-8859-15"));
  assert.equal(utf8PairsIn("windows-1250"), null);
  assert.equal(twiceEncodedIn("windows-1252"), null);
});

test("pastedIn gives the same line matcher at every call (ISO-8859, CJK and KOI8 files), and fresh params", () => {
  for (const enc of ["iso-8859-1", "euc-jp", "koi8-r"]) {
    const a = pastedIn(enc)!, b = pastedIn(enc)!;
    assert.equal(a.line, b.line, enc);
    assert.ok(a.line.global, enc);
    assert.notEqual(a.params, b.params, enc);
  }
  assert.equal(pastedIn("utf-8"), null);
});

test("a shared matcher answers each text alone, when two texts' lines are searched in turn (two parts' checks in one thread)", () => {
  const pairs = twiceEncodedIn("utf-8")!;
  const a = ["a,b", "MÃ¼ller,y", "c,d", "itâ€™s,w"];
  const b = ["Åsa,z", "e,f", "KÃ¶ln,g", "pâté,x"];
  const recs = (lines: string[]) => tokenize(lines.join("\n") + "\n", {}).filter((r): r is LineRecord => r instanceof LineRecord);
  const ra = recs(a), rb = recs(b);
  const alone = [ra.map((r) => mayHoldUtf8(r, pairs)), rb.map((r) => mayHoldUtf8(r, pairs))];
  assert.deepEqual(alone, [[false, true, false, true], [false, false, true, false]]);
  const turns: boolean[][] = [[], []];
  for (let i = 0; i < ra.length; i++) {
    turns[0].push(mayHoldUtf8(ra[i], pairs));
    turns[1].push(mayHoldUtf8(rb[i], pairs));
  }
  assert.deepEqual(turns, alone);
  assert.equal(pairs.lastIndex, 0);
});
