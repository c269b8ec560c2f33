// Two `key = value` settings whose first value is a host or path above a number keep both pairs (src/dialect/short-assignments.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { shortAssignmentEntry } from "../../src/dialect/short-assignments.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/two-settings-host-name-above-port-number.conf";
const rows = (lines: string[]) => lines.map((l) => ({ cells: l.split("=") }));

test("the built CLI reads both settings of `host = db.example.com` / `port = 5432` (the first was the header, silently)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.header, f.rows.total, f.errors, f.columns], [false, 2, 0, ["field1", "field2"]]);
});

test("a path, an address or host:port above a number is a setting; a name or a phrase above numbers stays a header", () => {
  assert.equal(shortAssignmentEntry(rows(["root = /var/lib/app", "workers = 4"]), 0, "="), true);
  assert.equal(shortAssignmentEntry(rows(["admin = ann@example.org", "retries = 3"]), 0, "="), true);
  assert.equal(shortAssignmentEntry(rows(["listen = localhost:8080", "timeout = 30"]), 0, "="), true);
  assert.equal(shortAssignmentEntry(rows(["Fruit=Calories per 100 g", "Apple=52"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["Item=Price", "Apple=52"]), 0, "="), false);
  // a bare word value (`localhost`) is shaped like a name: the header is kept, as on main
  assert.equal(shortAssignmentEntry(rows(["host = localhost", "port = 5432"]), 0, "="), false);
});

test("a name with a unit above numbers stays a header: a path starts with / or ~, a host has a dot between letters (wqa23 F2)", () => {
  for (const head of ["Fruit=Price/kg", "Element=g/mol", "Station=km/h", "Rate=EUR/USD", "Country=Pop.2020"]) {
    assert.equal(shortAssignmentEntry(rows([head, "Apple=2.50", "Pear=3.10"]), 0, "="), false, head);
  }
  assert.equal(shortAssignmentEntry(rows(["data = ~/data", "port = 5432"]), 0, "="), true);
  assert.equal(shortAssignmentEntry(rows(["server = 192.168.0.1", "port = 5432"]), 0, "="), true);
  assert.equal(shortAssignmentEntry(rows(["host = db.example.com", "port = 5432"]), 0, "="), true);
});

test("the built CLI keeps `Fruit=Price/kg`, `Element=g/mol`, `Station=km/h` as headers over their numbers", () => {
  for (const text of ["Fruit=Price/kg\nApple=2.50\nPear=3.10\n", "Element=g/mol\nHydrogen=1.008\nCarbon=12.011\n", "Station=km/h\nA1=120\nB2=95\n"]) {
    const f = (JSON.parse(runCli(["-", "--format", "json"], { stdin: text }).stdout) as Report).files[0];
    assert.deepEqual([f.dialect?.header, f.rows.total, f.columns], [true, 2, text.split("\n")[0].split("=")], text);
  }
});
