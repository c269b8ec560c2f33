// The reporter fixtures are real reports: they validate against the report schema and their counts add up.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fixture, reportValidator } from "./helpers.js";

const validate = reportValidator();

for (const name of ["mixed", "clean"] as const) {
  test(`fixtures/report/${name}.json validates against schema/report.schema.json`, () => {
    const r = fixture(name);
    const ok = validate(r);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });

  test(`fixtures/report/${name}.json: counts add up as SPEC section 4 says`, () => {
    const r = fixture(name);
    let errors = 0, warnings = 0, rows = 0;
    for (const f of r.files) {
      assert.equal(f.rows.total, f.rows.valid + f.rows.invalid, f.source);
      const byCode: Record<string, number> = {};
      for (const d of f.defects) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
      assert.deepEqual(byCode, f.byCode, `${f.source}: byCode matches the listed defects (none truncated)`);
      for (const d of f.defects) d.severity === "error" ? errors++ : warnings++;
      rows += f.rows.total;
    }
    assert.equal(r.summary.errors, errors);
    assert.equal(r.summary.warnings, warnings);
    assert.equal(r.summary.rows, rows);
    assert.equal(r.ok, errors === 0);
  });
}

test("the validator rejects a broken report (so the checks above can fail)", () => {
  const r = fixture("mixed") as unknown as { files: { defects: { value: string | null }[] }[] };
  r.files[0].defects[0].value = "x".repeat(201);
  assert.equal(validate(r), false);
});

test("mixed.json holds the tricky values the reporters must survive", () => {
  const values = fixture("mixed").files.flatMap((f) => f.defects.map((d) => d.value ?? ""));
  const has = (re: RegExp) => values.some((v) => re.test(v));
  for (const re of [/,/, /:/, /%/, /\r\n/, /<script>/, /"><img/, /\|/, /`/, /\u0000/, /\u202e/, /🚀/, /^.{200}$/s, /^\t/]) {
    assert.ok(has(re), `a value matching ${re}`);
  }
  const r = fixture("mixed");
  assert.ok(r.files.some((f) => f.defects.some((d) => d.row === null && d.line === null)), "a file-level defect");
  assert.ok(r.files.some((f) => f.defects.length > 0 && f.defects.every((d) => d.severity === "warning")), "a warning-only file");
  assert.ok(r.files.some((f) => f.defects.length === 0), "a clean file");
});
