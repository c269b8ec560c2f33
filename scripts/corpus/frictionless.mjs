// frictionless-py fixtures: expected errors found at the right row, through a fixed, versioned error-name → defect-code mapping.
import { join } from "node:path";
import { runOne, mdTable, frac, firstN, readJson, isMain, DEFAULT_CORPUS } from "./lib.mjs";

/**
 * frictionless error type → the ingest-check codes that mean the same thing. null: ingest-check has no
 * such check (counted as "no equivalent", never as a miss). Bump MAPPING_VERSION on any change, so
 * results of different mappings are never compared as if they were one series.
 */
export const MAPPING_VERSION = 2;
export const MAPPING = Object.freeze({
  "blank-label": ["header-blank"],
  "duplicate-label": ["header-duplicate"],
  "extra-label": ["header-extra-column"],
  "missing-label": ["header-missing-column"],
  "missing-cell": ["row-missing-cells"],
  "extra-cell": ["row-extra-cells"],
  "blank-row": ["row-blank"],
  "type-error": ["type-error", "ambiguous-null", "non-finite"],
  "constraint-error": ["required", "minimum", "maximum", "min-length", "max-length", "pattern", "enum"],
  "unique-error": ["unique"],
  "primary-key": ["unique"],
  "encoding-error": ["encoding-error"],
  "source-error": ["empty-file", "source-error"],
  // frictionless's generic "error" here is "matching fields by name requires unique labels"
  "error": ["header-duplicate"],
  // v2: foreignKeys are checked (src/checks/schema/foreign-key.ts)
  "foreign-key": ["foreign-key"],
  "ascii-value": null,
  "duplicate-row": null,
  "deviated-cell": null,
});

/** Case options ingest-check cannot express: the case is not applicable (listed with the reason). */
const UNSUPPORTED = { header_rows: "header taken from other rows (no flag)", escape_char: "no --escape flag" };

function optionsOf(c, dir) {
  const o = {};
  const opt = c.options ?? {};
  for (const [k, why] of Object.entries(UNSUPPORTED)) if (k in opt) return { na: why };
  if (opt.encoding) o.encoding = opt.encoding;
  if (opt.delimiter) o.delimiter = opt.delimiter;
  if (opt.header === false) o.header = false;
  if (c.schema) o.schema = join(dir, c.schema);
  // schema_sync (match fields by name) is ingest-check's default; limit_errors/pick_errors only cut the expectation
  return { options: o };
}

/**
 * Matches one case's expected errors against our defects.
 * Rows: frictionless counts rows with the header row = 1, so with a header its row n is our data row n - 1;
 * without a header (header: false) row n is our row n. Header errors (row null) match defects with row null.
 */
export function matchCase(expected, defects, headerPresent, mapping = MAPPING) {
  const shift = headerPresent ? 1 : 0;
  const used = new Set();
  const res = { right: [], other: [], missed: [], noEquivalent: [] };
  for (const e of expected) {
    const [rowNumber, , type] = e;
    const codes = mapping[type];
    if (codes === null || codes === undefined) { res.noEquivalent.push(e); continue; }
    const same = defects.filter((d) => codes.includes(d.code));
    const wantRow = rowNumber === null ? null : rowNumber - shift;
    // a location-less expectation (errors_type_note) is found wherever it is
    const at = e.anywhere ? same : same.filter((d) => d.row === wantRow);
    if (at.length) { res.right.push(e); for (const d of at) used.add(d); } else if (same.length) { res.other.push({ e, got: same.map((d) => d.row ?? "header") }); for (const d of same) used.add(d); } else res.missed.push(e);
  }
  return { ...res, used };
}

