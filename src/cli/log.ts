// pino on standard error (never stdout, which belongs to the report), at --log-level; pino itself loads at the first line that passes the level.
import type { Writable } from "node:stream";
import type * as Pino from "pino";
import { lazy, nodeRequire } from "../lazy.js";

type LogFn = { (obj: object, msg?: string): void; (msg: string): void };

/** The part of pino's logger the CLI uses. */
export interface Logger {
  trace: LogFn;
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  fatal: LogFn;
}

type Method = keyof Logger;
const VALUES: Record<Method, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

// why lazy: pino and its dependencies are a noticeable share of start-up, and at the default level (warn) a normal
// run writes no log line at all. It loads synchronously at the first line that passes the level, so the lines and
// their order are exactly what an eager pino writes.
const loadPino = lazy<typeof Pino>("pino", "the log lines of --log-level", () => (typeof require === "function" ? require("pino") : nodeRequire("pino")));

export function createLogger(level: string, stderr: Writable): Logger {
  const threshold = level in VALUES ? VALUES[level as Method] : Infinity; // "silent": nothing passes
  let real: Pino.Logger | null = null;
  const method = (name: Method): LogFn => (...args: [object | string, string?]) => {
    if (VALUES[name] < threshold) return;
    real ??= loadPino().pino({ name: "ingest-check", level, base: { pid: process.pid } }, stderr as unknown as Pino.DestinationStream);
    (real[name] as (...a: unknown[]) => void).apply(real, args);
  };
  return { trace: method("trace"), debug: method("debug"), info: method("info"), warn: method("warn"), error: method("error"), fatal: method("fatal") };
}
