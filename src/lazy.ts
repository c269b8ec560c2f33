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

/** What each Unicode property class that asciiTwin knows matches below U+0080, as the members of a character class. */
export const ASCII_MEMBERS: Readonly<Record<string, string>> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", N: "0-9", M: "", Lo: "", Lm: "", Lt: "" };
const NON_ASCII = /[^\x00-\x7f]/;

/** The two methods of a RegExp that a pattern without the g or y flag answers the same way on every call. */
export interface TextPattern { test(s: string): boolean; exec(s: string): RegExpExecArray | null }

/**
 * A pattern with Unicode property classes that matches an all-ASCII string with its ASCII twin (asciiTwin), and any
 * other string with itself, each made at its first use. why: V8 expands a \p{…} class from ICU's tables when it first
 * makes the pattern, 1–2 M instructions each, and header detection ran seven such patterns on nearly every file,
 * ~12 M instructions of a 1 KB run (README, "Start-up, fifth step"), where on ASCII cells [A-Za-z] matches just what
 * \p{L} does. Not for g or y patterns (they keep lastIndex between calls, and two RegExps would split it).
 */
export function unicodeOrAscii(source: string, flags = ""): TextPattern {
  if (/[gy]/.test(flags)) throw new Error(`unicodeOrAscii: flags ${flags} keep state between calls`);
  let unicode: RegExp | null = null;
  let ascii: RegExp | null = null;
  const pick = (s: string): RegExp => (NON_ASCII.test(s) ? (unicode ??= new RegExp(source, flags)) : (ascii ??= new RegExp(asciiTwin(source), flags)));
  return { test: (s) => pick(s).test(s), exec: (s) => pick(s).exec(s) };
}

/**
 * The pattern with each \p{…} written as the ASCII characters it matches: inside a character class as its members
 * (`[^\p{L}\s]` → `[^A-Za-z\s]`), outside as a class of them (`\p{L}+` → `[A-Za-z]+`, `\p{M}` → `[]`, which never
 * matches). On a string of ASCII characters only, the twin matches exactly where the pattern does. A class not in
 * ASCII_MEMBERS, or a negated \P{…}, throws (when the twin is first made).
 */
export function asciiTwin(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const prop = /^\\([pP])\{(\w+)\}/.exec(source.slice(i, i + 40));
      if (prop) {
        const members = ASCII_MEMBERS[prop[2]];
        if (prop[1] === "P" || members === undefined) throw new Error(`asciiTwin: no ASCII twin for ${prop[0]}`);
        out += inClass ? members : `[${members}]`;
        i += prop[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}
