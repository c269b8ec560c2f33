// A tiny RFC 4180 reader (comma, double quote, LF) for the tool's own --clean/--rejects output, independent of src/parse.

/** Splits UTF-8 CSV text as the quarantine writer produces it into records of cells. */
export function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      cell += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ",") { row.push(cell); cell = ""; i++; continue; }
    if (c === "\n") { row.push(cell); out.push(row); row = []; cell = ""; i++; continue; }
    cell += c; i++;
  }
  if (quoted) throw new Error("unterminated quote in the tool's own output");
  if (cell !== "" || row.length > 0) throw new Error("the tool's own output does not end with a line break");
  return out;
}
