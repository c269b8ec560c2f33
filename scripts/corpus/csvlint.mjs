// csvlint.rb fixtures and scenarios: expected errors found at the right row, through a fixed, versioned mapping to our codes.
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runOne, mdTable, frac, firstN, readJson, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/**
 * csvlint error type → ingest-check codes. null: no equivalent check (counted apart, never a miss).
 * "schema-refused" stands for check() refusing the schema (exit code 2): csvlint reports a bad regex as
 * an error of the file, we refuse to run. Bump MAPPING_VERSION on any change.
 */
export const MAPPING_VERSION = 1;
export const MAPPING = Object.freeze({
  ragged_rows: ["row-missing-cells", "row-extra-cells"],
  unclosed_quote: ["quote-unclosed"],
  // csvlint's "whitespace" is a space between the delimiter and an opening quote: a quote inside an unquoted field for us
  whitespace: ["quote-stray"],
  blank_rows: ["row-blank"],
  invalid_encoding: ["encoding-error", "binary-file"],
  line_breaks: null,
  min_length: ["min-length"],
  invalid_regex: ["schema-refused"],
});

/**
 * A CSVW metadata file → Table Schema, only when the translation is trivial: columns with name/titles,
 * required, datatype {base: string, minLength, maxLength, format (a regex for strings)}, dialect.header.
 * Anything else → null (the case is not applicable).
 */
export function csvwToTableSchema(meta) {
  const cols = meta?.tableSchema?.columns;
  if (!Array.isArray(cols)) return null;
  const fields = [];
  for (const c of cols) {
    const known = new Set(["name", "titles", "required", "datatype"]);
    if (Object.keys(c).some((k) => !known.has(k))) return null;
    const name = c.name ?? (Array.isArray(c.titles) ? c.titles[0] : c.titles);
    if (typeof name !== "string") return null;
    const constraints = {};
    if (c.required) constraints.required = true;
    const dt = c.datatype;
    if (dt !== undefined) {
      if (typeof dt !== "object" || (dt.base ?? "string") !== "string") return null;
      if (Object.keys(dt).some((k) => !["base", "minLength", "maxLength", "format"].includes(k))) return null;
      if (dt.minLength !== undefined) constraints.minLength = dt.minLength;
      if (dt.maxLength !== undefined) constraints.maxLength = dt.maxLength;
      if (dt.format !== undefined) constraints.pattern = dt.format;
    }
    fields.push({ name, type: "string", ...(Object.keys(constraints).length ? { constraints } : {}) });
  }
  const header = meta.dialect?.header;
  if (meta.dialect && Object.keys(meta.dialect).some((k) => k !== "header")) return null;
  return { schema: { fields }, header: header === false ? false : undefined };
}

