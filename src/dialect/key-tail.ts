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
