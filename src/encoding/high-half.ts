// The characters of bytes 0x80–0xFF in each single-byte code page (TextDecoder's, or iconv-lite's table for pages it lacks), built on first use.
import { TextDecoder } from "node:util";
import { nodeRequire } from "../lazy.js";
import { isSingleByte } from "./names.js";

/** Candidate pages TextDecoder lacks: their high halves come from iconv-lite's table file. */
const ICONV_TABLES = new Set(["iso-8859-16", "cp850", "cp852", "cp775", "cp857", "cp737", "cp855", "cp861", "maciceland", "maccenteuro"]);

/** The characters of bytes 0x80–0xFF in each single-byte code page, built on first use. */
const highHalves = new Map<string, string>();

/** Whether `name` is a single-byte page highHalf can read: TextDecoder's or one of iconv-lite's tables. */
export function hasHighHalf(name: string): boolean {
  return ICONV_TABLES.has(name) || isSingleByte(name);
}

export function highHalf(name: string): string {
  let t = highHalves.get(name);
  if (t !== undefined) return t;
  if (ICONV_TABLES.has(name)) {
    // why iconv-lite's table file alone: TextDecoder lacks ISO-8859-16 and the DOS pages, and loading all of iconv-lite costs ~200 ms.
    const data = nodeRequire("iconv-lite/encodings/sbcs-data-generated.js") as Record<string, { chars: string }>;
    // why the hand-written table too: iconv-lite keeps Mac Central European there, not in the generated file
    const key = name.replace(/-/g, "");
    t = (data[key] ?? (nodeRequire("iconv-lite/encodings/sbcs-data.js") as Record<string, { chars: string }>)[key]).chars;
  } else {
    t = "";
    for (let b = 0x80; b <= 0xff; b++) {
      // why one byte at a time: Node's TextDecoder drops some undefined bytes (windows-874, macintosh) instead of
      // writing U+FFFD; stream:true avoids its one-shot windows-1252 bug (nodejs/node#56542).
      const d = new TextDecoder(name, { ignoreBOM: true });
      const ch = d.decode(Uint8Array.of(b), { stream: true }) + d.decode();
      t += ch.length === 1 ? ch : "\ufffd";
    }
  }
  highHalves.set(name, t);
  return t;
}


/** The distinct high bytes that some page of `pages` reads as `ch`. */
export function bytesReadAs(pages: string[], ch: string): number[] {
  return [...new Set(pages.flatMap((p) => [...highHalf(p)].flatMap((c, k) => (c === ch ? [0x80 + k] : []))))];
}
