// Turns the inputs a user named (paths, folders, globs, "-") into byte sources, in the order SPEC section 4 gives.
import { stat, readdir } from "node:fs/promises";
import { join } from "node:path";
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

/** Expands every input; a folder or glob expands in sorted path order, and one that matches nothing is an error entry. */
export async function resolveInputs(inputs: string[], opts: { stdin?: NodeJS.ReadableStream; s3?: S3Options } = {}): Promise<ResolvedInput[]> {
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
      const found = (await walk(input)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      if (found.length === 0) out.push({ error: { uri: input, reason: "the folder holds no .csv, .tsv or .txt file (or their .gz)", transient: false } });
      for (const f of found) out.push(f.error === undefined ? await asFile(f.path) : { error: { uri: f.path, reason: f.error, transient: false } });
      continue;
    }
    // why the character test first: tinyglobby (with picomatch) is loaded only for what may be a pattern. picomatch's
    // scan calls a text a glob or a negation only when it holds one of * ? [ { ( !, so without them the answer is no.
    const globber = GLOB_CHARS.test(input) ? await loadModule("tinyglobby", "glob patterns", () => import("tinyglobby")) : null;
    if (globber?.isDynamicPattern(input)) {
      const { glob } = globber;
      const files = (await glob(input, { onlyFiles: true, expandDirectories: false })).sort();
      if (files.length === 0) out.push({ error: { uri: input, reason: "the pattern matches no file", transient: false } });
      for (const f of files) out.push(await asFile(f));
      continue;
    }
    out.push(await asFile(input));
  }
  return out;
}
