// Feeds on local folders through the built CLI: config errors (exit 2), each comparison code, the state's migration and bound, the library.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport, ROOT } from "../helpers/report.js";
import { check } from "../../src/index.js";
import { feedsJsonSchema } from "../../src/feeds/config.js";
import type { Report } from "../../src/types.js";

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), "ingest-feeds-cli-")); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

/** A fresh folder with files (path → text) and a feeds file; returns its path. */
function landing(name: string, files: Record<string, string>, config?: string): string {
  const root = join(dir, name);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, "in", p, ".."), { recursive: true });
    writeFileSync(join(root, "in", p), text);
  }
  if (config !== undefined) writeFileSync(join(root, "feeds.yaml"), config);
  return root;
}

function run(root: string, args: string[]): { code: number; report: Report | null; stderr: string } {
  const r = runCli([join(root, "in") + "/", "-f", "json", ...args], { cwd: root });
  let report: Report | null = null;
  if (r.stdout.trim()) { report = JSON.parse(r.stdout) as Report; assertReport(report); }
  return { code: r.code, report, stderr: r.stderr };
}

const codes = (r: Report | null) => Object.keys(r?.summary.byCode ?? {}).sort();
const csv = (header: string, rows: number, row: (i: number) => string) => [header, ...Array.from({ length: rows }, (_, i) => row(i))].join("\n") + "\n";

describe("feeds file errors: one line, exit 2", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["unknown key", "version: 1\nfeeds:\n  - { name: a, match: '*.csv', colour: red }\n", /^ingest-check: --config .*feeds\.yaml: feeds\[0\]: unknown key "colour"\n$/],
    ["feed without match", "version: 1\nfeeds:\n  - { name: a }\n", /^ingest-check: --config .*feeds\.yaml: feeds\[0\]\.match: /],
    ["missing schema path", "version: 1\nfeeds:\n  - { name: a, match: '*.csv', schema: nowhere.json }\n", /^ingest-check: --config .*feeds\.yaml: feed "a": schema .*nowhere\.json does not exist\n$/],
    ["not YAML", "version: 1\nfeeds: [\n", /^ingest-check: --config .*feeds\.yaml: not YAML/],
    ["unknown rule code", "version: 1\nfeeds:\n  - { name: a, match: '*.csv', rules: { nope: off } }\n", /unknown defect code "nope"/],
  ];
  for (const [what, config, message] of cases) {
    test(what, () => {
      const root = landing(`err-${what.replace(/\W/g, "-")}`, { "a.csv": "x\n1\n" }, config);
      const r = run(root, ["--config", join(root, "feeds.yaml")]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split("\n").length, 1, "one line");
    });
  }
  test("overlapping feeds: the file and both feeds are named", () => {
    const root = landing("overlap", { "orders/a.csv": "x\n1\n" }, "version: 1\nfeeds:\n  - { name: a, match: 'orders/*.csv' }\n  - { name: b, match: '**/a.csv' }\n");
    const r = run(root, ["--config", join(root, "feeds.yaml")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ingest-check: --config: .*orders\/a\.csv matches two feeds, "a" and "b": make their match patterns exclusive\n$/);
  });
  test("a feed whose glob matches no file is a warning, not a failure", () => {
    const root = landing("idle", { "a.csv": "x\n1\n" }, "version: 1\nfeeds:\n  - { name: a, match: '*.csv' }\n  - { name: typo, match: 'ordres/*.csv' }\n");
    const r = run(root, ["--config", join(root, "feeds.yaml")]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /feed \\?"typo\\?" matches no input file \(match: ordres\/\*\.csv\)/);
    assert.equal(r.report!.files[0].feed, "a");
  });
  test("the config is never loaded unless named", () => {
    const root = landing("unnamed", { "a.csv": "x\n1\n" }, "not: [valid\n");
    const r = run(root, []);
    assert.equal(r.code, 0);
    assert.equal(r.report!.files[0].feed, undefined);
  });
});

test("docs/feeds.schema.json is the zod schema's JSON Schema (regenerate: npm run build && node scripts/feeds-schema.mjs)", () => {
  assert.deepEqual(JSON.parse(readFileSync(join(ROOT, "docs/feeds.schema.json"), "utf8")), feedsJsonSchema());
});

