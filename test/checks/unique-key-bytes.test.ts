// unique.ts hashKey on a part's lines: a key read from its range (or its bytes) when another cell holds doubled quotes, the same hash and characters as from the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { LineRecord } from "../../src/parse/line-record.js";
import { hashAddBytes, hashAddRange, hashHi, hashLo, hashStart } from "../../src/checks/schema/key-table.js";
import { KeyCursor, PartKeys, type PartKeyState } from "../../src/checks/schema/part-keys.js";

const FILE = resolve("fixtures/keys/doubled-quotes-elsewhere.csv");

/** validatePart over the whole fixture (a part of a split file) with its string key `id`. */
async function runPart() {
  const { validatePart } = await import("../../src/pipeline/part.js");
  const { resolveOptions } = await import("../../src/pipeline/options.js");
  const { loadSchema } = await import("../../src/schema/index.js");
  const { normalizeEncodingName } = await import("../../src/encoding/names.js");
  const { normalizeDelimiter } = await import("../../src/dialect/normalize.js");
  const schema = resolve("fixtures/keys/schema-id-unique.json");
  const ro = { ...(await resolveOptions({ schema }, { loadSchema, normalizeEncodingName, normalizeDelimiter })), jobs: 1, onDefect: null, onProgress: null };
  const size = statSync(FILE).size;
  return validatePart({
    path: FILE, uri: FILE, start: 0, bounds: [size], size, header: { names: ["id", "name", "note"], line: 1, present: true },
    encoding: { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false } as never,
    dialect: { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false } as never,
  }, ro);
}

test("hashKey: a line whose other cells hold doubled quotes keeps its strings unmade; a key cell holding them is undoubled", async () => {
  const cells = Object.getOwnPropertyDescriptor(LineRecord.prototype, "cells")!;
  let made = 0;
  Object.defineProperty(LineRecord.prototype, "cells", { ...cells, get(this: LineRecord) { made++; return cells.get!.call(this); } });
  let r;
  try {
    r = await runPart();
  } finally {
    Object.defineProperty(LineRecord.prototype, "cells", cells);
  }
  assert.equal(r.rows, 5);
  assert.equal(made, 0, "no line's every cell made for its key (lines 2, 4 and 5 hold doubled quotes outside the key)");
  const s = (r.states as unknown[]).find((x) => Array.isArray(x)) as PartKeyState[];
  const k = new KeyCursor(s[0]);
  const values: string[] = [];
  while (k.next()) values.push(k.value());
  // the near miss: the key cell `"x""y"` is read as its text x"y, not as written (the integer keys 1, 2, 1 are kept as
  // runs of integers, without characters)
  assert.deepEqual(values, ["", "", 'x"y', "", 'x"y']);
  assert.deepEqual([...s[0].ints!], [0, 2, 1, 3, 1, 1]);
});

test("hashAddBytes hashes an ASCII range as hashAddRange hashes its text; PartKeys.addBytes keeps the same characters", () => {
  const text = 'id,"x""y",1000001,';
  const bytes = Buffer.from(text, "latin1");
  for (const [from, to] of [[0, 2], [4, 8], [10, 17], [18, 18]]) {
    hashStart(); hashAddRange(text, from, to); const want = [hashLo(), hashHi()];
    hashStart(); hashAddBytes(bytes, from, to);
    assert.deepEqual([hashLo(), hashHi()], want, `range ${from}..${to}`);
  }
  const a = PartKeys.take(), b = PartKeys.take();
  a.add(1, 2, 1, 0, 2, 0); a.addRange(text, 4, 8, 200); a.endKey();
  b.add(1, 2, 1, 0, 2, 0); b.addBytes(bytes, 4, 8, 200); b.endKey();
  assert.deepEqual(b.state(), a.state());
  a.recycle(); b.recycle();
});
