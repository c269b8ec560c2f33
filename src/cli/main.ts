// The command line: flags → library options, one reporter on stdout, logs on stderr, an exit code (never process.exit).
import { Command, CommanderError, Option, InvalidArgumentError } from "commander";
import type { Writable } from "node:stream";
import type { FailOn, FileReport, Report, RuleLevel } from "../types.js";
import { IngestError, isIngestError } from "../defects/errors.js";
import { FORMATS, type FormatName } from "../report/index.js";
import { VERSION } from "../version.js";
import { createLogger, type Logger } from "./log.js";
import type { WriteFs } from "../report/write.js";
import type { ResolvedOptions } from "../pipeline/options.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { QuarantinePlan } from "../pipeline/outputs.js";
import type { Quarantine } from "../pipeline/quarantine.js";
import type { StatePlan, StateSession } from "../pipeline/state.js";
import type { FeedsRun } from "../feeds/run.js";
import type { PackageRun } from "../datapackage/run.js";
import type { ProgressBar } from "./progress.js";
import { isDataPackagePath } from "../datapackage/path.js";
import { addGlobalOptions, addReadingOptions, colorEnabled as colorOn, int, readingOptions, type GlobalFlags, type ReadingFlags } from "./options.js";

export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** Aborted on SIGINT/SIGTERM by the bin script. */
  signal?: AbortSignal;
  /** The file-system calls for outputs (tests inject ENOSPC / EACCES here); default: the real ones. */
  writeFs?: WriteFs;
}

const defaultIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

const EXAMPLES = `
Examples:
  Locally, a quick look at a file:
    $ ingest-check data.csv
    $ ingest-check data.csv --schema schema.json --html report.html
    $ ingest-check datapackage.json

  As a CI gate on a data merge (annotations, exit code 1 on errors):
    $ ingest-check data/ --schema schema.yaml --format github --fail-on error
    $ ingest-check "data/**/*.csv" --format junit > ingest-check.xml

  As a cron job on a landing folder (JSON report written atomically, JSON logs on stderr):
    $ ingest-check /landing/ --schema schema.json --format ndjson -q --report /reports/latest.json --log-level info

  A landing bucket of several feeds, each compared with its own last deliveries (encoding, columns, rows, arrival …):
    $ ingest-check s3://landing/ --config feeds.yaml --state landing.state.json -q --report /reports/latest.json

Exit codes: 0 no defect reached --fail-on, 1 data defects, 2 the tool could not do its job, 3 as 2 but may pass (network).
`;

export function collectRule(v: string, prev: Record<string, RuleLevel> | undefined): Record<string, RuleLevel> {
  const m = /^([a-z0-9-]+)=(error|warning|off)$/.exec(v);
  if (!m) throw new InvalidArgumentError(`takes code=level (level: error, warning or off), not ${JSON.stringify(v)}`);
  return { ...prev, [m[1]]: m[2] as RuleLevel };
}

interface CheckFlags extends ReadingFlags, GlobalFlags {
  schema?: string; format: FormatName; report?: string; html?: string;
  rejects?: string; clean?: string; maxDefects: number; failOn: FailOn; rule?: Record<string, RuleLevel>;
  stopAfter?: number; baseline?: string; jobs?: number; shard?: string; state?: string;
  config?: string; now?: string; forgetFeed?: string[];
  progress?: boolean; part?: string;
}

function colorEnabled(io: CliIO, stream: { isTTY?: boolean }, flags: { color?: boolean } = {}): boolean {
  return colorOn(io.env, stream, flags.color ?? true);
}

/** Writes and waits for the buffer to drain; a stream closed by its reader (`| head`) ends the wait too. */
function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.write(text)) return resolve();
    const done = () => { stream.off("drain", done); stream.off("close", done); resolve(); };
    stream.on("drain", done).on("close", done);
  });
}

/** Runs the command line and resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const run: CommandContext = { io, exitCode: 0, logger: null, debug: false };
  const program = new Command()
    .name("ingest-check")
    .description("Stops bad data at the door: validates CSV files row by row, in one streaming pass.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.replace(/^error: /, "ingest-check: ")),
    })
    .showSuggestionAfterError(true)
    .addHelpText("after", EXAMPLES)
    // the global options, on every command: one logger, and --log-level debug shows stacks
    .hook("preAction", (_program, command) => {
      const flags = command.opts() as GlobalFlags;
      run.debug = flags.logLevel === "debug" || flags.logLevel === "trace";
      run.logger = createLogger(flags.logLevel, io.stderr);
    });
  addCheckCommand(program, run);
  addInferCommand(program, run);
  addProfileCommand(program, run);
  addMergeCommand(program, run);
  (await import("./run-commands.js")).addRunCommands(program, {
    stdout: io.stdout, stdin: io.stdin, signal: io.signal, logger: () => run.logger!, setExit: (c) => { run.exitCode = c; }, collectRule,
  });

  try {
    await program.parseAsync(argv, { from: "user" });
    return run.exitCode;
  } catch (e) {
    return failed(e, run);
  }
}

/** What the commands share with main: the streams, the logger the preAction hook sets up, and the exit code they set. */
interface CommandContext { io: CliIO; exitCode: number; logger: Logger | null; debug: boolean }

