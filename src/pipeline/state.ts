// --state: remembers validated inputs so a cron job skips unchanged ones, and a lock so two runs never overlap.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, readFileSync, unlinkSync } from "node:fs";
import { link, open, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import type { ByteSource, FileReport } from "../types.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { ResolvedOptions } from "./options.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { writeAtomic } from "../report/write.js";
import { VERSION } from "../version.js";
import { shardOf, type Shard } from "./shard.js";

/** What a skipped input's entry is rebuilt from: the previous run's verdict and counts, no defect list. */
export interface StateResult {
  /** The file's own verdict at that run: no error defect (the exit code is recomputed from the counts under today's --fail-on). */
  ok: boolean;
  bytes: number | null;
  encoding: FileReport["encoding"];
  dialect: FileReport["dialect"];
  columns: string[];
  rows: FileReport["rows"];
  byCode: FileReport["byCode"];
  errors: number;
  warnings: number;
  partial?: boolean;
}

export interface StateEntry {
  /** The input's size as listed (compressed bytes for .gz). */
  size: number;
  mtimeMs: number | null;
  etag: string | null;
  /** sha256 of the raw bytes as read (the report's files[].sha256). */
  sha256: string;
  /** A local file's status-change time in ns and inode, as decimal text (exact: both can pass 2^53); absent in older entries. */
  ctimeNs?: string | null;
  ino?: string | null;
  /** Tool version + options + schema sha256 that decide the counts (see fingerprintOf). */
  fingerprint: string;
  checkedAt: string;
  result: StateResult;
}

export interface StateFile {
  stateVersion: 1;
  tool: { name: "ingest-check"; version: string };
  entries: Record<string, StateEntry>;
  /** Each feed's memory (src/feeds/memory.ts); absent in state files from before feeds, which read as no memory. */
  feeds?: Record<string, unknown>;
}

export interface StateLog {
  warn(msg: string): void;
}

/**
 * The options that change an input's counts. why not --fail-on / --max-defects: the verdict is recomputed from
 * the stored counts under today's --fail-on, and --max-defects only caps a list a skipped entry does not carry.
 * The tool version is in too: a new release may find defects the old one did not.
 */
export function fingerprintOf(ro: ResolvedOptions): string {
  const material = {
    tool: VERSION,
    // a compiled schema handed in by a library caller has no file to hash: its descriptor stands in
    schema: ro.schema ? ro.schema.sha256 ?? createHash("sha256").update(JSON.stringify(ro.schema.descriptor, (_k, v) => (typeof v === "bigint" ? `${v}n` : v))).digest("hex") : null,
    encoding: ro.encoding, delimiter: ro.delimiter, quote: ro.quote, header: ro.header, skipRows: ro.skipRows,
    comment: ro.comment, rules: Object.fromEntries(Object.entries(ro.rules).sort()), stopAfter: ro.stopAfter,
    maxRecordChars: ro.maxRecordChars, maxColumns: ro.maxColumns, decompression: ro.decompression,
  };
  return createHash("sha256").update(JSON.stringify(material)).digest("hex");
}

// ---------------------------------------------------------------- lock

interface LockInfo { pid: number; host: string; startedAt: string }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** An unreadable lock (a crash between create and write) counts as stale after this long. */
const UNREADABLE_LOCK_STALE_MS = 60_000;

/**
 * Creates `path` holding `text` unless it exists (false then). why a hard link of a written temporary file, not
 * `open(path, "wx")` then write: a run killed between the two left an empty lock that no one could tell stale for
 * a minute; a link makes the lock appear already written. File systems without hard links get the open-then-write.
 */
export async function createWhole(path: string, text: string): Promise<boolean> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, text, { flag: "wx" });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    return createByOpen(path, text);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

async function createByOpen(path: string, text: string): Promise<boolean> {
  let fh;
  try { fh = await open(path, "wx"); } catch (e) { if ((e as NodeJS.ErrnoException).code === "EEXIST") return false; throw e; }
  try { await fh.writeFile(text); } finally { await fh.close(); }
  return true;
}