/** The first line's cells, naively (these scenario files are tiny and simply quoted). */
const firstLineCells = (text, delim) => (text.split(/\r\n|\n|\r/)[0] ?? "").split(delim).map((s) => s.trim().replace(/^"(.*)"$/, "$1"));

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const dir = join(corpusDir, "csvlint");
  const { cases } = readJson(join(dir, "expected.json"));
  const tmp = mkdtempSync(join(tmpdir(), "ic-csvlint-"));
  const results = [];
  try {
    for (const c of cases) {
      const e = c.expect ?? {};
      // a case asserts our kind of thing only when it speaks of errors or validity
      const asserts = e.errors || e.error_count !== undefined || e.valid !== undefined;
      if (!asserts) { results.push({ c, na: "asserts only warnings/info" }); continue; }
      const o = {};
      if (c.options?.delimiter) o.delimiter = c.options.delimiter;
      if (c.options?.quoteChar) o.quote = c.options.quoteChar;
      if (c.options?.header === false) o.header = false;
      if (c.options?.declared_charset) o.encoding = c.options.declared_charset;
      if (c.schema) {
        const s = readJson(join(dir, c.schema));
        let ts = s;
        const csvw = !!s["@context"];
        if (csvw) {
          const t = csvwToTableSchema(s);
          if (!t) { results.push({ c, na: "CSVW metadata not trivially translatable" }); continue; }
          ts = t.schema;
          if (t.header === false) o.header = false;
        }
        // csvlint binds JSON Table Schema fields by position, ingest-check by name (SPEC §6): when the header
        // does not name the fields, the case measures that design difference, not detection. (CSVW titles are
        // compared with the header by csvlint too, so those cases stay.)
        if (!csvw && o.header !== false) {
          const cells = firstLineCells(readFileSync(join(dir, c.file), "utf8"), o.delimiter ?? ",");
          if (!ts.fields.every((f) => cells.includes(f.name))) { results.push({ c, na: "schema fields bound by position in csvlint, by name here" }); continue; }
        }
        const p = join(tmp, `${c.id}.schema.json`);
        writeFileSync(p, JSON.stringify(ts));
        o.schema = p;
      }
      const r = await runOne(join(dir, c.file), o);
      let defects;
      let headerPresent = true;
      if (r.error) {
        // a refused schema is an outcome (exit 2), the rest is a failed run
        if (!o.schema) { results.push({ c, failed: r.error }); continue; }
        defects = [{ code: "schema-refused", row: null, severity: "error", message: r.error }];
      } else {
        defects = r.file.defects;
        headerPresent = r.file.dialect?.header !== false;
      }
      const expected = (e.errors ?? []).map((x) => ({ ...x }));
      if (expected.length === 0 && (e.valid === false || e.error_count > 0)) expected.push({ type: "any", anywhere: true });
      const used = new Set();
      const m = { right: [], other: [], missed: [], noEquivalent: [] };
      for (const x of expected) {
        const codes = x.type === "any" ? defects.filter((d) => d.severity === "error").map((d) => d.code) : MAPPING[x.type];
        if (!codes) { m.noEquivalent.push(x); continue; }
        const same = defects.filter((d) => codes.includes(d.code));
        // csvlint's row counts records with the header line = 1: our data row + 1 with a header
        const at = x.row === undefined || x.anywhere ? same : same.filter((d) => d.row !== null && d.row + (headerPresent ? 1 : 0) === x.row);
        if (at.length) { m.right.push(x); at.forEach((d) => used.add(d)); } else if (same.length) { m.other.push({ x, got: same.map((d) => d.row) }); same.forEach((d) => used.add(d)); } else m.missed.push(x);
      }
      const extras = defects.filter((d) => d.severity === "error" && !used.has(d));
      results.push({ c, m, extras, defects });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const scored = results.filter((x) => !x.na);
  const sum = (k) => scored.reduce((a, x) => a + (x.m?.[k]?.length ?? 0), 0);
  const expectedN = sum("right") + sum("other") + sum("missed");
  const extrasN = scored.reduce((a, x) => a + (x.extras?.length ?? 0), 0);
  const clean = scored.filter((x) => x.c.expect.valid === true || x.c.expect.error_count === 0);
  const out = [`### csvlint: expected errors at the right row (mapping v${MAPPING_VERSION}; row = csvlint row − 1 with a header)`, ""];
  out.push(mdTable(["cases", "scored", "not applicable", "expected errors (mapped)", "found, right row", "found, other row", "missed", "no equivalent check", "our extra errors", "cases expecting no error: clean", "run failed"], [[
    cases.length, scored.length, results.length - scored.length, expectedN, frac(sum("right"), expectedN), frac(sum("other"), expectedN), frac(sum("missed"), expectedN), sum("noEquivalent"),
    `${extrasN} in ${scored.filter((x) => x.extras?.length).length} cases`, frac(clean.filter((x) => !x.failed && !x.extras.length).length, clean.length), scored.filter((x) => x.failed).length,
  ]]));
  const byType = {};
  for (const x of scored) for (const k of ["right", "other", "missed", "noEquivalent"]) for (const e of x.m?.[k] ?? []) (byType[(e.x ?? e).type] ??= { right: 0, other: 0, missed: 0, noEquivalent: 0 })[k]++;
  out.push("", mdTable(["csvlint type", "→ our codes", "right row", "other row", "missed", "no equivalent"], Object.entries(byType).map(([t, v]) => [t, MAPPING[t]?.join(" / ") ?? (t === "any" ? "(any error; no location asserted)" : "—"), v.right, v.other, v.missed, v.noEquivalent])));
  const miss = [];
  for (const x of scored) {
    if (x.failed) { miss.push(`${x.c.id}: run failed: ${x.failed}`); continue; }
    for (const e of x.m.missed) miss.push(`${x.c.id}: missed ${e.type}${e.row ? ` row ${e.row}` : ""}; we reported ${x.defects.map((d) => `${d.code}@row${d.row ?? "-"}`).join(", ") || "nothing"}`);
    for (const o of x.m.other) miss.push(`${x.c.id}: ${o.x.type} row ${o.x.row} found at rows ${o.got.join(",")}`);
    for (const d of x.extras) miss.push(`${x.c.id}: extra ${d.code} row ${d.row ?? "-"}: ${d.message}`);
  }
  out.push("", `Misses, other rows and extras (${miss.length}):`, ...firstN(miss, 12, (s) => s));
  out.push("", `Not applicable: ${results.filter((x) => x.na).map((x) => `${x.c.id} (${x.na})`).join("; ")}`);
  const numbers = { mappingVersion: MAPPING_VERSION, cases: cases.length, scored: scored.length, expected: expectedN, right: sum("right"), other: sum("other"), missed: sum("missed"), noEquivalent: sum("noEquivalent"), extras: extrasN, misses: miss };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
