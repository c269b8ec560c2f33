// Turns a user's --delimiter / --quote spelling ("\\t", "tab", ";") into the one character it means.
import { IngestError } from "../defects/errors.js";

/** --delimiter whitespace: whitespace-aligned columns (runs of spaces are one delimiter); the sniffer turns it into " " plus a flag. */
export const WHITESPACE = "whitespace";

const NAMED: Record<string, string> = {
  whitespace: WHITESPACE, ws: WHITESPACE,
  "\\t": "\t", tab: "\t", "\t": "\t",
  comma: ",", semicolon: ";", pipe: "|", space: " ", colon: ":",
};

/** "\\t" | "tab" | "\t" → "\t"; other names (comma, semicolon, pipe, space, colon) likewise; else the character itself. */
export function normalizeDelimiter(s: string): string {
  const named = NAMED[s] ?? NAMED[s.toLowerCase()];
  const c = named ?? s;
  if (c === WHITESPACE) return c;
  // why: count code points, so a delimiter outside the BMP (one character, two UTF-16 units) is still accepted.
  if ([...c].length !== 1) {
    throw new IngestError("usage", `the delimiter must be exactly one character (or "\\t" / "tab"), not ${JSON.stringify(s)}`);
  }
  return c;
}

/** Like normalizeDelimiter, for --quote ("none" or "" are not allowed: the quote is a character). */
export function normalizeQuote(s: string): string {
  if ([...s].length !== 1) {
    throw new IngestError("usage", `the quote must be exactly one character, not ${JSON.stringify(s)}`);
  }
  return s;
}