/** `<state>.lock`, created exclusively (`wx`); released on return, on error, on interrupt, and at process exit. */
export class StateLock {
  private released = false;
  private readonly onExit = () => this.releaseSync();

  private constructor(readonly path: string, private readonly info: LockInfo) {
    // why an exit hook: a second SIGINT/SIGTERM makes the bin call process.exit, which skips every `finally`
    process.on("exit", this.onExit);
  }

  static async acquire(statePath: string, log?: StateLog): Promise<StateLock> {
    const path = `${statePath}.lock`;
    const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        if (await createWhole(path, JSON.stringify(info) + "\n")) return new StateLock(path, info);
      } catch (e) {
        throw new IngestError("output", `cannot create ${path}: ${describeSystemError(e)}`, { cause: e });
      }
      const text = await readFile(path, "utf8").catch(() => null);
      if (text === null) continue; // released between our open and read: try again
      let held: LockInfo | null = null;
      try { held = JSON.parse(text) as LockInfo; } catch { /* half written or foreign */ }
      if (!held || typeof held.pid !== "number") {
        const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age < UNREADABLE_LOCK_STALE_MS) throw new IngestError("output", `another run holds ${path} (pid unknown: the lock file is unreadable)`);
        log?.warn(`taking over ${path}: unreadable and older than ${UNREADABLE_LOCK_STALE_MS / 1000} s`);
      } else if (held.host !== info.host || isAlive(held.pid)) {
        // why not stale on another host: its pid cannot be checked from here (a state file on a network share)
        throw new IngestError("output", `another run holds ${path} (pid ${held.pid}${held.host !== info.host ? ` on ${held.host}` : ""}, since ${held.startedAt})`);
      } else {
        log?.warn(`taking over stale lock ${path} (pid ${held.pid} from ${held.startedAt} no longer runs)`);
      }
      // why re-read before unlinking: another run taking over the same stale lock may have just replaced it
      const again = await readFile(path, "utf8").catch(() => null);
      if (again === text) await unlink(path).catch(() => undefined);
    }
    throw new IngestError("output", `another run holds ${path} (could not take it over)`);
  }

  private ours(): boolean {
    try {
      const held = JSON.parse(readFileSync(this.path, "utf8")) as LockInfo;
      return held.pid === this.info.pid && held.startedAt === this.info.startedAt;
    } catch {
      return false;
    }
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    process.off("exit", this.onExit);
    // never remove a lock another run took over (after ours was judged stale)
    if (this.ours()) { try { unlinkSync(this.path); } catch { /* already gone */ } }
  }

  async release(): Promise<void> {
    this.releaseSync();
  }
}

// ---------------------------------------------------------------- state

/** The state's text with the feeds' memory added, one feed per line. why one line each: indented, the memory's arrays tripled its size. */
function withFeeds(text: string, feeds: Record<string, unknown>): string {
  const lines = Object.entries(feeds).map(([name, m]) => `  ${JSON.stringify(name)}: ${JSON.stringify(m)}`);
  return `${text.slice(0, text.lastIndexOf("}")).trimEnd()},\n "feeds": {\n${lines.join(",\n")}\n }\n}\n`;
}

function emptyState(): StateFile {
  return { stateVersion: 1, tool: { name: "ingest-check", version: VERSION }, entries: {} };
}

