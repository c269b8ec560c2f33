// part.ts detachEarly: a keyed part detaches a throwaway ArrayBuffer before its first record, once per thread; a part without a key does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { resolve } from "node:path";

const FILE = resolve("fixtures/part/keyed-ids.csv");

/** validatePart over the whole fixture with `schema`; `events` gets "detach" for each transfer and "read" for each read. */
async function runPart(schema: string, events: string[]) {
  const { validatePart } = await import("../../src/pipeline/part.js");
  const { resolveOptions } = await import("../../src/pipeline/options.js");
  const { loadSchema } = await import("../../src/schema/index.js");
  const { normalizeEncodingName } = await import("../../src/encoding/names.js");
  const { normalizeDelimiter } = await import("../../src/dialect/normalize.js");
  const ro = { ...(await resolveOptions({ schema: resolve(schema) }, { loadSchema, normalizeEncodingName, normalizeDelimiter })), jobs: 1, onDefect: null, onProgress: null };
  const size = statSync(FILE).size;
  const job = {
    path: FILE, uri: FILE, start: 0, bounds: [size], size, header: { names: ["id", "name", "note", "amount"], line: 1, present: true },
    encoding: { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false } as never,
    dialect: { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false } as never,
  };
  const clone = globalThis.structuredClone;
  globalThis.structuredClone = ((v: unknown, o?: StructuredSerializeOptions) => { if (o?.transfer?.length) events.push("detach"); return clone(v, o); }) as typeof structuredClone;
  try {
    return await validatePart(job, ro, { onRead: () => { events.push("read"); } });
  } finally {
    globalThis.structuredClone = clone;
  }
}

// why one test: the rule is once per thread, so the order of these runs is part of what is tested
test("detachEarly: a part without a key detaches nothing; a keyed part detaches one buffer before it reads, and the next keyed part none", async () => {
  const plain: string[] = [];
  const r0 = await runPart("fixtures/part/schema.json", plain);
  assert.ok(r0.rows === 5 && r0.invalid === null, "no key: no verdicts to hand over");
  assert.deepEqual(plain, ["read"], "the near miss: nothing is transferred without a key, so nothing is detached");
  const keyed: string[] = [];
  const r1 = await runPart("fixtures/part/schema-unique.json", keyed);
  assert.ok(r1.invalid !== null, "keyed: the part keeps verdicts (and keys) to hand over");
  assert.deepEqual(keyed, ["detach", "read"]);
  const again: string[] = [];
  await runPart("fixtures/part/schema-unique.json", again);
  assert.deepEqual(again, ["read"], "once per thread");
});
