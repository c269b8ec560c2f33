// ODCS v3 contracts (--schema contract.odcs.yaml) compiled to the internal schema, on the real CLI, whole reports compared.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { compileOdcs, javaToStrftime } from "../../src/schema/odcs.js";
import { runCli } from "../helpers/cli.js";
import { golden, jsonRun } from "../helpers/golden.js";
import { FIXTURES } from "../helpers/report.js";

const DIR = join(FIXTURES, "odcs");
const tmp = mkdtempSync(join(tmpdir(), "ic-odcs-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("odcs", () => {
  it("checks the contract's types, constraints and library metrics, and names each key it does not check", () => {
    const { code, report } = jsonRun(["fixtures/odcs/orders-defects.csv", "--schema", "fixtures/odcs/orders.odcs.yaml"]);
    const f = report.files[0];
    assert.deepEqual(f.defects.filter((d) => d.code === "schema-unsupported").map((d) => d.message), [
      "the schema's slaProperties is not checked: no check of a CSV file reads it",
      "the schema's schema[0] (\"orders\").properties[4] (\"amount\").logicalTypeOptions.multipleOf is not checked: this logical type option is not checked",
      "the schema's schema[0] (\"orders\").quality[1] is not checked: a sql rule is not run (library metrics are)",
      "the schema's schema[0] (\"orders\").quality[2] is not checked: a text rule is not run (library metrics are)",
    ]);
    assert.deepEqual(f.defects.filter((d) => d.code !== "schema-unsupported").map((d) => [d.code, d.row, d.column]), [
      ["type-error", 2, "customer_email"], // format: email
      ["enum", 3, "status"], // enum of { value } objects
      ["type-error", 3, "delivery_date"], // format dd/MM/yyyy
      ["required", 4, "customer_email"],
      ["pattern", 4, "country"],
      ["type-error", 4, "ordered_at"], // a timestamp needs the time
      ["unique", 4, "order_id"], // primaryKey
      ["foreign-key", 5, "parent_order"], // a relationship to the same object
      ["null-mixed", null, "country"], // its missingValues argument declares "" and N/A
      ["aggregate", null, "amount"], // invalidValues ≤ 10 percent → mostly 0.9; -3 breaks minimum 0
      ["row-count", null, null], // rowCount ≥ 10
      ["aggregate", null, "country"], // missingValues < 30 percent
    ]);
    assert.equal(code, 1);
    golden(join(DIR, "expected"), "orders", report, "test/schema/odcs");
  });

  it("a relationship to another object reads the file its physicalName names (relative to the contract)", () => {
    const { report } = jsonRun(["fixtures/odcs/orders-of-customers-defects.csv", "--schema", "fixtures/odcs/two.odcs.yaml#orders"]);
    assert.deepEqual(report.files[0].defects.map((d) => [d.code, d.row, d.message]), [["foreign-key", 2, 'customer_id "7" matches no id in "customers.csv"']]);
    golden(join(DIR, "expected"), "orders-of-customers", report, "test/schema/odcs");
  });

  it("a contract of several objects needs one named (#name); an unknown name, a v2 contract or a bad logicalType is exit 2", () => {
    const two = runCli(["fixtures/odcs/orders-defects.csv", "--schema", "fixtures/odcs/two.odcs.yaml"]);
    assert.equal(two.code, 2);
    assert.equal(two.stderr, "ingest-check: fixtures/odcs/two.odcs.yaml: schema: the contract describes 2 objects (customers, orders); name one after the path, as in …odcs.yaml#customers\n");
    const named = jsonRun(["fixtures/odcs/orders-defects.csv", "--schema", "fixtures/odcs/two.odcs.yaml#orders"]);
    assert.equal(named.report.run.schema?.source, "fixtures/odcs/two.odcs.yaml#orders");
    assert.deepEqual(named.report.files[0].defects.filter((d) => d.code === "header-missing-column").map((d) => d.column), ["customer_id"]);
    assert.match(runCli(["fixtures/odcs/orders-defects.csv", "--schema", "fixtures/odcs/two.odcs.yaml#nope"]).stderr, /no object is named "nope" \(customers, orders\)/);
    const v2 = join(tmp, "v2.odcs.yaml");
    writeFileSync(v2, "apiVersion: v2.2.2\nkind: DataContract\nschema: [{ name: t, properties: [{ name: a }] }]\n");
    assert.match(runCli(["fixtures/odcs/orders-defects.csv", "--schema", v2]).stderr, /apiVersion: ODCS v2\.2\.2 is not supported/);
    const bad = join(tmp, "bad.odcs.yaml");
    writeFileSync(bad, "kind: DataContract\nschema: [{ name: t, properties: [{ name: a, logicalType: decimal }] }]\n");
    const r = runCli(["fixtures/odcs/orders-defects.csv", "--schema", bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /schema\[0\] \("t"\)\.properties\[0\] \("a"\)\.logicalType: unknown logical type "decimal"/);
  });

  it("compiles metrics to the same schema keys a Table Schema would use", () => {
    const { descriptor, unsupported } = compileOdcs({
      apiVersion: "v3.0.0", kind: "DataContract",
      schema: [{ name: "t", properties: [
        { name: "a", logicalType: "integer", quality: [{ metric: "nullValues", mustBe: 0 }, { metric: "duplicateValues", mustBe: 0 }] },
        { name: "b", quality: [{ metric: "nullValues", mustBeLessThan: 5, unit: "rows" }, { metric: "duplicateValues", mustBeLessThan: 3 }] },
        { name: "c", logicalType: "date", logicalTypeOptions: { minimum: "2024-01-01", format: "yyyy-MM-dd" } },
      ], quality: [{ metric: "rowCount", mustBeBetween: [100, 120] }, { metric: "duplicateValues", mustBe: 0, arguments: { properties: ["a", "b"] } }, { metric: "duplicateValues", mustBe: 0 }] }],
    }, null);
    assert.deepEqual(descriptor, { fields: [
      { name: "a", type: "integer", constraints: { required: true, unique: true } },
      { name: "b", type: "string", aggregates: { missing: { max: 5, maxExclusive: true } } },
      { name: "c", type: "date", constraints: { minimum: "2024-01-01" } },
    ], rows: { min: 101, max: 119 }, uniqueKeys: [["a", "b"]], duplicateRows: true });
    assert.deepEqual(unsupported.map((u) => u.key), ['schema[0] ("t").properties[1] ("b").quality[1]']);
  });

  it("relationships become foreignKeys: this object as \"\", another by the file its physicalName names, else a warning", () => {
    const { descriptor, unsupported } = compileOdcs({
      kind: "DataContract",
      schema: [
        { name: "orders", properties: [{ name: "id" }, { name: "parent", relationships: [{ to: "orders.id" }] }, { name: "customer", relationships: [{ to: "schema/c/properties/cid" }] }, { name: "shop", relationships: [{ to: "shops.id" }] }],
          relationships: [{ from: ["orders.customer", "orders.shop"], to: ["customers.id", "customers.shop"] }] },
        { id: "c", name: "customers", physicalName: "customers.csv", properties: [{ id: "cid", name: "id" }, { name: "shop" }] },
        { name: "shops", properties: [{ name: "id" }] },
      ],
    }, "orders");
    assert.deepEqual(descriptor.foreignKeys, [
      { fields: ["parent"], reference: { resource: "", fields: ["id"] } },
      { fields: ["customer"], reference: { resource: "customers.csv", fields: ["id"] } },
      { fields: ["customer", "shop"], reference: { resource: "customers.csv", fields: ["id", "shop"] } },
    ]);
    assert.deepEqual(unsupported.map((u) => u.key), ['schema[0] ("orders").properties[3] ("shop").relationships[0]']);
  });

  it("turns Java date patterns into strftime, and refuses letters it does not know", () => {
    assert.equal(javaToStrftime("dd/MM/yyyy"), "%d/%m/%Y");
    assert.equal(javaToStrftime("yyyy-MM-dd'T'HH:mm:ss"), "%Y-%m-%dT%H:%M:%S");
    assert.equal(javaToStrftime("EEE, d MMM yyyy"), null);
  });
});
