// The file-level notes the encoding stage leaves: an uncertain detection, and a forced encoding the bytes contradict.
import type { DefectDraft } from "../types.js";
import type { EncodingResult } from "../encoding/index.js";
import type { Contradiction } from "../encoding/forced.js";

/** `encoding-unsupported` for a page Node cannot decode; `encoding-uncertain` when detection was unsure (none for a forced encoding, which is never uncertain). */
export function encodingNotes(enc: Pick<EncodingResult, "decision">): DefectDraft[] {
  const e = enc.decision;
  if (e.unsupported) return [{ code: "encoding-unsupported", row: null, line: null, params: { encoding: e.unsupported } }];
  if (!e.uncertain) return [];
  return [{ code: "encoding-uncertain", row: null, line: null, params: { encoding: e.name, confidence: e.confidence?.toFixed(2) ?? "unknown", ...(e.alternative ? { alternative: (e.alternatives ?? [e.alternative]).join(" or ") } : {}), ...(e.example ? { example: e.example } : {}) } }];
}

/**
 * `encoding-mismatch` for `--encoding` whose reading the bytes clearly contradict. why an error, as for a feed's
 * declared encoding: the file is still read as told, so every row checked is misread text; passing it with exit 0
 * would be the silent misread the option was meant to prevent (a feed pinned with --encoding that switched page).
 * `--rule encoding-mismatch=warning` keeps the run green when the reading is wanted.
 */
export function forcedMismatch(c: Contradiction, forced: string): DefectDraft {
  return { code: "encoding-mismatch", row: null, line: c.line, params: { by: "option", actual: c.suggested, expected: forced, example: c.example } };
}
