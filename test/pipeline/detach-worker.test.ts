// part.ts detachEarly in a worker thread: a keyed part there detaches nothing (its keys reach the merging thread by copy).
import { test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const FILE = resolve("fixtures/part/keyed-ids.csv");

/** Runs validatePart over the fixture with `schema` in a new worker thread; resolves to its transfers and result. */
const IN_WORKER = `
const { parentPort, workerData: w } = require("node:worker_threads");
(async () => {
  await import("tsx/esm/api").then((t) => t.register()); // why: this thread loads the TypeScript sources as the tests do
  const { validatePart } = await import(w.src + "/pipeline/part.ts");
  const { resolveOptions } = await import(w.src + "/pipeline/options.ts");
  const { loadSchema } = await import(w.src + "/schema/index.ts");
  const { normalizeEncodingName } = await import(w.src + "/encoding/names.ts");
  const { normalizeDelimiter } = await import(w.src + "/dialect/normalize.ts");
  const ro = { ...(await resolveOptions({ schema: w.schema }, { loadSchema, normalizeEncodingName, normalizeDelimiter })), jobs: 1, onDefect: null, onProgress: null };
  const events = [];
  const clone = globalThis.structuredClone;
  globalThis.structuredClone = (v, o) => { if (o && o.transfer && o.transfer.length) events.push("detach"); return clone(v, o); };
  const r = await validatePart(w.job, ro, { onRead: () => { events.push("read"); } });
  parentPort.postMessage({ events, rows: r.rows, keyed: r.invalid !== null });
})().catch((e) => parentPort.postMessage({ error: String(e && e.stack || e) }));
`;

async function partInWorker(schema: string): Promise<{ events: string[]; rows: number; keyed: boolean; error?: string }> {
  const size = statSync(FILE).size;
  const job = {
    path: FILE, uri: FILE, start: 0, bounds: [size], size, header: { names: ["id", "name", "note", "amount"], line: 1, present: true },
    encoding: { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false },
    dialect: { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false },
  };
  const w = new Worker(IN_WORKER, { eval: true, workerData: { src: pathToFileURL(resolve("src")).href, schema: resolve(schema), job } });
  const [msg] = await once(w, "message");
  await w.terminate();
  return msg;
}

test("detachEarly: a keyed part in a worker thread detaches nothing, as a part without a key", async () => {
  const keyed = await partInWorker("fixtures/part/schema-unique.json");
  assert.equal(keyed.error, undefined);
  assert.ok(keyed.rows === 5 && keyed.keyed, "keyed: the part keeps verdicts and keys for the merge");
  assert.deepEqual(keyed.events, ["read"], "a worker posts its keys by copy, so it never detaches");
  const plain = await partInWorker("fixtures/part/schema.json");
  assert.deepEqual(plain.events, ["read"]);
});
