// Text fields wrapped in `~` between another delimiter's fields (`~01001~^~Butter, salted~^0^6.38`): `~` is the quote.

/** Delimiters a `~`-quoting writer puts between fields (the USDA nutrient database's is `^`). */
const DELIMITERS = ["^", ",", ";", "|", "\t"];
/** Fewest lines: a few framed fields in a row happen by chance (`~a~,~b~` as text). */
const MIN_LINES = 3;
const MAX_LINES = 1000;

/** A field that is wrapped in `~` whole, with no `~` inside (`~Butter, salted~`, `~~`). */
const FRAMED = /^~[^~]*~$/;

/**
 * The line's fields at `d`, `~`-wrapped fields kept whole (a `d` inside one is text), or null when a `~` stands
 * anywhere but at both ends of a field (`a~b`, `~/home`, an unclosed `~`).
 */
function fieldsAt(line: string, d: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let end: number;
    if (line[i] === "~") {
      const close = line.indexOf("~", i + 1);
      if (close < 0) return null;
      end = close + 1;
      if (end < line.length && line[end] !== d) return null;
      // why: `~|~` is two lone `~` cells (a mark for nothing), not one wrapped field holding only the delimiter
      const inner = line.slice(i + 1, close);
      if (inner.includes(d) && inner.split(d).every((part) => part.trim() === "")) return null;
    } else {
      end = line.indexOf(d, i);
      if (end < 0) end = line.length;
      // why `"`: a line that wraps fields in `"` (`"Smith, John",~A1~`) is read by the `"` quote, not split inside them
      if (line.slice(i, end).includes("~") || line[i] === '"') return null;
    }
    fields.push(line.slice(i, end));
    if (end >= line.length) return fields;
    i = end + 1;
  }
}

/**
 * The delimiter of a table whose text fields are wrapped in `~`, or null. Every line (the first 1,000 non-blank
 * ones, 3 or more) splits at it into one width of 2 fields or more, each `~` opening or closing a whole field, and
 * every line wraps one field or more. why: the USDA National Nutrient Database's ASCII files (gourmand's
 * `FOOD_DES.txt`: `~01001~^~0100~^~Butter, salted~^…^6.38`) quote text with `~`; no `~` was a quote candidate, so
 * `^` read `~01001~` as the value (WEIGHT.txt), or `~` itself split the rows between `^` cells (FOOD_DES.txt), both
 * with no warning. Refused: `~` inside a field (`a~b`, `~/bin`), `~` as the only mark (`a~b~c`: the delimiter),
 * lines of other widths, a line with no wrapped field, fewer than 3 lines, a delimiter forced to `~`, a field opened by
 * `"` (`"Smith, John",~A1~`: the `"` quote), a wrapped field of the delimiter alone (`x|~|~|y`: two lone `~` cells).
 */
export function tildeQuoteDelimiter(full: string, forcedDelimiter: string | null): string | null {
  if (!full.includes("~") || forcedDelimiter === "~") return null;
  const lines = full.split(/\r\n|\n|\r/, MAX_LINES).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES) return null;
  const candidates = forcedDelimiter !== null ? [forcedDelimiter] : DELIMITERS;
  for (const d of candidates) if (d !== "" && d !== " " && framedAt(lines, d)) return d;
  return null;
}

function framedAt(lines: string[], d: string): boolean {
  let width = -1;
  for (const line of lines) {
    const fields = fieldsAt(line, d);
    if (fields === null || fields.length < 2 || (width >= 0 && fields.length !== width)) return false;
    if (!fields.some((f) => FRAMED.test(f))) return false;
    width = fields.length;
  }
  return true;
}
