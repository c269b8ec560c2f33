// Builds the encship manifest: legacy-encoded files that ship inside npm packages (charset-detector fixtures, hunspell test dictionaries, subtitle, gettext, HTML and dBASE fixtures), labelled by the name the package's own test asserts, the .aff or .cpg beside them, their declarations, or by hand; settled on the bytes as encwild's are.
import { basename, join } from "node:path";
import { buildManifest as buildShipManifest, declaredLabel, handLabels, normalLabel, settleLabel } from "../encwild/build.mjs";

export { readManifest, writeManifest, firstLines } from "../encwild/build.mjs";

/** Folder of the sources: $ENCSHIP_SOURCES, else `encship-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCSHIP_SOURCES ?? join(root, "..", "encship-sources");
}

/**
 * A fixture file named by its page (`IUC10-ru/KOI8-R.txt`, `encodings/windows_1251`, `iso88592_cs`): the page, or null.
 * why a language suffix is cut: the Mozilla-derived sets name files `page_language`; why 8859-8-i is 8859-8: the same bytes, logical order only.
 */
export function pageOfName(rel) {
  const stem = basename(rel).replace(/\.(txt|srt|html?|csv)$/i, "");
  for (const name of [stem, stem.replace(/_[a-z]{2}$/i, "")]) {
    const label = normalLabel(name.replace(/^iso-?8859-8-i$/i, "iso-8859-8"));
    if (label) return label;
  }
  return null;
}

/** Folders where a package keeps fixtures its tests read. */
const FIXTURE_DIR = /\/(tests?|fixtures?|__fixtures__|data|encodings|charset-detection)\//;

/** Files that belong to a hunspell test case `NAME.aff`: the dictionary, the good, wrong and suggested words, morphology. */
const HUNSPELL_CASE = /\.(aff|dic|good|wrong|sug|morph|root)$/;

/**
 * The page a hunspell test case declares: its .aff's `SET`, else ISO8859-1.
 * why the default: hunspell reads an .aff without SET as ISO8859-1 (hunspell(5): "SET encoding … default ISO8859-1").
 */
function hunspellSet(read, rel) {
  const aff = read(rel.replace(HUNSPELL_CASE, ".aff"));
  if (!aff) return null;
  return /^SET\s+(\S+)/m.exec(aff.toString("latin1"))?.[1] ?? "ISO8859-1";
}

