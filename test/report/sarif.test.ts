// SARIF reporter: validates against the official SARIF 2.1.0 schema, with rules, levels, locations and fingerprints.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFECT_CODES, CATALOG } from "../../src/defects/catalog.js";
import { render, toUri } from "../../src/report/sarif.js";
import { ajv2020, fixture, golden } from "./helpers.js";

/**
 * The schema is stored verbatim (oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json). Two known defects
 * of that file are patched here in memory, not in the copy:
 * - `language` patterns use `(?i)`, which ECMAScript regular expressions reject (ajv cannot compile them);
 *   replaced by the case-insensitive class it means;
 * - `region` lists its `anyOf` inside `properties`, where it is a (broken) property schema; moved to
 *   `region.anyOf`, where the spec's prose puts it (a region needs startLine, charOffset or byteOffset).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "sarif-schema-2.1.0.json"), "utf8"));
  const fixLang = (o: { pattern?: string }) => { o.pattern = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"; };
  fixLang(schema.definitions.run.properties.language);
  fixLang(schema.definitions.toolComponent.properties.language);
  const region = schema.definitions.region;
  region.anyOf = region.properties.anyOf;
  delete region.properties.anyOf;
  return ajv2020().compile(schema);
}
const validate = sarifValidator();

test("the stored schema is the full official file", () => {
  const text = readFileSync(join(import.meta.dirname, "sarif-schema-2.1.0.json"), "utf8");
  assert.equal(text.length, 112_785);
  assert.equal(JSON.parse(text).title, "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
});

for (const name of ["mixed", "clean"] as const) {
  test(`${name} report validates against the SARIF 2.1.0 schema`, () => {
    const log = JSON.parse(render(fixture(name)));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });
}

test("the validator catches a broken log (so the check above can fail)", () => {
  const log = JSON.parse(render(fixture("mixed")));
  log.runs[0].results[0].level = "fatal";
  assert.equal(validate(log), false);
  const log2 = JSON.parse(render(fixture("mixed")));
  log2.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "data/has space.csv";
  assert.equal(validate(log2), false, "a raw space is not a valid uri-reference");
});

test("mixed report: golden output", () => {
  golden("sarif.json", render(fixture("mixed")));
});

test("one rule per catalogue code with its description and default level", () => {
  const run = JSON.parse(render(fixture("mixed"))).runs[0];
  const d = run.tool.driver;
  assert.equal(d.name, "ingest-check");
  assert.equal(d.version, "0.1.0");
  assert.match(d.informationUri, /^https:\/\//);
  assert.deepEqual(d.rules.map((r: { id: string }) => r.id), DEFECT_CODES);
  for (const r of d.rules) {
    const e = CATALOG[r.id as keyof typeof CATALOG];
    assert.equal(r.shortDescription.text, e.description);
    assert.equal(r.defaultConfiguration.level, e.severity);
  }
});

test("results: one per listed defect, with level, location and a unique fingerprint", () => {
  const r = fixture("mixed");
  const run = JSON.parse(render(r)).runs[0];
  const all = r.files.flatMap((f) => f.defects.map((d) => ({ f, d })));
  assert.equal(run.results.length, all.length);
  // Errors first, then warnings.
  const levels = run.results.map((x: { level: string }) => x.level);
  assert.equal(levels.lastIndexOf("error") < levels.indexOf("warning"), true);
  const rules = run.tool.driver.rules;
  for (const res of run.results) assert.equal(rules[res.ruleIndex].id, res.ruleId);

  const te = run.results.find((x: { ruleId: string; properties: { row?: number } }) => x.ruleId === "type-error" && x.properties.row === 3);
  assert.deepEqual(te.locations[0].physicalLocation, { artifactLocation: { uri: "data/customers.csv" }, region: { startLine: 4, startColumn: 4 } });
  assert.equal(te.message.text, `age is "12,5", which is not an integer`);
  assert.equal(te.properties.value, "12,5");

  const src = run.results.find((x: { ruleId: string }) => x.ruleId === "source-error");
  assert.deepEqual(src.locations[0].physicalLocation, { artifactLocation: { uri: "data/missing.csv" } });
  const extra = run.results.find((x: { ruleId: string }) => x.ruleId === "row-extra-cells");
  assert.deepEqual(extra.locations[0].physicalLocation.region, { startLine: 1181 });

  const b = run.results.find((x: { ruleId: string }) => x.ruleId === "encoding-uncertain");
  const uri = b.locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(uri, "data/orders%202024%2CQ1%3A100%25.csv");
  assert.equal(decodeURIComponent(uri), "data/orders 2024,Q1:100%.csv");
  assert.equal(b.level, "warning");

  const fps = run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["ingestCheck/v1"]);
  assert.equal(new Set(fps).size, fps.length);
});

test("fingerprints do not move when rows are inserted above", () => {
  const r1 = fixture("mixed");
  const r2 = fixture("mixed");
  for (const d of r2.files[0].defects) if (d.row !== null) { d.row += 5; d.line! += 5; }
  const fp = (s: string) => JSON.parse(s).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["ingestCheck/v1"]).sort();
  assert.deepEqual(fp(render(r2)), fp(render(r1)));
});

test("maxResults keeps errors first and records what was left out", () => {
  const run = JSON.parse(render(fixture("mixed"), { maxResults: 20 })).runs[0];
  assert.equal(run.results.length, 20);
  assert.ok(run.results.every((x: { level: string }) => x.level === "error"));
  assert.equal(run.properties.resultsOmitted, 106 - 20);
  assert.ok(validate(JSON.parse(render(fixture("mixed"), { maxResults: 20 }))));
});

test("rule overrides from --rule land in invocations and still validate", () => {
  const r = fixture("mixed");
  r.run.rules = { "formula-injection": "error", "row-blank": "off" };
  const log = JSON.parse(render(r));
  assert.ok(validate(log), JSON.stringify(validate.errors));
  assert.deepEqual(log.runs[0].invocations[0].ruleConfigurationOverrides.map((o: { descriptor: { id: string }; configuration: unknown }) => [o.descriptor.id, o.configuration]),
    [["formula-injection", { level: "error" }], ["row-blank", { enabled: false }]]);
});

test("toUri: relative paths stay relative and are percent-encoded; absolute ones become URIs", () => {
  assert.equal(toUri("data/a b.csv"), "data/a%20b.csv");
  assert.equal(toUri("a:b.csv"), "a%3Ab.csv");
  assert.equal(toUri("data\\win\\x.csv"), "data/win/x.csv");
  assert.equal(toUri("/data/x y.csv"), "file:///data/x%20y.csv");
  assert.equal(toUri("C:\\data\\x.csv"), "file:///C:/data/x.csv");
  assert.equal(toUri("s3://bucket/landing/2024 01.csv"), "s3://bucket/landing/2024%2001.csv");
  assert.equal(toUri("données/été.csv"), "donn%C3%A9es/%C3%A9t%C3%A9.csv");
});
