// --shard i/n: a stable partition of the expanded inputs; n shards merged equal one unsharded run.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fnv1a32, parseShard, selectShard, shardOf, validateShard } from "../../src/pipeline/shard.js";
import type { ResolvedInput } from "../../src/source/resolve.js";
import { bufferSource } from "../../src/source/file.js";
import { check } from "../../src/index.js";
import { IngestError } from "../../src/defects/errors.js";
import type { FileReport, Report } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";
import { assertReport, FIXTURES } from "../helpers/report.js";

describe("--shard: parsing and assignment", () => {
  it("FNV-1a 32 matches the published test vectors (so the split is the same on every machine)", () => {
    assert.equal(fnv1a32(""), 0x811c9dc5);
    assert.equal(fnv1a32("a"), 0xe40c292c);
    assert.equal(fnv1a32("foobar"), 0xbf9cf968);
  });

  it("parses i/n, 1-based", () => {
    assert.deepEqual(parseShard("1/1"), { index: 1, count: 1 });
    assert.deepEqual(parseShard("3/4"), { index: 3, count: 4 });
  });

  for (const bad of ["0/3", "4/3", "abc", "1/0", "-1/3", "1.5/3", "2", "/3", "1/3/5", ""]) {
    it(`rejects ${JSON.stringify(bad)} as a usage error (exit 2)`, () => {
      assert.throws(() => parseShard(bad), (e: unknown) => e instanceof IngestError && e.code === "usage" && e.exitCode === 2 && /--shard must be i\/n/.test(e.message));
    });
  }

  it("the library checks an object shard too", async () => {
    assert.throws(() => validateShard({ index: 0, count: 2 }), IngestError);
    await assert.rejects(check(["x.csv"], { shard: { index: 3, count: 2 } }), /--shard must be i\/n/);
  });

  it("n shards partition the inputs: every input in exactly one, order kept", () => {
    const list: ResolvedInput[] = Array.from({ length: 200 }, (_, i) => ({ source: bufferSource(`data/part-${i}.csv`, Buffer.from("a\n1\n")) }));
    list.push({ error: { uri: "s3://b/missing/", reason: "x", transient: false } });
    for (const n of [1, 2, 3, 7]) {
      const seen: string[] = [];
      for (let i = 1; i <= n; i++) {
        const part = selectShard(list, { index: i, count: n });
        const uris = part.map((x) => ("source" in x ? x.source.uri : x.error.uri));
        // order within a shard is the input order
        assert.deepEqual(uris, list.map((x) => ("source" in x ? x.source.uri : x.error.uri)).filter((u) => uris.includes(u)));
        for (const u of uris) assert.equal(shardOf(u, n), i);
        seen.push(...uris);
        if (n > 1) assert.ok(part.length > 0 && part.length < list.length, `shard ${i}/${n} holds ${part.length}`);
      }
      assert.equal(seen.length, list.length);
      assert.equal(new Set(seen).size, list.length);
    }
  });
});

describe("--shard: merged shards equal one run", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "ingest-shard-"));
    const data = join(dir, "data");
    mkdirSync(join(data, "sub"), { recursive: true });
    for (let i = 0; i < 9; i++) writeFileSync(join(data, `clean-${i}.csv`), `id,name\n${i},n${i}\n`);
    writeFileSync(join(data, "ragged.csv"), "id,name\n1,a,extra\n2\n");
    writeFileSync(join(data, "blank.csv"), "id,name\n1,a\n,\n");
    writeFileSync(join(data, "sub", "zipped.csv.gz"), gzipSync("id,name\n1,a\n2,b\n"));
    writeFileSync(join(data, "sub", "broken.csv.gz"), gzipSync("id,name\n1,a\n2,b\n").subarray(0, 20));
    copyFileSync(join(FIXTURES, "people-defects.csv"), join(data, "people.csv"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The comparable part of a report: durationMs dropped, files by source. */
  const norm = (r: Report) => ({
    ok: r.ok, summary: r.summary, run: r.run,
    files: r.files.map(({ durationMs: _, ...f }: FileReport) => f).sort((a, b) => a.source.localeCompare(b.source)),
  });

  for (const n of [2, 3, 5]) {
    it(`CLI: ${n} shards, each with --report, then merge = the unsharded run (modulo durationMs and order)`, () => {
      const whole = runCli(["data/", "--report", "whole.json", "--format", "json", "-q", "--jobs", "1"], { cwd: dir });
      assert.equal(whole.code, 2, whole.stderr); // the truncated gzip is a source-error
      const parts: string[] = [];
      const codes: number[] = [];
      let total = 0;
      for (let i = 1; i <= n; i++) {
        const r = runCli(["data/", "--shard", `${i}/${n}`, "--report", `part-${i}-of-${n}.json`, "--format", "json", "-q"], { cwd: dir });
        codes.push(r.code);
        const part = JSON.parse(r.stdout) as Report;
        assertReport(part);
        total += part.files.length;
        parts.push(`part-${i}-of-${n}.json`);
      }
      const wholeReport = JSON.parse(whole.stdout) as Report;
      assert.equal(total, wholeReport.files.length, "every file in exactly one shard");
      assert.equal(Math.max(...codes), whole.code, "the highest shard exit code is the whole run's");
      const merged = runCli(["merge", ...parts, "--format", "json"], { cwd: dir });
      const mergedReport = JSON.parse(merged.stdout) as Report;
      assertReport(mergedReport);
      assert.deepEqual(norm(mergedReport), norm(wholeReport));
    });
  }

  it("CLI: a bad --shard is a usage error, exit 2, one line", () => {
    for (const bad of ["0/3", "4/3", "abc"]) {
      const r = runCli(["data/", "--shard", bad], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `ingest-check: --shard must be i/n with 1 <= i <= n (e.g. 2/4), not ${JSON.stringify(bad).replace(/^"(\d+\/\d+)"$/, "$1")}\n`);
      assert.equal(r.stdout, "");
    }
  });

  it("library: check() with shards covers the inputs exactly once", async () => {
    const inputs = [join(dir, "data")];
    const all = await check(inputs, { jobs: 1 });
    const got: string[] = [];
    for (let i = 1; i <= 3; i++) got.push(...(await check(inputs, { jobs: 1, shard: { index: i, count: 3 } })).files.map((f) => f.source));
    assert.deepEqual(got.sort(), all.files.map((f) => f.source).sort());
  });
});
