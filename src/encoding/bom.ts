// Byte-order marks: which encoding a BOM announces and how many bytes it takes.

export interface Bom {
  name: "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";
  length: number;
}

/**
 * The BOM at the start of `head`, or null; `length` counts the same BOM repeated right after it. why: a file saved
 * with a BOM by a tool that adds one again begins with two, and the second read as text made the first column
 * `\ufeffname`; no CSV starts with a zero-width no-break space, so every leading copy is the BOM's.
 */
export function readBom(head: Uint8Array): Bom | null {
  const bom = firstBom(head);
  if (bom === null) return null;
  let length = bom.length;
  while (length + bom.length <= head.length && firstBom(head.subarray(length))?.name === bom.name) length += bom.length;
  return { name: bom.name, length };
}

function firstBom(head: Uint8Array): Bom | null {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { name: "utf-8", length: 3 };
  // why: FF FE 00 00 is the UTF-32LE BOM, which also starts with the UTF-16LE BOM; test it first.
  // A UTF-16LE CSV whose first character is NUL is not a real case.
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { name: "utf-32le", length: 4 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { name: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe) return { name: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { name: "utf-16be", length: 2 };
  return null;
}

/** The BOM length of `name` when `head` starts with that encoding's BOM, else 0 (used with --encoding). */
export function bomLengthFor(name: string, head: Uint8Array): number {
  const bom = readBom(head);
  return bom !== null && bom.name === name ? bom.length : 0;
}
