// JUnit XML reporter: one testsuite per input file, one testcase per defect code, for CI test-report views.
import { CATALOG, isDefectCode } from "../defects/catalog.js";
import type { Defect, FileReport, Report } from "../types.js";
import { severityOf } from "./markdown.js";

export interface JunitOptions {
  /** Defects listed in the body of each testcase; the rest are counted. Default 10. */
  maxListed?: number;
}

/**
 * Makes text legal in XML 1.0: characters outside its Char production (NUL and other C0 controls
 * except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) would make the whole file unparseable.
 * C0 controls become their visible control pictures (NUL → ␀) so a reader still sees one was there.
 */
export function xmlSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      const cp = c.charCodeAt(0);
      return cp < 0x20 ? String.fromCharCode(0x2400 + cp) : "\ufffd";
    },
  );
}

/** Escapes element text. */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes an attribute value; tab and line breaks as character references, since parsers turn raw ones into spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

const nf = new Intl.NumberFormat("en-US");
const secs = (ms: number | undefined): string => ((ms ?? 0) / 1000).toFixed(3);

function describe(d: Defect): string {
  const where: string[] = [];
  if (d.row !== null) where.push(`row ${d.row}`);
  if (d.line !== null) where.push(`line ${d.line}`);
  if (d.column !== null || d.columnIndex !== null) {
    where.push(`column ${d.column !== null ? JSON.stringify(d.column) : ""}${d.columnIndex !== null ? `${d.column !== null ? " " : ""}(#${d.columnIndex})` : ""}`);
  }
  if (d.value !== null) where.push(`value ${JSON.stringify(d.value)}`);
  const head = where.length > 0 ? where.join(", ") : "file";
  return `${head}: ${d.message}`;
}

interface Case { code: string; count: number; defects: Defect[]; severity: "error" | "warning" }

function cases(report: Report, f: FileReport): Case[] {
  const out: Case[] = [];
  for (const [code, count] of Object.entries(f.byCode)) {
    if (!count) continue;
    const defects = f.defects.filter((d) => d.code === code);
    out.push({ code, count, defects, severity: defects[0]?.severity ?? severityOf(report, code) });
  }
  // Errors first, then by count; ties by code so the output is stable.
  out.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1) || y.count - x.count || x.code.localeCompare(y.code));
  return out;
}

function body(c: Case, max: number): string {
  const lines = c.defects.slice(0, max).map(describe);
  const rest = c.count - lines.length;
  if (rest > 0) lines.push(`… and ${nf.format(rest)} more`);
  return lines.join("\n");
}

/**
 * Renders JUnit XML. Error-severity codes are `<failure>` testcases; the unreadable-input code
 * (`source-error`) is an `<error>`, as JUnit means "the test could not run"; warning codes are
 * passing testcases whose `<system-out>` lists the warnings (marking them skipped would read as
 * "not checked" in GitLab and Jenkins, which is false); a clean file gets one passing "no defects".
 */
export function render(report: Report, opts: JunitOptions = {}): string {
  const max = opts.maxListed ?? 10;
  const suites: string[] = [];
  let tTests = 0, tFailures = 0, tErrors = 0, tTime = 0;
  for (const f of report.files) {
    const cs = cases(report, f);
    const name = xmlAttr(f.source);
    const out: string[] = [];
    let failures = 0, errors = 0;
    if (cs.length === 0) {
      out.push(`    <testcase name="no defects" classname="${name}" time="${secs(f.durationMs)}"/>`);
    }
    for (const c of cs) {
      const desc = isDefectCode(c.code) ? CATALOG[c.code].description : c.code;
      const summary = `${nf.format(c.count)} ${c.severity}${c.count === 1 ? "" : "s"}: ${desc}`;
      const open = `    <testcase name="${xmlAttr(c.code)}" classname="${name}" time="0">`;
      if (c.severity === "error") {
        const tag = c.code === "source-error" ? "error" : "failure";
        if (tag === "error") errors++; else failures++;
        // Why the text is in the body too: GitLab ignores the message attribute (gitlab-foss #53668).
        out.push(open,
          `      <${tag} message="${xmlAttr(summary)}" type="${xmlAttr(c.code)}">${xmlText(summary + "\n" + body(c, max))}</${tag}>`,
          "    </testcase>");
      } else {
        out.push(open, `      <system-out>${xmlText(summary + "\n" + body(c, max))}</system-out>`, "    </testcase>");
      }
    }
    const tests = Math.max(1, cs.length);
    tTests += tests; tFailures += failures; tErrors += errors; tTime += f.durationMs ?? 0;
    const props: [string, string][] = [
      ["rows", String(f.rows.total)], ["validRows", String(f.rows.valid)], ["invalidRows", String(f.rows.invalid)],
    ];
    if (f.encoding) props.push(["encoding", f.encoding.name]);
    if (f.dialect) props.push(["delimiter", f.dialect.delimiter]);
    if (f.defectsTruncated) props.push(["defectsTruncated", "true"]);
    if (f.partial) props.push(["partial", "true"]);
    suites.push(
      `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${secs(f.durationMs)}">`,
      "    <properties>",
      ...props.map(([k, v]) => `      <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>`),
      "    </properties>",
      ...out,
      "  </testsuite>",
    );
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="ingest-check" tests="${tTests}" failures="${tFailures}" errors="${tErrors}" skipped="0" time="${secs(tTime)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