/** The exit code of a command that threw, with its one line on standard error (a stack only with --log-level debug). */
function failed(e: unknown, run: CommandContext): number {
  const { io, debug } = run;
  if (e instanceof CommanderError) {
    // --help and --version end here too, with code 0
    return e.exitCode === 0 ? 0 : 2;
  }
  if (isIngestError(e)) {
    io.stderr.write(`ingest-check: ${e.message}\n`);
    if (debug && e.cause instanceof Error && e.cause.stack) io.stderr.write(e.cause.stack + "\n");
    return e.exitCode;
  }
  const err = e as Error;
  io.stderr.write(`ingest-check: internal error: ${err?.message ?? String(e)}\n`);
  if (debug && err?.stack) io.stderr.write(err.stack + "\n");
  else io.stderr.write("  (run with --log-level debug for details, and please report it)\n");
  run.logger?.debug({ err }, "internal error");
  return 2;
}

/** `check` (the default command): validate inputs. */
function addCheckCommand(program: Command, run: CommandContext): void {
  const check = program
    .command("check", { isDefault: true })
    .description("validate inputs (files, folders, globs, - for stdin)")
    .argument("<input...>", "files, folders, globs, a datapackage.json (its CSV resources), or - for standard input")
    .option("-s, --schema <file>", "Table Schema (.json/.yaml) or zod module (.js/.mjs/.ts); default: inferred");
  addReadingOptions(check)
    .addOption(new Option("-f, --format <name>", "what goes to standard output").choices(FORMATS).default("pretty"))
    .option("-o, --report <file>", "also write the JSON report to this file, atomically")
    .option("--html <file>", "also write a self-contained HTML report")
    .option("--rejects <file>", "write every row with an error to this CSV (with _line, _codes, _extra, _cells); a folder with several inputs")
    .option("--clean <file>", "write every row without an error to this CSV; a folder with several inputs")
    .option("--max-defects <n>", "keep at most n defect entries per file in the report", int("--max-defects"), 1000)
    .addOption(new Option("--fail-on <level>", "the lowest severity that makes the exit code 1").choices(["error", "warning", "none"]).default("error"))
    .option("--rule <code=level>", "change a code's severity: error, warning or off (repeatable)", collectRule)
    .option("--stop-after <n>", "stop reading a file after n error defects", int("--stop-after"))
    .option("--baseline <file>", "compare column distributions with a profile")
    .option("--jobs <n>", "threads: files validated in parallel, and one file of 16 MiB or more split across them (default: number of cores)", int("--jobs"))
    .option("--shard <i/n>", "validate only shard i of n of the inputs")
    .option("--state <file>", "remember validated inputs; skip unchanged ones next time; remember each feed's deliveries")
    .option("--config <file>", "a feeds file (YAML/JSON): which files form which feed, each feed's schema and contract")
    .option("--forget-feed <name>", "drop a feed's remembered deliveries before the run, after an intended change (repeatable)", (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option("--now <time>", "the run's clock for feeds' arrival checks (ISO 8601; for replays and tests)")
    .option("--part <i/n>", "validate only byte range i of n of one file or s3:// object into a part report (--report), for merge; auto/N or auto take i (and n) from the array job's environment");
  addGlobalOptions(check, "no progress bar, no summary; only the requested format")
    .action(async (inputs: string[], flags: CheckFlags) => {
      run.exitCode = await runCheck(inputs, flags, run.io, run.logger!);
    });
}

/** `infer`: print the schema inferred from the data. */
function addInferCommand(program: Command, run: CommandContext): void {
  const infer = program
    .command("infer")
    .description("print a Table Schema inferred from the data, to edit and pass back with --schema")
    .argument("<input>", "a file, or - for standard input")
    .option("--yaml", "print YAML instead of JSON");
  addGlobalOptions(addReadingOptions(infer), "accepted for scripts that pass it to every command (infer prints only the schema)")
    .action(async (input: string, flags: ReadingFlags & GlobalFlags & { yaml?: boolean }) => {
      const { inferDescriptor } = await import("../pipeline/infer.js");
      const { schemaToText } = await import("../schema/index.js");
      const descriptor = await inferDescriptor(input, { ...readingOptions(flags), stdin: run.io.stdin });
      run.logger!.info({ source: input, fields: descriptor.fields.length }, "schema inferred");
      await write(run.io.stdout, schemaToText(descriptor, flags.yaml ? "yaml" : "json"));
      run.exitCode = 0;
    });
}

/** `profile`: print a baseline profile of the columns. */
function addProfileCommand(program: Command, run: CommandContext): void {
  const profileCmd = program
    .command("profile")
    .description("print a baseline profile of the columns, for drift checks with --baseline")
    .argument("<input>", "a file, or - for standard input")
    .option("-s, --schema <file>", "Table Schema (.json/.yaml) or zod module: decides which columns are numeric; default: inferred");
  addReadingOptions(profileCmd)
    .option("-o, --report <file>", "write the profile to this file, atomically, instead of standard output");
  addGlobalOptions(profileCmd, "accepted for scripts that pass it to every command (profile prints only the profile)")
    .action(async (input: string, flags: ReadingFlags & GlobalFlags & { schema?: string; report?: string }) => {
      const { profile, profileToText } = await import("../index.js");
      const p = await profile(input, { schema: flags.schema ?? null, ...readingOptions(flags), stdin: run.io.stdin, signal: run.io.signal });
      run.logger!.info({ source: p.source, rows: p.rows, columns: p.columns.length }, "profile built");
      if (flags.report) await (await import("../report/write.js")).writeAtomic(flags.report, profileToText(p), run.io.writeFs);
      else await write(run.io.stdout, profileToText(p));
      run.exitCode = 0;
    });
}

/** `merge`: merge the JSON reports of shards (or of one file's parts) into one. */
function addMergeCommand(program: Command, run: CommandContext): void {
  const merge = program
    .command("merge")
    .description("merge the JSON reports of shards into one")
    .argument("<report...>", "JSON reports written with --report")
    .addOption(new Option("-f, --format <name>", "what goes to standard output").choices(FORMATS).default("json"))
    .option("-o, --report <file>", "also write the merged JSON report to this file, atomically");
  addGlobalOptions(merge, "accepted for scripts that pass it to every command (merge prints only the requested format)")
    .action(async (paths: string[], flags: GlobalFlags & { format: FormatName; report?: string }) => {
      const { mergeReports } = await import("../pipeline/merge.js");
      const { renderReport } = await import("../report/index.js");
      const parts = await import("../run/merge-parts.js");
      // --part reports: the parts of one object, merged into its one-run report (reading again a part whose start was wrong)
      const merged = (await parts.arePartReports(paths)) ? await parts.mergeParts(paths, (await import("../index.js")).prepare) : null;
      if (merged?.reread.length) run.logger!.info({ parts: merged.reread }, "parts read again (their start was inside a record)");
      const report = merged?.report ?? await mergeReports(paths);
      run.logger!.info({ reports: paths.length, files: report.summary.files, errors: report.summary.errors }, "reports merged");
      if (flags.report) await (await import("../report/write.js")).writeAtomic(flags.report, JSON.stringify(report, null, 2) + "\n", run.io.writeFs);
      await write(run.io.stdout, await renderReport(flags.format, report, { color: colorEnabled(run.io, run.io.stdout, flags), env: run.io.env }));
      run.exitCode = report.ok ? 0 : 1;
    });
}

type Prepare = typeof import("../index.js").prepare;

/** What one `check` run carries from step to step: its flags and I/O, the resolved options, the feeds or packages read. */
interface CheckRun {
  flags: CheckFlags; io: CliIO; log: Logger; ro: ResolvedOptions;
  feeds: FeedsRun | null; pkgs: PackageRun | null;
  /** The inputs as given, or the files of the Data Packages among them. */
  inputs: string[];
}

/**
 * `check`, in steps: the options resolved, the feeds or packages opened, the state locked, the inputs listed and
 * their outputs planned, the files validated, the reports written, the state saved.
 */
async function runCheck(inputs: string[], flags: CheckFlags, io: CliIO, log: Logger): Promise<number> {
  const { prepare } = await import("../index.js");
  if (flags.part !== undefined) return runPart(inputs, flags as CheckFlags & { part: string }, io, log, prepare);
  const { ro, progress } = await checkOptions(flags, io, prepare);
  const run = await openRuns(inputs, flags, io, log, ro, prepare);
  log.debug({ schema: ro.schemaRef, failOn: ro.failOn }, "options resolved");
  // --state: the lock is taken before listing, so an overlapping cron run exits 2 at once
  const state = ro.state ? await (await import("../pipeline/state.js")).StateSession.open(ro.state, run.feeds?.stateOptions() ?? ro, { warn: (m) => log.warn(m) }) : null;
  try {
    const { list, outputs, plan } = await planCheck(run, state);
    const { files, sinks } = await validateInputs(run, plan, outputs, progress);
    const report = await writeOutputs(run, files, list, sinks);
    // after the report is out: a crash before this line re-validates next time rather than forgetting a verdict
    if (state) await state.save(list, files, run.feeds?.memoryOut());
    return (await import("../pipeline/run.js")).exitCodeOf(report.files, ro.failOn);
  } finally {
    await state?.release();
  }
}

/** `check --part`: one part of one object (run-commands.ts). */
async function runPart(inputs: string[], flags: CheckFlags & { part: string }, io: CliIO, log: Logger, prepare: Prepare): Promise<number> {
  const prepared = () => prepare({ schema: flags.schema ?? null, ...readingOptions(flags), maxDefects: flags.maxDefects, failOn: flags.failOn, rules: flags.rule ?? {}, stopAfter: flags.stopAfter ?? null, baseline: flags.baseline ?? null, signal: io.signal });
  return (await import("./run-commands.js")).runPartCheck(inputs, flags, prepared, io, log);
}

/** The resolved options of a check, with the progress bar (none when quiet or on CI) and the NDJSON defect stream. */
async function checkOptions(flags: CheckFlags, io: CliIO, prepare: Prepare): Promise<{ ro: ResolvedOptions; progress: ProgressBar | null }> {
  const { parseShard } = await import("../pipeline/shard.js");
  const ndjson = flags.format === "ndjson";
  const { defectLine } = ndjson ? await import("../report/ndjson.js") : { defectLine: null };
  // why the variable: the bar waits about a second so quick runs stay clean; tests shorten the wait
  const delay = Number(io.env.INGEST_CHECK_PROGRESS_DELAY_MS ?? 1000);
  const progress = !flags.quiet && !io.env.CI ? (await import("./progress.js")).createProgress(io.stderr, colorEnabled(io, io.stderr, flags), Number.isFinite(delay) ? delay : 1000) : null;
  const ro = await prepare({
    schema: flags.schema ?? null,
    ...readingOptions(flags),
    maxDefects: flags.maxDefects,
    failOn: flags.failOn,
    rules: flags.rule ?? {},
    stopAfter: flags.stopAfter ?? null,
    jobs: flags.jobs,
    baseline: flags.baseline ?? null,
    stdin: io.stdin,
    signal: io.signal,
    onDefect: defectLine ? (d, source) => { io.stdout.write(defectLine(d, source)); } : undefined,
    onProgress: progress ? (p) => progress.update(p) : undefined,
    state: flags.state ?? null,
    shard: flags.shard === undefined ? null : parseShard(flags.shard),
  });
  return { ro, progress };
}

/** Opens the feeds of --config (or of --state) and the Data Packages among the inputs, each read with its own options. */
async function openRuns(inputs: string[], flags: CheckFlags, io: CliIO, log: Logger, ro: ResolvedOptions, prepare: Prepare): Promise<CheckRun> {
  const feedOptions = { config: flags.config ?? null, now: flags.now ?? null, schema: flags.schema ?? null, rules: flags.rule, baseline: flags.baseline ?? null };
  const options = () => ({ ...ro.portable, ...feedOptions, stdin: io.stdin, signal: io.signal, onDefect: ro.onDefect ?? undefined, onProgress: ro.onProgress ?? undefined, jobs: flags.jobs, state: ro.state, shard: ro.shard });
  const feeds = flags.config || ro.state ? await (await import("../feeds/run.js")).FeedsRun.open(options(), ro, prepare, { warn: (m) => log.warn(m) }) : null;
  // Data Packages: each input datapackage.json stands for its resources' files, each read with its own options
  const pkgs = inputs.some(isDataPackagePath) ? await (await import("../datapackage/run.js")).PackageRun.open(inputs, options(), prepare, { warn: (m) => log.warn(m) }) : null;
  return { flags, io, log, ro, feeds, pkgs, inputs: pkgs ? pkgs.inputs() : inputs };
}

/** Lists the inputs, decides every output path, picks this shard's inputs and, with --state, the changed ones. */
async function planCheck(run: CheckRun, state: StateSession | null): Promise<{ list: ResolvedInput[]; outputs: QuarantinePlan; plan: StatePlan }> {
  const { flags, io, log, ro, feeds, inputs } = run;
  feeds?.attach(state?.feedMemory() ?? {}, flags.forgetFeed ?? []);
  const resolved = feeds ? await feeds.resolve(inputs, io.stdin) : null;
  const all = resolved?.all ?? await (await import("../source/resolve.js")).resolveInputs(inputs, { stdin: io.stdin });
  // every output path is decided and checked now, before a byte of input is read (a typo must not cost a long read)
  // all inputs, not this run's: the --clean/--rejects names must not depend on shards or skipped files
  const outputs = await (await import("../pipeline/outputs.js")).planOutputs(inputs, all, {
    clean: flags.clean ?? null, rejects: flags.rejects ?? null, report: flags.report ?? null, html: flags.html ?? null, state: flags.state ?? null,
    reads: [["--schema", flags.schema], ["--baseline", flags.baseline], ["--config", flags.config]],
  });
  const list = resolved ? resolved.list : (await import("../pipeline/shard.js")).selectShard(all, ro.shard);
  if (ro.shard) log.info({ shard: `${ro.shard.index}/${ro.shard.count}`, inputs: list.length, of: all.length }, "shard selected");
  const plan = state ? await state.plan(list) : { run: list, assemble: (f: FileReport[]) => f };
  for (const input of list) {
    if ("error" in input) io.stderr.write(`ingest-check: ${input.error.uri}: ${input.error.reason}\n`);
  }
  return { list, outputs, plan };
}

/** Validates the planned inputs into their --clean/--rejects sinks; nothing of them is left behind on a failure or an interrupt. */
async function validateInputs(run: CheckRun, plan: StatePlan, outputs: QuarantinePlan, progress: ProgressBar | null): Promise<{ files: FileReport[]; sinks: Quarantine }> {
  const { io, ro, feeds, pkgs } = run;
  const { runAll } = await import("../pipeline/run.js");
  const { quarantineSinks } = await import("../pipeline/quarantine.js");
  const sinks = quarantineSinks(outputs, io.writeFs);
  let files;
  try {
    files = plan.assemble(await (feeds ? feeds.runAll(plan.run, sinks.sinkFor) : pkgs ? pkgs.runAll(plan.run, ro, sinks.sinkFor) : runAll(plan.run, ro, sinks.sinkFor)));
  } catch (e) {
    // why: a failure mid-run must not leave the temporary --clean/--rejects files behind
    await sinks.abort();
    throw e;
  } finally {
    progress?.done();
  }
  if (io.signal?.aborted) {
    await sinks.abort();
    throw new IngestError("interrupted", "interrupted: no output was written", { exitCode: io.signal.reason === "SIGTERM" ? 143 : 130 });
  }
  if (feeds) files = feeds.finish(files);
  if (pkgs) files = pkgs.finish(files);
  return { files, sinks };
}

/** Builds the report, logs each file, commits the --clean/--rejects outputs, and writes --report, --html and stdout. */
async function writeOutputs(run: CheckRun, files: FileReport[], list: ResolvedInput[], sinks: Quarantine): Promise<Report> {
  const { flags, io, log, ro } = run;
  const { renderReport, renderHtml } = await import("../report/index.js");
  const { writeAtomic } = await import("../report/write.js");
  const report: Report = (await import("../pipeline/run.js")).buildReport(files, ro);
  for (const f of report.files) {
    const err = f.defects.find((d) => d.code === "source-error");
    if (err && !list.some((i) => "error" in i && i.error.uri === f.source)) io.stderr.write(`ingest-check: ${f.source}: ${err.message}\n`);
    log.info({ source: f.source, rows: f.rows, errors: f.errors, warnings: f.warnings, durationMs: f.durationMs, ...(f.skipped ? { skipped: true } : {}) }, f.skipped ? "file skipped (unchanged)" : "file validated");
  }
  // why: an input whose read failed (a truncated .gz, a stream cut short) would leave a --clean that looks whole
  for (const f of report.files) if (f.byCode["source-error"] && !f.skipped) await sinks.discard?.(f.source);
  await sinks.commit();
  if (flags.report) await writeAtomic(flags.report, JSON.stringify(report, null, 2) + "\n", io.writeFs);
  if (flags.html) await writeAtomic(flags.html, await renderHtml(report), io.writeFs);
  await write(io.stdout, await renderReport(flags.format, report, { color: colorEnabled(io, io.stdout, flags), env: io.env }));
  return report;
}
