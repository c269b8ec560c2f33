// IngestError: the tool's own failures (bad options, unreadable schema, unreadable input), with an exit code.

export type IngestErrorCode =
  | "usage"            // bad option or value
  | "schema"           // the schema file is missing or invalid
  | "input"            // an input could not be read (missing, permission)
  | "input-transient"  // network, throttling, timeout: a scheduler may retry
  | "no-match"         // a pattern or folder matched no file
  | "output"           // an output could not be written
  | "interrupted"      // SIGINT / SIGTERM
  | "internal";

/** An operational failure. `message` is one or two lines a user can act on; no stack trace is shown for it. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** The exit code this failure maps to (SPEC section 3). */
  readonly exitCode: number;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = "IngestError";
    this.code = code;
    this.exitCode = options?.exitCode ?? (code === "input-transient" ? 3 : 2);
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}

/** A one-line reason from a Node system error (ENOENT, EACCES …) without a stack. */
export function describeSystemError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory";
    case "ENOSPC": return "no space left on device";
    case "EMFILE": return "too many open files";
    default: return err?.message ? String(err.message).split("\n")[0] : String(e);
  }
}
