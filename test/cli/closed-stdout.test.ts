// The built CLI when its reader stops early (`ingest-check … | head`): the run ends with its own exit code, and no stack trace.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { BIN } from "../helpers/cli.js";

test("standard output closed after the first bytes: exit 1 for the defects, nothing on standard error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingest-check-pipe-"));
  try {
    const file = join(dir, "ids-not-integers.csv");
    const schema = join(dir, "ids.schema.json");
    writeFileSync(file, "id,name\n" + "x,Ann\n".repeat(50_000)); // one type-error line per row in ndjson
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "name", type: "string" }] }));
    const child = spawn(process.execPath, [BIN, file, "--schema", schema, "-f", "ndjson", "--jobs", "1"], { env: { PATH: process.env.PATH, CI: "1" } });
    let stderr = "";
    child.stderr.on("data", (b) => { stderr += b; });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    assert.equal(stderr, "");
    assert.equal(code, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