export async function run({ corpusDir = DEFAULT_CORPUS } = {}) {
  const dir = join(corpusDir, "frictionless");
  const { cases } = readJson(join(dir, "expected.json"));
  const results = [];
  for (const c of cases) {
    const expected = [...(c.errors ?? []), ...(c.errors_type_note ?? []).map(([type, note]) => Object.assign([null, null, type], { anywhere: true, note }))];
    const asserts = c.errors || c.errors_type_note || c.valid !== undefined;
    if (!asserts) { results.push({ c, na: "asserts no errors or validity (header/rows only)" }); continue; }
    const { options, na } = optionsOf(c, dir);
    if (na) { results.push({ c, na }); continue; }
    const r = await runOne(join(dir, c.file), options);
    if (r.error) { results.push({ c, failed: r.error, expected, m: { right: [], other: [], missed: expected, noEquivalent: [], used: new Set() }, extras: [] }); continue; }
    const f = r.file;
    const headerPresent = f.dialect?.header !== false;
    // valid: false without a list means "some error"; we do not guess a location for it
    const exp = expected.length === 0 && c.valid === false ? [Object.assign([null, null, "any"], { anywhere: true })] : expected;
    const m = matchCase(exp, f.defects, headerPresent, { ...MAPPING, any: f.defects.filter((d) => d.severity === "error").map((d) => d.code) });
    // errors_complete: false means upstream asserted only the first N: our other errors are not "extra" then
    const extras = c.errors_complete === false ? [] : f.defects.filter((d) => d.severity === "error" && !m.used.has(d));
    results.push({ c, expected: exp, m, extras, file: f });
  }
  const scored = results.filter((x) => !x.na);
  const sum = (k) => scored.reduce((a, x) => a + (x.m?.[k]?.length ?? 0), 0);
  const expectedN = sum("right") + sum("other") + sum("missed");
  const extrasN = scored.reduce((a, x) => a + (x.extras?.length ?? 0), 0);
  const validCases = scored.filter((x) => x.c.valid === true);
  const out = [`### frictionless: expected errors at the right row (mapping v${MAPPING_VERSION}; row = frictionless row − 1 with a header)`, ""];
  out.push(mdTable(["cases", "scored", "not applicable", "expected errors (mapped)", "found, right row", "found, other row", "missed", "no equivalent check", "our extra errors", "valid cases with no error", "run failed"], [[
    cases.length, scored.length, results.length - scored.length, expectedN, frac(sum("right"), expectedN), frac(sum("other"), expectedN), frac(sum("missed"), expectedN), sum("noEquivalent"),
    `${extrasN} in ${scored.filter((x) => x.extras?.length).length} cases`, frac(validCases.filter((x) => !x.failed && x.file.errors === 0).length, validCases.length), scored.filter((x) => x.failed).length,
  ]]));
  const byType = {};
  for (const x of scored) for (const k of ["right", "other", "missed", "noEquivalent"]) for (const e of x.m?.[k] ?? []) {
    const t = (e.e ?? e)[2];
    (byType[t] ??= { right: 0, other: 0, missed: 0, noEquivalent: 0 })[k]++;
  }
  out.push("", mdTable(["frictionless type", "→ our codes", "right row", "other row", "missed", "no equivalent"], Object.entries(byType).map(([t, v]) => [t, MAPPING[t]?.join(" / ") ?? (t === "any" ? "(any error)" : "—"), v.right, v.other, v.missed, v.noEquivalent])));
  const miss = [];
  for (const x of scored) {
    if (x.failed) miss.push(`${x.c.id}: run failed: ${x.failed}`);
    for (const e of x.m?.missed ?? []) miss.push(`${x.c.id}: missed ${JSON.stringify([e[0], e[1], e[2]])}; we reported ${x.file ? x.file.defects.map((d) => `${d.code}@row${d.row ?? "-"}`).join(", ") || "nothing" : "-"}`);
    for (const o of x.m?.other ?? []) miss.push(`${x.c.id}: ${JSON.stringify([o.e[0], o.e[1], o.e[2]])} found at other rows ${o.got.join(",")}`);
    for (const d of x.extras ?? []) miss.push(`${x.c.id}: extra ${d.code} row ${d.row ?? "-"} col ${d.column ?? "-"}: ${d.message}`);
  }
  out.push("", `Misses, other rows and extras (${miss.length}):`, ...firstN(miss, 15, (s) => s));
  out.push("", `Not applicable: ${results.filter((x) => x.na).map((x) => `${x.c.id} (${x.na})`).join("; ")}`);
  const numbers = { mappingVersion: MAPPING_VERSION, cases: cases.length, scored: scored.length, expected: expectedN, right: sum("right"), other: sum("other"), missed: sum("missed"), noEquivalent: sum("noEquivalent"), extras: extrasN,
    validClean: validCases.filter((x) => !x.failed && x.file.errors === 0).length, valid: validCases.length, misses: miss };
  return { table: out.join("\n"), numbers };
}

if (isMain(import.meta.url)) {
  const { table } = await run({ corpusDir: process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS });
  console.log(table);
}
