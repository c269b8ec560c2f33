// One large file validated by several worker threads at once: parts cut at line breaks, checked speculatively, merged in file order.
//
// How a part knows where records start without reading what comes before it: it does not. Each part starts
// right after a line break and assumes a record starts there; the part before it proves or disproves that
// assumption, because it stops only at a bound where its own text ends exactly at a record's end
// (CsvTokenizer.atRecordBoundary). Parts are accepted in file order, each one only if it starts where the
// accepted one before it stopped, which makes the whole the same as one pass: the same records, rows,
// lines, byte offsets and defects (test/pipeline/split.test.ts compares them). A part that runs past its
// bounds inside a record (a quoted line break, an unclosed quote) is read again from its start without
// bounds, so a broken file costs a second read of a part, never a wrong answer.
import type { Worker } from "node:worker_threads";
import { open } from "node:fs/promises";
import { closeSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ByteSource, DefectDraft, Dialect, EncodingDecision, ParsedRecord } from "../types.js";
import type { CheckInstance, Header } from "../checks/types.js";
import { SPLIT_MIN_BYTES, type ResolvedOptions } from "./options.js";
import { interleave, type FileCollector } from "./collector.js";
import { PartsInOrder } from "./parts-in-order.js";
import { validatePart, type PartJob, type PartResult } from "./part.js";
import { headerlessNames } from "../dialect/comment-header.js";
import type { WorkerJob, WorkerMessage } from "./worker.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { isSingleByte } from "../encoding/names.js";
import { bomBytesOf } from "../encoding/decode.js";
import { CsvTokenizer, type SkippedLines } from "../parse/csv.js";
import { isBlank } from "../checks/structure/row-blank.js";
import { headerCopyKey } from "../checks/structure/header-repeated.js";
import { startWorker, workerSpec, type WorkerSpec } from "./pool.js";
import { startCompilingInline } from "./compile-inline.js";
import { partTargets } from "./part-plan.js";
import { dialectParseOptions } from "./dialect-use.js";

/** Bounds past its own end a part may read on to, inside a record, before it gives up and is read again. */
const EXTRA_BOUNDS = 2;
const YOUNG_MB = 4;
/** The sample's first characters, where the header is looked for before the whole sample (headerFromSample). */
const HEADER_PREFIX_CHARS = 64 * 1024;
/** Jobs a worker may hold at once (the one it runs and the next). */
const PER_WORKER = 2;
/** Bytes this thread hashes per turn when it has no part to validate. */
const HASH_SLICE = 8 * 1024 * 1024;
/** This thread, validating a part, takes the workers' messages after every this many bytes of it. */
const LOCAL_PAUSE = 1 << 20;

/** The threads a split would use for this run, or 0 when it may not split at all. */
export function splitThreads(source: ByteSource, ro: ResolvedOptions, sinkGiven: boolean): number {
  const jobs = ro.jobs || availableParallelism();
  if (jobs < 2 || source.path === undefined || (source.size ?? 0) < (ro.split.minBytes ?? SPLIT_MIN_BYTES)) return 0;
  // why each: a record sink (--clean, --rejects), --stop-after and profiling or a baseline (drift's reservoir samples)
  // need every record in order in one thread; workers
  // need options they can rebuild (a schema given as a file, not a compiled object); an inferred schema
  // is decided from the first records, which the parts do not wait for
  if (sinkGiven || ro.stopAfter !== null || ro.profile || ro.baseline || !ro.portable || !ro.schema) return 0;
  return jobs;
}

/** A started set of workers, ready before the sniffing is done (their modules load meanwhile). */
export interface SplitWorkers {
  workers: Worker[];
  close(): Promise<void>;
}

/**
 * Starts the workers of a split over `n` threads: n - 1 of them, as this thread validates parts too (validateSplit).
 * why not n: on n cores, n workers and this thread (hashing the bytes, merging) were n + 1 busy threads, and each
 * worker is an isolate that loads its modules and compiles its hot code anew (~0.25 s of CPU, most of a 100 MB file's
 * extra cost over one pass); this thread has its code loaded already and starts on the first part at once.
 */
