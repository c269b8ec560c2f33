// Reads the encdict set's entries: LibreOffice's autocorrect lists as Debian's `libreoffice-common` ships them (acor_*.dat, zip files whose DocumentList.xml pairs a shortcut with its replacement) and SKK's Japanese input-method dictionary (`skkdic`, SKK-JISYO.L in EUC-JP: reading → words), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import iconv from "iconv-lite";

/** Folder of the sources: $ENCDICT_SOURCES, else `encdict-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCDICT_SOURCES ?? join(root, "..", "encdict-sources");
}

export const AUTOCORR = join("deb", "usr", "lib", "libreoffice", "share", "autocorr");
export const SKK = join("deb", "usr", "share", "skk", "SKK-JISYO.L");

/** One member of a zip file (stored or deflated), found through the central directory; null when absent. */
export function zipMember(buf, name) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return null;
  let p = buf.readUInt32LE(end + 16);
  for (let k = buf.readUInt16LE(end + 10); k > 0 && buf.readUInt32LE(p) === 0x02014b50; k--) {
    const [method, size, nameLen, extraLen, commentLen, local] = [buf.readUInt16LE(p + 10), buf.readUInt32LE(p + 20), buf.readUInt16LE(p + 28), buf.readUInt16LE(p + 30), buf.readUInt16LE(p + 32), buf.readUInt32LE(p + 42)];
    if (buf.toString("utf8", p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

const unescapeXml = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()]);

/** An autocorrect list's pairs from its DocumentList.xml: { from (the shortcut), to (the replacement), symbol (a `:name:` shortcut) }. */
export function parseAutocorrect(xml) {
  const out = [];
  for (const m of xml.matchAll(/<block-list:block\s+block-list:abbreviated-name="([^"]*)"\s+block-list:name="([^"]*)"/g)) {
    const from = unescapeXml(m[1]);
    out.push({ from, to: unescapeXml(m[2]), symbol: /^:.+:$/.test(from) });
  }
  return out;
}

/** SKK dictionary lines `reading /word/word;note/`: words without okurigana whose reading is all hiragana, the first plain candidate each. */
export function parseSkk(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^([\u3041-\u309f\u30fc]+) \/([^/]+)\//.exec(line);
    if (!m) continue;
    const word = m[2].replace(/;.*$/, "");
    if (word && !word.startsWith("(")) out.push({ from: m[1], to: word, symbol: false });
  }
  return out;
}

/** Every entry of both sources, each with its list's language tag (`acor_de.dat` → de, `acor_pt-BR.dat` → pt-BR, SKK → ja) and source. */
export function loadEntries(dir) {
  const out = [];
  const acor = join(dir, AUTOCORR);
  if (existsSync(acor)) {
    for (const f of readdirSync(acor).filter((n) => /^acor_.+\.dat$/.test(n)).sort()) {
      const xml = zipMember(readFileSync(join(acor, f)), "DocumentList.xml");
      if (xml) for (const e of parseAutocorrect(xml.toString("utf8"))) out.push({ ...e, lang: f.slice(5, -4), source: "autocorrect" });
    }
  }
  if (existsSync(join(dir, SKK))) for (const e of parseSkk(iconv.decode(readFileSync(join(dir, SKK)), "euc-jp"))) out.push({ ...e, lang: "ja", source: "skk" });
  return out;
}
