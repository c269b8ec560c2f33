// Loads the CLI's CommonJS bundle (dist/src/cli/bundle.cjs) with V8's compiled code kept on disk between runs, where Node has no compile cache of its own.
import Module, { createRequire } from "node:module";
import vm from "node:vm";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

type Main = typeof import("../src/cli/main.js");

/**
 * require(bundle), but compiled from V8's code cache when one is kept for this very file. why: compiling the
 * bundle (900 KB) is a fifth of a small run's start-up; from the cache a run on a 1 KB file takes ~25 ms less CPU
 * (README, "Start-up and memory per key"). Node 22.1+ does this itself (module.enableCompileCache, called by the
 * bin), and NODE_DISABLE_COMPILE_CACHE turns both off. V8 refuses a cache made from other source or flags, and
 * then the bundle is compiled as usual and the cache written anew.
 */
export function loadBundle(bundle: string): Main {
  // why: the bundle has no import() (see above), so a user's .mjs/.js schema module is imported through this one
  (globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.import")] = (url: string) => import(url);
  const dir = cacheDir();
  if (!dir) return createRequire(import.meta.url)(bundle) as Main;
  const source = readFileSync(bundle, "utf8");
  const st = statSync(bundle);
  const file = join(dir, `${process.version}-${process.arch}-${st.size}-${Math.round(st.mtimeMs)}-${hashOf(bundle)}.bin`);
  let cachedData: Buffer | undefined;
  try { cachedData = readFileSync(file); } catch { /* the first run: no cache yet */ }
  // why no import() callback: the bundle has no import() (scripts/bundle-cli.mjs makes them require())
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = { exports: {} as Main };
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  // why at exit: the cache then holds the functions this run compiled too, not only the top level
  if (cachedData === undefined || script.cachedDataRejected) process.once("exit", () => writeCache(file, script));
  return mod.exports;
}

/** This user's cache folder (0700), or null when caching is off or the folder is not safely ours. */
function cacheDir(): string | null {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || (Module as { enableCompileCache?: unknown }).enableCompileCache) return null;
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `ingest-check-compile-cache-${uid ?? "user"}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st: Stats = statSync(dir);
    // why: another user could otherwise plant compiled code for this process to run
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** Writes the cache atomically and removes this install's older ones (of earlier builds or Node versions). */
function writeCache(file: string, script: vm.Script): void {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, file);
    const dir = dirname(file), mine = file.slice(file.lastIndexOf("-"));
    for (const f of readdirSync(dir)) if (f.endsWith(mine) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  } catch { /* a cache is an optimisation: a read-only or full disk only costs the next run its compile */ }
}

/** A short name for the bundle's path, so two installs never share one cache file. */
function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
