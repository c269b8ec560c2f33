// What every --part process and the merge read alike from the start of the object: encoding, dialect and header, and the file-level notes a one-pass run makes of them.
import type { ByteSource, DefectDraft, Dialect, EncodingDecision, TextChunk } from "../types.js";
import type { Header } from "../checks/types.js";
import type { ResolvedOptions } from "../pipeline/options.js";
import { IngestError } from "../defects/errors.js";
import { maybeGunzip, type DecompressStatus } from "../source/decompress.js";
import { sniffEncoding, decode } from "../encoding/index.js";
import { sniffDialect } from "../dialect/index.js";
import { headerFromSample } from "../pipeline/split.js";
import { schemaNamesAdjustedHeader } from "../schema/adjusted-names.js";
import { describeDialect } from "../pipeline/validate.js";
import { encodingNotes, forcedMismatch } from "../pipeline/encoding-notes.js";

/** As validate.ts: the characters of decoded text the dialect sniffer sees. */
const DIALECT_SAMPLE_CHARS = 1024 * 1024;

export interface Head {
  encoding: EncodingDecision;
  dialect: Dialect;
  header: Header;
  /** encoding-mismatch (a forced encoding), encoding-uncertain, preamble-skipped, dialect-uncertain: in the order one pass adds them. */
  fileDefects: DefectDraft[];
}

const refuse = (uri: string, why: string) => new IngestError("usage", `--part: ${uri} cannot be read in parts: ${why}; validate it whole (without --part)`);

/** Reads the head of the object (about a MiB) and decides as one pass would; what cannot be cut is one line, exit 2. */
export async function readHead(source: ByteSource, ro: ResolvedOptions): Promise<Head> {
  const dz: DecompressStatus = { gzip: false, compressedBytes: 0, bytes: 0, limitHit: null };
  const enc = await sniffEncoding(maybeGunzip(source.open(ro.signal ?? undefined), dz, ro.decompression), { forced: ro.encoding });
  const it = decode(enc.bytes, enc.decision)[Symbol.asyncIterator]();
  const head: TextChunk[] = [];
  let sampled = 0;
  let complete = false;
  try {
    while (sampled < DIALECT_SAMPLE_CHARS) {
      const r = await it.next();
      if (r.done) { complete = true; break; }
      head.push(r.value);
      sampled += r.value.text.length;
    }
  } finally {
    await it.return?.(undefined);
  }
  // why each: a gzip stream has no byte ranges; a binary file has no records to cut at
  if (dz.gzip) throw refuse(source.uri, "it is gzip-compressed");
  if (enc.binary) throw refuse(source.uri, `it looks binary (${enc.binary})`);
  const sample = head.map((c) => c.text).join("").slice(0, DIALECT_SAMPLE_CHARS);
  if (sample.length === 0) throw refuse(source.uri, "it is empty");
  const encoding = enc.decision;
  const dialect = sniffDialect(sample, complete, { delimiter: ro.delimiter, quote: ro.quote, header: ro.header, skipRows: ro.skipRows, comment: ro.comment, paddedCells: ro.paddedCells, unitsRow: ro.unitsRow, fields: ro.schema?.fields.length ?? null });
  // why: a one pass skips padded cells' spaces (dialect paddedCells); the parts' tokenizers would keep them
  if (dialect.paddedCells) throw refuse(source.uri, "its cells are padded after the delimiters");
  if (dialect.unitsRow) throw refuse(source.uri, "a units row stands under its header");
  if (dialect.groupTitles) throw refuse(source.uri, "group titles above its header are joined to the names");
  if (dialect.spacedRows) throw refuse(source.uri, "some of its lines have spaces for TABs");
  if (dialect.trailerLine) throw refuse(source.uri, "its last line is a trailer record");
  const header = headerFromSample(sample, dialect, encoding, ro);
  if (!header) throw refuse(source.uri, `its encoding (${encoding.name}), line ends or first record do not allow it (the thread splitter reads such files in one pass too)`);
  if (header.present && ro.schema && schemaNamesAdjustedHeader(header.names, ro.schema)) throw refuse(source.uri, "its schema names the columns of a reading the header alone does not give (a row-names column, a trailing delimiter or record types)");
  const fileDefects: DefectDraft[] = [];
  if (enc.contradicted) fileDefects.push(forcedMismatch(enc.contradicted, encoding.name));
  fileDefects.push(...encodingNotes(enc));
  if (dialect.skipRows > 0 && ro.skipRows === null) fileDefects.push({ code: "preamble-skipped", row: null, line: 1, params: { lines: dialect.skipRows } });
  if (dialect.uncertain) fileDefects.push({ code: "dialect-uncertain", row: null, line: null, params: { chosen: describeDialect(dialect), alternative: dialect.alternative ? describeDialect({ ...dialect, ...dialect.alternative }).replace(/, (no )?header$/, "") : undefined } });
  return { encoding, dialect, header, fileDefects };
}
