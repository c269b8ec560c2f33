// `ingest-check profile` / profile(): one pass of the pipeline over one input with the drift check collecting column sketches.
import type { ColumnProfile, Profile } from "../profile/baseline.js";
import { DEFAULT_SAMPLE_SIZE, DEFAULT_THRESHOLDS, DEFAULT_TOP_K } from "../profile/baseline.js";
import type { IngestOptions, ResolvedOptions } from "./options.js";
import { resolveInputs } from "../source/resolve.js";
import { validateSource } from "./validate.js";
import { IngestError } from "../defects/errors.js";
import { VERSION } from "../version.js";
import type { ByteSource } from "../types.js";

/** The options profiling reads: how to read the input (schema, encoding, dialect); the rest is ignored. */
export type ProfileOptions = Pick<IngestOptions, "schema" | "encoding" | "delimiter" | "quote" | "header" | "skipRows" | "comment" | "maxRecordChars" | "maxColumns" | "decompression" | "stdin" | "signal">;

/** `input`: a path, or the byte source of bytes a library caller handed in (source/given.ts). */
export async function profileInput(input: string | ByteSource, o: ProfileOptions, prepare: (o: IngestOptions) => Promise<ResolvedOptions>): Promise<Profile> {
  const ro = await prepare({ ...o, profile: true, stats: false, maxDefects: 0, baseline: null });
  const [resolved] = typeof input === "string" ? await resolveInputs([input], { stdin: ro.stdin }) : [{ source: input }];
  if (!resolved || "error" in resolved) throw new IngestError("input", `${input}: ${resolved && "error" in resolved ? resolved.error.reason : "no input"}`);
  const file = await validateSource(resolved.source, ro);
  input = resolved.source.uri;
  const err = file.defects.find((d) => d.code === "source-error" || d.code === "binary-file" || d.code === "empty-file");
  if (err) throw new IngestError(err.code === "source-error" && (file as { transient?: boolean }).transient ? "input-transient" : "input", `${input}: ${err.message}`);
  const columns = (file as { profile?: ColumnProfile[] }).profile ?? [];
  return {
    profileVersion: 1,
    tool: { name: "ingest-check", version: VERSION },
    source: file.source,
    ...(file.encoding ? { encoding: file.encoding.name, bom: file.encoding.bom, ...(file.encoding.ascii ? { ascii: true } : {}) } : {}),
    ...(file.dialect ? { dialect: { delimiter: file.dialect.delimiter, header: file.dialect.header } } : {}),
    rows: file.rows.total,
    sampleSize: DEFAULT_SAMPLE_SIZE,
    topK: DEFAULT_TOP_K,
    thresholds: { ...DEFAULT_THRESHOLDS },
    columns,
  };
}
