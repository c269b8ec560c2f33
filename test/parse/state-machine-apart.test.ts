// csv.ts: the state machine is a method of its own (machine), so a record only it reads, met for the first time, leaves the tokenizer's run optimized.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { CsvTokenizer } from "../../src/parse/csv.js";
import type { ParsedRecord } from "../../src/types.js";
import { parseOptions, tokenize } from "../helpers/tokenize.js";

// Two records the fast paths decline (a quoted line break), through branches of the state machine the warm-up never
// takes: doubled quotes, a quoted last cell ending its line, text after a closing quote.
const RARE = readFileSync(new URL("../../fixtures/parse/state-machine-only.txt", import.meta.url), "utf8");

setFlagsFromString("--allow-natives-syntax");
const natives = {
  prepare: new Function("f", "%PrepareFunctionForOptimization(f)") as (f: unknown) => void,
  optimizeNext: new Function("f", "%OptimizeFunctionOnNextCall(f)") as (f: unknown) => void,
  // why: a compile V8 had already started on its own (concurrent) is installed here, not at some later call
  finish: new Function("%FinalizeOptimization()") as () => void,
  status: new Function("f", "return %GetOptimizationStatus(f)") as (f: unknown) => number,
};
// V8's OptimizationStatus bit for code from TurboFan (src/runtime/runtime.h)
const TURBOFANNED = 1 << 6;

/**
 * Lines as a real file's: one in ten with a quoted cell, one in a hundred with a quoted line break (the state
 * machine's), in chunks that end inside a line (the state machine reads each chunk's last line).
 */
function warm(tok: CsvTokenizer, out: ParsedRecord[], from: number, rows: number): void {
  let text = "";
  for (let r = from; r < from + rows; r++) text += r % 100 === 0 ? `${r},"name\n${r}",note ${r}\n` : r % 10 === 0 ? `${r},"name, ${r}",note ${r}\n` : `${r},name ${r},note ${r}\n`;
  for (let i = 0; i < text.length; i += 1000) tok.push({ text: text.slice(i, i + 1000), byteStart: i }, out);
}

test("CsvTokenizer run stays optimized when a record only the state machine reads comes first after it is optimized", () => {
  const run = (CsvTokenizer.prototype as unknown as { run: unknown }).run;
  natives.prepare(run);
  const tok = new CsvTokenizer(parseOptions());
  const out: ParsedRecord[] = [];
  tok.push({ text: "id,name,note\n", byteStart: 0 }, out);
  warm(tok, out, 1, 3000);
  natives.optimizeNext(run);
  warm(tok, out, 3001, 200);
  natives.finish();
  warm(tok, out, 3201, 200);
  assert.ok((natives.status(run) & TURBOFANNED) !== 0, `run optimized after the warm-up (status ${natives.status(run).toString(2)})`);
  tok.push({ text: RARE.slice(RARE.indexOf("\n") + 1), byteStart: 0 }, out);
  tok.end(out);
  assert.ok((natives.status(run) & TURBOFANNED) !== 0, `run still optimized after the rare records (status ${natives.status(run).toString(2)})`);
  // the near miss: the records are read as before, whichever method reads them
  const rare = out.slice(-2).map((r) => r.cells);
  assert.deepEqual(rare, tokenize(RARE).slice(1).map((r) => r.cells));
  assert.deepEqual(rare, [["7", "Okafor,\nAda", 'she said "hi"'], ["8", "two\nlines then text", "after"]]);
});