/** Declarations npm fixtures carry, tried before encwild's (gettext, HTML, XML, cookies…): [how, applies, find] as in encwild. */
export const NPM_DECLARATIONS = [
  ["fixture named by its page (the test asserts it)", (p) => FIXTURE_DIR.test(p), (b, read, p) => (pageOfName(p) ? basename(p) : null)],
  ["hunspell test case: its .aff's SET", (p) => HUNSPELL_CASE.test(p) && /\/tests?\//.test(p), (b, read, p) => hunspellSet(read, p)],
  ["dBASE .cpg beside the .dbf", (p) => p.endsWith(".dbf"), (b, read, p) => read(p.replace(/\.dbf$/, ".cpg"))?.toString("latin1").trim() || null],
];

/** The first declaration found for a file: npm fixtures' kinds, then encwild's. */
export function npmDeclaredLabel(rel, bytes, read, exists) {
  for (const [how, applies, find] of NPM_DECLARATIONS) {
    if (!applies(rel, exists)) continue;
    const declared = find(bytes, read, rel);
    if (!declared) continue;
    const label = how.startsWith("fixture named") ? pageOfName(rel) : normalLabel(declared);
    return { label, declared, how };
  }
  return declaredLabel(rel, bytes, read, exists);
}

/** CSV-quotes one field's bytes when it holds a comma, a quote or a line break. */
function csvField(bytes) {
  if (!bytes.some((b) => b === 0x2c || b === 0x22 || b === 0x0a || b === 0x0d)) return bytes;
  const parts = [Buffer.from('"')];
  for (const b of bytes) parts.push(Buffer.from(b === 0x22 ? [0x22, 0x22] : [b]));
  parts.push(Buffer.from('"'));
  return Buffer.concat(parts);
}

/** Trims a dBASE field's padding (spaces and NULs) on both sides. */
function trimField(bytes) {
  let a = 0;
  let z = bytes.length;
  while (a < z && (bytes[a] === 0x20 || bytes[a] === 0)) a++;
  while (z > a && (bytes[z - 1] === 0x20 || bytes[z - 1] === 0)) z--;
  return bytes.subarray(a, z);
}

/**
 * A dBASE III table's records as CSV bytes, each field's bytes unchanged (the page kept): what a user exporting the table holds.
 * why not decoded: the test is whether the tool reads the page the .dbf was written in, so no byte may be transcoded.
 */
export function dbfAsCsv(dbf) {
  const records = dbf.readUInt32LE(4);
  const headerLength = dbf.readUInt16LE(8);
  const recordLength = dbf.readUInt16LE(10);
  const fields = [];
  for (let at = 32; at + 32 <= headerLength && dbf[at] !== 0x0d; at += 32) {
    const name = dbf.subarray(at, at + 11);
    fields.push({ name: name.subarray(0, name.indexOf(0) < 0 ? 11 : name.indexOf(0)), length: dbf[at + 16] });
  }
  const lines = [Buffer.concat(fields.flatMap((f, i) => (i ? [Buffer.from(","), csvField(f.name)] : [csvField(f.name)])))];
  for (let r = 0; r < records; r++) {
    const start = headerLength + r * recordLength;
    if (start + recordLength > dbf.length || dbf[start] === 0x2a) continue; // why: '*' marks a deleted record
    let at = start + 1;
    const cells = fields.map((f) => csvField(trimField(dbf.subarray(at, (at += f.length)))));
    lines.push(Buffer.concat(cells.flatMap((c, i) => (i ? [Buffer.from(","), c] : [c]))));
  }
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")]));
}

/** The bytes a user holds for a source file: a .dbf's records as CSV, any other file as it is. */
export function bytesOf(rel, raw) {
  return rel.endsWith(".dbf") ? dbfAsCsv(raw) : raw;
}

/** Pages of two bytes a character, whose pairs are often valid UTF-8 by chance. */
const MULTI_BYTE = new Set(["gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr"]);

/**
 * True when a file is part UTF-8, part legacy: at least 2 valid UTF-8 multi-byte sequences holding at least half its high bytes, and high bytes
 * outside them (hunspell's phone.aff: UTF-8 `Björn` in comments, one Latin-1 byte). No single page is right for such a file.
 */
export function mixedUtf8(bytes) {
  let seqs = 0;
  let inSeqs = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    const n = bytes[i] >= 0xc2 && bytes[i] <= 0xdf ? 2 : bytes[i] >= 0xe0 && bytes[i] <= 0xef ? 3 : bytes[i] >= 0xf0 && bytes[i] <= 0xf4 ? 4 : 0;
    if (n && i + n <= bytes.length && [...bytes.subarray(i + 1, i + n)].every((b) => b >= 0x80 && b <= 0xbf)) {
      seqs++;
      inSeqs += n;
      high += n - 1;
      i += n - 1;
    }
  }
  return seqs >= 2 && inSeqs * 2 >= high && inSeqs < high;
}

/** encwild's settling, with part-UTF-8 files of single-byte pages left out. */
export function settleShipLabel(bytes, label) {
  if (label && label !== "utf-8" && !MULTI_BYTE.has(label) && mixedUtf8(bytes)) return { drop: "part UTF-8, part legacy bytes (no single page reads it)" };
  return settleLabel(bytes, label);
}

/**
 * The manifest: encwild's builder with npm's declarations first, `test-labels.tsv` (the page a package's test reads a fixture in) before them,
 * `hand-labels.tsv` (pages decided from the bytes) before all, .dbf files as their CSV export, and up to `perGroup` files a package and page.
 */
export function buildManifest(dir, { perGroup = 12 } = {}) {
  const tests = handLabels(dir, "test-labels.tsv", "test expectation");
  const declare = (rel, bytes, read, exists) => tests.get(rel) ?? npmDeclaredLabel(rel, bytes, read, exists);
  return buildShipManifest(dir, { perGroup, declare, bytesOf, settle: settleShipLabel });
}

