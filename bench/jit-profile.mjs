// Instructions by function from a callgrind run of Node, with V8's compiled JavaScript named (callgrind alone sees "0x…").
//
//   valgrind --tool=callgrind --callgrind-out-file=OUT node --single-threaded --perf-basic-prof SCRIPT …
//   node bench/jit-profile.mjs OUT MAP [--top 40]
//
// MAP is the perf map that `--perf-basic-prof` wrote for the profiled process (`perf-PID.map` in the system's temp
// folder; PID is in OUT's name or its `pid:` line). Prints each function's own instructions (share of the run, millions)
// and a summary by kind: compiled JavaScript and RegExps, V8's builtins, the garbage collector, the rest.
// why: wall-clock profiles (`--cpu-prof`) on a loaded machine count a thread waiting as time spent where it waits (a
// scavenge waiting for V8's helper threads showed as ~14 % "GC" where it is ~1.5 % of the instructions), and
// `callgrind_annotate` alone leaves the record path, which is JIT code, unnamed. Needs valgrind's callgrind_annotate.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } });
const [out, map] = positionals;
if (!out || !map) {
  console.error("usage: node bench/jit-profile.mjs CALLGRIND_OUT PERF_MAP [--top 40]");
  process.exit(2);
}

/** The perf map's entries (start, size, name), sorted by start. */
function readMap(path) {
  const entries = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (m) entries.push([parseInt(m[1], 16), parseInt(m[2], 16), m[3].replace(/file:\/\/\S*\//, "")]);
  }
  return entries.sort((x, y) => x[0] - y[0]);
}

/** The entry holding address a, or null (a binary search). */
function nameAt(entries, a) {
  let lo = 0, hi = entries.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid][0] <= a) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && a < entries[found][0] + entries[found][1] ? entries[found][2] : null;
}

/** A function's kind for the summary. */
function kindOf(name) {
  if (name.startsWith("JS:") || name.startsWith("RegExp:") || name === "JIT ?") return "JavaScript and RegExps (JIT)";
  if (name.startsWith("Builtins_")) return "V8 builtins";
  if (/Scaveng|MarkCompact|Heap::|Sweep|Marking|RootVisitor|ObjectCache|Evacuat|RememberedSet|SlotSet/.test(name)) return "garbage collector";
  return "the rest (compiler, runtime, libc, Node)";
}

const entries = readMap(map);
const text = execFileSync("callgrind_annotate", ["--threshold=100", out], { encoding: "utf8", maxBuffer: 1 << 28 });
const by = new Map();
let total = 0;
for (const line of text.split("\n")) {
  const m = /^\s*([0-9,]+) \(\s*[0-9.]+%\)\s+(.*)$/.exec(line);
  if (!m) continue;
  const n = Number(m[1].replaceAll(",", ""));
  if (m[2].includes("PROGRAM TOTALS")) { total = n; continue; }
  const jit = /\?\?\?:0x([0-9a-f]+)/.exec(m[2]);
  const name = jit ? nameAt(entries, parseInt(jit[1], 16)) ?? "JIT ?" : m[2].replace(/ \[[^\]]*\]$/, "").replace(/^\S*?:(?=[A-Za-z_(])/, "");
  by.set(name, (by.get(name) ?? 0) + n);
}
if (total === 0) throw new Error(`no PROGRAM TOTALS in callgrind_annotate's output of ${out}`);
const pct = (n) => `${((100 * n) / total).toFixed(2).padStart(6)} %`;
const mi = (n) => `${(n / 1e6).toFixed(1).padStart(9)} M`;
console.log(`${mi(total)} instructions in all`);
const kinds = new Map();
for (const [name, n] of by) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + n);
for (const [k, n] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`${pct(n)} ${mi(n)}  ${k}`);
console.log("");
for (const [name, n] of [...by].sort((x, y) => y[1] - x[1]).slice(0, Number(values.top))) console.log(`${pct(n)} ${mi(n)}  ${name.slice(0, 150)}`);
