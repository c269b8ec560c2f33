// The run level of Data Packages: each resource's files validated with its schema and dialect, then held to what it declares.
import type { DefectDraft, FileReport } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "../pipeline/options.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { RecordSink } from "../pipeline/validate.js";
import type { ResourceRef } from "../references/load.js";
import type { Feed } from "../feeds/config.js";
import { runAll } from "../pipeline/run.js";
import { inputUri } from "../pipeline/shard.js";
import { IngestError } from "../defects/errors.js";
import { normalizeEncodingName } from "../encoding/index.js";
import { normalizeDelimiter } from "../dialect/index.js";
import { againstContract } from "../feeds/compare.js";
import { addDefects } from "../feeds/run.js";
import { isDataPackagePath, loadDataPackage, type PackageResource } from "./descriptor.js";

export { isDataPackagePath };

export interface PackageLog { warn(msg: string): void }

const show = (c: string | null | undefined): string => (c == null || c === "" ? "none" : c === "\t" ? "tab" : JSON.stringify(c));

interface Entry { resource: PackageResource; ro: ResolvedOptions; contract: Feed }

/** What the feeds' contract compares (encoding, delimiter, quote, header), in a feed's shape: one comparison for both. */
function contractOf(r: PackageResource, pkg: string): Feed {
  const d = r.dialect;
  const dialect = { ...(d.delimiter !== undefined ? { delimiter: d.delimiter } : {}), ...(d.quoteChar !== undefined ? { quote: d.quoteChar } : {}), ...(d.header !== undefined ? { header: d.header } : {}) };
  try {
    return {
      name: r.name, match: "", schema: null, schemaFromDefaults: false, encoding: r.encoding ? normalizeEncodingName(r.encoding) : null,
      dialect: { ...dialect, ...(dialect.delimiter ? { delimiter: normalizeDelimiter(dialect.delimiter) } : {}) },
      rows: null, history: 0, tolerances: { rows: 0, nullRate: 0 }, rules: {}, driftIgnore: [], arrival: null,
    };
  } catch (e) {
    throw new IngestError("usage", `${pkg}: resource ${JSON.stringify(r.name)}: ${(e as Error).message}`);
  }
}

/** The declared keys the feeds' contract does not cover: the escape character and the line terminator. */
function moreDialect(f: FileReport, r: PackageResource): DefectDraft[] {
  const d = r.dialect, got = f.dialect;
  const out: DefectDraft[] = [];
  if (!got) return out;
  const mismatch = (what: string, actual: string | null, expected: string) => out.push({ code: "dialect-mismatch", row: null, line: null, params: { feed: r.name, what, actual: show(actual), expected: show(expected) } });
  // why only a sniffed escape: a sample without any escaped quote says nothing against the declared one
  if (d.escapeChar !== undefined && got.escape && got.escape !== d.escapeChar) mismatch("escape character", got.escape, d.escapeChar);
  if (d.lineTerminator !== undefined && got.lineTerminator && got.lineTerminator !== d.lineTerminator) mismatch("line terminator", got.lineTerminator, d.lineTerminator);
  return out;
}

export class PackageRun {
  private readonly byUri = new Map<string, Entry>();
  private constructor(private readonly expanded: string[], entries: Array<{ paths: string[]; entry: Entry }>) {
    for (const { paths, entry } of entries) for (const p of paths) this.byUri.set(p, entry);
  }

