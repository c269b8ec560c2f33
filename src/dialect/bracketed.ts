// Whether a delimiter candidate stands only inside brackets (`[loose|destroy]`), where it splits no field.

const OPEN = "[{(";
const CLOSE = "]})";

/**
 * Calls `at(depth)` for each occurrence of `ch` in `text`, `depth` being how many brackets opened on its line are
 * still open there; stops (and returns true) as soon as `at` does.
 */
function eachOccurrence(text: string, ch: string, at: (depth: number) => boolean): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") depth = 0;
    else if (c === ch) { if (at(depth)) return true; }
    else if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
  }
  return false;
}

/** True when `d` occurs in the text, and every time inside brackets opened on its line. */
export function onlyInsideBrackets(text: string, d: string): boolean {
  if (d.length !== 1 || !text.includes(d)) return false;
  return !eachOccurrence(text, d, (depth) => depth === 0);
}

/** True when `d` occurs somewhere inside brackets opened on its line (the `=` of `C(=O)`). */
export function anyInsideBrackets(text: string, d: string): boolean {
  return d.length === 1 && eachOccurrence(text, d, (depth) => depth > 0);
}

/** True when every non-blank line holds `d` outside brackets (the `:` of `$luw$:{I} [loose|destroy]`). */
export function outsideBracketsOnEveryLine(text: string, d: string): boolean {
  if (d.length !== 1) return false;
  return text.split(/\r\n|\n|\r/).every((line) => line.trim() === "" || eachOccurrence(line, d, (depth) => depth === 0));
}
