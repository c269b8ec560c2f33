// The run level of feeds: places inputs in feeds, validates each feed with its options, compares each delivery with the feed's memory, checks arrival.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Defect, DefectDraft, FileReport, RuleLevel } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "../pipeline/options.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { RecordSink } from "../pipeline/validate.js";
import type { CompiledSchema } from "../schema/types.js";
import type { ColumnProfile } from "../profile/baseline.js";
import { resolveInputs } from "../source/resolve.js";
import { runAll } from "../pipeline/run.js";
import { CATALOG, isDefectCode } from "../defects/catalog.js";
import { IngestError } from "../defects/errors.js";
import { inputUri, shardOf } from "../pipeline/shard.js";
import { normalizeEncodingName } from "../encoding/index.js";
import { normalizeDelimiter } from "../dialect/index.js";
import type { Feed, FeedsConfig } from "./config.js";
import { idleFeeds, placeAll, rootOf, shardPlaced, splitFeeds, type Placed } from "./assign.js";
import { compareDelivery, duplicateOf } from "./compare.js";
import { baselineOf, deliveryOf, foldProfile, newMemory, trim, type FeedMemory, type Sketch } from "./memory.js";

export interface FeedsLog { warn(msg: string): void }

/** Implicit feeds (no --config) remembered at most; the least recently delivered are forgotten first. */
export const MAX_IMPLICIT_FEEDS = 100;

/** Columns that move by nature, left out of a feed's drift: dates and times, and ids. */
const DATE_TYPES = new Set(["date", "datetime", "time", "year", "yearmonth"]);
const ID_NAME = /(^|[_\s.-])id$|[a-z]Id$/i;

const implicitFeed = (name: string): Feed => ({
  name, match: "", schema: null, schemaFromDefaults: true, encoding: null, dialect: null, rows: null, history: 10,
  tolerances: { rows: 0.5, nullRate: 0.2 }, rules: {}, driftIgnore: [], arrival: null,
});

function memoryFrom(raw: Record<string, unknown>, log?: FeedsLog): Record<string, FeedMemory> {
  const out: Record<string, FeedMemory> = {};
  for (const [name, m] of Object.entries(raw)) {
    const v = m as FeedMemory;
    if (v && typeof v.since === "string" && Array.isArray(v.deliveries) && Array.isArray(v.layouts) && Array.isArray(v.profile)) out[name] = v;
    else log?.warn(`--state: the memory of feed ${JSON.stringify(name)} is unreadable; it starts afresh`);
  }
  return out;
}

function parseNow(v: IngestOptions["now"]): Date {
  if (v == null) return new Date();
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw new IngestError("usage", `--now must be a date and time such as 2026-11-05T06:00:00Z, not ${JSON.stringify(v)}`);
  return d;
}

/** Stamps comparison drafts as defects of the file, keeping its counts exact (also for Data Package resources). */
export function addDefects(f: FileReport, drafts: DefectDraft[], rules: Record<string, RuleLevel>, onDefect: ResolvedOptions["onDefect"]): void {
  for (const d of drafts) {
    const level = rules[d.code] ?? d.severity ?? CATALOG[d.code].severity;
    if (level === "off") continue;
    const defect: Defect = {
      code: d.code, severity: level, row: null, line: null, byteOffset: null, column: d.column ?? null,
      columnIndex: d.columnIndex ?? null, value: null, message: d.message ?? CATALOG[d.code].message(d),
    };
    f.defects.push(defect);
    f.byCode[d.code] = (f.byCode[d.code] ?? 0) + 1;
    if (level === "error") f.errors++; else f.warnings++;
    onDefect?.(defect, f.source);
  }
}

/** Removes a code's defects from a file, keeping its counts exact. */
function dropDefects(f: FileReport, code: Defect["code"]): void {
  const gone = f.defects.filter((d) => d.code === code);
  if (gone.length === 0) return;
  f.defects = f.defects.filter((d) => d.code !== code);
  delete f.byCode[code];
  for (const d of gone) if (d.severity === "error") f.errors--; else f.warnings--;
}

