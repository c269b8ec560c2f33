// Feeds end to end: ten days of deliveries for three feeds replayed into a real S3-compatible server, one CLI run per day, one state file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import iconv from "iconv-lite";
import { startS3, type S3Server } from "../helpers/s3.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import { seededRandom } from "../../src/profile/stats.js";
import type { Report } from "../../src/types.js";

let s3: S3Server;
let dir: string;

before(async () => {
  s3 = await startS3(["landing"]);
  dir = mkdtempSync(join(tmpdir(), "ingest-feeds-"));
});
after(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const NAMES = ["José", "Zoë", "François", "Müller", "Ångström", "Chloé", "Björn", "Inês", "Łucja", "Renée"];
const PRODUCTS = ["café", "crème", "thé", "pâte", "bière"];
const COUNTRIES = ["FR", "DE", "ES", "PT", "SE", "PL"];

/** `n` orders of day `day`: amounts around 50, or around 150 when `shift` (day 9's drift). */
function orders(day: number, n: number, shift = false): string {
  const r = seededRandom(1000 + day);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = ["order_id,order_date,customer,product,amount,country"];
  for (let i = 0; i < n; i++) {
    const amount = (shift ? 150 : 50) + (r() + r() + r() - 1.5) * 20;
    lines.push(`${day * 10_000 + i},2026-11-${String(day).padStart(2, "0")},${pick(NAMES)},${pick(PRODUCTS)},${amount.toFixed(2)},${pick(COUNTRIES)}`);
  }
  return lines.join("\n") + "\n";
}

function customers(day: number, n: number, renamed = false): string {
  const r = seededRandom(2000 + day);
  const lines = [`customer_id,name,${renamed ? "mail" : "email"},country`];
  for (let i = 0; i < n; i++) {
    const name = NAMES[Math.floor(r() * NAMES.length)];
    lines.push(`${day * 1000 + i},${name} ${String.fromCharCode(65 + (i % 26))}.,c${day}x${i}@example.org,${COUNTRIES[Math.floor(r() * COUNTRIES.length)]}`);
  }
  return lines.join("\n") + "\n";
}

function stock(day: number, n: number): string {
  const r = seededRandom(3000 + day);
  const lines = ["sku,warehouse,qty"];
  for (let i = 0; i < n; i++) lines.push(`SKU-${i},${["north", "south", "east"][Math.floor(r() * 3)]},${Math.floor(r() * 100)}`);
  return lines.join("\n") + "\n";
}

const latin1 = (text: string) => iconv.encode(text, "latin1");

/** Each day's deliveries (key → bytes) and the run's clock. Day 8's run is the cron's afternoon run. */
function deliveries(day: number): Record<string, string | Buffer> {
  const d = String(day).padStart(2, "0");
  const out: Record<string, string | Buffer> = {};
  const o = orders(day === 7 ? 6 : day, 300, day === 9);
  // day 4: both exports switch to ISO-8859-1; day 7: yesterday's orders file again under a new name
  out[`orders/orders_2026-11-${d}.csv`] = day === 4 ? latin1(o) : o;
  const c = customers(day, 100, day >= 5);
  out[`crm/customers_202611${d}.csv`] = day === 4 ? latin1(c) : c;
  if (day !== 8) out[`stock/2026/11/${d}/stock.csv`] = stock(day, day === 6 ? 20 : 200);
  return out;
}

const clock = (day: number) => `2026-11-${String(day).padStart(2, "0")}T${day === 8 ? "13" : "06"}:00:00Z`;

async function emptyBucket(): Promise<void> {
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: "landing" }));
  for (const o of listed.Contents ?? []) await s3.client.send(new DeleteObjectCommand({ Bucket: "landing", Key: o.Key! }));
}

/** Codes per feed, e.g. { orders: ["encoding-mismatch"] }, from every file entry of the report. */
function codesByFeed(r: Report): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of r.files) {
    const codes = Object.keys(f.byCode);
    if (codes.length) out[f.feed ?? f.source] = [...(out[f.feed ?? f.source] ?? []), ...codes].sort();
  }
  return out;
}

// What each day must give: the exit code and the codes per feed (nothing else may be reported).
const EXPECTED: Array<{ code: number; codes: Record<string, string[]>; extra?: string[] }> = [
  { code: 0, codes: {} },
  { code: 0, codes: {} },
  { code: 0, codes: {} },
  { code: 1, codes: { orders: ["encoding-mismatch"], customers: ["encoding-changed"] } },
  { code: 1, codes: { customers: ["columns-changed"] } },
  // the customers' rename was intended: its history is reset with --forget-feed
  { code: 0, codes: { stock: ["row-count-changed"] }, extra: ["--forget-feed", "customers"] },
  { code: 0, codes: { orders: ["duplicate-delivery"] } },
  { code: 1, codes: { stock: ["missing-delivery"] } },
  { code: 0, codes: { orders: ["drift"] } },
  { code: 0, codes: {} },
];