export function startSplitWorkers(n: number): SplitWorkers | null {
  const spec: WorkerSpec | null = workerSpec();
  if (spec === null) return null;
  // why 4 MB: with the default young generation the peak RSS of a 100 MB file was ~158 MB; at 4 MB it is
  // ~134 MB (8 MB: ~143 MB), with no CPU cost we could measure in interleaved pairs; at 2 MB the 1 GB peak
  // fell under 120 MB but the workers took 15–30 % more CPU
  const workers = Array.from({ length: Math.max(1, n - 1) }, () => startCompilingInline(() => startWorker(spec, YOUNG_MB)));
  return { workers, close: async () => { await Promise.all(workers.map((w) => w.terminate())); } };
}

/** What the whole file's thread reads from its sample before splitting: the header, or why not to split. */
export function headerFromSample(sample: string, dialect: Dialect, encoding: EncodingDecision, ro: ResolvedOptions): Header | null {
  // why these encodings: a part starts after a 0x0A byte, which is a line break only where every byte below
  // 0x80 is ASCII (UTF-8, single-byte code pages); UTF-16 and multi-byte legacy encodings are read in one pass
  if (encoding.name !== "utf-8" && !isSingleByte(encoding.name)) return null;
  if (dialect.lineTerminator !== "\n" && dialect.lineTerminator !== "\r\n") return null;
  // why a prefix first: only the first record is wanted, and the whole 1 MB sample made ~6,000 records here at
  // start-up; a record the tokenizer hands out from a prefix is the one it hands out from the whole (it streams)
  let out: ParsedRecord[] = [];
  for (const n of [HEADER_PREFIX_CHARS, sample.length]) {
    const tok = new CsvTokenizer({
      ...dialectParseOptions(dialect), maxRecordChars: ro.maxRecordChars, byteLength: null,
    });
    out = [];
    tok.push({ text: n < sample.length ? sample.slice(0, n) : sample, byteStart: null }, out);
    if (out.some((r) => r.skipped || !isBlank(r)) || n >= sample.length) break;
  }
  // why past blank records: the one pass holds blank lines before the first record (a comment block, then a blank
  // line) and gives a headerless file the width of its first non-blank record, so the parts must use that width too
  const rec = dialect.header ? out[0] : out.find((r) => r.skipped || !isBlank(r));
  // the plain case only: a header (or first record) read whole, without a defect, within the column limit
  // why a limit: past validate.ts's MAX_LEADING_BLANK the one pass stops holding blank lines; such a file is not split
  if (!rec || out.indexOf(rec) >= 1000 || rec.skipped || rec.defects || rec.replacement || rec.cells.length > ro.maxColumns) return null;
  if (dialect.header) {
    if (isBlank(rec)) return null;
    // why a copy: the cells are slices of the sample, and the names live as long as the run (1 MB held for a header)
    const names = JSON.parse(JSON.stringify(rec.cells)) as string[];
    const copyKey = headerCopyKey(names);
    return { names, line: rec.line, present: true, dataStart: bytesThroughLine(sample, rec.endLine, encoding), ...(copyKey ? { copyKey } : {}) };
  }
  return { names: headerlessNames(rec.cells.length, dialect), line: null, present: false, dataStart: bytesThroughLine(sample, dialect.skipRows, encoding) };
}

/**
 * The bytes of the file's first `lines` lines, or more (never fewer): where a part may start at the earliest. why: only
 * the first part skips the preamble and the header record, so a cut inside a long comment block or preamble (one
 * longer than a part) made the header, or the preamble lines, rows of the next part. Counting LF only, a lone CR
 * the tokenizer counts as a line break, or a U+FFFD that stood for fewer bytes, can only make the offset larger.
 */
