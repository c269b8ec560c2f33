// profile() and check({ baseline }) through the library: the profile's shape and determinism, drift on exactly the shifted columns, thresholds, mismatched and malformed baselines.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, profile, profileToText, parseProfile, IngestError, type Profile, type Report } from "../../src/index.js";
import { people } from "./data.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-profile-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
const drifts = (r: Report) => r.files[0].defects.filter((d) => d.code === "drift");

let base: string, same: string, redraw: string, shifted: string;
let baseline: Profile;
before(async () => {
  base = file("base.csv", people({ rows: 3000, seed: 1 }));
  same = file("same.csv", people({ rows: 3000, seed: 1 }));
  redraw = file("redraw.csv", people({ rows: 3000, seed: 2 }));
  shifted = file("shifted.csv", people({ rows: 3000, seed: 3, ageShift: 20, italianMix: 0.7 }));
  baseline = await profile(base);
});

describe("profile()", () => {
  it("describes each column: numbers (integers, decimals, dates) by a sample, the rest by top categories", () => {
    assert.equal(baseline.profileVersion, 1);
    assert.equal(baseline.rows, 3000);
    assert.deepEqual(baseline.columns.map((c) => [c.name, c.kind, c.type]), [
      ["id", "numeric", "integer"], ["age", "numeric", "integer"], ["country", "categorical", "string"],
      ["score", "numeric", "number"], ["signup", "numeric", "date"], ["active", "categorical", "boolean"],
    ]);
    const age = baseline.columns[1];
    assert.ok(age.kind === "numeric");
    assert.equal(age.count, 3000);
    assert.equal(age.sample.values.length, 3000, "a file smaller than the sample is kept whole");
    assert.equal(age.min, 18);
    assert.equal(age.max, 67);
    const signup = baseline.columns[4];
    assert.ok(signup.kind === "numeric");
    assert.equal(signup.min, Date.UTC(2024, 1, 1), "dates are ms since the epoch");
    const country = baseline.columns[2];
    assert.ok(country.kind === "categorical");
    assert.deepEqual(country.top.map(([v]) => v).sort(), ["DE", "ES", "FR", "IT"]);
    assert.equal(country.top.reduce((s, [, n]) => s + n, 0) + country.other, 3000);
    assert.equal(country.exact, true);
  });
  it("is deterministic, and its text reads back as the same profile", async () => {
    const again = await profile(base);
    assert.equal(profileToText(again), profileToText(baseline));
    assert.deepEqual(parseProfile(profileToText(baseline), "p.json"), baseline);
  });
  it("stays bounded on a large file: 10,000 sample values, 100 categories, the rest counted as other", async () => {
    const r = (i: number) => (Math.imul(i, 2654435761) >>> 0) / 4294967296;
    const lines = ["n,name"];
    for (let i = 0; i < 60_000; i++) lines.push(`${(r(i) * 1000).toFixed(3)},name${i}`);
    const p = await profile(file("large.csv", lines.join("\n") + "\n"));
    const [n, name] = p.columns;
    assert.ok(n.kind === "numeric" && name.kind === "categorical");
    assert.equal(n.sample.values.length, 10_000);
    assert.equal(n.sample.seen, 60_000);
    assert.equal(name.top.length, 100);
    assert.equal(name.exact, false, "60,000 distinct names do not fit the sketch: counts are lower bounds");
    assert.equal(name.top.reduce((s, [, k]) => s + k, 0) + name.other, 60_000);
    assert.ok(profileToText(p).length < 400_000, "the profile's size does not grow with the file");
  });
});

