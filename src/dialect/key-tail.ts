// Whether the first key of a key list ends as the keys below it do (`C/XLC_LOCALE` above `iso8859-1/XLC_LOCALE`).

/** The head's tail from its last `/`, `.`, `:` or `@` on, when 2 characters or more follow the mark (`/XLC_LOCALE`, `.com`). */
function markedTail(head: string): string | undefined {
  const at = Math.max(...["/", ".", ":", "@"].map((m) => head.lastIndexOf(m)));
  return at >= 0 && head.length - at > 2 ? head.slice(at) : undefined;
}

/**
 * True when the head's first cell ends with a marked tail (`/XLC_LOCALE`) that 4 in 5 keys below it (5 or more) end
 * with too: a path, file or host of the same place as the keys, one more key. why: a column's name is not written
 * with the path or domain of each value below it (`locale` above `iso8859-1/XLC_LOCALE` stays a name), and `-`, `_`
 * are left out because names join words with them (`file_name` above `a_name`).
 */
export function keyTailLikeBody(head: string, keys: string[]): boolean {
  const tail = markedTail(head);
  return tail !== undefined && head !== tail && keys.length >= 5 && keys.filter((k) => k !== tail && k.endsWith(tail)).length >= keys.length * 0.8;
}

/** Runs of letters or digits in a cell (`52`, `54`, `00` in `52:54:00`). */
const runs = (cell: string): string[] => cell.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * True when the head's first cell is a code written in the keys' own alphabet (`52:54:00` above `b0:c4:20`,
 * `00:00:5e:00:01`): it holds a digit and a mark that 4 in 5 keys below (5 or more) hold, each of its characters
 * is one the keys use, and each of its letter-or-digit runs has a length theirs have. why a digit and a mark: a
 * column's name holds neither (`mac` above `52:54:00` stays a name), and a name joined by a mark (`e-mail`) has no digit.
 */
export function keyCodeLikeBody(head: string, keys: string[]): boolean {
  const marks = [...new Set(head.match(/[^\p{L}\p{N}\s]/gu) ?? [])];
  if (keys.length < 5 || !/\d/.test(head) || marks.length === 0) return false;
  if (keys.filter((k) => marks.every((m) => k.includes(m))).length < keys.length * 0.8) return false;
  const chars = new Set(keys.join(""));
  const lengths = new Set(keys.flatMap(runs).map((r) => r.length));
  return [...head].every((c) => chars.has(c)) && runs(head).every((r) => lengths.has(r.length));
}
