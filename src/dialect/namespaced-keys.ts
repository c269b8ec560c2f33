// Whether a first cell is one more key of a column of namespaced keys (`Language_ISO639` above `Language_Name`, `Author_Email`, `Author_Name`).

/** A key of two words or more joined by one `_` or `.` and no blank (`Config_Text_Separator`, `menu.file.open`). */
const KEY = /^[A-Za-z0-9]+([_.])[A-Za-z0-9]+(?:\1[A-Za-z0-9]+)*$/;
/**
 * What a column's name calls its cells after a namespace (`var_name`, `Param_Key`, `field_id`). why: a data dictionary's
 * header (`var_name,label,type` above `var_id`, `hh_size`, `ind_age`) names its keys' column so, and read as one more
 * key it was lost, silently; a catalog's entry goes on with what it is about (`Language_ISO639`, `Author_Email`).
 */
export const ROLE = /^(?:name|key|id|code|field|variable|var|param|parameter|setting|label|item)s?$/i;
/** Values needed below the head: a few keys cannot show a namespace. */
const MIN_VALUES = 5;

/** The key's namespace: its first word and the mark after it (`Author_` of `Author_Email`); null for no key. */
function namespace(cell: string): string | null {
  const m = KEY.exec(cell);
  return m === null ? null : cell.slice(0, cell.indexOf(m[1]) + 1);
}

/** How a key goes on past its namespace: a capital, a lower-case letter or a digit (`ISO639` and `Name` both `A`). */
function opening(rest: string): string {
  return /^[A-Z]/.test(rest) ? "A" : /^[a-z]/.test(rest) ? "a" : "9";
}

/**
 * The namespaces that 2 distinct keys below or more share (`Author_` of `Author_Email` and `Author_Name`), each with
 * its keys.
 */
function sharedNamespaces(values: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const v of new Set(values)) {
    const ns = namespace(v);
    if (ns !== null) groups.set(ns, [...(groups.get(ns) ?? []), v]);
  }
  for (const [ns, keys] of groups) if (keys.length < 2) groups.delete(ns);
  return groups;
}

/**
 * True when the head is a namespaced key whose namespace a key below shares, going on in the same way (`Language_ISO639`
 * above `Language_Name`: both a capital after `Language_`), in a column (5 values or more) where keys of 2 other
 * namespaces or more each share theirs (`Author_Email`, `Author_Name`; `Config_Text_ColumnSize`, `Config_Text_Separator`).
 * why: a catalog of settings and strings (MediaInfo's `key;value` language files) groups its keys so, and its first
 * key read as a column's name lost the entry, silently; a column's name is not one more key of a namespace tree of
 * its own column. Refused: a head going on otherwise than its namespace's keys (`Item_Code` above `Item_001`), a
 * head whose namespace no key below holds, a column of one namespace or none besides the head's (`user_id` above
 * `user_ann`, `user_bob`: ids that share a prefix; stemmedLikeBody judges those), a head with a blank, fewer values, a
 * head whose rest names a column's role (`var_name`, `Param_Key`: ROLE).
 */
export function namespacedKeyLikeBody(head: string, values: string[]): boolean {
  const ns = namespace(head);
  if (ns === null || values.length < MIN_VALUES || ROLE.test(head.slice(ns.length))) return false;
  const groups = sharedNamespaces(values.filter((v) => v !== head));
  const own = values.some((v) => v !== head && namespace(v) === ns && opening(v.slice(ns.length)) === opening(head.slice(ns.length)));
  return own && [...groups.keys()].filter((g) => g !== ns).length >= 2;
}
