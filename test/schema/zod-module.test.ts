// zod schema modules: both export forms, .ts and .mjs, issue mapping and refinements as `custom`.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadSchema } from "../../src/schema/index.js";
import { brief, check } from "../checks/harness.js";

const csv = readFileSync("fixtures/schema/events.csv", "utf8");

const expected = (refineColumn: string | null): Array<[string, number | null, string | null, string]> => [
  ["minimum", 2, "id", "id is 0; the schema requires at least 1"],
  ["min-length", 2, "name", "name has 1 character; the schema requires at least 2"],
  ["enum", 2, "kind", 'kind is "party", which is not one of the allowed values ("talk", "workshop")'],
  ["type-error", 3, "id", 'id is "abc", which is not a number'],
  ["max-length", 3, "name", "name has 15 characters; the schema allows at most 10"],
  ["pattern", 4, "start", 'start is "2024-02-30", which does not match the date format'],
  ["required", 5, "id", "id is missing; the schema requires a value"],
  ["custom", 6, refineColumn, "end must not be before start"],
];

describe("zod modules", () => {
  for (const [file, refineColumn] of [["events.ts", "end"], ["events-fn.ts", "end"], ["events.mjs", null], ["events-fn.mjs", "end"]] as const) {
    it(`${file}: zod issues map to codes, the refinement becomes custom`, async () => {
      const schema = await loadSchema(`fixtures/schema/${file}`);
      assert.equal(schema.kind, "zod-module");
      assert.deepEqual(schema.fieldNames, ["id", "name", "start", "end", "kind"]);
      const found = check(csv, schema).defects;
      assert.deepEqual(brief(found), expected(refineColumn));
      assert.deepEqual(found.filter((d) => d.code === "custom" || d.code === "max-length").map((d) => [d.code, d.row, d.line, d.value]), [
        ["max-length", 3, 4, "Longer than ten"],
        ["custom", 6, 7, refineColumn === null ? null : "2024-03-01"],
      ]);
    });
  }

  it("reads a best-effort Table Schema descriptor from the zod object", async () => {
    const schema = await loadSchema("fixtures/schema/events.ts");
    assert.deepEqual(schema.descriptor.fields.map((f) => [f.name, f.type, (f.constraints as { required?: boolean } | undefined)?.required ?? false]), [
      ["id", "integer", true], ["name", "string", true], ["start", "date", true], ["end", "date", true], ["kind", "string", false],
    ]);
  });

  it("a null-like token is ambiguous-null where the module's field rejects it, plain text where it accepts it", async () => {
    const schema = await loadSchema("fixtures/schema/events.mjs");
    const r = check("id,name,start,end,kind\nN/A,NULL,2024-01-01,2024-01-02,talk\n", schema);
    assert.deepEqual(brief(r.defects), [
      ["ambiguous-null", 1, "id", 'id is "N/A", which looks like a missing value but is not declared as one for this field'],
    ]);
  });

  it("rejects a default export that is not a zod object, naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ic-zod-"));
    const bad = join(dir, "bad.mjs");
    writeFileSync(bad, "export default 42;\n");
    await assert.rejects(loadSchema(bad), (e: Error & { code?: string }) => {
      assert.equal(e.code, "schema");
      assert.equal(e.message, `${bad}: default export: the default export must be a zod object schema (z.object({...})) or a function (z) => z.object({...})`);
      return true;
    });
    const arr = join(dir, "arr.mjs");
    writeFileSync(arr, "export default (z) => z.array(z.string());\n");
    await assert.rejects(loadSchema(arr), /arr\.mjs: default export: the default export is a zod array schema; expected z\.object/);
    const broken = join(dir, "broken.ts");
    writeFileSync(broken, "export default z.object({ a: ;\n");
    await assert.rejects(loadSchema(broken), (e: Error) => e.message.startsWith(`${broken}: the module could not be loaded:`) && !e.message.includes("\n"));
  });
});