export class FeedsRun {
  private placed: Placed[] = [];
  private roots: string[] = [];
  private memory: Record<string, FeedMemory> = {};
  private readonly roCache = new Map<string, ResolvedOptions>();
  private readonly byName: Map<string, Feed>;

  private constructor(
    readonly config: FeedsConfig | null,
    private readonly options: IngestOptions,
    private readonly ro: ResolvedOptions,
    private readonly prepare: (o: IngestOptions) => Promise<ResolvedOptions>,
    readonly now: Date,
    private readonly log?: FeedsLog,
  ) {
    this.byName = new Map((config?.feeds ?? []).map((f) => [f.name, f]));
  }

  /** Reads --config (when named) and checks it whole before anything is listed; null when neither --config nor --state. */
  static async open(options: IngestOptions, ro: ResolvedOptions, prepare: (o: IngestOptions) => Promise<ResolvedOptions>, log?: FeedsLog): Promise<FeedsRun | null> {
    const now = parseNow(options.now);
    if (!options.config && !ro.state) return null;
    let config: FeedsConfig | null = null;
    // why lazy: zod is loaded only when a feeds file is named (a --state run on clean files never loads it)
    const { checkFeedsConfig, loadFeedsConfig } = options.config ? await import("./config.js") : ({} as never);
    if (typeof options.config === "string") config = await loadFeedsConfig(options.config, isDefectCode);
    else if (options.config) config = await checkFeedsConfig(options.config, "(object)", process.cwd(), isDefectCode);
    for (const f of config?.feeds ?? []) {
      try {
        if (f.encoding) f.encoding = normalizeEncodingName(f.encoding);
        if (f.dialect?.delimiter) f.dialect.delimiter = normalizeDelimiter(f.dialect.delimiter);
      } catch (e) {
        throw new IngestError("usage", `--config ${options.config && typeof options.config === "string" ? options.config : "(object)"}: feed ${JSON.stringify(f.name)}: ${(e as Error).message}`);
      }
    }
    return new FeedsRun(config, options, ro, prepare, now, log);
  }

  /** The options the state's fingerprint is taken from: with a config, its content and its schemas' bytes count too. */
  stateOptions(): ResolvedOptions {
    if (!this.config) return this.ro;
    const h = createHash("sha256").update(JSON.stringify(this.config)).update(this.ro.schema?.sha256 ?? "");
    for (const f of this.config.feeds) if (f.schema) h.update(readFileSync(f.schema));
    return { ...this.ro, schema: { ...(this.ro.schema ?? {}), sha256: h.digest("hex") } as CompiledSchema };
  }

  /** Takes the memory the state file holds, forgetting the feeds named (an intended change: `--forget-feed`). */
  attach(raw: Record<string, unknown>, forget: string[] = []): void {
    this.memory = memoryFrom(raw, this.log);
    for (const name of forget) delete this.memory[name];
  }

  /** Lists every argument, places each input in its feed and keeps this shard's (by feed: a feed stays in one shard). */
  async resolve(args: string[], stdin?: NodeJS.ReadableStream): Promise<{ all: ResolvedInput[]; list: ResolvedInput[] }> {
    const perArg: Array<{ arg: string; inputs: ResolvedInput[] }> = [];
    const seen = new Set<string>();
    for (const arg of args) perArg.push({ arg, inputs: await resolveInputs([arg], { stdin, seen }) });
    this.roots = args.map(rootOf);
    let placed = placeAll(perArg, this.config?.feeds ?? null);
    if (this.config?.unmatched === "ignore") placed = placed.filter((p) => p.feed !== null || !("source" in p.input));
    const split = this.config === null ? splitFeeds(placed, this.ro.shard) : [];
    if (split.length > 0) this.log?.warn(`--shard: ${split.length} implicit feed(s) have files in several shards (${JSON.stringify(split[0])}${split.length > 1 ? ", …" : ""}); each shard compares a file only with the deliveries it saw, so an encoding, dialect or column change can pass unseen: give a feeds file (--config), which keeps each feed in one shard`);
    placed = shardPlaced(placed, this.ro.shard, this.config !== null);
    for (const f of idleFeeds(placed, this.feedsOfShard())) this.log?.warn(`--config: feed ${JSON.stringify(f.name)} matches no input file (match: ${f.match})`);
    this.placed = placed;
    return { all: perArg.flatMap((p) => p.inputs), list: placed.map((p) => p.input) };
  }

