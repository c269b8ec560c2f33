// Where a run allocates, the garbage its scavenges collect included: a preload that samples V8's allocations until exit.
//
//   node --import ./bench/alloc-profile.mjs bench/parts.mjs FILE --runs 1 --part-mb 5   # or any node command
//   ALLOC_PROFILE_TOP=60 node --import ./bench/alloc-profile.mjs …
//
// Prints to stderr, at exit, the bytes sampled in all and, for the 40 largest allocating stacks (the innermost five
// frames), their share, megabytes and frames. why not `node --heap-prof`: it keeps only the samples of objects still
// alive when the profile is written, so a run's short-lived garbage (a chunk's text, a cell's string: what the
// scavenges collect, and what a record path should not make) does not show in it at all. Sampling: one allocation per
// 4 KiB on average, so stacks under ~0.1 % of the total are noise.
import { Session } from "node:inspector";

const top = Number(process.env.ALLOC_PROFILE_TOP ?? 40);
const session = new Session();
session.connect();
session.post("HeapProfiler.enable");
session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });

/** A call frame as "function file:line" (the file's last two path parts). */
const frameName = (f) => `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;

/** The bytes sampled by stack (innermost five frames, innermost first). */
function byStack(head) {
  const sizes = new Map();
  const walk = (node, frames) => {
    const stack = [...frames, frameName(node.callFrame)];
    if (node.selfSize > 0) {
      const key = stack.slice(-5).reverse().join(" <- ");
      sizes.set(key, (sizes.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, stack);
  };
  walk(head, []);
  return sizes;
}

let written = false;
process.on("beforeExit", () => {
  if (written) return;
  written = true;
  session.post("HeapProfiler.stopSampling", (err, result) => {
    if (err) throw err;
    const sizes = byStack(result.profile.head);
    let total = 0;
    for (const n of sizes.values()) total += n;
    const lines = [`allocation samples: ${(total / 1e6).toFixed(1)} MB in all`];
    for (const [stack, n] of [...sizes].sort((x, y) => y[1] - x[1]).slice(0, top)) {
      lines.push(`${((100 * n) / total).toFixed(1).padStart(5)} % ${(n / 1e6).toFixed(1).padStart(7)} MB  ${stack}`);
    }
    process.stderr.write(`${lines.join("\n")}\n`);
  });
});
