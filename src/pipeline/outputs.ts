// The run's output-path planner: every --clean/--rejects/--report/--html/--state path decided and checked before a byte is read.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { DATA_FILE, type ResolvedInput } from "../source/resolve.js";
import { IngestError } from "../defects/errors.js";

export interface OutputFlags {
  clean: string | null;
  rejects: string | null;
  report?: string | null;
  html?: string | null;
  state?: string | null;
  /** Other files the run reads (--schema, --baseline): an output must not replace them either. */
  reads?: Array<[flag: string, path: string | null | undefined]>;
}

/** Each input's --clean and --rejects file (null when the flag is not given), by the input's uri. */
export type QuarantinePlan = Map<string, { clean: string | null; rejects: string | null }>;

const GLOB_CHARS = /[*?[{(!]/;

const refuse = (message: string): never => { throw new IngestError("usage", message); };

async function statOf(p: string) {
  return stat(p).catch(() => null);
}

/**
 * A key that is equal for two spellings of one output path (relative, `./`, a symlinked folder); the file itself
 * may not exist yet, so only its folder is resolved.
 */
async function pathKey(p: string): Promise<string> {
  const dir = await realpath(dirname(resolve(p))).catch(() => dirname(resolve(p)));
  return join(dir, basename(resolve(p)));
}

/** True when an input argument may expand to several files: a folder, a pattern, an object-store prefix. */
async function namesMany(arg: string): Promise<boolean> {
  if (arg === "-") return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return arg.endsWith("/") || GLOB_CHARS.test(arg.replace(/^[a-z0-9+.-]+:\/\/[^/]*/i, ""));
  const st = await statOf(arg);
  if (st) return st.isDirectory();
  return GLOB_CHARS.test(arg);
}

/** The stem of an input's name: its base name without `.gz`, then without `.csv`/`.tsv`/`.txt`. */
function stemOf(uri: string): string {
  return uri === "-" ? "stdin" : basename(uri).replace(/\.gz$/i, "").replace(/\.(csv|tsv|txt)$/i, "");
}

/** The uri's path with `/` as separator, absolute for a local file, for the relative-path names. */
function slashPath(uri: string): string {
  if (uri === "-" || /^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return uri;
  return resolve(uri).split(sep).join("/");
}

/** The uri's folder path relative to the common folder of all the inputs, joined with `__`. */
function relativeName(uri: string, all: string[]): string {
  const dirs = all.map((u) => slashPath(u).split("/").slice(0, -1));
  let common = dirs[0]?.length ?? 0;
  for (const d of dirs) {
    let k = 0;
    while (k < common && k < d.length && d[k] === dirs[0][k]) k++;
    common = k;
  }
  const parts = slashPath(uri).split("/");
  return parts.slice(common).join("__");
}

/**
 * Distinct output names for the inputs (in folder mode), deterministic for a given set of inputs:
 * the stem (`data`); for inputs that share a stem, the full base name (`data.csv`, `data.tsv`, `x.csv.gz`);
 * for those that still share one, the path below the inputs' common folder with `__` for `/` (`a__data.csv`).
 * why only on a clash: a lone `data.csv` keeps the documented `data.clean.csv`
 */
export function outputNames(uris: string[]): string[] {
  const steps: Array<(u: string) => string> = [stemOf, (u) => (u === "-" ? "stdin" : basename(u)), (u) => relativeName(u, uris)];
  const names = uris.map(steps[0]);
  for (const step of steps.slice(1)) {
    const count = new Map<string, number>();
    for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
    uris.forEach((u, i) => { if ((count.get(names[i]) ?? 0) > 1) names[i] = step(u); });
  }
  return names;
}

interface Target { flag: string; path: string; key: string }

/**
 * Decides where each input's --clean and --rejects go and checks every output path, before any input is read.
 * Folder mode when the path ends in `/`, is an existing folder, or the inputs are several or were named by a
 * folder, a pattern or a prefix (so the meaning does not change with how many files have landed).
 * Refuses (exit 2, one line): a missing folder, a file where a folder is needed, two outputs on one path, an
 * output that is an input, a data output inside an input folder (the next run would read it).
 */
export async function planOutputs(args: string[], inputs: ResolvedInput[], flags: OutputFlags): Promise<QuarantinePlan> {
  const plan: QuarantinePlan = new Map();
  for (const [flag, p] of [["--clean", flags.clean], ["--rejects", flags.rejects], ["--report", flags.report], ["--html", flags.html], ["--state", flags.state]] as const) {
    // why: written as a local path, s3://b/x became the folder "s3:" and failed only after the whole read
    if (p && /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) refuse(`${flag} ${p}: outputs are local paths; ${p.split(":")[0]}:// is not supported for them`);
  }
  const sources = inputs.flatMap((i) => ("source" in i ? [i.source] : []));
  const uris = sources.map((s) => s.uri);
  const many = inputs.length > 1 || args.length > 1 || (await Promise.all(args.map(namesMany))).some(Boolean);
  const names = outputNames(uris);
  const targets: Target[] = [];
  const clean = await place("--clean", flags.clean, "clean", many, names);
  const rejects = await place("--rejects", flags.rejects, "rejects", many, names);
  uris.forEach((u, i) => plan.set(u, { clean: clean?.[i] ?? null, rejects: rejects?.[i] ?? null }));
  for (const [flag, list] of [["--clean", clean], ["--rejects", rejects]] as const) {
    if (!list) continue;
    for (const p of list) targets.push({ flag, path: p, key: await pathKey(p) });
  }
  for (const [flag, p] of [["--report", flags.report], ["--html", flags.html], ["--state", flags.state]] as const) {
    if (!p) continue;
    if (flag !== "--state") await checkFile(flag, p);
    targets.push({ flag, path: p, key: await pathKey(p) });
  }
  if (clean || rejects) refuseRepeatedInputs(uris);
  refuseSharedTargets(targets);
  const read: Array<[string, string]> = sources.flatMap((s) => (s.path ? [["the input", s.path] as [string, string]] : []));
  for (const [flag, p] of flags.reads ?? []) if (p) read.push([`the ${flag} file`, p]);
  await refuseInputsAsOutputs(args, read, targets);
  return plan;
}

/** The --clean or --rejects path of each input (one entry per name), or null when the flag is not given. */
async function place(flag: string, p: string | null, kind: "clean" | "rejects", many: boolean, names: string[]): Promise<string[] | null> {
  if (p === null) return null;
  const st = await statOf(p);
  const folder = many || /[/\\]$/.test(p) || Boolean(st?.isDirectory());
  if (!folder) {
    await checkFile(flag, p);
    return names.map(() => p);
  }
  const why = many ? "several inputs (or a folder or a pattern)" : "a trailing /";
  if (!st) refuse(`${flag} ${p}: no such folder (with ${why} it names a folder, which must exist)`);
  if (!st!.isDirectory()) refuse(`${flag} ${p} is a file, but with ${why} it names a folder, where each input gets <name>.${kind}.csv`);
  return names.map((n) => join(p, `${n}.${kind}.csv`));
}

/** A file output: not a folder, and its folder exists. */
async function checkFile(flag: string, p: string): Promise<void> {
  const st = await statOf(p);
  if (st?.isDirectory()) refuse(`${flag} ${p} is a folder; name a file`);
  const dir = await statOf(dirname(resolve(p)));
  if (!dir?.isDirectory()) refuse(`${flag} ${p}: the folder ${dirname(p)} does not exist`);
}

function refuseRepeatedInputs(uris: string[]): void {
  const seen = new Set<string>();
  for (const u of uris) {
    const k = slashPath(u);
    if (seen.has(k)) refuse(`${u} is named twice among the inputs; its --clean/--rejects output would be written twice`);
    seen.add(k);
  }
}

function refuseSharedTargets(targets: Target[]): void {
  const byKey = new Map<string, Target>();
  for (const t of targets) {
    const other = byKey.get(t.key);
    if (other) {
      refuse(other.flag === t.flag
        ? `two inputs would write the same ${t.flag} file ${t.path}; rename one of them`
        : `${other.flag} and ${t.flag} name the same file ${t.path}; give each its own`);
    }
    byKey.set(t.key, t);
  }
}

/** An output that is one of the inputs (same file, however spelled or linked), or a data file inside an input folder. */
async function refuseInputsAsOutputs(args: string[], read: Array<[what: string, path: string]>, targets: Target[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const [what, p] of read) {
    const st = await statOf(p);
    if (st?.isFile()) ids.set(`${st.dev}:${st.ino}`, `${what} ${p}`);
  }
  for (const t of targets) {
    const st = await statOf(t.path);
    const input = st && !st.isDirectory() ? ids.get(`${st.dev}:${st.ino}`) : undefined;
    if (input !== undefined) refuse(`${t.flag} ${t.path} is ${input}; writing it would replace what this run reads`);
  }
  for (const arg of args) {
    const st = await statOf(arg);
    if (!st?.isDirectory()) continue;
    const root = await realpath(arg);
    for (const t of targets) {
      if (!DATA_FILE.test(t.path)) continue;
      const rel = relative(root, t.key);
      if (rel && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel)) {
        refuse(`${t.flag} ${t.path} is inside the input folder ${arg}; the next run would read it as input. Write it elsewhere`);
      }
    }
  }
}
