// Per-core CPU of the record path in one process: the tokenizer alone, and check() with one thread, on one file.
//
//   node bench/per-core.mjs FILE [--dist DIR] [--runs N] [--schema S]
//
// Prints the CPU milliseconds (user + system, process.cpuUsage) of each run after a warm-up run, and the minimum.
// why in one process and CPU, not wall: on a shared machine the wall time follows the load; the minimum CPU of a few
// warm runs moves much less, and leaves out start-up (see bench/README.md). --dist points at another build (say a
// copy of main's dist/) to compare before and after on the same file, interleaved.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: "string", default: resolve(import.meta.dirname, "../dist") }, runs: { type: "string", default: "3" }, schema: { type: "string", default: resolve(import.meta.dirname, "schema.json") } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node bench/per-core.mjs FILE [--dist DIR] [--runs N] [--schema S]");
  process.exit(2);
}
const dist = resolve(values.dist);
const runs = Number(values.runs);
const { CsvTokenizer } = await import(`${dist}/src/parse/csv.js`);
const { check } = await import(`${dist}/src/index.js`);

/** CPU ms of fn(), run runs + 1 times; the first is a warm-up. */
async function cpu(fn) {
  const out = [];
  for (let r = 0; r <= runs; r++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    if (r > 0) out.push(Math.round((c.user + c.system) / 1000));
  }
  return out;
}

// the tokenizer alone: the file as latin1 text (one character per byte) in 64 KiB chunks, records counted and dropped
const text = readFileSync(file, "latin1");
const chunks = [];
for (let i = 0; i < text.length; i += 65536) chunks.push(text.slice(i, i + 65536));
let records = 0;
const tok = await cpu(() => {
  const t = new CsvTokenizer({ delimiter: ",", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 16 << 20, byteLength: (s) => Buffer.byteLength(s), asciiIsOneByte: true });
  const sink = { push: () => { records++; } };
  let byte = 0;
  for (const c of chunks) { t.push({ text: c, byteStart: byte }, sink); byte += c.length; }
  t.end(sink);
});

// the same over flat chunks: the pipeline's chunks are strings of their own (a decoder's output), while the slices
// above are views into the whole file's string, which make every charCodeAt and search go through the view
const flat = chunks.map((c) => Buffer.from(c, "latin1").toString("latin1"));
const tokFlat = await cpu(() => {
  const t = new CsvTokenizer({ delimiter: ",", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 16 << 20, byteLength: (s) => Buffer.byteLength(s), asciiIsOneByte: true });
  const sink = { push: () => {} };
  let byte = 0;
  for (const c of flat) { t.push({ text: c, byteStart: byte }, sink); byte += c.length; }
  t.end(sink);
});

let rows = 0;
const whole = await cpu(async () => {
  const report = await check(file, { schema: values.schema, jobs: 1 });
  rows = report.summary?.rows ?? report.files?.[0]?.rows ?? 0;
});

const mb = text.length / 1e6;
const line = (name, xs) => `${name.padEnd(22)} ${xs.join(" ").padEnd(24)} min ${Math.min(...xs)} ms  (${(mb / (Math.min(...xs) / 1000)).toFixed(0)} MB per CPU second)`;
console.log(`${file}: ${mb.toFixed(1)} MB, dist ${dist}, ${records / (runs + 1)} records, ${rows} rows`);
console.log(line("tokenizer alone", tok));
console.log(line("tokenizer, flat chunks", tokFlat));
console.log(line("check(), one thread", whole));
