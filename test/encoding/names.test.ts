// normalizeEncodingName: aliases to WHATWG labels, and a usage error for unknown names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeEncodingName } from "../../src/encoding/index.js";
import { IngestError } from "../../src/defects/errors.js";

test("aliases map to WHATWG lower-case labels", () => {
  const cases: [string, string][] = [
    ["UTF8", "utf-8"],
    ["utf-8", "utf-8"],
    ["latin1", "windows-1252"],
    ["ISO-8859-1", "windows-1252"],
    ["cp1252", "windows-1252"],
    ["windows1250", "windows-1250"],
    ["iso8859-2", "iso-8859-2"],
    ["sjis", "shift_jis"],
    ["cp932", "shift_jis"],
    ["cp949", "euc-kr"],
    ["gb2312", "gb18030"],
    ["GBK", "gb18030"],
    ["utf-16", "utf-16le"],
    ["UTF-16BE", "utf-16be"],
    ["koi8r", "koi8-r"],
    ["utf-32", "utf-32le"],
    ["cp437", "cp437"],
  ];
  for (const [input, want] of cases) assert.equal(normalizeEncodingName(input), want, input);
});

test("an unknown encoding is a usage error naming it", () => {
  assert.throws(
    () => normalizeEncodingName("klingon-8"),
    (e: unknown) => e instanceof IngestError && e.code === "usage" && e.exitCode === 2 && e.message.startsWith('unknown encoding "klingon-8"'),
  );
  assert.throws(() => normalizeEncodingName(""), IngestError);
});
