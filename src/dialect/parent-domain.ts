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

/** A top-level label as a suffix list opens with one: 2 or 3 lower-case letters (`ac`, `zyx`; not `name`, `host`). */
const TOP_LEVEL = /^[a-z]{2,3}$/;

/** `child` lies under `parent` (`nom.ad` under `ad`; `!www.ck` under `*.ck`). */
const under = (child: string, parent: string): boolean => bare(child).endsWith("." + bare(parent));

/**
 * A suffix list's own marks among its entries: a rule (`*.ck`, `!www.ck`), or a domain written right above one
 * under it (`ad` above `nom.ad`). why: field paths and property keys (`user.name`, `order.id`) are dotted lower-case
 * names too, and a head that is their last label (`name`) is their column's name, not a parent domain.
 */
const suffixListMarks = (values: string[]): boolean =>
  values.some((v, i) => /^[!*]/.test(v) || (i > 0 && under(v, values[i - 1])));

/**
 * True when every cell of a one-column list is a domain (or a suffix rule), the head is a top-level label, the first
 * entry below the head lies under it (`zyx` above `domain.zyx`; `ac` above `com.ac`), some entry does not (`*.yxz`),
 * and the entries bear a suffix list's marks: a public-suffix or zone list, where each domain is written above the
 * names under it, and the head is that list's first entry. why not every entry under the head: a list of `.org`
 * names headed `org` may be named by their common suffix; why the first entry only: a name is not the parent of the
 * value written right below it. Refused: `name` above `user.name`, `order.id` (no top-level label, no marks); `com`
 * above `example.com`, `foo.org` (no marks).
 */
export function parentDomain(head: string, values: string[]): boolean {
  if (values.length < 3 || !TOP_LEVEL.test(head) || !values.every((v) => DOMAIN.test(v))) return false;
  return under(values[0], head) && !values.every((v) => under(v, head)) && suffixListMarks(values);
}
