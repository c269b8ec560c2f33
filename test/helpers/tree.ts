// Lays out a folder of files (path → bytes or text) in a new temporary folder, for tests of scripts that walk sources.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A new temporary folder named `prefix…` holding `files`; the caller removes it. */
export function layTree(prefix: string, files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [p, b] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), b);
  }
  return dir;
}