  /** One object listed under a root (a queue worker's job): placed in its feed as if the root had been listed. */
  async resolveOne(root: string, uri: string): Promise<ResolvedInput[]> {
    const inputs = await resolveInputs([uri]);
    this.roots = [root];
    let placed = placeAll([{ arg: root, inputs }], this.config?.feeds ?? null);
    if (this.config?.unmatched === "ignore") placed = placed.filter((p) => p.feed !== null || !("source" in p.input));
    this.placed = placed;
    return placed.map((p) => p.input);
  }

  private feedsOfShard(): Feed[] {
    const s = this.ro.shard;
    return (this.config?.feeds ?? []).filter((f) => !s || s.count === 1 || shardOf(f.name, s.count) === s.index);
  }

  private feedOf(uri: string): string | null {
    return this.placed.find((p) => inputUri(p.input) === uri)?.feed ?? null;
  }

  private feed(name: string): Feed {
    return this.byName.get(name) ?? implicitFeed(name);
  }

  /** A feed's options: its schema and rules, and its rolling profile as the drift baseline (with --state). */
  private async roFor(name: string | null): Promise<ResolvedOptions> {
    if (name === null) return this.ro;
    const cached = this.roCache.get(name);
    if (cached) return cached;
    const f = this.feed(name);
    const o = this.options;
    // why not for implicit feeds: profiling reads a file in one pass, and a plain --state run keeps splitting large files
    const memory = this.ro.state !== null && this.byName.has(name);
    const schema = f.schema !== null && !f.schemaFromDefaults ? f.schema : o.schema ?? f.schema;
    const ro = await this.prepare({
      ...o, schema, rules: { ...(this.config?.defaultRules ?? {}), ...(o.rules ?? {}), ...f.rules },
      profile: memory || o.profile === true,
    });
    const mem = this.memory[name];
    if (memory && !ro.baseline && mem) {
      const unique = new Set([...(ro.schema?.fields ?? []).filter((x) => x.unique).map((x) => x.name), ...f.driftIgnore]);
      const skip = (s: Sketch) => DATE_TYPES.has(s.type ?? "") || ID_NAME.test(s.name) || unique.has(s.name);
      ro.baseline = baselineOf(mem, name, skip);
      if (ro.portable) ro.portable = { ...ro.portable, baseline: ro.baseline };
    }
    this.roCache.set(name, ro);
    return ro;
  }