describe("check({ baseline })", () => {
  it("the same data: no drift (the same sample, D = 0, PSI = 0)", async () => {
    const r = await check(same, { baseline });
    assert.deepEqual(drifts(r), []);
    assert.equal(r.ok, true);
  });
  it("another draw of the same distribution: no drift", async () => {
    assert.deepEqual(drifts(await check(redraw, { baseline })), []);
  });
  it("ages +20 and a changed country mix: drift on exactly those two columns, as column-level warnings", async () => {
    const r = await check(shifted, { baseline });
    const d = drifts(r);
    assert.deepEqual(d.map((x) => [x.code, x.column, x.columnIndex, x.row, x.line, x.severity]), [
      ["drift", "age", 2, null, null, "warning"],
      ["drift", "country", 3, null, null, "warning"],
    ]);
    // ages uniform on 18…67 against 38…87: the CDFs part by 20/50 = 0.4 at 37
    const ks = /^age differs from the baseline: KS D = (0\.\d+) \(threshold 0\.1, p < 0\.001\)$/.exec(d[0].message);
    assert.ok(ks, d[0].message);
    assert.ok(Math.abs(Number(ks[1]) - 0.4) < 0.04, d[0].message);
    // 25% each against IT 77.5%, others 7.5%: 0.525·ln(3.1) + 3·0.175·ln(10/3) = 1.226
    const p = /^country differs from the baseline: PSI = (\d\.\d+) \(threshold 0\.2\)$/.exec(d[1].message);
    assert.ok(p, d[1].message);
    assert.ok(Math.abs(Number(p[1]) - 1.226) < 0.1, d[1].message);
    assert.equal(r.ok, true, "drift is a warning: --fail-on error passes");
    assert.equal((await check(shifted, { baseline, failOn: "warning" })).ok, false);
  });
  it("reads the baseline from a path", async () => {
    const path = file("p.json", profileToText(baseline));
    assert.deepEqual(drifts(await check(shifted, { baseline: path })).map((d) => d.column), ["age", "country"]);
  });
  it("thresholds: options override the file's; a column's own threshold in the file wins", async () => {
    assert.deepEqual(drifts(await check(shifted, { baseline, drift: { psi: 5 } })).map((d) => d.column), ["age"]);
    const edited: Profile = structuredClone(baseline);
    edited.thresholds.ks = 0.9;
    assert.deepEqual(drifts(await check(shifted, { baseline: edited })).map((d) => d.column), ["country"]);
    edited.columns[1].thresholds = { ks: 0.2 };
    assert.deepEqual(drifts(await check(shifted, { baseline: edited, drift: { ks: 0.95 } })).map((d) => d.column), ["age", "country"]);
    const d = drifts(await check(shifted, { baseline: edited }))[0];
    assert.match(d.message, /\(threshold 0\.2, p < 0\.001\)$/);
  });
  it("a column the baseline lacks is ignored; a baseline column the file lacks is skipped", async () => {
    const renamed = file("renamed.csv", people({ rows: 3000, seed: 3, ageShift: 20, italianMix: 0.7 }).replace("id,age,country", "id,years,country"));
    assert.deepEqual(drifts(await check(renamed, { baseline })).map((d) => d.column), ["country"]);
  });
  it("a small file is not called drift on sampling noise alone (the KS p-value must also be below 0.05)", async () => {
    const small = file("small.csv", people({ rows: 12, seed: 5, ageShift: 3 }));
    const r = await check(small, { baseline, drift: { psi: 100 } });
    // (ids 1…12 against 1…3000 are a real shift, D = 0.996)
    assert.deepEqual(drifts(r).map((d) => d.column), ["id"]);
    // with the p-value guard off (ksPValue 1), D alone decides
    const r2 = await check(small, { baseline, drift: { psi: 100, ksPValue: 1 } });
    assert.ok(drifts(r2).some((d) => d.column === "age"));
  });
  it("a schema field can turn drift off (severity: { drift: off }) or raise it to an error", async () => {
    const schema = file("schema.json", JSON.stringify({ fields: [
      { name: "id", type: "integer" }, { name: "age", type: "integer", severity: { drift: "off" } },
      { name: "country", type: "string", severity: { drift: "error" } }, { name: "score", type: "number" },
      { name: "signup", type: "date" }, { name: "active", type: "boolean" },
    ] }));
    const d = drifts(await check(shifted, { baseline, schema }));
    assert.deepEqual(d.map((x) => [x.column, x.severity]), [["country", "error"]]);
  });
  it("a malformed baseline is a usage error naming the file, before any input is read", async () => {
    for (const [name, text, why] of [
      ["trunc.json", '{"profileVersion": 1, "columns": [', /not JSON/],
      ["v2.json", '{"profileVersion": 2, "columns": []}', /profileVersion must be 1, not 2/],
      ["kind.json", '{"profileVersion": 1, "columns": [{"name": "a", "kind": "weird"}]}', /columns\[0\]\.kind/],
    ] as const) {
      const path = file(name, text);
      await assert.rejects(check(same, { baseline: path }), (e: unknown) => {
        assert.ok(e instanceof IngestError);
        assert.equal(e.code, "usage");
        assert.equal(e.exitCode, 2);
        assert.ok(e.message.startsWith(`--baseline ${path}: `), e.message);
        assert.match(e.message, why);
        assert.ok(!e.message.includes("\n"));
        return true;
      });
    }
    await assert.rejects(check(same, { baseline: join(tmp, "nope.json") }), /--baseline .*nope\.json: no such file or directory/);
    await assert.rejects(check(same, { baseline, drift: { ks: -1 } }), /drift thresholds: ks must be a number of at least 0/);
  });
});
