// The report's JSON Schema ships with the package: a strict 2020-12 schema, a versioned $id, linked from the README.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPORT_SCHEMA, ROOT } from "../helpers/report.js";
import { ajv2020 } from "./helpers.js";

const schema = JSON.parse(readFileSync(REPORT_SCHEMA, "utf8"));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

test("report.schema.json compiles under ajv's strict mode", () => {
  assert.doesNotThrow(() => ajv2020({ strict: true, strictTypes: false }).compile(schema));
});

test("report.schema.json: its $id names the package version it ships in", () => {
  assert.equal(schema.$id, `https://unpkg.com/ingest-check@${pkg.version}/schema/report.schema.json`);
});

test("report.schema.json is in the published package (npm pack)", () => {
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
  assert.ok(files.includes("schema/report.schema.json"), `packed: ${files.filter((f) => !f.startsWith("dist/")).join(", ")}`);
});

test("the README links the schema", () => {
  assert.match(readFileSync(join(ROOT, "README.md"), "utf8"), /\]\(schema\/report\.schema\.json\)/);
});