function bytesThroughLine(sample: string, lines: number, encoding: EncodingDecision): number {
  let at = 0;
  for (let k = 0; k < lines; k++) {
    const nl = sample.indexOf("\n", at);
    if (nl < 0) { at = sample.length; break; }
    at = nl + 1;
  }
  const text = sample.slice(0, at);
  return bomBytesOf(encoding) + (encoding.name === "utf-8" ? Buffer.byteLength(text, "utf8") : text.length);
}

/** Byte offsets just after the first line break at or past each target (part-plan.ts), strictly increasing, below size. */
async function cutPoints(path: string, size: number, targets: number[]): Promise<number[]> {
  const fh = await open(path, "r");
  try {
    const cuts: number[] = [];
    const window = Buffer.allocUnsafe(64 * 1024);
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      const limit = i + 1 < targets.length ? targets[i + 1] : size;
      let at = Math.max(target, cuts.length ? cuts[cuts.length - 1] : 0);
      let found = -1;
      // a line longer than the window: keep looking, up to the next target
      while (found < 0 && at < size && at < limit) {
        const { bytesRead } = await fh.read(window, 0, window.length, at);
        if (bytesRead === 0) break;
        const nl = window.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) found = at + nl + 1;
        else at += bytesRead;
      }
      if (found > 0 && found < size) cuts.push(found);
    }
    return cuts;
  } finally {
    await fh.close();
  }
}

export interface SplitResult {
  rows: number;
  aborted: boolean;
  /** Parts accepted, and parts read again without bounds (a record ran on past them). */
  parts: number;
  reread: number;
  /** Lines skipped whole (comments, preamble) in the parts merged, numbered in the whole file. */
  skipped: SkippedLines;
}

/**
 * Validates the file in parts on the workers; merges counts, defects and check states into `file` and
 * `checks` (whose onHeader has run), hashes the bytes into `raw`. Throws IngestError("input") on a read error.
 */
