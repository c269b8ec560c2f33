// A one-column list's head that is a host name like every entry below (`nosdn.127.net` above `acast.com`): an entry.

/** A host name: lower-case labels of letters, digits and inner `-`, joined by dots, ending in a label of letters. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Entries needed below the head. */
const MIN_ENTRIES = 3;

/** The last label (`net` of `nosdn.127.net`). */
const top = (host: string): string => host.slice(host.lastIndexOf(".") + 1);

/**
 * True when the head and every entry below (3 or more) are host names, and the head's last label ends an entry
 * too: a list of domains (privacy-badger's `yellowlist.txt`, `nosdn.127.net` above `bnet.163.com`, `acast.com`),
 * whose first domain was read as the header, silently: one text column gives no vote. why the last label: a dotted
 * field name may look like a host (`user.name`, `site.url`), but its last word is no ending of the domains below;
 * a column's name (`domain`, `Host`) holds no dot.
 */
export function domainListEntry(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !HOST.test(head) || !values.every((v) => HOST.test(v))) return false;
  return values.some((v) => top(v) === top(head));
}
