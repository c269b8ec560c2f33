// CPU of the split path's record work in one process: validatePart over a file's parts, cold (the first run) and warm.
//
//   node bench/parts.mjs FILE [--schema S] [--dist DIR] [--runs N] [--part-mb 12] [--per-part]
//
// Prints the CPU milliseconds (process.cpuUsage: this thread and V8's background threads, which compile) of each run
// over all parts; the first run is cold, as every worker thread's is. why: a split file's threads each pay that warm-up
// (README, "Per-core speed: one isolate fewer"), which a warm-only measure (bench/per-core.mjs) leaves out. The file
// is assumed UTF-8, comma-separated, with a header line (the bench files); parts are cut after a line break.
import { openSync, readSync, fstatSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: "string", default: resolve(import.meta.dirname, "../dist") }, runs: { type: "string", default: "3" },
    schema: { type: "string", default: resolve(import.meta.dirname, "schema.json") }, "part-mb": { type: "string", default: "12" },
    "per-part": { type: "boolean", default: false },
  },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node bench/parts.mjs FILE [--schema S] [--dist DIR] [--runs N] [--part-mb 12] [--per-part]");
  process.exit(2);
}
const dist = resolve(values.dist);
const { validatePart } = await import(`${dist}/src/pipeline/part.js`);
const { resolveOptions } = await import(`${dist}/src/pipeline/options.js`);
const { loadSchema } = await import(`${dist}/src/schema/index.js`);
const { normalizeEncodingName } = await import(`${dist}/src/encoding/names.js`);
const { normalizeDelimiter } = await import(`${dist}/src/dialect/normalize.js`);
const ro = { ...(await resolveOptions({ schema: values.schema }, { loadSchema, normalizeEncodingName, normalizeDelimiter })), jobs: 1, onDefect: null, onProgress: null };

const fd = openSync(file, "r");
const size = fstatSync(fd).size;
const head = Buffer.alloc(64 * 1024);
readSync(fd, head, 0, head.length, 0);
const names = head.toString("latin1").split("\n")[0].replace(/\r$/, "").split(",");
const cuts = [0];
const step = Number(values["part-mb"]) * 1e6;
for (let t = step; t < size; t += step) {
  const n = readSync(fd, head, 0, head.length, t);
  const nl = head.subarray(0, n).indexOf(10);
  if (nl >= 0 && t + nl + 1 < size) cuts.push(t + nl + 1);
}
const encoding = { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false };
const dialect = { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false };
const header = { names, line: 1, present: true };

const totals = [];
for (let r = 0; r <= Number(values.runs); r++) {
  const c0 = process.cpuUsage();
  const perPart = [];
  let rows = 0;
  for (let k = 0; k < cuts.length; k++) {
    const p0 = process.cpuUsage();
    const res = await validatePart({ path: file, uri: file, start: cuts[k], bounds: [k + 1 < cuts.length ? cuts[k + 1] : size], size, encoding, dialect, header }, ro);
    rows += res.rows;
    const p = process.cpuUsage(p0);
    perPart.push(Math.round((p.user + p.system) / 1000));
  }
  const c = process.cpuUsage(c0);
  totals.push(Math.round((c.user + c.system) / 1000));
  console.log(`${r === 0 ? "cold" : "warm"} run: ${totals[r]} ms CPU, ${rows} rows${values["per-part"] ? `, parts ${perPart.join(" ")}` : ""}`);
}
console.log(`${file}: ${cuts.length} parts, dist ${dist}; cold ${totals[0]} ms, warm min ${Math.min(...totals.slice(1))} ms`);
