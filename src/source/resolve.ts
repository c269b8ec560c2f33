// Turns the inputs a user named (paths, folders, globs, "-") into byte sources, in the order SPEC section 4 gives.
import { stat, readdir } from "node:fs/promises";
import { readdir as fsReaddir, realpath as fsRealpath } from "node:fs";
import { join, relative, resolve as resolvePath } from "node:path";
import type { ByteSource } from "../types.js";
import { describeSystemError } from "../defects/errors.js";
import { loadModule } from "../lazy.js";
import { fileSource, stdinSource } from "./file.js";
import type { S3Options } from "./s3.js";

/** An input that could not be opened: it still gets its entry in the report, with a source-error. */
export interface UnreadableInput {
  uri: string;
  reason: string;
  /** True when the cause may pass (network, throttling): exit code 3 instead of 2. */
  transient: boolean;
}

export type ResolvedInput = { source: ByteSource } | { error: UnreadableInput };

export const DATA_FILE = /\.(csv|tsv|txt)(\.gz)?$/i;
const GLOB_CHARS = /[*?[{(!]/;

/** A folder's data files, and the entries below it that could not be read (a subfolder, a link to nothing). */
type Found = { path: string; error?: string };

/**
 * why errors as entries: a subfolder without read permission threw out of the whole run ("internal error"), and a
 * data file's link to nothing was dropped without a word; each is now the input entry it would have been, unreadable.
 */
async function walk(dir: string): Promise<Found[]> {
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch (e) { return [{ path: dir, error: describeSystemError(e) }]; }
  const out: Found[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (DATA_FILE.test(e.name) && e.isFile()) out.push({ path: p });
    else if (DATA_FILE.test(e.name) && e.isSymbolicLink()) {
      const target = await stat(p).then((s) => (s.isFile() ? null : "not a file"), (err: unknown) => describeSystemError(err));
      if (target === null) out.push({ path: p });
      else if (target !== "not a file") out.push({ path: p, error: target });
    }
  }
  return out;
}

async function asFile(path: string): Promise<ResolvedInput> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) return { error: { uri: path, reason: "is a directory", transient: false } };
    return { source: fileSource(path, st) };
  } catch (e) {
    return { error: { uri: path, reason: describeSystemError(e), transient: false } };
  }
}

/**
 * A glob's files, and the folders it would have searched but could not read. why the wrapped readdir: tinyglobby
 * (fdir) drops a folder it cannot read without a word, so `dir/**\/*.csv` passed without the files of a locked
 * subfolder; a folder argument reports them (walk), and a pattern must too. Only folders the pattern may descend
 * into are read, so a locked folder the pattern cannot match is no error.
 */
async function expandGlob(glob: typeof import("tinyglobby").glob, pattern: string): Promise<ResolvedInput[]> {
  const unreadable: Found[] = [];
  const readdirNoted = ((path: string, options: unknown, done: (e: NodeJS.ErrnoException | null, r?: unknown) => void) =>
    fsReaddir(path, options as { withFileTypes: true }, (e, r) => {
      // fdir reads absolute paths; tinyglobby names the files it finds relative to the working folder, and so do we
      if (e) unreadable.push({ path: relative(process.cwd(), path), error: describeSystemError(e) });
      done(e, r);
    })) as unknown as typeof fsReaddir;
  const realpathNoted = await danglingNoted(pattern, unreadable);
  const files = await glob(pattern, { onlyFiles: true, expandDirectories: false, fs: { readdir: readdirNoted, realpath: realpathNoted } });
  const found: Found[] = [...files.map((path) => ({ path })), ...unreadable];
  if (found.length === 0) return [{ error: { uri: pattern, reason: "the pattern matches no file", transient: false } }];
  const out: ResolvedInput[] = [];
  for (const f of found.sort(byPath)) out.push(f.error === undefined ? await asFile(f.path) : { error: { uri: f.path, reason: f.error, transient: false } });
  return out;
}