  /** Validates the inputs feed by feed (each with --jobs threads), back in input order, each tagged with its feed. */
  async runAll(run: ResolvedInput[], sinkFor?: (uri: string, index: number) => RecordSink): Promise<FileReport[]> {
    const groups = new Map<string | null, number[]>();
    run.forEach((input, i) => {
      const key = this.feedOf(inputUri(input));
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const out: FileReport[] = new Array(run.length);
    for (const [feed, idx] of groups) {
      const files = await runAll(idx.map((i) => run[i]), await this.roFor(feed), sinkFor ? (uri, k) => sinkFor(uri, idx[k]) : undefined);
      files.forEach((f, k) => { out[idx[k]] = f; });
    }
    return out;
  }

  /** Compares each new delivery with its feed, updates the memory, and adds the run's missing-delivery and unmatched-file entries. */
  finish(files: FileReport[], opts: { arrival?: boolean } = {}): FileReport[] {
    for (const f of files) {
      const name = this.feedOf(f.source);
      if (name !== null) f.feed = name;
      else if (this.config && !f.byCode["source-error"] && this.placed.some((p) => inputUri(p.input) === f.source)) this.unmatched(f);
      if (name === null || f.skipped || f.partial || f.byCode["source-error"]) continue;
      this.remember(f, name);
    }
    // why optional: a queue worker validates one object per job; whether a feed is late is the schedule's question
    const missing = opts.arrival === false ? [] : this.missing();
    this.forgetOld();
    return [...files, ...missing];
  }

  private unmatched(f: FileReport): void {
    const p = this.placed.find((x) => inputUri(x.input) === f.source)!;
    const level = this.config!.unmatched as "error" | "warning";
    addDefects(f, [{ code: "unmatched-file", row: null, line: null, params: { path: p.rel }, severity: level }], { ...this.config!.defaultRules, ...this.ro.rules }, this.ro.onDefect);
  }

  private remember(f: FileReport, name: string): void {
    const feed = this.feed(name);
    // the very delivery already remembered (validated again after the config or the tool changed): nothing new
    if (this.memory[name]?.deliveries.some((d) => d.sha256 === f.sha256 && d.source === f.source)) return;
    let mem: FeedMemory = { ...(this.memory[name] ?? newMemory(this.now)), lastArrival: this.now.toISOString() };
    const drafts = compareDelivery(f, feed, mem);
    // why: text read in another encoding differs everywhere; its drift is a symptom of the switch, not news
    if (drafts.some((d) => d.code === "encoding-mismatch" || d.code === "encoding-changed")) dropDefects(f, "drift");
    addDefects(f, drafts, this.roCache.get(name)?.rules ?? this.ro.rules, this.ro.onDefect);
    // why only clean deliveries: a failed one must not become what the next is compared with
    if (f.errors === 0 && f.sha256 && !duplicateOf(f, mem)) {
      const layouts = mem.layouts.map((l) => l);
      mem = { ...mem, layouts };
      mem = trim({ ...mem, deliveries: [...mem.deliveries, deliveryOf(f, mem, this.now)] }, feed.history);
      const cols = (f as { profile?: ColumnProfile[] }).profile;
      if (cols?.length) mem = foldProfile(mem, cols, feed.history);
    }
    this.memory[name] = mem;
  }

  /** One entry per feed with `arrival` (in this shard) that got nothing new within every + grace. */
  private missing(): FileReport[] {
    if (this.ro.state === null) return [];
    const out: FileReport[] = [];
    for (const feed of this.feedsOfShard()) {
      const mem = this.memory[feed.name] ?? (this.memory[feed.name] = newMemory(this.now));
      if (!feed.arrival) continue;
      const last = mem.lastArrival ?? mem.since;
      if (this.now.getTime() - Date.parse(last) <= feed.arrival.everyMs + feed.arrival.graceMs) continue;
      const root = this.roots[0] ?? "";
      const entry: FileReport = {
        source: `${root}${root === "" || root.endsWith("/") ? "" : "/"}${feed.match}`, feed: feed.name, bytes: null, sha256: null,
        encoding: null, dialect: null, columns: [], rows: { total: 0, valid: 0, invalid: 0 }, byCode: {}, errors: 0, warnings: 0,
        defects: [], defectsTruncated: false, durationMs: 0,
      };
      const params = { feed: feed.name, every: feed.arrival.every, grace: feed.arrival.grace, last: mem.lastArrival ? `at ${mem.lastArrival}` : `never (watched since ${mem.since})` };
      addDefects(entry, [{ code: "missing-delivery", row: null, line: null, params }], { ...(this.config?.defaultRules ?? {}), ...this.ro.rules, ...feed.rules }, this.ro.onDefect);
      out.push(entry);
    }
    return out;
  }

  /** Keeps the memory of the config's feeds, or of the most recently delivered implicit feeds. */
  private forgetOld(): void {
    if (this.config) {
      for (const name of Object.keys(this.memory)) if (!this.byName.has(name)) delete this.memory[name];
      return;
    }
    const names = Object.keys(this.memory).sort((a, b) => (this.memory[b].lastArrival ?? "").localeCompare(this.memory[a].lastArrival ?? ""));
    for (const name of names.slice(MAX_IMPLICIT_FEEDS)) delete this.memory[name];
  }

  /** The memory to write into the state file, feeds sorted by name. */
  memoryOut(): Record<string, unknown> {
    return Object.fromEntries(Object.keys(this.memory).sort().map((k) => [k, this.memory[k]]));
  }
}