async function loadState(path: string, log?: StateLog): Promise<StateFile> {
  let text: string;
  try { text = await readFile(path, "utf8"); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw new IngestError("input", `cannot read --state ${path}: ${describeSystemError(e)}`, { cause: e });
  }
  let s: StateFile | null = null;
  try { s = JSON.parse(text) as StateFile; } catch { /* damaged: see below */ }
  // why fail here, unlike a damaged file: a newer tool's state is whole, and starting afresh would overwrite the
  // history (feeds, deliveries) that tool keeps, after a tool rollback, for good
  if (typeof s?.stateVersion === "number" && s.stateVersion > 1) {
    throw new IngestError("input", `--state ${path} is of state version ${s.stateVersion}, written by a newer ingest-check; this one reads version 1 (upgrade it, or name another --state)`);
  }
  try {
    if (s?.stateVersion === 1 && s.entries && typeof s.entries === "object" && !Array.isArray(s.entries)) {
      const { validEntries } = await import("./state-entry.js");
      const checked = validEntries(s.entries);
      if (checked.damaged) log?.warn(`--state ${path}: ${checked.damaged}`);
      return { ...s, entries: checked.entries };
    }
  } catch { /* fall through */ }
  // why not fail: the state only saves work; a damaged one costs one full run, a failing cron job costs an alert
  log?.warn(`--state ${path} is not an ingest-check state file (version 1); starting afresh, every input is validated`);
  return emptyState();
}

async function sha256File(path: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer);
  return h.digest("hex");
}

function hasIdentity(s: ByteSource): s is ByteSource & { size: number } {
  return s.size !== null && (s.etag !== null || s.mtimeMs !== null);
}

/** The entry a skipped input gets: previous counts and verdict, `skipped: true`, no defect list. */
function skippedEntry(uri: string, e: StateEntry): FileReport {
  const r = e.result;
  return {
    source: uri, bytes: r.bytes, sha256: e.sha256, encoding: r.encoding, dialect: r.dialect, columns: r.columns,
    rows: { ...r.rows }, byCode: { ...r.byCode }, errors: r.errors, warnings: r.warnings,
    defects: [],
    // the list is empty while the counts are not: say so, as a capped list does
    defectsTruncated: r.errors + r.warnings > 0,
    skipped: true,
    ...(r.partial ? { partial: true } : {}),
    durationMs: 0,
  };
}

export interface StatePlan {
  /** The inputs to validate (changed, new, or not identifiable). */
  run: ResolvedInput[];
  /** Puts the validated entries and the skipped ones back in input order. */
  assemble(ran: FileReport[]): FileReport[];
}

/**
 * One run's use of a state file: lock, load, plan which inputs to skip, save the new state, release.
 *
 * Unchanged means: same fingerprint, same size, and the same ETag (objects; LastModified is ignored, a re-upload
 * of the same bytes keeps a single-part ETag) or the same mtime (files). A local file whose mtime changed but whose
 * size did not is hashed: reading a local file is cheap next to validating it (validation is CPU-bound), and a
 * `touch` or a copy that kept the bytes should not cost a full validation. Remote objects are never hashed to
 * decide: that would download them twice when they did change.
 */
export class StateSession {
  private readonly fingerprint: string;
  private readonly shard: Shard | null;
  /** Entries carried over for skipped inputs (with a refreshed mtime when a hash proved the content equal). */
  private readonly carried = new Map<string, StateEntry>();
  /** Local inputs' ctime (ns) and inode at planning time. */
  private readonly ids = new Map<string, { ctimeNs: string; ino: string }>();

  private constructor(readonly path: string, private readonly lock: StateLock, private readonly state: StateFile, ro: ResolvedOptions) {
    this.fingerprint = fingerprintOf(ro);
    this.shard = ro.shard;
  }

  /** Takes the lock first (a second run exits 2 before listing anything), then reads the state. */
  static async open(path: string, ro: ResolvedOptions, log?: StateLog): Promise<StateSession> {
    const lock = await StateLock.acquire(path, log);
    try {
      return new StateSession(path, lock, await loadState(path, log), ro);
    } catch (e) {
      await lock.release();
      throw e;
    }
  }