/**
 * fdir's realpath, noting a data file's link to nothing that the pattern matches. why: fdir drops a link it cannot
 * resolve without a word, so `dir/*.csv` passed without a link to a file that is gone; a folder argument reports it.
 */
async function danglingNoted(pattern: string, unreadable: Found[]): Promise<typeof fsRealpath> {
  const { default: picomatch } = await import("picomatch");
  const matches = picomatch(pattern);
  return ((path: string, done: (e: NodeJS.ErrnoException | null, r?: string) => void) =>
    fsRealpath(path, (e, r) => {
      const rel = relative(process.cwd(), path);
      if (e && DATA_FILE.test(path) && (matches(rel) || matches(path))) unreadable.push({ path: rel, error: describeSystemError(e) });
      done(e, r);
    })) as unknown as typeof fsRealpath;
}

const byPath = (a: Found, b: Found): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Whether `r` is an input not met before (then remembered in `seen`). why: an input named twice (`- -`, `a.csv
 * ./a.csv`, a folder and a file in it, two globs that overlap) was read twice: its rows counted twice, and stdin's
 * second reading found it drained, an empty file. A file is known by its absolute path, stdin and objects by their URI.
 */
function firstTime(r: ResolvedInput, seen: Set<string>): boolean {
  if (!("source" in r)) return true;
  const uri = r.source.uri;
  const key = uri === "-" || /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) ? uri : resolvePath(uri);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/**
 * Expands every input; a folder or glob expands in sorted path order, and one that matches nothing is an error entry.
 * An input met again (in these inputs, or in `seen` when the caller resolves its arguments one by one) is left out.
 */
export async function resolveInputs(inputs: string[], opts: { stdin?: NodeJS.ReadableStream; s3?: S3Options; seen?: Set<string> } = {}): Promise<ResolvedInput[]> {
  const seen = opts.seen ?? new Set<string>();
  return (await expandAll(inputs, opts)).filter((r) => firstTime(r, seen));
}

async function expandAll(inputs: string[], opts: { stdin?: NodeJS.ReadableStream; s3?: S3Options }): Promise<ResolvedInput[]> {
  const out: ResolvedInput[] = [];
  for (const input of inputs) {
    if (input === "-") {
      out.push({ source: stdinSource(opts.stdin) });
      continue;
    }
    if (/^s3:\/\//i.test(input)) {
      // why lazy: the AWS SDK costs a noticeable start-up time that local runs should not pay
      const { resolveS3 } = await loadModule("@aws-sdk/client-s3", "s3:// inputs", () => import("./s3.js"));
      out.push(...(await resolveS3(input, opts.s3)));
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      out.push({ error: { uri: input, reason: `the ${input.split(":")[0]}:// scheme is not supported by this version`, transient: false } });
      continue;
    }
    let isDir = false;
    try { isDir = (await stat(input)).isDirectory(); } catch { /* not a folder: a file or a pattern */ }
    if (isDir) {
      const found = (await walk(input)).sort(byPath);
      if (found.length === 0) out.push({ error: { uri: input, reason: "the folder holds no .csv, .tsv or .txt file (or their .gz)", transient: false } });
      for (const f of found) out.push(f.error === undefined ? await asFile(f.path) : { error: { uri: f.path, reason: f.error, transient: false } });
      continue;
    }
    // why the character test first: tinyglobby (with picomatch) is loaded only for what may be a pattern. picomatch's
    // scan calls a text a glob or a negation only when it holds one of * ? [ { ( !, so without them the answer is no.
    const globber = GLOB_CHARS.test(input) ? await loadModule("tinyglobby", "glob patterns", () => import("tinyglobby")) : null;
    if (globber?.isDynamicPattern(input)) {
      out.push(...(await expandGlob(globber.glob, input)));
      continue;
    }
    out.push(await asFile(input));
  }
  return out;
}
