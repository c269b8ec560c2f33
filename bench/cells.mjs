// CPU of the cells check alone, for one or more builds in one process, interleaved: each build's records of a file's first MB.
//
//   node bench/cells.mjs FILE [--dist DIR]... [--schema S] [--mb 4] [--rep 5] [--rounds 15]
//
// Each build (default: this checkout's dist/) tokenizes the first --mb megabytes once, keeping the records; then each
// round runs every build's cells check over its records --rep times, in turn, and takes the CPU time (user + system).
// Prints the minimum and median per build in ns per row. why bundled: the CLI and the workers run one esbuild bundle,
// where a call across modules is a plain call; dist/'s ES modules would add an import binding to every scanner call,
// so each build's modules are bundled the same way first (in a temporary folder under bench/data/). why interleaved rounds in one
// process: on a shared machine the load moves by ±10 % from minute to minute; builds measured side by side see the same.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: "string", multiple: true }, schema: { type: "string", default: resolve(import.meta.dirname, "schema.json") },
    mb: { type: "string", default: "4" }, rep: { type: "string", default: "5" }, rounds: { type: "string", default: "15" },
  },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node bench/cells.mjs FILE [--dist DIR]... [--schema S] [--mb 4] [--rep 5] [--rounds 15]");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const esbuild = require("esbuild");
const dists = (values.dist ?? [resolve(import.meta.dirname, "../dist")]).map((d) => resolve(d));
const rep = Number(values.rep), rounds = Number(values.rounds);
const buf = readFileSync(file).subarray(0, Number(values.mb) * 1e6);
// inside the checkout (bench/data is git-ignored), so that the bundles find its node_modules
mkdirSync(resolve(import.meta.dirname, "data"), { recursive: true });
const tmp = mkdtempSync(resolve(import.meta.dirname, "data", "cells-"));

const builds = [];
for (const [i, dist] of dists.entries()) {
  const entry = join(tmp, `entry-${i}.mjs`);
  const from = (m) => JSON.stringify(join(dist, "src", m));
  writeFileSync(entry, `export { CsvTokenizer } from ${from("parse/csv.js")}; export { loadSchema } from ${from("schema/index.js")}; export { cellsCheck } from ${from("checks/schema/cells.js")};`);
  const out = join(tmp, `build-${i}.mjs`);
  // packages (zod, re2js) are required at run time from this checkout's node_modules
  await esbuild.build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile: out, packages: "external", logLevel: "error",
    banner: { js: `import { createRequire as __cr } from "node:module"; const require = __cr(${JSON.stringify(import.meta.url)});` } });
  const { CsvTokenizer, loadSchema, cellsCheck } = await import(out);
  const schema = await loadSchema(values.schema);
  const records = [];
  const t = new CsvTokenizer({ delimiter: ",", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 16 << 20, byteLength: (s) => Buffer.byteLength(s), asciiIsOneByte: true });
  const sink = { push: (r) => { records.push(r); } };
  // flat 64 KiB strings, as the decoder gives them (a slice of one big string would be a sliced string)
  for (let k = 0; k < buf.length; k += 65536) t.push({ text: buf.latin1Slice(k, Math.min(buf.length, k + 65536)), byteStart: k }, sink);
  t.end(sink);
  builds.push({ dist, cellsCheck, schema, header: { names: records[0].cells, line: 1, present: true }, rows: records.slice(1), times: [], defects: 0 });
}

for (let round = 0; round <= rounds; round++) {
  for (const b of builds) {
    let defects = 0;
    const inst = b.cellsCheck.create({ schema: b.schema, header: b.header, report: () => { defects++; }, options: { collectStats: false }, file: { source: file, encoding: "utf-8" } });
    const c0 = process.cpuUsage();
    for (let r = 0; r < rep; r++) for (let i = 0; i < b.rows.length; i++) inst.onRow(b.rows[i], i + 1);
    const c = process.cpuUsage(c0);
    b.defects = defects / rep;
    if (round > 0) b.times.push((c.user + c.system) * 1000 / (rep * b.rows.length)); // ns per row; round 0 warms up
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
console.log(`${file}: first ${values.mb} MB, ${builds[0].rows.length} rows x ${rep}, ${rounds} rounds`);
for (const b of builds) console.log(`${b.dist}: min ${Math.min(...b.times).toFixed(0)} ns/row, median ${median(b.times).toFixed(0)} ns/row (${b.defects} defects a pass)`);
