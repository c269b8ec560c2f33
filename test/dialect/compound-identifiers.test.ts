// compoundIdentifierEntry (src/dialect/compound-identifiers.ts): a one-column list keeps a first identifier joined as its entries are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { compoundIdentifierEntry } from "../../src/dialect/compound-identifiers.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/snake-case-example-names-with-notes.txt";
const list = (...lines: string[]) => lines.join("\n") + "\n";
const snake = ["heap_select", "dijkstra", "merge_intervals", "topological_order", "kruskal", "union_find", "prim"];
const camel = ["coproduct", "setDifference", "repeating?", "algebraicGcd", "smith", "isFreeNode?", "sum", "UTS2UP"];

test("compoundIdentifierEntry: `bubble_sort` above `heap_select`, `dijkstra`, … (a `#` note among them) is the first entry", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.header, d.comment], [false, "#"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.stats?.[0].count, f.errors, f.warnings], [["field1"], 8, 0, 0]);
  assert.equal(compoundIdentifierEntry("bubble_sort", snake), true);
});

test("compoundIdentifierEntry: a camelCase head above camelCase names, predicates and an upper-case one is an entry", () => {
  assert.equal(compoundIdentifierEntry("makeEq", camel), true);
  assert.equal(sniffDialect(list("makeEq", ...camel), true).header, false);
});

test("compoundIdentifierEntry refuses: a column noun among the head's words, a capital, a plain word, few entries", () => {
  assert.equal(compoundIdentifierEntry("test_name", snake), false);
  assert.equal(sniffDialect(list("test_name", ...snake), true).header, true);
  assert.equal(compoundIdentifierEntry("functionId", camel), false);
  assert.equal(compoundIdentifierEntry("Bubble_sort", snake), false);
  assert.equal(compoundIdentifierEntry("examples", snake), false);
  assert.equal(sniffDialect(list("examples", ...snake), true).header, true);
  assert.equal(compoundIdentifierEntry("bubble_sort", snake.slice(0, 4)), false);
});

test("compoundIdentifierEntry refuses: entries joined otherwise or seldom, entries that are phrases or numbers", () => {
  // a snake_case head above camelCase entries: written unlike them
  assert.equal(compoundIdentifierEntry("bubble_sort", camel), false);
  assert.equal(sniffDialect(list("bubble_sort", ...camel), true).header, true);
  // one joined entry in 7
  assert.equal(compoundIdentifierEntry("bubble_sort", ["heap", "dijkstra", "merge_intervals", "kruskal", "prim", "tarjan", "floyd"]), false);
  assert.equal(compoundIdentifierEntry("bubble_sort", ["heap select", "dijkstra", "merge intervals", "topological order", "kruskal", "union_find", "prim"]), false);
  assert.equal(compoundIdentifierEntry("run_time", ["12", "15", "9", "run_a", "run_b", "22"]), false);
});

test("compoundIdentifierEntry refuses: a head naming a kind or role (`feature_flag`, `env_var`), constants below a lower-case head", () => {
  const fixture = "fixtures/dialect/one-column-flags-under-a-snake-case-name.txt";
  const f = (JSON.parse(runCli([fixture, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: `feature_flag` read as the list's first entry (9 records, no header), silently
  assert.deepEqual([f.dialect?.header, f.rows.total], [true, 8]);
  assert.equal(compoundIdentifierEntry("env_var", snake), false);
  assert.equal(compoundIdentifierEntry("build_dir", ["PATH", "HOME_DIR", "JAVA_HOME", "LD_LIBRARY_PATH", "USER", "SHELL_OPTS"]), false);
});
