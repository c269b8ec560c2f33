#!/usr/bin/env node
// The long fuzz run: the property tests of test/hardening/properties.test.ts with thousands of cases instead of CI's hundreds.
//
//   npm run fuzz                         # 5000 cases per property, a fresh random seed (printed)
//   npm run fuzz -- --runs 20000         # more
//   npm run fuzz -- --seed 174180461     # replay a failure fast-check reported
//   FUZZ_BACKSLASH=1 npm run fuzz        # include "\" in the round-trip tables (see the todo test in that file)
//
// A failure prints fast-check's counterexample and seed; the exit code is the test runner's.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const runs = arg("--runs", "5000");
const seed = arg("--seed", String(Math.floor(Math.random() * 2 ** 31)));

console.error(`fuzz: ${runs} cases per property, seed ${seed}`);
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-timeout=0", join(ROOT, "test/hardening/properties.test.ts")], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.error(`fuzz: seed ${seed} (replay with: npm run fuzz -- --seed ${seed} --runs ${runs})`);
process.exit(r.status ?? 1);
