// csv.ts: the tokenizer reads its options once, when it is made; records, offsets and row-too-large are the same as from options read at every use.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CsvTokenizer, type ParseOptions } from "../../src/parse/csv.js";
import type { ParsedRecord } from "../../src/types.js";
import { chunksOf, parseOptions } from "../helpers/tokenize.js";

// Quoted cells (the fast path's quoted line, with its length check), doubled quotes, a line break inside quotes,
// non-ASCII text (byte offsets measured) and a 122-character cell (over the limit below).
const TEXT = readFileSync(new URL("../../fixtures/parse/options-read-once.csv", import.meta.url), "utf8");

/** Options whose every field throws once read after `sealed()`: a tokenizer that reads them while it runs fails. */
function sealedAfterMaking(o: ParseOptions): { opts: ParseOptions; seal: () => void } {
  const opts = { ...o };
  const seal = () => {
    for (const k of Object.keys(opts)) Object.defineProperty(opts, k, { get: () => { throw new Error(`options.${k} read while tokenizing`); } });
  };
  return { opts, seal };
}

function run(tok: CsvTokenizer, sizes: number[]): ParsedRecord[] {
  const out: ParsedRecord[] = [];
  for (const c of chunksOf(TEXT, sizes)) tok.push({ ...c, ascii: false }, out);
  tok.end(out);
  return out;
}

const view = (recs: ParsedRecord[]) => recs.map((r) => ({ cells: r.cells, line: r.line, byteOffset: r.byteOffset, defects: (r.defects ?? []).map((d) => [d.code, d.params]) }));

describe("CsvTokenizer options", () => {
  for (const sizes of [[], [7], [64, 3]]) {
    it(`are read when it is made, not while it reads (chunks ${JSON.stringify(sizes)})`, () => {
      const o = parseOptions({ maxRecordChars: 100, asciiIsOneByte: true });
      const { opts, seal } = sealedAfterMaking(o);
      const tok = new CsvTokenizer(opts);
      seal();
      const got = view(run(tok, sizes));
      assert.deepEqual(got, view(run(new CsvTokenizer(o), sizes)));
      // the near miss: the options still count (the long cell is row-too-large at 100 characters, not at the default)
      assert.ok(got.some((r) => r.defects.some(([code]) => code === "row-too-large")), JSON.stringify(got));
      assert.ok(got.find((r) => r.cells[0] === "5")?.byteOffset === Buffer.byteLength(TEXT.slice(0, TEXT.indexOf("5,last")), "utf8"));
    });
  }
});
