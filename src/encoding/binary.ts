// Binary detection: magic numbers of common non-text formats, and a share of control bytes no text has.

interface Magic {
  at: number;
  bytes: readonly number[];
  kind: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// why: only signatures that a CSV cannot plausibly start with; short ones such as "BM" or "MZ" are left
// to the control-byte test, since "MZ" or "BM" may well begin a header line.
const MAGICS: readonly Magic[] = [
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: "a PNG image" },
  { at: 0, bytes: [0xff, 0xd8, 0xff], kind: "a JPEG image" },
  { at: 0, bytes: ascii("GIF87a"), kind: "a GIF image" },
  { at: 0, bytes: ascii("GIF89a"), kind: "a GIF image" },
  { at: 0, bytes: ascii("%PDF-"), kind: "a PDF document" },
  { at: 0, bytes: [0x50, 0x4b, 0x03, 0x04], kind: "a zip archive" },
  { at: 0, bytes: [0x50, 0x4b, 0x05, 0x06], kind: "a zip archive" },
  { at: 0, bytes: [0x50, 0x4b, 0x07, 0x08], kind: "a zip archive" },
  { at: 0, bytes: [0x1f, 0x8b], kind: "gzip data" },
  { at: 0, bytes: ascii("BZh"), kind: "bzip2 data" },
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: "xz data" },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: "zstd data" },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: "a 7z archive" },
  { at: 0, bytes: ascii("Rar!\x1a\x07"), kind: "a RAR archive" },
  { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "a legacy Office file (.xls/.doc)" },
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], kind: "an ELF executable" },
  { at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], kind: "a Mach-O executable" },
  { at: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf], kind: "a Mach-O executable" },
  { at: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], kind: "a Java class or Mach-O file" },
  { at: 0, bytes: [0x00, 0x61, 0x73, 0x6d], kind: "a WebAssembly module" },
  { at: 0, bytes: ascii("SQLite format 3\0"), kind: "an SQLite database" },
  { at: 0, bytes: ascii("PAR1"), kind: "a Parquet file" },
  { at: 0, bytes: ascii("ARROW1"), kind: "an Arrow file" },
  { at: 0, bytes: ascii("Obj\x01"), kind: "an Avro file" },
  { at: 0, bytes: ascii("OggS"), kind: "an Ogg media file" },
  { at: 0, bytes: ascii("II*\0"), kind: "a TIFF image" },
  { at: 0, bytes: ascii("MM\0*"), kind: "a TIFF image" },
  { at: 4, bytes: ascii("ftyp"), kind: "an MP4/QuickTime media file" },
  { at: 8, bytes: ascii("WEBP"), kind: "a WebP image" },
  { at: 8, bytes: ascii("WAVE"), kind: "a WAV audio file" },
];

function startsWith(head: Uint8Array, m: Magic): boolean {
  if (head.length < m.at + m.bytes.length) return false;
  for (let i = 0; i < m.bytes.length; i++) if (head[m.at + i] !== m.bytes[i]) return false;
  return true;
}

/** The kind of file a magic number at the start of `head` announces, or null. */
export function magicKind(head: Uint8Array): string | null {
  for (const m of MAGICS) {
    if (!startsWith(head, m)) continue;
    if (m.kind === "a zip archive") {
      // An .xlsx/.docx is a zip whose first entries name its parts.
      const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 4096)).toString("latin1");
      if (text.includes("xl/")) return "an Excel workbook (.xlsx, a zip archive)";
      if (text.includes("word/")) return "a Word document (.docx, a zip archive)";
      if (text.includes("[Content_Types].xml")) return "an Office Open XML file (a zip archive)";
    }
    return m.kind;
  }
  return null;
}

/**
 * Share of bytes in `head` that are control characters no text file holds: 0x00–0x08, 0x0E–0x1A, 0x1C–0x1F
 * (tab, LF, VT, FF, CR and ESC are allowed). Call it only once UTF-16/32 has been ruled out, as their NULs count.
 */
export function controlShare(head: Uint8Array): number {
  if (head.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x20 && (b <= 0x08 || (b >= 0x0e && b !== 0x1b))) n++;
  }
  return n / head.length;
}

/** Above this share of control bytes the input is called binary. Random bytes give about 0.11. */
export const BINARY_CONTROL_SHARE = 0.05;

/**
 * Fewer control bytes than this never make an input binary, whatever their share.
 * why: in a short text a single stray NUL is already a large share (`id,name\n1,A\0nn\n` is 1/16); such a file is
 * text with a `nul-byte` defect, and reading it shows the record, where calling it binary read no row at all.
 * Binary data without a magic number has many: random bytes hold about 11 per 100.
 */
export const BINARY_CONTROL_MIN = 8;

/** True when `head` holds too many control bytes, by share and by count, to be text (UTF-16/32 ruled out first). */
export function looksBinary(head: Uint8Array): boolean {
  const share = controlShare(head);
  return share > BINARY_CONTROL_SHARE && share * head.length >= BINARY_CONTROL_MIN;
}
