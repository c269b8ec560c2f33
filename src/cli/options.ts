// The options several subcommands share: how to read an input, and the global ones (logs, quiet, colour) every command takes.
import { InvalidArgumentError, Option, type Command } from "commander";

export function int(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} takes a whole number, not ${JSON.stringify(v)}`);
    return Number(v);
  };
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** What the global options give every command's action. */
export interface GlobalFlags { logLevel: string; quiet?: boolean; color: boolean }

/** How to read one input: check, infer and profile take the same flags. */
export interface ReadingFlags {
  encoding?: string; delimiter?: string; quote?: string; header: boolean; paddedCells: boolean; unitsRow: boolean; skipRows?: number; comment?: string;
}

export function addReadingOptions(cmd: Command): Command {
  return cmd
    .option("--encoding <name>", "skip detection and decode as this encoding")
    .option("--delimiter <char>", "skip sniffing: the field delimiter (\\t for tab; whitespace for aligned columns)")
    .option("--quote <char>", "skip sniffing: the quote character ('' for no quoting)")
    .option("--no-header", "the first row is data; columns are named field1…")
    .option("--no-padded-cells", "spaces around cells are text, never padding (default: sniffed)")
    .option("--no-units-row", "the record under the header is data, never its units (default: sniffed)")
    .option("--skip-rows <n>", "skip n lines before the header (a preamble)", int("--skip-rows"))
    .option("--comment <char>", "skip lines starting with this character, or two (`//`) ('' for none; default: sniffed)");
}

/** The library options the reading flags stand for. */
export function readingOptions(f: ReadingFlags) {
  return {
    encoding: f.encoding ?? null, delimiter: f.delimiter ?? null, quote: f.quote ?? null, header: f.header,
    paddedCells: f.paddedCells, unitsRow: f.unitsRow,
    skipRows: f.skipRows ?? null, comment: f.comment ?? null,
  };
}

/** --log-level, -q and --no-color; `quiet` says what -q silences for this command. */
export function addGlobalOptions(cmd: Command, quiet: string): Command {
  return cmd
    .addOption(new Option("--log-level <level>", "pino level for logs on standard error").choices(LOG_LEVELS).default("warn"))
    .option("-q, --quiet", quiet)
    .option("--no-color", "no colour in the output (as NO_COLOR=1 does)");
}

/** Colour on a stream: --no-color and NO_COLOR turn it off, FORCE_COLOR on; otherwise only on a terminal. */
export function colorEnabled(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }, flag = true): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(stream.isTTY);
}
