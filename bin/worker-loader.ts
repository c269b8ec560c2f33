// A worker thread's entry (split parts, --jobs): runs dist/src/worker-bundle.cjs compiled from V8's code cache kept on disk, as the bin does for the CLI's bundle.
import Module = require("node:module");
import path = require("node:path");
import loader = require("./bundle-loader.js");

/**
 * why a cache here too: a worker is a new isolate, which compiled the whole worker bundle (~1 MB) and then, lazily, every
 * function of the record path anew at every split run (README, "Per-core speed, twelfth step"). why written after the
 * worker's first job (src/pipeline/worker.ts calls the hook), not at exit: a split's workers are ended by terminate(),
 * where no exit handler of theirs runs; by then the cache also holds the record path's functions, not only the top level.
 */
const bundle = path.join(__dirname, "..", "src", "worker-bundle.cjs");
/** The one kind of run a worker makes (bundle-loader.ts runKind: a cache is written again only for a wider kind). */
const WORKER_KIND = 1;

// why: the bundle has no import() of its own that works when compiled from a cache on Node 20; a schema module is
// imported through this module's (src/schema/index.ts importSchemaModule)
(globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.import")] = (url: string) => import(url);
const kept = loader.cachedScript(bundle);
if (!kept) {
  require(bundle);
} else {
  if (kept.stale(WORKER_KIND)) {
    let written = false;
    (globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.worker-cache")] = () => {
      if (written) return;
      written = true;
      kept.write(WORKER_KIND);
    };
  }
  const mod = { exports: {} };
  (kept.script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}
