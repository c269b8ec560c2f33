// The tool's version, read once from package.json so the report and --version agree.
import { readFileSync } from "node:fs";

function readVersion(): string {
  // dist/src/version.js and src/version.ts both sit two folders below the package root, a chunk of the CLI's
  // bundle (dist/src/cli-bundle/) three
  for (const rel of ["../../package.json", "../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ingest-check" && pkg.version) return pkg.version;
    } catch { /* try the next place */ }
  }
  return "0.0.0";
}

export const VERSION = readVersion();