test("unmatched files: warning by default, error, or left out with ignore", () => {
  const files = { "orders/a.csv": "x\n1\n", "tmp/export.csv": "x\n1\n" };
  for (const [level, code, n] of [["warning", 0, 2], ["error", 1, 2], ["ignore", 0, 1]] as const) {
    const root = landing(`unmatched-${level}`, files, `version: 1\nfeeds:\n  - { name: orders, match: "orders/*.csv" }\nunmatched: ${level}\n`);
    const r = run(root, ["--config", join(root, "feeds.yaml")]);
    assert.equal(r.code, code, level);
    assert.equal(r.report!.files.length, n);
    if (level !== "ignore") {
      const d = r.report!.files[1].defects[0];
      assert.equal(d.code, "unmatched-file");
      assert.equal(d.severity, level);
      assert.equal(d.message, 'no feed of the config matches "tmp/export.csv"');
    }
  }
});

test("--rule unmatched-file=LEVEL overrides the config's unmatched level", () => {
  const root = landing("unmatched-rule", { "orders/a.csv": "x\n1\n", "tmp/export.csv": "x\n1\n" }, `version: 1\nfeeds:\n  - { name: orders, match: "orders/*.csv" }\n`);
  const err = run(root, ["--config", join(root, "feeds.yaml"), "--rule", "unmatched-file=error"]);
  assert.equal(err.code, 1);
  assert.equal(err.report!.files[1].defects[0].severity, "error");
  const off = run(root, ["--config", join(root, "feeds.yaml"), "--rule", "unmatched-file=off"]);
  assert.equal(off.code, 0);
  assert.deepEqual(off.report!.files[1].defects, []);
});

test("--state without a config shards by the input's name (SPEC), not by the implicit feed", () => {
  const files: Record<string, string> = {};
  for (let d = 10; d < 30; d++) files[`orders_202611${d}.csv`] = "x\n1\n";
  const root = landing("state-shard", files, "version: 1\nfeeds: []\n");
  const seen = [1, 2].map((i) => run(root, ["--state", join(root, `s${i}.json`), "--shard", `${i}/2`]).report!.files.map((f) => f.source));
  assert.ok(seen[0].length > 0 && seen[1].length > 0, `both shards get files: ${seen.map((s) => s.length)}`);
  assert.equal(seen[0].length + seen[1].length, 20);
});

test("--state without a config, sharded: a feed whose files fall in two shards is named in one warning, a feeds file none (wqa10)", () => {
  const files: Record<string, string> = { "notes.csv": "x\n1\n" };
  for (let d = 10; d < 30; d++) files[`orders_202611${d}.csv`] = "x\n1\n";
  const root = landing("state-shard-split", files, "version: 1\nfeeds:\n  - { name: orders, match: 'orders_*.csv' }\nunmatched: ignore\n");
  const implicit = run(root, ["--state", join(root, "s1.json"), "--shard", "1/2"]);
  const warned = implicit.stderr.split("\n").filter((l) => l.includes("--shard:"));
  assert.equal(warned.length, 1, implicit.stderr);
  assert.match(warned[0], /1 implicit feed\(s\) have files in several shards \(\\?"[^"]*orders_\*\.csv\\?"\).*--config/);
  const declared = run(root, ["--config", join(root, "feeds.yaml"), "--state", join(root, "s2.json"), "--shard", "1/2"]);
  assert.doesNotMatch(declared.stderr, /--shard:/);
  assert.doesNotMatch(run(root, ["--state", join(root, "s3.json")]).stderr, /--shard:/, "no shard, no warning");
});

test("declared dialect, row bounds and per-feed rules; a schema path relative to the feeds file", () => {
  const root = landing("declared", { "o/a.csv": "id;name\n1;x\n" },
    "version: 1\nfeeds:\n  - { name: o, match: 'o/*.csv', schema: s.json, dialect: { delimiter: ',' }, rows: { min: 5 }, rules: { row-count: warning } }\n");
  writeFileSync(join(root, "s.json"), JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "name" }] }));
  const r = run(root, ["--config", join(root, "feeds.yaml")]);
  assert.equal(r.code, 1);
  assert.deepEqual(codes(r.report), ["dialect-mismatch", "row-count"]);
  const f = r.report!.files[0];
  assert.equal(f.defects.find((d) => d.code === "dialect-mismatch")!.message, 'the file\'s delimiter is ";"; the feed "o" declares ","');
  assert.equal(f.defects.find((d) => d.code === "row-count")!.severity, "warning", "the feed's rules");
  assert.equal((f.schema as unknown), undefined, "the feed's schema was used, not an inferred one");
});

/** Runs day after day on one state: each day's files replace the last's. */
function days(name: string, perDay: Array<Record<string, string>>, extra: string[] = []): Array<{ code: number; report: Report | null; stderr: string }> {
  const root = join(dir, name);
  const out = [];
  for (const files of perDay) {
    rmSync(join(root, "in"), { recursive: true, force: true });
    landing(name, files);
    out.push(run(root, ["--state", join(root, "state.json"), ...extra]));
  }
  return out;
}

