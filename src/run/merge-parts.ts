// `ingest-check merge part-*.json` for --part reports: accepts the parts in file order, reads again itself a part whose start proved wrong, and gives one run's report.
import { readFile } from "node:fs/promises";
import { deserialize } from "node:v8";
import type { FileReport, Report } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "../pipeline/options.js";
import type { PartResult } from "../pipeline/part.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { FileCollector, createChecks, endChecks } from "../pipeline/collector.js";
import { PartsInOrder } from "../pipeline/parts-in-order.js";
import { buildReport } from "../pipeline/run.js";
import { reportSkippedLines } from "../pipeline/skipped.js";
import { dialectReport } from "../pipeline/dialect-use.js";
import { VERSION } from "../version.js";
import { readHead, type Head } from "./part-head.js";
import { boundsAfter, rangeSourceOf, type RangeSource } from "./part-source.js";
import { OVERRUN_WINDOW, oneSource, readRange, type PartReport } from "./part-run.js";

/** True when the files given to merge are --part reports (the first one decides; mixing is refused later). */
export async function arePartReports(paths: string[]): Promise<boolean> {
  if (paths.length === 0) return false;
  try { return "ingestCheckPart" in JSON.parse(await readFile(paths[0], "utf8")); } catch { return false; }
}

/** A part report as read for the checks: its serialized result is left on disk until its turn (see partResult). */
type PartOnDisk = Omit<PartReport, "result"> & { file: string };

/**
 * Reads every part report but keeps none of their results.
 * why: a part's result holds its keys (tens of MB per part with a key), so all of them at once would grow with the
 * file; `merge` reads each again when it merges it, and holds one part's keys at a time.
 */
async function readParts(paths: string[]): Promise<PartOnDisk[]> {
  const parts: PartOnDisk[] = [];
  for (const p of paths) {
    const { result: _result, ...rest } = await readPart(p);
    parts.push({ ...rest, file: p });
  }
  return parts;
}

async function readPart(p: string): Promise<PartReport> {
  let r: PartReport;
  try { r = JSON.parse(await readFile(p, "utf8")) as PartReport; } catch (e) { throw new IngestError("input", `${p}: ${e instanceof SyntaxError ? "not a JSON part report" : describeSystemError(e)}`); }
  if (r?.ingestCheckPart !== 1 || typeof r.result !== "string" || !r.part) throw new IngestError("usage", `${p}: not an ingest-check part report (written with --part); shard reports and part reports are merged separately`);
  return r;
}

/** The part's PartResult, read again from its report. */
async function partResult(p: PartOnDisk): Promise<PartResult> {
  return deserialize(Buffer.from((await readPart(p.file)).result, "base64")) as PartResult;
}

/** Refuses parts that are not the n parts of one object read with one set of options by this version. */
function checkTogether(parts: PartOnDisk[], paths: string[]): PartOnDisk[] {
  const a = parts[0];
  const same = (r: PartOnDisk) => r.source === a.source && r.size === a.size && r.etag === a.etag && r.mtimeMs === a.mtimeMs;
  for (const [i, r] of parts.entries()) {
    if (r.tool.version !== VERSION) throw new IngestError("usage", `${paths[i]}: was made by ingest-check ${r.tool.version}, this is ${VERSION}; merge parts with the version that made them`);
    if (!same(r)) throw new IngestError("usage", `${paths[i]}: is a part of ${r.source} (${r.size} bytes), ${paths[0]} of ${a.source} (${a.size} bytes)`);
    if (JSON.stringify(r.options) !== JSON.stringify(a.options) || r.schemaSha256 !== a.schemaSha256) throw new IngestError("usage", `${paths[i]}: was made with other options or another schema than ${paths[0]}`);
    if (r.part.count !== a.part.count) throw new IngestError("usage", `${paths[i]}: is part ${r.part.index} of ${r.part.count}, ${paths[0]} part ${a.part.index} of ${a.part.count}`);
  }
  const byIndex = new Map<number, PartOnDisk>();
  for (const [i, r] of parts.entries()) {
    if (byIndex.has(r.part.index)) throw new IngestError("usage", `${paths[i]}: part ${r.part.index} is given twice`);
    byIndex.set(r.part.index, r);
  }
  const missing = Array.from({ length: a.part.count }, (_, k) => k + 1).filter((k) => !byIndex.has(k));
  if (missing.length) throw new IngestError("usage", `part${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${a.part.count} of ${a.source} ${missing.length > 1 ? "are" : "is"} missing`);
  return [...byIndex.values()].sort((x, y) => x.part.index - y.part.index);
}