export async function validateSplit(args: {
  source: ByteSource; ro: ResolvedOptions; pool: SplitWorkers; encoding: EncodingDecision; dialect: Dialect; header: Header;
  file: FileCollector; checks: CheckInstance[]; raw: { read: number; hash: import("node:crypto").Hash };
  /** Bytes validated so far, and rows (those of the parts merged, plus those the parts in flight have checked). */
  onProgress: (bytes: number, rows: number) => void;
}): Promise<SplitResult> {
  const { source, ro, pool, file, checks } = args;
  const path = source.path!;
  const size = source.size!;
  const targets = partTargets(size, pool.workers.length + 1, ro.split.partBytes, ro.split.partMin ?? undefined);
  const cuts = (await cutPoints(path, size, targets)).filter((c) => c >= (args.header.dataStart ?? 0));
  const starts = [0, ...cuts];
  const ends = [...cuts, size];
  const indexOfStart = new Map(starts.map((s, i) => [s, i]));
  const streaming = ro.onDefect !== null;
  const progressing = ro.onProgress !== null;

  const jobFor = (k: number, unbounded: boolean): PartJob => ({
    path, uri: source.uri, start: starts[k], size,
    bounds: ends.slice(k, unbounded ? ends.length : Math.min(ends.length, k + 1 + EXTRA_BOUNDS)),
    encoding: args.encoding, dialect: args.dialect, header: args.header,
  });

  // ---- the merge, in file order
  let head = 0; // the part whose start is where the accepted parts end
  const order = new PartsInOrder(file, checks, size);
  // why: a keyed file's parts defer their repeated keys to the merge, so a part's defects are streamed only once it is merged
  const keyed = order.keyed;
  const results = new Map<number, PartResult>(); // part index → result of the job that counts for it
  const jobPart = new Map<number, number>(); // job id → part index
  const partRows = new Map<number, number>(); // job id → rows it has checked, until its part is merged (progress)
  const currentJob = new Map<number, number>(); // part index → the job id whose result counts

  // ---- streamed defects (onDefect): sent in file order, so only the head part's go out as they come
  const waiting = new Map<number, DefectDraft[]>(); // job id → drafts held until its part is the head
  const delivered = new Map<number, number>(); // job id → drafts of it already sent (by it or by the job it replaced)
  const skip = new Map<number, number>(); // job id → its first drafts, sent already by the job it replaced
  const deliver = (id: number, list: DefectDraft[]) => {
    let n = skip.get(id) ?? 0;
    for (const d of list) {
      if (n > 0) { n--; continue; }
      const defect = file.stampShifted(order.shift(d));
      if (defect) ro.onDefect!(defect, source.uri);
    }
    skip.set(id, n);
    delivered.set(id, (delivered.get(id) ?? 0) + list.length);
  };
  const flushHead = () => {
    const id = currentJob.get(head);
    const held = id === undefined ? undefined : waiting.get(id);
    if (id !== undefined && held?.length) { deliver(id, held); waiting.set(id, []); }
  };

  // ---- the jobs
  const queue: number[] = []; // job ids waiting for a worker
  const jobs = new Map<number, PartJob>();
  let nextId = 0;
  const submit = (k: number, unbounded: boolean, urgent: boolean): number => {
    const id = nextId++;
    jobs.set(id, jobFor(k, unbounded));
    jobPart.set(id, k);
    currentJob.set(k, id);
    waiting.set(id, []);
    if (urgent) queue.unshift(id); else queue.push(id);
    return id;
  };
  /** Drops what a job that no longer counts, or whose part is merged, still holds. */
  const forget = (id: number) => { jobs.delete(id); waiting.delete(id); delivered.delete(id); skip.delete(id); partRows.delete(id); };
  for (let k = 0; k < starts.length; k++) submit(k, false, false);

  let settle!: (r: SplitResult) => void;
  let fail!: (e: unknown) => void;
  const done = new Promise<SplitResult>((res, rej) => { settle = res; fail = rej; });
  let finished = false;
  let accepted = 0, reread = 0;

  const advance = () => {
    while (head < starts.length) {
      const r = results.get(head);
      if (!r) return;
      if (!r.clean) {
        // it ran past its last bound inside a record: read it again from the same start, without bounds
        results.delete(head);
        const old = currentJob.get(head)!;
        const id = submit(head, true, true);
        reread++;
        skip.set(id, delivered.get(old) ?? 0);
        forget(old);
        pump();
        return;
      }
      accepted++;
      // why drop it now: a part's result holds up to --max-defects drafts; kept to the end they add up per part
      results.delete(head);
      const id = currentJob.get(head)!;
      // keys: probed in file order, now that the rows before this part are counted
      const deferred = order.deferred(r);
      if (keyed && streaming) deliver(id, interleave(waiting.get(id) ?? [], (j) => j, deferred));
      forget(id);
      order.absorb(r, deferred);
      // why: moved to a worker, whose frequent collections free them, rather than left to pile up in this thread
      if (keyed) { const spent = order.spentKeys(r); if (spent.length) pool.workers[accepted % pool.workers.length].postMessage({ type: "release" }, spent); }
      const next = r.stop >= size ? starts.length : indexOfStart.get(r.stop);
      if (next === undefined) { fail(new Error(`a part stopped at ${r.stop}, which is no part's start`)); return; }
      head = next;
      if (streaming && !keyed) flushHead();
    }
    finished = true;
    settle({ rows: order.rows, aborted: false, parts: accepted, reread, skipped: order.skipped });
  };

  // ---- the workers, and this thread: each takes the next job of the queue when it has room for one
  const bytesDone = new Map<number, number>();
  const progress = () => {
    let n = 0;
    for (const b of bytesDone.values()) n += b;
    // why the rows merged plus the parts not merged yet: the merge runs in file order, so the former stay 0 until part 0
    // is done (the bar showed "0 rows" throughout); a part an earlier part read through no longer counts
    let rows = order.rows;
    for (const [id, r] of partRows) if ((jobPart.get(id) ?? -1) >= head) rows += r;
    args.onProgress(Math.min(n, size), rows);
  };
  /** The next job worth running, or -1; a part that an accepted part before it read on through is not read. */
  const nextJob = (): number => {
    while (queue.length) {
      const id = queue.shift()!;
      const k = jobPart.get(id)!;
      if (currentJob.get(k) === id && k >= head) return id;
    }
    return -1;
  };
  const inFlight = new Map<Worker, number>(pool.workers.map((w) => [w, 0]));
  const pump = () => {
    for (const w of pool.workers) {
      // why a second job in flight: this thread validates parts too, and takes no message while it does; a worker
      // that finished its part would wait for its next job until then. Not the last job, which goes to whoever is free first.
      while (!finished && inFlight.get(w)! < PER_WORKER && (inFlight.get(w) === 0 || queue.length > 1)) {
        const id = nextJob();
        if (id < 0) break;
        inFlight.set(w, inFlight.get(w)! + 1);
        const msg: WorkerJob = { id, path, uri: source.uri, options: ro.portable!, streamDefects: streaming, progress: progressing, part: jobs.get(id)! };
        w.postMessage(msg);
      }
    }
    localTurn();
  };
  const onDrafts = (id: number, drafts: DefectDraft[]) => {
    const k = jobPart.get(id)!;
    // a job replaced, or a part that an accepted part read on through: its drafts never count
    if (currentJob.get(k) !== id || k < head) return;
    if (k === head && !keyed) deliver(id, drafts);
    else waiting.get(id)?.push(...drafts);
  };
  const onBytes = (id: number, bytes: number, rows: number) => {
    bytesDone.set(id, bytes);
    if (currentJob.get(jobPart.get(id)!) === id) partRows.set(id, rows);
    progress();
  };
  const onDone = (id: number, result: PartResult) => {
    const k = jobPart.get(id)!;
    onBytes(id, result.stop - result.start, result.rows);
    // why the next job first: merging a keyed part probes its keys in this thread (~0.1 s per million), and a
    // worker waiting for its next job meanwhile sat idle (30 % of its time on 10 million keys)
    pump();
    if (currentJob.get(k) === id && k >= head) {
      results.set(k, result);
      if (k === head) advance();
    }
    pump();
  };
  for (const w of pool.workers) {
    w.on("message", (m: WorkerMessage) => {
      if (finished) return;
      if (m.type === "part-drafts") onDrafts(m.id, m.drafts);
      else if (m.type === "part-bytes") onBytes(m.id, m.bytes, m.rows);
      else if (m.type === "failed") fail(new IngestError((m.error.code as never) ?? "internal", m.error.message, { exitCode: m.error.exitCode }));
      else if (m.type === "part-done") { inFlight.set(w, inFlight.get(w)! - 1); onDone(m.id, m.result); }
    });
    w.on("error", (e) => fail(e));
  }

  // ---- this thread's share: parts between the workers' messages, and the sha256 of the bytes, kept up with the parts taken
  const hasher = new SyncHasher(path, size, args.raw);
  const localRo: ResolvedOptions = { ...ro, jobs: 1, onDefect: null, onProgress: null };
  let localBusy = false;
  /** A job set aside for this thread's first turn (the first part: the workers may still be loading their modules). */
  let localFirst = -1;
  function localTurn(): void {
    if (localBusy || finished) return;
    localBusy = true;
    setImmediate(() => { runLocal().catch(fail).finally(() => { localBusy = false; }); });
  }
  const runLocal = async () => {
    while (!finished) {
      const id = localFirst >= 0 ? localFirst : nextJob();
      localFirst = -1;
      if (id < 0) {
        // nothing to validate: hash on, a slice at a time, taking the workers' messages between slices
        if (hasher.done()) return;
        hasher.upTo(hasher.at() + HASH_SLICE);
        await nextTurn();
        continue;
      }
      const job = jobs.get(id)!;
      // why hash up to this part's start, and the part itself from its own reads (onRead): the hash then keeps up with
      // the parts handed out, so little of it is left when the last part is done, and this thread's parts (half the
      // file) are read once, not twice (~0.1 s of system time per GB)
      hasher.upTo(job.start);
      const drafts: DefectDraft[] = [];
      let reported = 0, paused = 0;
      const result = await validatePart(job, localRo, {
        onDraft: streaming ? (d) => { drafts.push(d); } : null,
        onBytes: progressing ? (n, rows) => { if (n - reported >= 4 << 20) { reported = n; onBytes(id, n, rows); } } : undefined,
        // why: a part read here without a pause held the workers' messages until it was done; a worker that had finished
        // its jobs then waited for its next one (on a 100 MB file of four 25 MB parts, through most of this thread's part)
        pause: (n) => (n - paused >= LOCAL_PAUSE ? ((paused = n), nextTurn()) : null),
        onRead: (bytes, at) => hasher.take(bytes, at),
      });
      if (finished) return;
      if (drafts.length) onDrafts(id, drafts);
      onDone(id, result);
      // the workers' messages (results to merge, room for jobs) before the next part
      await nextTurn();
    }
  };

  const onAbort = () => { if (!finished) { finished = true; settle({ rows: order.rows, aborted: true, parts: accepted, reread, skipped: order.skipped }); } };
  ro.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    localFirst = nextJob();
    pump();
    const result = await done;
    finished = true;
    if (result.aborted) return result;
    // what the hashing has not reached yet (the workers read the last parts)
    hasher.upTo(size);
    return result;
  } catch (e) {
    // why: the parts merged so far are counted in `file` already (their invalid rows, their defects); without their rows
    // a file cut while read reported rows.total 0 beside thousands of invalid rows (valid < 0)
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { rowsMerged: order.rows });
  } finally {
    finished = true;
    hasher.close();
    ro.signal?.removeEventListener("abort", onAbort);
  }
}