test("without --config, --state alone keeps implicit feeds: a delimiter switch and a type change", () => {
  const good = (d: number) => csv("sku,qty", 50, (i) => `S${d}${i},${i}`);
  const r = days("implicit", [
    { "stock_01.csv": good(1) },
    { "stock_02.csv": good(2) },
    { "stock_03.csv": good(3).replace(/,/g, ";") },
    { "stock_04.csv": csv("sku,qty", 50, (i) => `S4${i},${i}x`) },
  ]);
  assert.deepEqual(r.map((x) => x.code), [0, 0, 1, 0]);
  assert.deepEqual(codes(r[2].report), ["dialect-changed"]);
  assert.equal(r[2].report!.files[0].feed, join(dir, "implicit", "in") + "/stock_*.csv");
  assert.match(r[2].report!.files[0].defects[0].message, /^the file's delimiter is ";"; the feed ".*stock_\*\.csv" had "," in its last 2 deliveries$/);
  assert.deepEqual(codes(r[3].report), ["type-changed"]);
  assert.equal(r[3].report!.files[0].defects[0].message, "qty reads as string; it was integer in the feed's last delivery");
});

test("null rates: a column empty in most rows warns", () => {
  const day = (d: number, empty: boolean) => ({ [`c_${d}.csv`]: csv("id,email", 40, (i) => `${i},${empty && i % 4 ? "" : `u${i}@x.org`}`) });
  const r = days("nulls", [day(1, false), day(2, false), day(3, true)]);
  assert.deepEqual(r.map((x) => x.code), [0, 0, 0]);
  assert.deepEqual(codes(r[2].report), ["null-rate-changed"]);
  assert.equal(r[2].report!.files[0].defects[0].message, "email is missing in 0.75 of the records; the feed's median was 0 (tolerance 0.2)");
});

test("columns-changed names additions, removals, renames and order", () => {
  const r = days("columns", [
    { "f_1.csv": "a,b,c\n1,2,3\n" },
    { "f_2.csv": "a,x,c,d\n1,2,3,4\n" },
  ]);
  assert.equal(r[1].code, 1);
  assert.deepEqual(codes(r[1].report), ["columns-changed"]);
  assert.match(r[1].report!.files[0].defects[0].message, /: "b" renamed to "x"; "d" added$/);
});

test("a state file from before feeds is read: its entries are used (unchanged files skipped), feeds' memory is added", () => {
  const root = landing("migrate", { "a_1.csv": "x\n1\n" });
  const state = join(root, "state.json");
  assert.equal(run(root, ["--state", state]).code, 0);
  // the state as written before feeds: the same entries, no `feeds`
  const before = JSON.parse(readFileSync(state, "utf8"));
  delete before.feeds;
  writeFileSync(state, JSON.stringify(before));
  const r = run(root, ["--state", state]);
  assert.equal(r.code, 0);
  assert.equal(r.report!.files[0].skipped, true, "the old entry still decides");
  writeFileSync(join(root, "in", "a_2.csv"), "x\n2\n");
  assert.equal(run(root, ["--state", state]).code, 0);
  const saved = JSON.parse(readFileSync(state, "utf8"));
  assert.deepEqual(Object.keys(saved.entries).sort(), [join(root, "in", "a_1.csv"), join(root, "in", "a_2.csv")]);
  assert.equal(saved.feeds[join(root, "in") + "/a_*.csv"].deliveries.length, 1, "the new file is the feed's first delivery");
});

test("the library takes the same config as an object", async () => {
  const root = landing("library", { "o/a.csv": "id,name\n1,x\n" });
  const report = await check([join(root, "in") + "/"], { config: { version: 1, feeds: [{ name: "o", match: "o/*.csv", encoding: "windows-1252" }] } });
  assert.equal(report.files[0].feed, "o");
  assert.equal(report.ok, true, "a pure-ASCII file is no mismatch for a single-byte feed");
  await assert.rejects(check([root], { config: { version: 1, feeds: [] } }), /--config \(object\): feeds: /);
});

test("the state stays under 1.5 MB for 100 feeds × 10 deliveries × 50 columns", async () => {
  const { measureStateBound } = await import("./bound.js");
  const bytes = await measureStateBound(join(dir, "bound"));
  assert.ok(bytes < 1_500_000, `${bytes} bytes`);
  assert.ok(statSync(join(dir, "bound", "state.json")).size === bytes);
});

test("--shard keeps each feed whole in one shard (one state per shard), and merge joins the shards' reports", () => {
  const files: Record<string, string> = {};
  for (const feed of ["a", "b", "c", "d"]) for (let i = 1; i <= 3; i++) files[`${feed}/${feed}_${i}.csv`] = `x\n${i}\n`;
  const config = "version: 1\nfeeds:\n" + ["a", "b", "c", "d"].map((f) => `  - { name: ${f}, match: "${f}/*.csv" }\n`).join("");
  const root = landing("shards", files, config);
  const feedsOf: string[][] = [];
  for (const i of [1, 2]) {
    const r = runCli([join(root, "in") + "/", "--config", join(root, "feeds.yaml"), "--shard", `${i}/2`, "--state", join(root, `state-${i}.json`), "--report", join(root, `part-${i}.json`), "-q", "-f", "json"], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    feedsOf.push([...new Set(report.files.map((f) => f.feed!))].sort());
    for (const feed of feedsOf[i - 1]) assert.equal(report.files.filter((f) => f.feed === feed).length, 3, `feed ${feed} whole in shard ${i}`);
  }
  assert.deepEqual([...feedsOf[0], ...feedsOf[1]].sort(), ["a", "b", "c", "d"], "every feed in exactly one shard");
  const merged = runCli(["merge", join(root, "part-1.json"), join(root, "part-2.json")], { cwd: root });
  assert.equal(merged.code, 0);
  const m = JSON.parse(merged.stdout) as Report;
  assertReport(m);
  assert.equal(m.files.length, 12);
  assert.ok(m.files.every((f) => f.feed !== undefined), "merge keeps files[].feed");
});

test("a remembered delivery validated again (the feeds file changed) is not a new delivery", () => {
  const root = landing("revalidate", { "o/a_1.csv": "x\n1\n2\n" }, "version: 1\nfeeds:\n  - { name: o, match: 'o/*.csv' }\n");
  const args = ["--config", join(root, "feeds.yaml"), "--state", join(root, "state.json")];
  assert.equal(run(root, args).code, 0);
  writeFileSync(join(root, "feeds.yaml"), "version: 1\nfeeds:\n  - { name: o, match: 'o/*.csv', history: 5 }\n");
  const r = run(root, args);
  assert.equal(r.report!.files[0].skipped, undefined, "validated again: the config changed");
  const saved = JSON.parse(readFileSync(join(root, "state.json"), "utf8"));
  assert.equal(saved.feeds.o.deliveries.length, 1, "remembered once");
});

test("drift against the feed's rolling profile, and a feed's drift.ignore", () => {
  const amounts = (d: number, base: number) => csv("amount", 120, (i) => String(base + ((i * 37 + d * 11) % 41)));
  const config = "version: 1\nfeeds:\n  - { name: a, match: 'a/*.csv', drift: { ignore: [amount] } }\n  - { name: b, match: 'b/*.csv' }\n";
  const root = join(dir, "drift");
  const results = [];
  for (const [d, base] of [[1, 50], [2, 50], [3, 150]]) {
    rmSync(join(root, "in"), { recursive: true, force: true });
    landing("drift", { [`a/x_${d}.csv`]: amounts(d, base), [`b/x_${d}.csv`]: amounts(d, base) }, config);
    results.push(run(root, ["--config", join(root, "feeds.yaml"), "--state", join(root, "state.json")]));
  }
  assert.deepEqual(results.map((r) => r.code), [0, 0, 0]);
  assert.deepEqual(codes(results[1].report), [], "no drift on the same distribution");
  const [a, b] = results[2].report!.files;
  assert.deepEqual([a.feed, Object.keys(a.byCode)], ["a", []], "amount ignored in feed a");
  assert.deepEqual([b.feed, Object.keys(b.byCode)], ["b", ["drift"]]);
});

test("--jobs: files validated in worker threads still bring their column sketches to the feed's memory", async () => {
  // why 8 × 2.4 MB: whole files go to worker threads only from 16 MiB of input in all (run.ts WORKER_MIN_BYTES)
  const rows = Array.from({ length: 100_000 }, (_, i) => `${i % 1000},${["x", "y", "z"][i % 3]},${"padding-".repeat(2)}`).join("\n");
  const files: Record<string, string> = {};
  for (let k = 1; k <= 8; k++) files[`w/a_${k}.csv`] = `n,c,pad\n${rows}\n${k},x,p\n`;
  const root = landing("workers", files);
  const state = join(root, "state.json");
  const report = await check([join(root, "in") + "/"], { config: { version: 1, feeds: [{ name: "w", match: "w/*.csv" }] }, state, jobs: 2 });
  assert.equal(report.summary.rows, 800_008);
  const mem = JSON.parse(readFileSync(state, "utf8")).feeds.w;
  assert.equal(mem.deliveries.length, 8);
  assert.equal(mem.merged, 8, "every file's sketches were folded in, those sent back by the workers too");
});
