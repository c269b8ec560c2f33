// Whether a first row's cell is a number tagged with words (`1/tcp/udp` above `2/tcp/udp`), as every value below it is.

/** A whole number, a slash, then words parted by slashes (`1/tcp`, `80/tcp/udp/sctp`): a port and its protocols. */
const TAGGED = /^\d+(?:\/[A-Za-z][\w-]*)+$/;

/**
 * A number tagged with words above 3 values or more that all are (`1/tcp/udp` above `2/tcp/udp`, `5/tcp`): the first
 * record of a services list, not a name. why: a column's name does not start with a number and a slash; the list's
 * first line was taken as its header (`tcpmux`, `1/tcp/udp`) and lost from the records.
 */
export function taggedNumberLikeBody(cell: string, values: string[]): boolean {
  return values.length >= 3 && TAGGED.test(cell) && values.every((v) => TAGGED.test(v));
}
