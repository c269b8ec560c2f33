// A one-column list of code identifiers whose head is built into entries below (`lm` above `glm`, `lmerMod`): an entry.

/** A code identifier opening in lower case: letters and digits, camelCase allowed (`glm`, `lmerMod`, `polr2`). */
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/** Entries needed below the head. */
const MIN_ENTRIES = 5;

/**
 * True when the head is a lower-case word of 2 letters or more, every entry below (5 or more) is an identifier opening
 * in lower case, some written camelCase (`lmerMod`), and the head stands inside 2 entries or more, in its own case
 * (`glm`, `lmerMod`, `glmerMod`), ending one after a lower-case prefix (`glm`) and opening one going on in lower case (`lmerMod`): a list of names built on one another
 * (R's model classes), whose first is the head. why: camelCase entries break the word-shape test of a plain word list, so such a list lost its first entry to the
 * header; a column's name is not spelled inside the values it heads (`model` above `lm`, `glm`). Refused: a head
 * written otherwise (`Model`, `model_class`), entries with blanks or marks, a head inside one entry only or
 * opening none (`date` inside `update`, `updatedAt`: a field list's name), a head opening entries only as a whole word
 * (`test` above `testParseHeader`) or inside them by chance (`event` in `preventDefault`, `onevent`, `eventPhase`).
 */
export function headInsideIdentifiers(head: string, values: string[]): boolean {
  if (!/^[a-z]{2,}$/.test(head) || values.length < MIN_ENTRIES || !values.every((v) => IDENTIFIER.test(v))) return false;
  if (!values.some((v) => /[a-z0-9][A-Z]/.test(v))) return false;
  const built = values.filter((v) => v !== head && v.includes(head));
  return built.length >= 2 && twoPositions(head, values);
}

/**
 * True when the head ends an entry after a lower-case prefix (`g`+`lm`) and opens another going on in lower case
 * (`lm`+`erMod`): built on in 2 positions. why: a column's name opens its entries as a whole word (`test` above
 * `testParseHeader`, `event` above `eventPhase`) or sits inside words by chance (`preventDefault`); a family of names
 * grows on its first both ways.
 */
function twoPositions(head: string, values: string[]): boolean {
  const ends = values.some((v) => v.length > head.length && v.endsWith(head) && /[a-z]/.test(v[v.length - head.length - 1]));
  return ends && values.some((v) => v.startsWith(head) && /[a-z]/.test(v.charAt(head.length)));
}
