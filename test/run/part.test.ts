// --part i/n + merge end to end: one object on an S3-compatible server read as 8 parts by 8 processes of the built CLI, quoted line breaks across part bounds; merge gives the one-run report.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startS3, type S3Server } from "../helpers/s3.js";
import { BIN, runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

let s3: S3Server;
let dir: string;
const SCHEMA = "fixtures/part/schema.json";
const KEYED = "fixtures/part/schema-unique.json";

before(async () => {
  s3 = await startS3(["big"]);
  dir = mkdtempSync(join(tmpdir(), "ingest-part-"));
});
after(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `rows` records, most with a quoted note of three lines (so most line breaks are inside quotes), some bad amounts. */
function data(rows: number): Buffer {
  const out: string[] = ["id,name,note,amount"];
  for (let i = 0; i < rows; i++) {
    const note = i % 5 === 4 ? `plain ${i}` : `"line one of ${i}\nline two, with a comma\nline ""three"""`;
    const amount = i % 4999 === 0 ? "-1" : i % 7919 === 0 ? "n/a" : ((i % 1000) * 1.25).toFixed(2);
    out.push(`${i},name${i % 97},${note},${amount}`);
  }
  return Buffer.from(out.join("\n") + "\n");
}

/** What must equal between one run and the merge of parts: everything but the time taken and the whole file's sha256 (parts cannot hash it). */
function comparable(r: Report): unknown {
  return { ...r, files: r.files.map(({ durationMs: _d, sha256: _s, ...f }) => f) };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d; });
    child.stderr.on("data", (d: Buffer) => { stderr += d; });
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

test("8 parts of a 60 MB object as 8 processes, quoted line breaks across bounds, keys repeated across parts: merge gives the one-run report", { timeout: 600_000 }, async (t) => {
  // ids repeat after 700,000 records, so the last part repeats keys first held by the first one
  const body = Buffer.from(data(800_000).toString().replace(/^(\d+),/gm, (_m, id: string) => `${Number(id) % 700_000},`));
  assert.ok(body.length > 50e6, `${body.length} bytes`);
  await s3.put("big", "export/orders.csv", body);
  const uri = "s3://big/export/orders.csv";
  const runs = await Promise.all(Array.from({ length: 8 }, (_, k) => run([uri, "--schema", KEYED, "--part", `${k + 1}/8`, "--report", join(dir, `part-${k + 1}.json`), "--log-level", "info", "-q"], s3.env)));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const rss = runs.map((r) => JSON.parse(r.stderr.split("\n").find((l) => l.includes("part validated"))!).rssMB as number);
  const merged = await run(["merge", ...Array.from({ length: 8 }, (_, k) => join(dir, `part-${k + 1}.json`)), "--format", "json", "--log-level", "info"], s3.env);
  assert.equal(merged.code, 1, merged.stderr);
  const reread = merged.stderr.split("\n").find((l) => l.includes("parts read again"));
  assert.ok(reread, "some part began inside a quoted record, and merge read it again");
  const one = await run([uri, "--schema", KEYED, "--format", "json"], s3.env);
  assert.equal(one.code, 1, one.stderr);
  const a = JSON.parse(merged.stdout) as Report;
  const b = JSON.parse(one.stdout) as Report;
  assert.equal(b.files[0].rows.total, 800_000);
  assert.ok(b.files[0].errors > 0);
  assert.equal(b.summary.byCode["unique"], 100_000);
  assert.deepEqual(comparable(a), comparable(b));
  t.diagnostic(`parts' RSS ${Math.min(...rss)}-${Math.max(...rss)} MB; ${JSON.parse(reread!).parts.length} part(s) read again by merge`);
});

test("a local file: auto/N from JOB_COMPLETION_INDEX is part i+1; a part missing, or given twice, is one line and exit 2", () => {
  const file = join(dir, "small.csv");
  writeFileSync(file, data(3000));
  const parts = [1, 2, 3].map((i) => join(dir, `s-${i}.json`));
  for (const [k, p] of parts.entries()) {
    const r = runCli([file, "--schema", SCHEMA, "--part", "auto/3", "--report", p, "-q"], { env: { JOB_COMPLETION_INDEX: String(k) } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(p, "utf8")).part.index, k + 1);
  }
  const whole = runCli([file, "--schema", SCHEMA, "--format", "json"]);
  const merged = runCli(["merge", ...parts, "--format", "json"]);
  assert.deepEqual(comparable(JSON.parse(merged.stdout)), comparable(JSON.parse(whole.stdout)));
  const missing = runCli(["merge", parts[0], parts[2]]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, `ingest-check: part 2 of 3 of ${file} is missing\n`);
  const twice = runCli(["merge", parts[0], parts[1], parts[1], parts[2]]);
  assert.equal(twice.code, 2);
  assert.match(twice.stderr, /^ingest-check: .*part 2 is given twice\n$/);
});

test("keys across parts: a key repeated in another part, and within one, gives the one-run report", () => {
  const file = join(dir, "keys.csv");
  // ids repeat every 1,000 records: every part repeats keys of the parts before it and its own
  writeFileSync(file, Buffer.from(data(4000).toString().replace(/^(\d+),/gm, (_m, id: string) => `${Number(id) % 1000},`)));
  const schema = "fixtures/part/schema-unique.json";
  const parts = [1, 2, 3, 4].map((i) => join(dir, `k-${i}.json`));
  for (const [k, p] of parts.entries()) assert.equal(runCli([file, "--schema", schema, "--part", `${k + 1}/4`, "--report", p, "-q"]).code, 0);
  const merged = runCli(["merge", ...parts, "--format", "json"]);
  const whole = runCli([file, "--schema", schema, "--format", "json"]);
  const one = JSON.parse(whole.stdout) as Report;
  assert.equal(one.summary.byCode["unique"], 3000);
  assert.deepEqual(comparable(JSON.parse(merged.stdout)), comparable(one));
});

test("header copies across parts (header-repeated): each part's copies are one defect each, and merge gives the one-run report", () => {
  const file = join(dir, "joined.csv");
  // why every 700 records: files joined with their headers; the copies fall in every part, one near each bound or not
  const lines = data(3000).toString().split(/\n(?=\d+,)/);
  writeFileSync(file, lines.map((l, i) => (i > 0 && i % 700 === 0 ? `id,name,note,amount\n${l}` : l)).join("\n"));
  const parts = [1, 2, 3].map((i) => join(dir, `h-${i}.json`));
  for (const [k, p] of parts.entries()) assert.equal(runCli([file, "--schema", SCHEMA, "--part", `${k + 1}/3`, "--report", p, "-q"]).code, 0);
  const merged = runCli(["merge", ...parts, "--format", "json"]);
  const one = JSON.parse(runCli([file, "--schema", SCHEMA, "--format", "json"]).stdout) as Report;
  assert.equal(one.summary.byCode["header-repeated"], 4);
  assert.deepEqual(comparable(JSON.parse(merged.stdout)), comparable(one));
});

test("codes then names across parts: merge states the dialect's maxFields as one run does", () => {
  const file = join(dir, "codes.txt");
  const words = (i: number) => ["Ash", "Birch Wood", "Cedar Hill Park"][i % 3].split(" ").map((w) => `${w}${i}`).join(" ");
  writeFileSync(file, ["code name", ...Array.from({ length: 3000 }, (_, i) => `C${i} ${words(i)}`)].join("\n") + "\n");
  const schema = join(dir, "codes.schema.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "code", type: "string" }, { name: "name", type: "string" }] }));
  const parts = [1, 2].map((i) => join(dir, `c-${i}.json`));
  for (const [k, p] of parts.entries()) assert.equal(runCli([file, "--schema", schema, "--part", `${k + 1}/2`, "--report", p, "-q"]).code, 0);
  const merged = JSON.parse(runCli(["merge", ...parts, "--format", "json"]).stdout) as Report;
  const one = JSON.parse(runCli([file, "--schema", schema, "--format", "json"]).stdout) as Report;
  assert.equal(one.files[0].dialect!.maxFields, 2);
  assert.equal(one.files[0].errors, 0);
  assert.deepEqual(comparable(merged), comparable(one));
});

test("--part refuses whole-file checks, an inferred schema and several inputs, each with one line and exit 2", () => {
  const file = join(dir, "rows.csv");
  writeFileSync(file, data(50));
  const out = join(dir, "k.json");
  const rows = runCli([file, "--schema", "fixtures/part/schema-foreign-key.json", "--part", "1/2", "--report", out]);
  assert.equal(rows.code, 2);
  assert.match(rows.stderr, /^ingest-check: --part cannot run checks that need every row in one process \(foreignKeys, --baseline drift\); .*\n$/);
  const inferred = runCli([file, "--part", "1/2", "--report", out]);
  assert.equal(inferred.code, 2);
  assert.match(inferred.stderr, /^ingest-check: --part needs --schema/);
  const two = runCli([file, file, "--schema", SCHEMA, "--part", "1/2", "--report", out]);
  assert.equal(two.code, 2);
  assert.match(two.stderr, /^ingest-check: --part reads one file or s3:\/\/ object, not 2 inputs\n$/);
});
