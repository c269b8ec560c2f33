// Optional dependencies loaded synchronously on first use, so that a run which never needs one never pays its start-up cost.
import { createRequire } from "node:module";
import { IngestError } from "./defects/errors.js";

/** require() for the ESM build (dist/), where the global `require` does not exist. */
export const nodeRequire = createRequire(import.meta.url);

/**
 * Returns a getter that loads a CommonJS-loadable package on its first call and remembers it; a failure becomes a
 * one-line IngestError (exit code 2), never a stack trace. Call sites pass the loader in this exact form:
 *
 *   lazy("pino", "--log-level output", () => typeof require === "function" ? require("pino") : nodeRequire("pino"))
 *
 * why require and not import(): the callers are synchronous (a log call, an encoding-name check, a pattern compiled
 * inside a schema compile). why the literal `require("…")`: scripts/bundle.mjs builds a CommonJS bundle, where
 * `require` exists and esbuild bundles only literal require()/import() calls; a package reached only through
 * nodeRequire would be missing from the bundle (the GitHub Action runs it without node_modules).
 */
export function lazy<T>(name: string, purpose: string, load: () => unknown): () => T {
  let mod: T | undefined;
  return () => {
    if (mod === undefined) {
      try {
        mod = load() as T;
      } catch (e) {
        const reason = String((e as Error)?.message ?? e).split("\n")[0];
        throw new IngestError("internal", `the ${name} package could not be loaded (needed for ${purpose}): ${reason}`, { cause: e });
      }
    }
    return mod;
  };
}

/**
 * `await importer()` with the same one-line IngestError on failure, for callers that can wait: write the
 * import() literally at the call site (`loadModule("tinyglobby", "glob patterns", () => import("tinyglobby"))`)
 * so that esbuild bundles it.
 */
export async function loadModule<T>(name: string, purpose: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (e) {
    const reason = String((e as Error)?.message ?? e).split("\n")[0];
    throw new IngestError("internal", `the ${name} package could not be loaded (needed for ${purpose}): ${reason}`, { cause: e });
  }
}

/**
 * A RegExp made at its first call and kept. why: V8 parses a pattern when its literal is evaluated, not at its first
 * match, and a Unicode property class (\p{L}, \p{Sc}…) is expanded from ICU's tables and sorted then: the six
 * patterns of the dialect's cell types cost ~14 M instructions at module load (callgrind), ~10 % of a 1 KB run's own
 * start-up, in every process and worker, on files whose ASCII text never reaches them.
 */
export function lazyRegExp(source: string, flags = ""): () => RegExp {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(source, flags));
}
