// encoding-changed end to end on the BUILT CLI: a feed's switch of code page, or of BOM, fails the run on a folder and on an s3:// prefix.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { runCli } from "../helpers/cli.js";
import { startS3, type S3Server } from "../helpers/s3.js";
import type { Report } from "../../src/types.js";

const dir = mkdtempSync(join(tmpdir(), "ic-encswitch-"));
let s3: S3Server;
before(async () => { s3 = await startS3(["landing"]); });
after(async () => { await s3?.stop(); rmSync(dir, { recursive: true, force: true }); });

const latin = ["name,city,note", ...Array.from({ length: 40 }, (_, i) => (i % 2 ? `Müller${i},Köln,größer Straße` : `Lefèvre${i},Besançon,été à côté`))].join("\n") + "\n";
const czech = ["name,city,note", ...Array.from({ length: 40 }, (_, i) => (i % 2 ? `Dvořák${i},Plzeň,čeština řeší` : `Šťastný${i},Brno,žluťoučký kůň`))].join("\n") + "\n";
const euro = ["item,price,note", ...Array.from({ length: 40 }, (_, i) => (i % 2 ? `Stück${i},${i}.50 €,Œuvre prête` : `Tasse${i},€ ${i},für Sie`))].join("\n") + "\n";
/** UTF-8 text encoded twice: its UTF-8 bytes read as windows-1252 and written as UTF-8 again (ü stored as Ã¼). */
const twice = (text: string): Buffer => Buffer.from(iconv.decode(Buffer.from(text, "utf8"), "windows-1252"), "utf8");
const ascii = ["name,city,note", ...Array.from({ length: 40 }, (_, i) => `Miller${i},Koeln,groesser`)].join("\n") + "\n";

/** Deliveries of one feed, day after day: each run's exit code and the last file's defect codes. */
async function days(where: "folder" | "s3", name: string, files: Buffer[], extra: string[] = [], gz = false): Promise<Array<[number, string[]]>> {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  const input = where === "folder" ? root : `s3://landing/${name}/`;
  const out: Array<[number, string[]]> = [];
  for (const [i, bytes] of files.entries()) {
    const key = `orders_2026110${i + 1}.csv${gz ? ".gz" : ""}`;
    const data = gz ? gzipSync(bytes) : bytes;
    if (where === "folder") writeFileSync(join(root, key), data);
    else await s3.put("landing", `${name}/${key}`, data);
    const r = runCli([input, "--state", join(dir, `${name}.state.json`), "-q", "--format", "json", ...extra], { env: s3.env });
    const files = (JSON.parse(r.stdout) as Report).files;
    out.push([r.code, files[files.length - 1].defects.map((d) => d.code)]);
  }
  return out;
}

for (const where of ["folder", "s3"] as const) {
  test(`encoding-changed (${where}, --state): windows-1252, then an ASCII-only day, then windows-1250`, async () => {
    const r = await days(where, `cp-${where}`, [iconv.encode(latin, "windows-1252"), Buffer.from(ascii), iconv.encode(czech, "windows-1250")]);
    assert.deepEqual(r, [[0, []], [0, []], [1, ["encoding-changed"]]]);
  });

  test(`encoding-changed (${where}, --state): a UTF-8 feed with a BOM that loses it`, async () => {
    const r = await days(where, `bom-${where}`, [Buffer.from("\ufeff" + latin), Buffer.from("\ufeff" + latin.replace("Köln", "Bonn")), Buffer.from(latin)]);
    assert.deepEqual(r, [[0, []], [0, []], [1, ["encoding-changed"]]]);
  });
}

// wqa10: the switches wqa9 did not try, each day gzip'd, on a folder and on s3
for (const where of ["folder", "s3"] as const) {
  test(`encoding-error (${where}, --state, gzip): a UTF-8 feed whose next delivery is UTF-8 encoded twice (wqa10)`, async () => {
    const r = await days(where, `twice-${where}`, [Buffer.from(latin), Buffer.from(latin.replace("Köln", "Bonn")), twice(latin)], [], true);
    assert.deepEqual(r.map(([code, c]) => [code, [...new Set(c)]]), [[0, []], [0, []], [1, ["encoding-error"]]]);
  });

  test(`encoding-changed (${where}, --state, gzip): ISO-8859-1 then ISO-8859-15 (€ at A4), cp850 then windows-1252 (wqa10)`, async () => {
    const latin1 = euro.replace(/€/g, "EUR").replace(/Œ/g, "OE");
    // the first day's exit only: a latin-1 file without € may carry encoding-uncertain, a warning
    const l9 = await days(where, `l9-${where}`, [iconv.encode(latin1, "latin1"), iconv.encode(euro, "iso-8859-15")], [], true);
    assert.deepEqual([l9[0][0], l9[1]], [0, [1, ["encoding-changed"]]]);
    const dos = await days(where, `dos-${where}`, [iconv.encode(latin, "cp850"), iconv.encode(latin, "windows-1252")], [], true);
    assert.deepEqual([dos[0][0], dos[1]], [0, [1, ["encoding-changed"]]]);
  });
}

// wenc12: --encoding pins the reading; a delivery whose bytes clearly contradict the pin must not pass with exit 0
test("encoding-mismatch (folder, --state, --encoding windows-1252): a windows-1250 delivery read as told fails the run", async () => {
  const r = await days("folder", "pinned", [iconv.encode(latin, "windows-1252"), Buffer.from(ascii), iconv.encode(czech, "windows-1250")], ["--encoding", "windows-1252"]);
  assert.deepEqual(r.map(([code, c]) => [code, [...new Set(c)]]), [[0, []], [0, []], [1, ["encoding-mismatch"]]]);
});

test("encoding-mismatch (folder, --config with encoding: windows-1252, --encoding windows-1252): a KOI8-R delivery fails the run", async () => {
  const config = join(dir, "pinned-feeds.yaml");
  writeFileSync(config, `version: 1\nfeeds:\n  - { name: orders, match: "orders_*.csv", encoding: windows-1252 }\n`);
  const r = await days("folder", "pinned-config", [iconv.encode(latin, "windows-1252"), iconv.encode(latin.replace(/[^\x00-\x7f]/g, "").replace(/Lefvre/g, "Иванов"), "koi8-r")], ["--config", config, "--encoding", "windows-1252"]);
  assert.deepEqual(r.map(([code, c]) => [code, [...new Set(c)]]), [[0, []], [1, ["encoding-mismatch"]]]);
});
