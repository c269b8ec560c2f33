// A one-column domain list's head that is the parent domain of the entry below it (`zyx` above `domain.zyx`): an entry.
import { unicodeOrAscii } from "../lazy.js";

/**
 * A domain name, or a public-suffix rule: lower-case labels joined by dots, with a wildcard (`*.yxz`) or an exception
 * mark (`!none.yxz`) before them. why lower case: such lists are written so, and a column's name is often capitalised.
 * why unicodeOrAscii: src/lazy.ts.
 */
const DOMAIN = unicodeOrAscii(String.raw`^(?:!|\*\.)?[\p{Ll}\p{Lo}\p{N}_-]+(?:\.[\p{Ll}\p{Lo}\p{N}_-]+)*$`, "u");

/** The labels a rule names, its `*.` or `!` dropped (`!none.yxz` → `none.yxz`). */
const bare = (rule: string): string => rule.replace(/^(?:!|\*\.)/, "");

/**
 * True when every cell of a one-column list is a domain (or a suffix rule), the first entry below the head lies
 * under it (`zyx` above `domain.zyx`; `ac` above `com.ac`) and some entry does not (`*.yxz`): a public-suffix or
 * zone list, where each domain is written above the names under it, and the head is that list's first entry.
 * why not every entry under the head: a list of `.org` names headed `org` may be named by their common suffix;
 * why the first entry only: a name is not the parent of the value written right below it.
 */
export function parentDomain(head: string, values: string[]): boolean {
  if (values.length < 3 || !DOMAIN.test(head) || /^[!*]/.test(head) || !values.every((v) => DOMAIN.test(v))) return false;
  const under = (v: string): boolean => bare(v).endsWith("." + head);
  return under(values[0]) && !values.every(under);
}
