// The CJK reading to weigh when jschardet names one that does not decode the evidence cleanly.

/**
 * jschardet's CJK answer `js` when it is among the readings that decode the evidence cleanly (`clean`, best score first),
 * else the best of those. why: jschardet's state machines judge byte shapes, not whether a page holds the characters;
 * a GB18030 export whose only non-ASCII are two four-byte `¬` (81 30 85 31, the registry's own mojibake) and a `，` was
 * answered Big5, which reads the four-byte forms as invalid pairs (`202�0�1Building`), silently. Refused: jschardet's
 * answer stands whenever its reading is clean, however close the others (cjkPick weighs those).
 */
export function cleanCjkName(js: string, clean: readonly { name: string }[]): string {
  return clean.length === 0 || clean.some((r) => r.name === js) ? js : clean[0].name;
}
