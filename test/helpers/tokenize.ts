// tokenize: drives the CsvTokenizer over a text split into chunks, as the pipeline does, for parse tests.
import { CsvTokenizer, type ParseOptions } from "../../src/parse/csv.js";
import type { ParsedRecord } from "../../src/types.js";

export const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");

export function parseOptions(o: Partial<ParseOptions> = {}): ParseOptions {
  return { delimiter: ",", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 16 * 1024 * 1024, byteLength: utf8Length, ...o };
}

/** Splits `text` at the given sizes (cycling); [] means one chunk. Each chunk carries its UTF-8 byte start. */
export function chunksOf(text: string, sizes: number[] = []): Array<{ text: string; byteStart: number }> {
  if (sizes.length === 0 || text.length === 0) return text.length ? [{ text, byteStart: 0 }] : [];
  const out: Array<{ text: string; byteStart: number }> = [];
  let i = 0, k = 0, byte = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes[k++ % sizes.length]);
    const piece = text.slice(i, i + n);
    out.push({ text: piece, byteStart: byte });
    byte += utf8Length(piece);
    i += n;
  }
  return out;
}

export function tokenize(text: string, o: Partial<ParseOptions> = {}, sizes: number[] = []): ParsedRecord[] {
  const tok = new CsvTokenizer(parseOptions(o));
  const out: ParsedRecord[] = [];
  for (const c of chunksOf(text, sizes)) tok.push(c, out);
  tok.end(out);
  return out;
}

/** The cells of each record. */
export const cellsOf = (recs: ParsedRecord[]): string[][] => recs.map((r) => r.cells);
/** [line, endLine] of each record. */
export const linesOf = (recs: ParsedRecord[]): Array<[number, number]> => recs.map((r) => [r.line, r.endLine]);
/** Structural defects of each record as [code, line, columnIndex]. */
export const parseDefectsOf = (recs: ParsedRecord[]) =>
  recs.flatMap((r, i) => (r.defects ?? []).map((d) => [i, d.code, d.line, d.columnIndex ?? null] as const));
