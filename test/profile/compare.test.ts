// profile/compare.ts end to end through the BUILT command line: a baseline profile remembers how its file was read, and `check --baseline` names an encoding, delimiter or header that changed.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import { parseProfile } from "../../src/profile/baseline.js";
import type { Report } from "../../src/types.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-profile-compare-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, bytes: string | Buffer) => { const p = join(tmp, name); writeFileSync(p, bytes); return p; };

/** Customers with accented names and towns, as an export from a French or German CRM would hold them. */
const ROWS = ["id,name,city,amount", ...Array.from({ length: 60 }, (_, i) => `${i + 1},${["José", "Zoë", "Renée", "Jürgen", "Ann"][i % 5]} ${["Müller", "Lefèvre", "Smith", "Gómez"][i % 4]},${["Málaga", "Köln", "Nîmes", "Paris", "Genève"][i % 5]},${(i * 7.5).toFixed(2)}`)];
const utf8Text = ROWS.join("\n") + "\n";

function profileOf(path: string): string {
  const r = runCli(["profile", path]);
  assert.equal(r.code, 0, r.stderr);
  return file(`${path.split("/").pop()}.profile.json`, r.stdout);
}

function checkAgainst(path: string, baseline: string, extra: string[] = []) {
  const r = runCli([path, "--baseline", baseline, "--format", "json", ...extra]);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  const f = report.files[0];
  return { code: r.code, codes: f.defects.map((d) => d.code), messages: f.defects.map((d) => d.message) };
}

let utf8Base: string, latin1Base: string;
before(() => {
  utf8Base = profileOf(file("customers-utf8.csv", utf8Text));
  latin1Base = profileOf(file("customers-latin1.csv", Buffer.from(utf8Text, "latin1")));
});

describe("profile: how the file was read", () => {
  it("the profile names the encoding, delimiter and header", () => {
    const p = parseProfile(runCli(["profile", join(tmp, "customers-utf8.csv")]).stdout, "p");
    assert.equal(p.encoding, "utf-8");
    assert.deepEqual(p.dialect, { delimiter: ",", header: true });
  });
  it("a malformed encoding or dialect in a baseline is one line, exit 2", () => {
    const bad = file("bad-dialect.json", JSON.stringify({ profileVersion: 1, columns: [], dialect: { delimiter: ",", header: "yes" } }));
    const r = runCli([join(tmp, "customers-utf8.csv"), "--baseline", bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ingest-check: --baseline .*bad-dialect\.json: not a valid profile: dialect\.header: must be true or false\n$/);
  });
});

describe("check --baseline: encoding and dialect", () => {
  it("the same export again: nothing, exit 0", () => {
    assert.deepEqual(checkAgainst(join(tmp, "customers-utf8.csv"), utf8Base, ["--fail-on", "warning"]), { code: 0, codes: [], messages: [] });
  });
  it("a UTF-8 export that arrives in ISO-8859-1 is an error, and its columns are not called drift", () => {
    const r = checkAgainst(join(tmp, "customers-latin1.csv"), utf8Base);
    assert.equal(r.code, 1);
    assert.ok(r.codes.includes("encoding-changed"), r.codes.join());
    assert.ok(!r.codes.includes("drift"), r.codes.join());
    assert.match(r.messages[r.codes.indexOf("encoding-changed")], /^the file is windows-1252; the baseline profile's file \(.*customers-utf8\.csv\) was utf-8$/);
  });
  it("a legacy export that arrives in UTF-8 is an error too", () => {
    const r = checkAgainst(join(tmp, "customers-utf8.csv"), latin1Base);
    assert.deepEqual(r.codes, ["encoding-changed"]);
    assert.equal(r.code, 1);
  });
  it("a pure-ASCII day of a legacy export is no change (ASCII is valid in both)", () => {
    const ascii = file("customers-ascii.csv", "id,name,city,amount\n1,Ann Smith,Paris,7.50\n2,Bob Jones,Leeds,3.25\n");
    assert.deepEqual(checkAgainst(ascii, latin1Base).codes.filter((c) => c !== "drift"), []);
  });
  it("a UTF-8 export with a BOM that arrives without it is an error naming the BOM; the same file with its BOM passes", () => {
    const bomBase = profileOf(file("customers-bom.csv", "\ufeff" + utf8Text));
    const r = checkAgainst(join(tmp, "customers-utf8.csv"), bomBase);
    assert.equal(r.code, 1);
    assert.deepEqual(r.codes, ["encoding-changed"]);
    assert.match(r.messages[0], /^the file is utf-8 without BOM; the baseline profile's file \(.*customers-bom\.csv\) was utf-8 with BOM$/);
    assert.deepEqual(checkAgainst(join(tmp, "customers-bom.csv"), bomBase).codes, []);
  });
  it("a delimiter that became `;` and a header that disappeared are named", () => {
    const semi = file("customers-semicolon.csv", utf8Text.replace(/,/g, ";"));
    const r = checkAgainst(semi, utf8Base);
    assert.deepEqual(r.codes.filter((c) => c === "dialect-changed"), ["dialect-changed"]);
    assert.match(r.messages[r.codes.indexOf("dialect-changed")], /^the file's delimiter is ";"; the baseline profile's file \(.*\) had ","$/);
    const headless = file("customers-no-header.csv", ROWS.slice(1).join("\n") + "\n");
    const h = checkAgainst(headless, utf8Base);
    assert.ok(h.messages.some((m) => /^the file's header is false; the baseline profile's file \(.*\) had true$/.test(m)), h.messages.join("\n"));
  });
  it("what the options force is not compared: --encoding, --delimiter", () => {
    const r = checkAgainst(join(tmp, "customers-latin1.csv"), utf8Base, ["--encoding", "iso-8859-1"]);
    assert.ok(!r.codes.includes("encoding-changed"), r.codes.join());
    const semi = join(tmp, "customers-semicolon.csv");
    assert.ok(!checkAgainst(semi, utf8Base, ["--delimiter", ";"]).codes.includes("dialect-changed"));
  });
  it("a hand-written baseline without encoding or dialect compares neither", () => {
    const bare = file("bare.json", JSON.stringify({ profileVersion: 1, columns: [] }));
    assert.deepEqual(checkAgainst(join(tmp, "customers-latin1.csv"), bare).codes.filter((c) => c !== "encoding-uncertain"), []);
  });
});