/** Resolves after the event loop's next turn (the messages waiting are taken first). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The whole file's size and sha256, read once more by this thread in file order, synchronously, a slice at a time
 * between its parts (~1.7 GB/s, cheap next to validation). why one buffer, reused: a read stream allocates a new
 * 64 KiB buffer per chunk, which raised the 1 GB peak RSS by ~20 MB.
 */
class SyncHasher {
  private fd: number | null = null;
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private ended = false;

  constructor(private readonly path: string, private readonly size: number, private readonly raw: { read: number; hash: import("node:crypto").Hash }) {}

  at(): number {
    return this.raw.read;
  }

  done(): boolean {
    return this.ended || this.raw.read >= this.size;
  }

  /**
   * Hashes bytes read elsewhere, from file offset `at`: the part of them just past what is hashed, if they reach it.
   * why not more: bytes after a gap would be hashed out of order (a part read again from its start overlaps what is hashed).
   */
  take(bytes: Buffer, at: number): void {
    const raw = this.raw;
    if (this.ended || at > raw.read || at + bytes.length <= raw.read) return;
    const fresh = bytes.subarray(raw.read - at, Math.min(bytes.length, this.size - at));
    raw.hash.update(fresh);
    raw.read += fresh.length;
  }

  /** Hashes on to byte `end` (or the file's end). Throws IngestError("input") on a read error. */
  upTo(end: number): void {
    const raw = this.raw;
    try {
      this.fd ??= openSync(this.path, "r");
      while (!this.ended && raw.read < Math.min(end, this.size)) {
        const got = readSync(this.fd, this.buf, 0, Math.min(this.buf.length, this.size - raw.read), raw.read);
        // a short file is caught where one pass catches it: validate.ts compares the bytes read with the size
        if (got === 0) { this.ended = true; return; }
        raw.hash.update(this.buf.subarray(0, got));
        raw.read += got;
      }
    } catch (e) {
      throw new IngestError("input", describeSystemError(e));
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
