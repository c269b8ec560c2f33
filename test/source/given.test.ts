// Library inputs: a path, a Buffer, a Node Readable, a web ReadableStream, an async iterable, { data, name }; a TypeError for anything else (QA 2026-12-01 item 13).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { assertReport } from "../helpers/report.js";

const { check, checkStream } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

const TEXT = "id,n\n1,2\n3\n";
const brief = (f: { source: string; rows: unknown; defects: { code: string }[] }) => [f.source, f.rows, f.defects.map((d) => d.code)];
const EXPECTED_ROWS = { total: 2, valid: 1, invalid: 1 };

test("check() reads bytes in every streaming form, named <buffer>/<stream> or by { name }", async () => {
  async function* chunks() { yield new TextEncoder().encode("id,n\n1,"); yield Buffer.from("2\n3\n"); }
  const inputs = [
    Buffer.from(TEXT),
    new TextEncoder().encode(TEXT),
    Readable.from([Buffer.from("id,n\n"), "1,2\n3\n"]),
    new Blob([TEXT]).stream(),
    chunks(),
    { data: Buffer.from(TEXT), name: "memory.csv" },
    { data: Readable.from([TEXT]), name: "piped.csv" },
  ];
  const r = await check(inputs, { jobs: 1 });
  assertReport(r);
  assert.deepEqual(r.files.map(brief), [
    ["<buffer>", EXPECTED_ROWS, ["row-missing-cells"]],
    ["<buffer>", EXPECTED_ROWS, ["row-missing-cells"]],
    ["<stream>", EXPECTED_ROWS, ["row-missing-cells"]],
    ["<stream>", EXPECTED_ROWS, ["row-missing-cells"]],
    ["<stream>", EXPECTED_ROWS, ["row-missing-cells"]],
    ["memory.csv", EXPECTED_ROWS, ["row-missing-cells"]],
    ["piped.csv", EXPECTED_ROWS, ["row-missing-cells"]],
  ]);
});

test("paths and bytes mix in one call, in order; checkStream takes bytes too", async () => {
  const r = await check(["fixtures/clean.csv", { data: Buffer.from(TEXT), name: "b.csv" }], { jobs: 1 });
  assert.deepEqual(r.files.map((f) => f.source), ["fixtures/clean.csv", "b.csv"]);
  const items = [];
  for await (const item of checkStream({ data: Readable.from([TEXT]), name: "s.csv" })) items.push(item.type === "defect" ? item.defect.code : item.file.source);
  assert.deepEqual(items, ["row-missing-cells", "s.csv"]);
});

test("anything else is a TypeError at the call, before any report is built", async () => {
  for (const bad of [undefined, null, 5, {}, { data: "id\n1\n" }, { path: "x.csv" }, [undefined], ["ok.csv", 7], { data: Buffer.from("a"), name: "" }]) {
    await assert.rejects(check(bad as never), TypeError, `check(${String(bad)})`);
  }
  await assert.rejects(async () => { for await (const _ of checkStream(undefined as never)) { /* never */ } }, TypeError);
});

test("a stream chunk that is not bytes is a source-error naming its type, not a crash", async () => {
  const r = await check({ data: Readable.from([{ not: "bytes" }]), name: "objects" }, { jobs: 1 });
  assert.equal(r.files[0].defects[0].code, "source-error");
  assert.match(r.files[0].defects[0].message, /yielded an object \(Object\), not bytes/);
});

test("profile() takes bytes too, and refuses what is neither a path nor bytes", async () => {
  const { profile } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");
  const p = await profile({ data: Buffer.from("n\n1\n2\n3\n"), name: "mem.csv" });
  assert.equal(p.source, "mem.csv");
  assert.equal(p.rows, 3);
  await assert.rejects(profile(undefined as never), TypeError);
  await assert.rejects(profile({} as never), TypeError);
});

test("options of the wrong JavaScript type are a TypeError naming the option, not a silent misreading", async () => {
  const cases: [Record<string, unknown> | null, RegExp][] = [
    [null, /options must be an object/],
    [{ schema: 5 }, /option schema must be a path/],
    [{ schema: { fields: "x" } }, /option schema must be a path/],
    [{ encoding: 5 }, /option encoding must be a string/],
    [{ header: "no" }, /option header must be true or false/],
    [{ onDefect: "log" }, /option onDefect must be a function/],
    [{ signal: {} }, /option signal must be an AbortSignal/],
    [{ decompression: { maxRatio: "1000" } }, /option decompression\.maxRatio must be a number above 0/],
  ];
  for (const [options, message] of cases) await assert.rejects(check("fixtures/clean.csv", options as never), (e: Error) => e instanceof TypeError && message.test(e.message));
});
