// Shared helpers for the hardening tests: the CLI in-process and as a child (with its peak RSS), temp folders, generated inputs.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { main, type CliIO } from "../../src/cli/main.js";
import { BIN } from "../helpers/cli.js";
import { ROOT } from "../helpers/report.js";

export { BIN, ROOT };

export function tempDir(tag: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `ic-hard-${tag}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A Writable that keeps what is written to it. */
export function textSink(): Writable & { text(): string } {
  const parts: Buffer[] = [];
  const w = new Writable({ write(c, _e, cb) { parts.push(Buffer.from(c)); cb(); } }) as Writable & { text(): string };
  w.text = () => Buffer.concat(parts).toString("utf8");
  return w;
}

export interface MainResult { code: number; stdout: string; stderr: string }

/** Runs the command line in this process (fast: no node start-up); `io` overrides parts of the CliIO. */
export async function runMain(argv: string[], io: Partial<CliIO> = {}): Promise<MainResult> {
  const stdout = textSink();
  const stderr = textSink();
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, { stdout, stderr, stdin, env: { NO_COLOR: "1", CI: "1" }, ...io });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the child in KiB (from /usr/bin/time, else /proc VmHWM polling), or null if unmeasurable. */
  peakRssKb: number | null;
  wallMs: number;
}

const TIME = "/usr/bin/time";

/**
 * Runs the built CLI as a child. `heapMb` caps V8's old space: why — without a cap V8 lets garbage pile up
 * before collecting, so RSS would measure GC laziness; with it, finishing at all shows what is really held.
 */
export async function runChild(args: string[], opts: { heapMb?: number; stdin?: (w: NodeJS.WritableStream) => Promise<void>; cwd?: string; timeoutMs?: number } = {}): Promise<ChildResult> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  const nodeArgs = [...(opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : []), BIN, ...args];
  const { dir, cleanup } = tempDir("time");
  const timeOut = join(dir, "rss");
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-f", "%M", "-o", timeOut, process.execPath, ...nodeArgs] : nodeArgs;
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd ?? ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1" }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => { stdout += s; });
  child.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
  let polled: number | null = null;
  const poll = useTime ? null : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) polled = Math.max(polled ?? 0, Number(m[1]));
    } catch { /* the child has exited */ }
  }, 20);
  const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 240_000);
  child.stdin.on("error", () => { /* the child may stop reading early (limits): EPIPE is expected */ });
  const feeding = opts.stdin ? opts.stdin(child.stdin).then(() => child.stdin.end(), () => child.stdin.destroy()) : (child.stdin.end(), Promise.resolve());
  const [code, signal] = (await once(child, "close")) as [number | null, NodeJS.Signals | null];
  await feeding;
  clearTimeout(timer);
  if (poll) clearInterval(poll);
  let peakRssKb = polled;
  if (useTime) {
    // /usr/bin/time writes "Command exited with non-zero status N" before the figure
    const lines = existsSync(timeOut) ? readFileSync(timeOut, "utf8").trim().split("\n") : [];
    const last = Number(lines[lines.length - 1]);
    peakRssKb = Number.isFinite(last) && last > 0 ? last : null;
  }
  cleanup();
  return { code, signal, stdout, stderr, peakRssKb, wallMs: performance.now() - t0 };
}

/** Writes `total` bytes made by `piece(i)` (repeated) to a stream, honouring backpressure. */
export async function pump(w: NodeJS.WritableStream, head: string | Buffer, piece: Buffer, count: number, tail: string | Buffer = ""): Promise<void> {
  const write = async (b: string | Buffer) => { if (!w.write(b)) await once(w as unknown as NodeJS.EventEmitter, "drain"); };
  await write(head);
  for (let i = 0; i < count; i++) await write(piece);
  await write(tail);
}

/** Writes a generated file to disk (never committed: tests put it in a temp folder). */
export async function generateFile(path: string, head: string | Buffer, piece: Buffer, count: number, tail: string | Buffer = ""): Promise<void> {
  const w = createWriteStream(path);
  await pump(w, head, piece, count, tail);
  w.end();
  await once(w, "close");
}
