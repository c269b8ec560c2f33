// A file against how its baseline profile's file was read (`check --baseline`): its encoding, delimiter and header.
import type { DefectDraft, EncodingDecision, FileReport } from "../types.js";
import { readingChange } from "../encoding/names.js";
import type { Profile } from "./baseline.js";

type Sniffed = NonNullable<FileReport["dialect"]>;

const show = (c: string): string => (c === "\t" ? "tab" : JSON.stringify(c));

const draft = (params: Record<string, unknown>, code: DefectDraft["code"]): DefectDraft => ({ code, row: null, line: null, params });

/**
 * `encoding-changed` when the file is read in another encoding than the baseline's file, else null. Nothing when the
 * encoding was named (`--encoding`: the user decided), or when a guess between two legacy code pages is flagged
 * uncertain (only UTF-8 validity is certain), as for a feed's history.
 */
export function encodingAgainstBaseline(enc: EncodingDecision, base: Profile): DefectDraft | null {
  const was = base.encoding;
  if (!was || enc.how === "forced") return null;
  if (enc.uncertain && was !== "utf-8") return null;
  const change = readingChange(enc, { name: was, bom: base.bom, ascii: base.ascii });
  return change && draft({ baseline: base.source, ...change }, "encoding-changed");
}

/** `dialect-changed` for a delimiter or header other than the baseline's file had; what the options force is not compared. */
export function dialectAgainstBaseline(d: Pick<Sniffed, "delimiter" | "header">, forced: { delimiter: boolean; header: boolean }, base: Profile): DefectDraft[] {
  const was = base.dialect;
  if (!was) return [];
  const out: DefectDraft[] = [];
  // why not "": a file of one column has no delimiter to compare
  if (!forced.delimiter && was.delimiter !== "" && d.delimiter !== "" && was.delimiter !== d.delimiter) out.push(draft({ baseline: base.source, what: "delimiter", actual: show(d.delimiter), expected: show(was.delimiter) }, "dialect-changed"));
  if (!forced.header && was.header !== d.header) out.push(draft({ baseline: base.source, what: "header", actual: String(d.header), expected: String(was.header) }, "dialect-changed"));
  return out;
}
