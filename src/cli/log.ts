// pino on standard error (never stdout, which belongs to the report), at --log-level.
import { pino, type Logger } from "pino";
import type { Writable } from "node:stream";

export type { Logger };

export function createLogger(level: string, stderr: Writable): Logger {
  return pino({ name: "ingest-check", level, base: { pid: process.pid } }, stderr as unknown as pino.DestinationStream);
}