  /** Reads every Data Package among the inputs; null when there is none. Each resource's options are prepared now. */
  static async open(inputs: string[], options: IngestOptions, prepare: (o: IngestOptions) => Promise<ResolvedOptions>, log?: PackageLog): Promise<PackageRun | null> {
    if (!inputs.some(isDataPackagePath)) return null;
    if (options.config || options.state) throw new IngestError("usage", "a Data Package cannot be combined with --config or --state in this version");
    const expanded: string[] = [];
    const entries: Array<{ paths: string[]; entry: Entry }> = [];
    for (const input of inputs) {
      if (!isDataPackagePath(input)) { expanded.push(input); continue; }
      const pkg = await loadDataPackage(input);
      if (pkg.skipped.length) log?.warn(`${input}: resources not validated (not local CSV tables): ${pkg.skipped.join(", ")}`);
      const contracts = pkg.resources.map((r) => contractOf(r, input));
      const references: Record<string, ResourceRef> = {};
      for (const r of pkg.resources) references[r.name] = refOf(r);
      for (const [i, r] of pkg.resources.entries()) {
        for (const key of unsupported(r)) log?.warn(`${input}: resource ${JSON.stringify(r.name)}: dialect.${key} is not applied by this version; the file is read as sniffed`);
        const ro = await prepare({ ...options, ...readingOf(r), schema: r.schemaPath ?? r.schema ?? options.schema ?? null, references });
        entries.push({ paths: r.paths, entry: { resource: r, ro, contract: contracts[i] } });
        expanded.push(...r.paths);
      }
    }
    return new PackageRun(expanded, entries);
  }

  /** The inputs with each Data Package replaced by its resources' files. */
  inputs(): string[] {
    return this.expanded;
  }

  /** Validates the inputs resource by resource (each with its own options), back in input order. */
  async runAll(list: ResolvedInput[], base: ResolvedOptions, sinkFor?: (uri: string, index: number) => RecordSink): Promise<FileReport[]> {
    const groups = new Map<Entry | null, number[]>();
    list.forEach((input, i) => {
      const key = this.byUri.get(inputUri(input)) ?? null;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const out: FileReport[] = new Array(list.length);
    for (const [entry, idx] of groups) {
      const files = await runAll(idx.map((i) => list[i]), entry?.ro ?? base, sinkFor ? (uri, k) => sinkFor(uri, idx[k]) : undefined);
      files.forEach((f, k) => { out[idx[k]] = f; });
    }
    return out;
  }

  /** Tags each resource's file with its name and adds what contradicts the declared encoding and dialect. */
  finish(files: FileReport[]): FileReport[] {
    for (const f of files) {
      const e = this.byUri.get(f.source);
      if (!e) continue;
      f.resource = e.resource.name;
      if (f.byCode["source-error"] || f.skipped) continue;
      const drafts = [...againstContract(f, e.contract), ...moreDialect(f, e.resource)].map((d) => ({ ...d, params: { ...d.params, by: "resource" } }));
      addDefects(f, drafts, e.ro.rules, e.ro.onDefect);
    }
    return files;
  }
}

/** The reading options a resource's dialect forces: a header row or none, a comment character. */
function readingOf(r: PackageResource): Partial<IngestOptions> {
  const d = r.dialect;
  return { ...(d.header === false ? { header: false } : {}), ...(d.commentChar !== undefined ? { comment: d.commentChar } : {}) };
}

/** Declared dialect keys this version does not apply (logged once per resource, never silently ignored). */
function unsupported(r: PackageResource): string[] {
  const out: string[] = [...r.dialect.unread];
  if (r.dialect.skipInitialSpace === true) out.push("skipInitialSpace");
  if (r.dialect.doubleQuote === false && r.dialect.escapeChar === undefined) out.push("doubleQuote");
  return out;
}

/**
 * The resource as a foreign key reads it: as the resource itself is read (sniffed, but for a declared header and comment
 * character). why not the declared delimiter or encoding: when the bytes contradict them, the resource's own entry says
 * so once (dialect-mismatch); read with them, every key would be misread and each row pointing at it cry foreign-key.
 */
function refOf(r: PackageResource): ResourceRef {
  const missing: Record<string, string[]> = {};
  for (const f of r.schema?.fields ?? []) missing[f.name] = [...f.missing];
  return {
    name: r.name, paths: r.paths, encoding: null, delimiter: null, quote: null,
    header: r.dialect.header === false ? false : null, comment: r.dialect.commentChar ?? null, missing, fields: r.schema?.fieldNames ?? null,
  };
}