/** Checks the object is still the one the parts read, and that it reads as they read it. */
async function reopen(first: PartOnDisk, ro: ResolvedOptions): Promise<{ src: RangeSource; head: Head }> {
  const source = await oneSource(first.source);
  if (source.size !== first.size || (first.etag !== null && source.etag !== first.etag) || (first.etag === null && source.mtimeMs !== first.mtimeMs)) {
    throw new IngestError("usage", `${first.source} changed since its parts were read (size, ETag or mtime); run the parts again`);
  }
  const head = await readHead(source, ro);
  if (head.encoding.name !== first.encoding || JSON.stringify(head.dialect) !== JSON.stringify(first.dialect)) throw new IngestError("internal", "the merge read the head of the object otherwise than its parts");
  return { src: rangeSourceOf(source), head };
}

/** One pass's FileReport fields from the merged collector (as validate.ts builds them after a split). */
function fileReport(uri: string, size: number, head: Head, file: FileCollector, rows: number, lines: ReturnType<typeof reportSkippedLines>, ms: number): FileReport {
  const d = head.dialect;
  const e = head.encoding;
  return {
    source: uri, bytes: size, sha256: null,
    encoding: { name: e.name, confidence: e.confidence, bom: e.bom, how: e.how, ...(e.ascii ? { ascii: true } : {}) },
    dialect: dialectReport(d),
    columns: file.columns,
    rows: { total: rows, valid: rows - file.invalidRows, invalid: file.invalidRows },
    ...(lines ? { lines } : {}),
    byCode: file.byCode, defects: file.defects, defectsTruncated: file.truncated, errors: file.errors, warnings: file.warnings,
    durationMs: ms,
    ...(file.stats ? { stats: file.stats } : {}),
  };
}

export interface MergedParts { report: Report; reread: number[] }

export async function mergeParts(paths: string[], prepare: (o: IngestOptions) => Promise<ResolvedOptions>): Promise<MergedParts> {
  const parts = checkTogether(await readParts(paths), paths);
  const first = parts[0];
  const ro = await prepare(first.options as IngestOptions);
  if ((ro.schema?.sha256 ?? null) !== first.schemaSha256) throw new IngestError("usage", `the schema ${ro.schemaRef ?? ""} changed since the parts were read; run the parts again`);
  const { src, head } = await reopen(first, ro);
  const file = new FileCollector(first.source, ro);
  for (const d of head.fileDefects) file.fileDefect(d);
  const checks = createChecks(ro.schema!, head.header, file, head.encoding, ro);
  file.columns = head.header.names;
  for (const c of checks) c.onHeader?.();
  // keys (unique, primaryKey, uniqueKeys, duplicateRows): each part handed over its keys in its state; they are probed here in file order
  const order = new PartsInOrder(file, checks, src.size);
  let pos = 0;
  const reread: number[] = [];
  for (const p of parts) {
    // a part an earlier one read through (a record crossed its whole range)
    if (p.part.end <= pos && p.part.end < src.size) continue;
    if (pos >= src.size) break;
    let r: PartResult;
    if (p.part.start === pos && p.part.clean) r = await partResult(p);
    else {
      // its start was wrong (the part before ran on past it) or it ran out of bounds: read it here from where the last one stopped
      reread.push(p.part.index);
      r = await readRange(src, head, ro, pos, await boundsAfter(src, Math.max(p.part.end, pos), OVERRUN_WINDOW));
      if (!r.clean) r = await readRange(src, head, ro, pos, [src.size]);
    }
    order.absorb(r, order.deferred(r));
    pos = r.stop;
  }
  endChecks(checks, order.rows, file, ro);
  const d = head.dialect;
  const lines = reportSkippedLines(order.skipped, file.columns.length, d.comment && ro.comment === null ? d.comment : null, file, d);
  const f = fileReport(first.source, src.size, head, file, order.rows, lines, parts.reduce((s, p) => s + p.durationMs, 0));
  return { report: buildReport([f], ro), reread };
}
