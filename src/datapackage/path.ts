// Which inputs name a Data Package descriptor: a file with one import, so the command line asks cheaply.
import { IngestError } from "../defects/errors.js";

/** True for an input that names a Data Package descriptor rather than data (`datapackage.json`, `x.datapackage.json`). */
export function isDataPackagePath(input: string): boolean {
  return /(^|[\\/.])datapackage\.json$/i.test(input);
}

/** Stops a one-file command (infer, profile, checkStream) given a descriptor: read as CSV it would be misread silently. */
export function refuseDataPackage(input: unknown, what: string): void {
  if (typeof input === "string" && isDataPackagePath(input)) {
    throw new IngestError("usage", `${input}: ${what} reads one data file; a Data Package is checked whole with \`ingest-check ${input}\` (or check() in the library)`);
  }
}
