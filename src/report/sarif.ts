// SARIF 2.1.0 reporter: one run, one rule per defect code, for GitHub code scanning and other SARIF viewers.
import { createHash } from "node:crypto";
import { CATALOG, DEFECT_CODES, isDefectCode } from "../defects/catalog.js";
import type { Defect, FileReport, Report } from "../types.js";

export interface SarifOptions {
  /** tool.driver.informationUri (must be an absolute URI). */
  informationUri?: string;
  /** Results kept, errors first; GitHub keeps only the top 5,000 of a run by severity. */
  maxResults?: number;
}

export const SARIF_DEFAULT_MAX_RESULTS = 5000;
const INFORMATION_URI = "https://www.npmjs.com/package/ingest-check";

/**
 * Turns a report `source` into an `artifactLocation.uri` (an RFC 3986 URI reference): relative paths stay
 * relative, each segment percent-encoded (a space or `%` in a file name is not a valid URI character);
 * absolute paths become file:// URIs; URLs such as s3://bucket/key keep their scheme and authority.
 */
export function toUri(source: string): string {
  const enc = (path: string) => path.split("/").map((seg) => encodeURIComponent(seg)).join("/");
  const url = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(source);
  if (url && url[1].length > 1) return `${url[1]}://${encodeURIComponent(url[2])}${enc(url[3])}`;
  let p = source.replace(/\\/g, "/");
  if (/^[a-z]:\//i.test(p)) return `file:///${p.slice(0, 2)}${enc(p.slice(2))}`;
  if (p.startsWith("/")) return `file://${enc(p)}`;
  // Why encode a leading "name:" segment too: "a:b.csv" would otherwise parse as scheme "a".
  return enc(p);
}

/**
 * A fingerprint that survives rows being inserted above: path, rule, column and the value, plus the
 * ordinal of that same tuple in the file (the line number moves; a row key is not in the report).
 */
function fingerprint(uri: string, d: Defect, ordinal: number): string {
  return createHash("sha256")
    .update([uri, d.code, d.column ?? "", d.columnIndex ?? "", d.value ?? "", ordinal].join("\u0000"))
    .digest("hex");
}

/** Renders the report as a SARIF 2.1.0 log (pretty-printed JSON). */
export function render(report: Report, opts: SarifOptions = {}): string {
  const maxResults = opts.maxResults ?? SARIF_DEFAULT_MAX_RESULTS;
  const { rules, ruleIndex } = sarifRules(report);
  const results = report.files.flatMap((f) => fileResults(f, ruleIndex));
  // Errors before warnings (stable within a level), then cut: what GitHub would keep anyway, but ours to choose.
  const ordered = [...results.filter((r) => r.level === "error"), ...results.filter((r) => r.level === "warning")];
  const kept = ordered.slice(0, maxResults);
  const truncatedInReport = report.files.some((f) => f.defectsTruncated);

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: opts.informationUri ?? INFORMATION_URI,
        rules,
      },
    },
    results: kept,
    columnKind: "unicodeCodePoints",
    properties: {
      ok: report.ok,
      summary: report.summary,
      resultsOmitted: ordered.length - kept.length,
      defectsTruncatedInReport: truncatedInReport,
    },
  };
  const invocations = ruleOverrides(report, ruleIndex);
  if (invocations) run.invocations = invocations;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** One rule per defect code: the catalogue's, then any code in the report the catalogue lacks; and each rule's index. */
function sarifRules(report: Report) {
  const codes: string[] = [...DEFECT_CODES];
  // A report from a newer version may hold codes this catalogue lacks; they still need a rule.
  for (const f of report.files) for (const code of Object.keys(f.byCode)) if (!codes.includes(code)) codes.push(code);
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((id) => {
    const e = isDefectCode(id) ? CATALOG[id] : null;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: e ? e.description : id },
      defaultConfiguration: { level: e ? e.severity : "error" },
      properties: { tags: ["data-quality"], ...(e ? { scope: e.scope } : {}) },
    };
  });
  return { rules, ruleIndex };
}

type Result = Record<string, unknown> & { level: "error" | "warning" };

/** A file's defects as results, in the report's order; each fingerprinted with its ordinal among equal defects. */
function fileResults(f: FileReport, ruleIndex: Map<string, number>): Result[] {
  const uri = toUri(f.source);
  const seen = new Map<string, number>();
  return f.defects.map((d) => {
    const key = [d.code, d.column, d.columnIndex, d.value].join("\u0000");
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: d.severity,
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri },
          ...regionOf(d),
        },
      }],
      partialFingerprints: { "ingestCheck/v1": fingerprint(uri, d, ordinal) },
      properties: defectProperties(d),
    };
  });
}

/** The defect's line and CSV column as a SARIF region (none without a line). */
function regionOf(d: Defect): { region?: Record<string, number> } {
  const region: Record<string, number> = {};
  if (d.line !== null) {
    region.startLine = d.line;
    // The CSV column number, as the brief for this format asks; SARIF reads it as a character column.
    if (d.columnIndex !== null) region.startColumn = d.columnIndex;
  }
  return Object.keys(region).length > 0 ? { region } : {};
}

/** The defect's row, column, value and offsets that it has, as the result's properties. */
function defectProperties(d: Defect): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (d.row !== null) properties.row = d.row;
  if (d.column !== null) properties.column = d.column;
  if (d.columnIndex !== null) properties.columnIndex = d.columnIndex;
  if (d.value !== null) properties.value = d.value;
  if (d.byteOffset !== null) properties.byteOffset = d.byteOffset;
  if (d.firstRow !== undefined && d.firstRow !== null) properties.firstRow = d.firstRow;
  return properties;
}

/** The run's --rule levels as rule configuration overrides, or null when it set none the rules know. */
function ruleOverrides(report: Report, ruleIndex: Map<string, number>): unknown[] | null {
  const overrides = Object.entries(report.run?.rules ?? {}).filter(([code]) => ruleIndex.has(code));
  if (overrides.length === 0) return null;
  return [{
    executionSuccessful: true,
    ruleConfigurationOverrides: overrides.map(([code, level]) => ({
      descriptor: { id: code, index: ruleIndex.get(code)! },
      configuration: level === "off" ? { enabled: false } : { level },
    })),
  }];
}
