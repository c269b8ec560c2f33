// TextDecoder for the legacy encodings, with EUC-KR read as cp949 (Unified Hangul Code), as WHATWG's euc-kr is.
import { TextDecoder } from "node:util";
import { loadIconv } from "./names.js";

/** What the decoders of this folder use of a TextDecoder. */
export interface StreamDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * why: WHATWG's euc-kr decoder is cp949, but Node's TextDecoder("euc-kr") (ICU) knows KS X 1001 alone, so the
 * 8,822 extension syllables of Korean Windows exports (핧 = C1 43) become U+FFFD and a letter. iconv-lite's
 * cp949 reads them (loaded only for a file read as EUC-KR).
 */
class Cp949Decoder implements StreamDecoder {
  private d = loadIconv().getDecoder("cp949");

  decode(input?: Uint8Array, options?: { stream?: boolean }): string {
    let text = input && input.length > 0 ? this.d.write(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) : "";
    if (options?.stream !== true) {
      text += this.d.end() ?? "";
      this.d = loadIconv().getDecoder("cp949");
    }
    return text;
  }
}

/** A streaming decoder for `name` (a WHATWG name): ignoreBOM, since the real BOM is stripped once, by the caller. */
export function streamDecoder(name: string): StreamDecoder {
  return name === "euc-kr" ? new Cp949Decoder() : new TextDecoder(name, { ignoreBOM: true });
}

/**
 * `buf` decoded at once; with `cutTail`, a sequence cut at the end is left out (a window of a larger file).
 * why TextDecoder first for EUC-KR too: detection decodes windows of many files, and iconv-lite is needed only when
 * the text holds a UHC syllable (it costs tens of ms to load).
 */
export function decodeOnce(buf: Uint8Array, name: string, cutTail = false): string {
  const d = new TextDecoder(name, { ignoreBOM: true });
  // why stream:true, then decode(): Node 20's one-shot windows-1252 decode is latin1 (nodejs/node#56542)
  let text = d.decode(buf, { stream: true });
  if (!cutTail) text += d.decode();
  if (name !== "euc-kr" || !text.includes("\ufffd")) return text;
  const uhc = new Cp949Decoder();
  return uhc.decode(buf, { stream: true }) + (cutTail ? "" : uhc.decode());
}
