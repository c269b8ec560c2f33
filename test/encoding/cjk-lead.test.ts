// The legacy guess when our CJK reading leads the single-byte ones by far but jschardet sees no CJK: warned, naming the CJK readings.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("legacyGuess on a Big5 timesheet of day and month names among figures: never a single-byte page silently, Big5 named", async () => {
  // why: on main jschardet saw no CJK on these few hanzi and ibm866 (`д@`) stood silent, 120 nats behind our Big5 reading
  const d = (await sniffEncoding(chunked(fixture("big5-timesheet-day-and-month-names.csv")))).decision;
  assert.ok(d.name === "big5" || d.uncertain, `${d.name} silent`);
  if (d.name !== "big5") assert.ok(d.alternatives?.includes("big5"), String(d.alternatives));
});

test("legacyGuess near miss: a Cyrillic table the CJK readings decode as rare hanzi, behind windows-1251, stays windows-1251 unwarned", async () => {
  const d = (await sniffEncoding(chunked(iconv.encode("id,city,n\n1,Москва,12\n2,Казань,7\n3,Омск,3\n", "windows-1251")))).decision;
  assert.equal(d.name, "windows-1251");
  assert.equal(d.uncertain, false);
});