test("ten days of three feeds in a bucket: each day's exit code and codes", async () => {
  const state = join(dir, "landing.state.json");
  const reports: Report[] = [];
  for (let day = 1; day <= 10; day++) {
    await emptyBucket();
    for (const [key, body] of Object.entries(deliveries(day))) await s3.put("landing", key, body);
    const want = EXPECTED[day - 1];
    const r = runCli(["s3://landing/", "--config", "fixtures/feeds/landing.feeds.yaml", "--state", state, "--now", clock(day), "-f", "json", ...(want.extra ?? [])], { env: s3.env });
    assert.equal(r.code, want.code, `day ${day}: exit code (stderr: ${r.stderr})`);
    const report = JSON.parse(r.stdout) as Report;
    assertReport(report);
    reports.push(report);
    assert.deepEqual(codesByFeed(report), want.codes, `day ${day}: codes per feed: ${report.files.flatMap((f) => f.defects.map((d) => d.message)).join(" / ")}`);
    for (const f of report.files) if (f.source.startsWith("s3://landing/orders/")) assert.equal(f.feed, "orders", `day ${day}: ${f.source} is an orders delivery`);
  }
  // the messages say what changed, against what
  const message = (day: number, code: string) => reports[day - 1].files.flatMap((f) => f.defects).find((d) => d.code === code)?.message;
  assert.match(message(4, "encoding-mismatch") ?? "", /^the file is (windows-1252|iso-8859-\d+); the feed "orders" declares utf-8$/);
  assert.equal(message(4, "encoding-changed"), 'the file is windows-1252; the feed "customers" was utf-8 in its last 3 deliveries');
  assert.equal(message(5, "columns-changed"), 'the columns changed since the feed\'s last delivery (s3://landing/crm/customers_20261103.csv): "email" renamed to "mail"');
  assert.equal(message(6, "row-count-changed"), "the file has 20 records, −90 % against the median 200 of the feed's last 5 deliveries (tolerance ±50 %)");
  assert.equal(message(7, "duplicate-delivery"), "the file has the same bytes (sha256) as s3://landing/orders/orders_2026-11-06.csv, delivered 2026-11-06T06:00:00.000Z");
  assert.equal(message(8, "missing-delivery"), 'the feed "stock" expects a delivery every 1d (grace 6h); the last one was at 2026-11-07T06:00:00.000Z');
  assert.match(message(9, "drift") ?? "", /^amount differs from the baseline: KS D = /);
  const missing = reports[7].files.find((f) => f.feed === "stock")!;
  assert.deepEqual([missing.source, missing.bytes, missing.rows.total], ["s3://landing/stock/**/*.csv", null, 0], "the missing delivery's own entry");
  // bounded: three feeds, ten deliveries each, with their rolling profiles
  assert.ok(statSync(state).size < 60_000, `state is ${statSync(state).size} bytes`);
  const saved = JSON.parse(readFileSync(state, "utf8")) as { feeds: Record<string, { deliveries: Array<{ encoding: string }> }> };
  assert.deepEqual(Object.keys(saved.feeds), ["customers", "orders", "stock"]);
  assert.ok(saved.feeds.orders.deliveries.every((d) => d.encoding === "utf-8"), "the failed ISO-8859-1 delivery did not enter the history");
});

test("the day-4 messages name the feed and both encodings", async () => {
  // a fresh state: three clean days, then the switch, in one feed without a declared encoding
  const state = join(dir, "second.state.json");
  for (let day = 1; day <= 4; day++) {
    await emptyBucket();
    for (const [key, body] of Object.entries(deliveries(day))) if (key.startsWith("crm/")) await s3.put("landing", key, body);
    const r = runCli(["s3://landing/crm/", "--state", state, "--now", clock(day), "-f", "json"], { env: s3.env });
    if (day < 4) { assert.equal(r.code, 0, r.stderr); continue; }
    assert.equal(r.code, 1);
    const d = (JSON.parse(r.stdout) as Report).files[0].defects.find((x) => x.code === "encoding-changed");
    assert.ok(d, "without --config, --state alone catches the switch (implicit feed)");
    assert.match(d.message, /^the file is windows-1252; the feed "s3:\/\/landing\/crm\/customers_\*\.csv" was utf-8 in its last 3 deliveries$/);
  }
});
