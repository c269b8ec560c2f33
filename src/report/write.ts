// Atomic output files: written to a temporary file beside the target, then renamed over it.
import { open, rename, unlink } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { dirname, basename, join } from "node:path";
import { IngestError, describeSystemError } from "../defects/errors.js";

/** The file-system calls used, so tests can inject ENOSPC or EACCES. */
export interface WriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
  /** For streamed outputs (--clean, --rejects); optional so a fake needs it only when it tests those. */
  createWriteStream?: typeof createWriteStream;
}

export const realFs: WriteFs = { open, rename, unlink, createWriteStream };

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Writes `text` to `target` so that a reader sees either the old file or the whole new one, never half. */
export async function writeAtomic(target: string, text: string | Buffer, fs: WriteFs = realFs): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    const fh = await fs.open(tmp, "w");
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw new IngestError("output", `cannot write ${target}: ${describeSystemError(e)}`, { cause: e });
  }
}
