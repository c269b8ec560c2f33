// Loads the CLI's CommonJS bundle (dist/src/cli/bundle.cjs) with V8's compiled code kept on disk between runs, where Node has no compile cache of its own.
import Module = require("node:module");
import vm = require("node:vm");
import fs = require("node:fs");
import os = require("node:os");
import path = require("node:path");

type Main = typeof import("../src/cli/main.js", { with: { "resolution-mode": "import" } });

/**
 * require(bundle), but compiled from V8's code cache when one is kept for this very file. why: compiling the
 * bundle (900 KB) is a fifth of a small run's start-up; from the cache a run on a 1 KB file takes ~25 ms less CPU
 * (README, "Start-up and memory per key"). Node 22.1+ does this itself (module.enableCompileCache, called by the
 * bin), and NODE_DISABLE_COMPILE_CACHE turns both off. V8 refuses a cache made from other source or flags, and
 * then the bundle is compiled as usual and the cache written anew.
 */
function loadBundle(bundle: string): Main {
  // why: the bundle has no import() (see above), so a user's .mjs/.js schema module is imported through this one
  (globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.import")] = (url: string) => import(url);
  const kept = cachedScript(bundle);
  if (!kept) return require(bundle) as Main;
  const mod = { exports: {} as Main };
  (kept.script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  // why at exit: the cache then holds the functions this run compiled too, not only the top level
  // why again for a wider run: a cache written by `--help` lacks the record path, and every later run compiled it anew
  // (~35 M instructions on a 1 KB file); making the data costs ~0.1 s, so a cache is written at most once per kind
  const kind = runKind(process.argv.slice(2));
  if (kept.stale(kind)) process.once("exit", () => kept.write(kind));
  return mod.exports;
}

/**
 * A self-wrapped bundle (scripts/bundle-lib.mjs selfWrapped) compiled from V8's code cache kept for this very file,
 * or null when caching is off: its script (run, it gives the module function), whether a run of `kind` should write
 * the cache (none was kept, V8 refused it, or a narrower kind of run wrote it) and how. Shared by the CLI's bundle
 * and the workers' (bin/worker-loader.ts).
 */
function cachedScript(bundle: string): { script: vm.Script; stale(kind: number): boolean; write(kind: number): void } | null {
  const dir = cacheDir();
  if (!dir) return null;
  // why latin1: the bundle is pure ASCII (scripts/bundle-lib.mjs asciiOnly), where latin1 reads the same text, and
  // Node hands a string that large to V8 as an external one-byte string, not a copy made in V8's heap (utf8 is)
  const source = fs.readFileSync(bundle, "latin1");
  const st = fs.statSync(bundle);
  const file = path.join(dir, `${process.version}-${process.arch}-${st.size}-${Math.round(st.mtimeMs)}-${hashOf(bundle)}.bin`);
  let cachedData: Buffer | undefined;
  let madeBy = -1;
  try {
    const kept = fs.readFileSync(file);
    // why a first byte: which kind of run wrote the cache (runKind); V8's data follows it after HEAD bytes
    madeBy = kept[0];
    cachedData = kept.subarray(HEAD);
  } catch { /* the first run: no cache yet */ }
  // why no import() callback: the bundles have no import() (scripts/bundle-cli.mjs makes them require(); a schema
  // module is imported through the loader's own, lent on globalThis)
  // why not Module.wrap(source): the bundle is its own wrapper (scripts/bundle-lib.mjs: run as a script, its value is
  // the module function), so V8 compiles the string as read, where the wrapped copy was one more flat 1.4 MB string
  const script = new vm.Script(source, { filename: bundle, cachedData });
  return {
    script,
    stale: (kind) => cachedData === undefined || script.cachedDataRejected === true || kind > madeBy,
    write: (kind) => writeCache(file, script, kind),
  };
}

/**
 * The cache file's head: the kind of run that wrote it (first byte), then zeros up to V8's data. why 8 bytes, not 1:
 * V8 copies cached data that does not start at a pointer-aligned address before it reads it (AlignedCachedData), and
 * at an offset of 1 that was a second copy of the whole cache (~800 KB, ~190 fresh pages) at every start (README,
 * "Start-up, fifth step").
 */
const HEAD = 8;

/** This user's cache folder (0700), or null when caching is off or the folder is not safely ours. */
function cacheDir(): string | null {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || (Module as { enableCompileCache?: unknown }).enableCompileCache) return null;
  const uid = process.getuid?.();
  const dir = path.join(os.tmpdir(), `ingest-check-compile-cache-${uid ?? "user"}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st: fs.Stats = fs.statSync(dir);
    // why: another user could otherwise plant compiled code for this process to run
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** Writes the cache atomically and removes this install's older ones (of earlier builds or Node versions). */
function writeCache(file: string, script: vm.Script, kind: number): void {
  try {
    // why not the pid alone: the workers of one process (bin/worker-loader.ts) may write the same cache at once
    const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    const head = Buffer.alloc(HEAD);
    head[0] = kind;
    fs.writeFileSync(tmp, Buffer.concat([head, script.createCachedData()]), { mode: 0o600 });
    fs.renameSync(tmp, file);
    const dir = path.dirname(file), mine = file.slice(file.lastIndexOf("-"));
    for (const f of fs.readdirSync(dir)) if (f.endsWith(mine) && path.join(dir, f) !== file) fs.rmSync(path.join(dir, f), { force: true });
  } catch { /* a cache is an optimisation: a read-only or full disk only costs the next run its compile */ }
}

/**
 * How much of the bundle a run compiles, from its arguments alone: 0 prints help or a version (or has no input), 1
 * reads an input, 2 reads one against a schema (the cell checks). A cache is rewritten by a run of a higher kind.
 */
function runKind(args: string[]): number {
  if (args.length === 0 || args.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-V" || a === "help")) return 0;
  return args.some((a) => a === "--schema" || a === "-s" || a.startsWith("--schema=")) ? 2 : 1;
}

/** A short name for the bundle's path, so two installs never share one cache file. */
function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export = { loadBundle, cachedScript, runKind };
