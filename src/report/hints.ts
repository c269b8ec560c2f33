// hintsFor: from one file's result, the likely reading mistakes (comment lines, a title line, an uncertain encoding or dialect, most rows failing alike), each naming the option to try.
import type { FileReport } from "../types.js";

export type HintKind = "comment-lines" | "title-line" | "encoding" | "dialect" | "structure";

export interface Hint {
  kind: HintKind;
  /** The option to try, as it would be typed, e.g. `--comment '#'`. */
  option: string;
  /** One sentence for people, naming the option. */
  message: string;
}

type HintInput = Pick<FileReport, "encoding" | "dialect" | "columns" | "rows" | "byCode" | "defects">;

const STRUCTURAL = ["row-missing-cells", "row-extra-cells", "quote-stray", "quote-unclosed"] as const;
const COMMENT_MARKERS = ["#", ";"];

/** A single character as people read it: `","`, `tab`, `'"'`; a longer token (a name) as it is. */
export function quoteChar(c: string): string {
  if (c.length !== 1) return c;
  if (c === "\t") return "tab";
  if (c === " ") return "space";
  return c === '"' ? `'"'` : `"${c}"`;
}

export const plural = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
/** An option value as a shell would need it: `'#'`, `';'`. */
const shellArg = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

function commentLines(f: HintInput): Hint | null {
  for (const marker of COMMENT_MARKERS) {
    if (marker === f.dialect?.delimiter) continue; // why: such a line reads as an empty first cell, not as "#…"
    const n = f.defects.filter((d) => d.code === "row-missing-cells" && d.value?.startsWith(marker)).length;
    if (n === 0) continue;
    const option = `--comment ${shellArg(marker)}`;
    return { kind: "comment-lines", option, message: `${plural(n, "short record")} ${n === 1 ? "starts" : "start"} with "${marker}": comment lines? Try ${option} to skip them.` };
  }
  return null;
}

/** More than half the rows fail `code` (and there are at least two rows). */
function mostRows(f: HintInput, code: string): boolean {
  const n = f.byCode[code as keyof FileReport["byCode"]] ?? 0;
  return f.rows.total >= 2 && n * 2 > f.rows.total;
}

function titleLine(f: HintInput): Hint | null {
  // why one column: a title is one cell; a real header that is narrower than its records is something else
  if (f.columns.length !== 1 || !mostRows(f, "row-extra-cells")) return null;
  const first = f.defects.find((d) => d.code === "row-extra-cells");
  // why near the top: the table under a title starts at once; a later first failure is something else
  if (!first || first.row === null || first.row > 3 || first.line === null) return null;
  const option = `--skip-rows ${first.line - 1}`;
  return {
    kind: "title-line", option,
    message: `the header has one column but most records have more: a title line above the header? Try ${option}.`,
  };
}

function structure(f: HintInput): Hint | null {
  const code = STRUCTURAL.find((c) => mostRows(f, c));
  if (!code) return null;
  const quote = code.startsWith("quote");
  const now = f.dialect ? ` (read with delimiter ${quoteChar(f.dialect.delimiter)}, quote ${f.dialect.quote ? quoteChar(f.dialect.quote) : "none"})` : "";
  const tryText = quote ? "Try --quote with the file's real quote character" : "Try --delimiter (or --quote) with the file's real ones";
  return { kind: "structure", option: quote ? "--quote" : "--delimiter", message: `most rows fail ${code}: the file is probably read the wrong way${now}. ${tryText}.` };
}

function encoding(f: HintInput): Hint | null {
  if (!f.byCode["encoding-uncertain"] || !f.encoding) return null;
  // why the warning's rival first: the detector names the reading that came close ("…; windows-1250 was close");
  // a report carries only the message, so it is read from there. utf-8 ↔ windows-1252 otherwise
  // (the first of "…; cp852 or windows-1250 was close": the closest)
  // why every rival: the right page is often the second or third close reading (Dutch Mac Roman read as windows-1252,
  // cp850 closest), and a hint naming the first alone sent the user to another wrong page
  const rivals = /; (\S+(?: or \S+)*) was close/.exec(f.defects.find((d) => d.code === "encoding-uncertain")?.message ?? "")?.[1].split(" or ");
  const others = rivals && rivals.length > 1 ? ` (or ${rivals.slice(1).map((r) => `--encoding ${r}`).join(", ")})` : "";
  const example = (rivals?.[0] ?? (f.encoding.name === "utf-8" ? "windows-1252" : "utf-8")) + others;
  return {
    kind: "encoding", option: "--encoding",
    message: `the encoding is a guess (${f.encoding.name}): if letters look wrong, name it, e.g. --encoding ${example}.`,
  };
}

function dialect(f: HintInput): Hint | null {
  if (!f.byCode["dialect-uncertain"]) return null;
  return {
    kind: "dialect", option: "--delimiter",
    message: "the CSV dialect is a guess: if the columns look wrong, name it with --delimiter (and --quote); the warning says which other reading fits.",
  };
}

/** The hints for one file, most specific first; none when the file reads as expected. */
export function hintsFor(f: HintInput): Hint[] {
  const out: Hint[] = [];
  for (const h of [commentLines(f), titleLine(f), encoding(f), dialect(f)]) if (h) out.push(h);
  // the general one only when no specific hint already explains the failing rows
  if (!out.some((h) => h.kind === "comment-lines" || h.kind === "title-line")) {
    const s = structure(f);
    if (s) out.push(s);
  }
  return out;
}
