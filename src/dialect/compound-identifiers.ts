// A one-column list of code identifiers whose head is joined as many entries are (`binary_sort` above `insertion_sort`): an entry.
import { GENERIC } from "./body-like-row.js";
import { ROLE } from "./namespaced-keys.js";

/** One token of identifier characters, a `?` or `!` allowed at its end (Lisp and FriCAS predicates: `isFreeNode?`). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*[?!]?$/;

/** Ways to join words inside one identifier: an underscore between words, a capital after a small letter. */
const JOINS: RegExp[] = [/[A-Za-z0-9]_[A-Za-z]/, /[a-z0-9][A-Z]/];

/** What a column of identifiers holds, named by its head (`feature_flag`, `db_table`, `config_option`): kinds of entry. */
const KIND = /^(?:flags?|tables?|options?|metrics?|events?)$/i;

/** Entries needed below the head, and the share of them that must be identifiers, and joined as the head is. */
const MIN_ENTRIES = 5;
const IDENTIFIER_SHARE = 0.9;
const JOINED_SHARE = 0.25;

/** The words of an identifier, split at its underscores and at each capital after a small letter or digit. */
function parts(id: string): string[] {
  return id.replace(/[?!]$/, "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").split("_").filter((w) => w !== "");
}

/**
 * True when the head of a one-column list is an identifier opening in lower case and joining words (`binary_sort`,
 * `makeEq`), 9 in 10 entries below (5 or more) are identifiers too, and a quarter of them or more (2 or more) join
 * their words the same way (`insertion_sort`, `leftist_heap`; `setDifference`, `algebraicGcd`): the list's first entry,
 * of its entries' own form (why3's `reduced_regtests.list`, FriCAS's `command.list`). why: such a list mixes plain
 * words and joined ones, so no one word shape holds 4 in 5 entries (wordList) and the first was read as a header.
 * Refused: a head with a column noun among its words (`test_name`, `functionId`, `env_var`, `feature_flag`: a name
 * for what is below), entries joined as it is that open in upper case (`HOME_DIR`, `JAVA_HOME`: constants), a head
 * opening in upper case or with a blank or a mark, a plain word (`tests`: a name as likely as an entry), entries
 * joined otherwise than the head or seldom, entries that are no identifiers (phrases, numbers), fewer than 5 entries.
 */
export function compoundIdentifierEntry(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !/^[a-z]/.test(head) || !IDENTIFIER.test(head)) return false;
  if (parts(head).some((w) => GENERIC.test(w) || ROLE.test(w) || KIND.test(w))) return false;
  if (values.filter((v) => IDENTIFIER.test(v)).length < values.length * IDENTIFIER_SHARE) return false;
  const join = JOINS.find((re) => re.test(head));
  if (!join) return false;
  // why lower case too: a constant (`LD_LIBRARY_PATH`) is joined as `env_var` is, yet written unlike it
  const joined = values.filter((v) => /^[a-z]/.test(v) && IDENTIFIER.test(v) && join.test(v)).length;
  return joined >= 2 && joined >= values.length * JOINED_SHARE;
}