  private async unchanged(s: ByteSource): Promise<StateEntry | null> {
    if (!hasIdentity(s)) return null;
    const e = this.state.entries[s.uri];
    if (!e || e.fingerprint !== this.fingerprint || e.size !== s.size) return null;
    if (s.etag !== null) return e.etag === s.etag ? e : null;
    const id = this.ids.get(s.uri) ?? null;
    // why ctime and inode too: a rewrite that restores the mtime (cp -p, rsync -t, tar x, touch -d) changes both
    if (s.mtimeMs === e.mtimeMs && id !== null && id.ctimeNs === e.ctimeNs && id.ino === e.ino) return e;
    if (s.path === undefined) return null;
    const sha = await sha256File(s.path).catch(() => null);
    return sha === e.sha256 ? { ...e, mtimeMs: s.mtimeMs, ctimeNs: id?.ctimeNs ?? null, ino: id?.ino ?? null } : null;
  }

  /** A local file's ctime and inode, read before the run reads it (a change while it is read shows next time). */
  private async identify(s: ByteSource): Promise<void> {
    if (s.path === undefined || s.etag !== null) return;
    const st = await stat(s.path, { bigint: true }).catch(() => null);
    if (st) this.ids.set(s.uri, { ctimeNs: String(st.ctimeNs), ino: String(st.ino) });
  }

  async plan(list: ResolvedInput[]): Promise<StatePlan> {
    const skipped = new Map<number, FileReport>();
    const run: ResolvedInput[] = [];
    for (const [i, input] of list.entries()) {
      if ("source" in input) await this.identify(input.source);
      const e = "source" in input ? await this.unchanged(input.source) : null;
      if (e && "source" in input) {
        this.carried.set(input.source.uri, e);
        skipped.set(i, skippedEntry(input.source.uri, e));
      } else {
        run.push(input);
      }
    }
    return {
      run,
      assemble(ran) {
        const out: FileReport[] = [];
        let k = 0;
        for (let i = 0; i < list.length; i++) out.push(skipped.get(i) ?? ran[k++]);
        return out;
      },
    };
  }

  /** The feeds' memory as the state file holds it (src/feeds/ reads and checks it). */
  feedMemory(): Record<string, unknown> {
    return this.state.feeds ?? {};
  }

  /**
   * Writes the new state atomically: one entry per input of this run that was read whole or skipped. Inputs with
   * a source-error are left out (validated again next time), and so are inputs gone from this run: the state
   * describes the last run's inputs, so it does not grow forever as a landing bucket's files come and go.
   * With --shard, entries of the other shards are kept, so shards run one after another may share a state file.
   */
  async save(list: ResolvedInput[], files: FileReport[], feeds?: Record<string, unknown>): Promise<void> {
    const entries: Record<string, StateEntry> = {};
    if (this.shard) {
      for (const [uri, e] of Object.entries(this.state.entries)) if (shardOf(uri, this.shard.count) !== this.shard.index) entries[uri] = e;
    }
    const now = new Date().toISOString();
    for (const [i, input] of list.entries()) {
      const f = files[i];
      if (!("source" in input) || !f || f.source !== input.source.uri) continue;
      const s = input.source;
      if (f.skipped) {
        const e = this.carried.get(s.uri);
        if (e) entries[s.uri] = e;
        continue;
      }
      if (!hasIdentity(s) || f.sha256 === null || f.byCode["source-error"]) continue;
      entries[s.uri] = {
        size: s.size, mtimeMs: s.mtimeMs, etag: s.etag, ...this.ids.get(s.uri), sha256: f.sha256, fingerprint: this.fingerprint, checkedAt: now,
        result: {
          ok: f.errors === 0, bytes: f.bytes, encoding: f.encoding, dialect: f.dialect, columns: f.columns,
          rows: f.rows, byCode: f.byCode, errors: f.errors, warnings: f.warnings, ...(f.partial ? { partial: true } : {}),
        },
      };
    }
    const sorted = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
    const out: StateFile = { stateVersion: 1, tool: { name: "ingest-check", version: VERSION }, entries: sorted };
    const memory = feeds ?? this.state.feeds;
    const text = JSON.stringify(out, null, 1);
    await writeAtomic(this.path, memory ? withFeeds(text, memory) : text + "\n");
  }

  release(): Promise<void> {
    return this.lock.release();
  }
}
