// cacheRejected: asks a fresh Node whether V8 takes a compile-cache file (bin/bundle-loader.ts) for a bundle.
import { spawnSync } from "node:child_process";

/** V8's cachedDataRejected for `bundle` compiled with the data of `cacheFile` (past its 8-byte head), as text: "false" when taken. */
export function cacheRejected(bundle: string, cacheFile: string): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["-e", `const fs = require("fs"), vm = require("vm"); const b = process.argv[1];
      const s = new vm.Script(fs.readFileSync(b, "latin1"), { filename: b, cachedData: fs.readFileSync(process.argv[2]).subarray(8) });
      process.stdout.write(String(s.cachedDataRejected));`, bundle, cacheFile], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr };
}
