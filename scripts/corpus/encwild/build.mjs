// Builds the encwild manifest: files that ship in a legacy encoding (spelling dictionaries, thesauri, hyphenation patterns, input-method and morphology dictionaries, codec and database test fixtures) with the page the file or its package declares, settled on the bytes present (decode-equivalence), never transcoded.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import iconv from "iconv-lite";

/** Folder of the sources: $ENCWILD_SOURCES, else `encwild-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCWILD_SOURCES ?? join(root, "..", "encwild-sources");
}

/**
 * The pages a detector can name (WHATWG's, the ISO pages the Windows ones extend, the DOS and Mac pages ours answers): a label outside them is dropped, not scored.
 * why not iso-2022-jp: iconv-lite, which decodes the truth, has no decoder for it.
 */
const PAGES = new Set(["utf-8", "ibm866", "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-10",
  "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u", "tis-620", "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
  "windows-1255", "windows-1256", "windows-1257", "windows-1258", "cp850", "cp852", "cp857", "macintosh", "gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr"]);

/** A declared charset name (hunspell's `ISO8859-2`, `microsoft-cp1251`, Emacs' `latin-1`, Python's `euc_jp`…) → one lower-case label; null when unknown. */
export function normalLabel(name) {
  const s = String(name).toLowerCase().replace(/^\ufeff/, "").replace(/[-_ .]/g, "");
  if (/^iso8859\d+$/.test(s)) return `iso-8859-${s.slice(7)}`;
  const latin = /^(?:iso)?latin(\d)$/.exec(s);
  if (latin) return { 1: "iso-8859-1", 2: "iso-8859-2", 3: "iso-8859-3", 4: "iso-8859-4", 5: "iso-8859-9", 7: "iso-8859-13", 9: "iso-8859-15" }[latin[1]] ?? null;
  const win = /^(?:microsoft|windows|ms|x)?(?:cp)?(125\d|874)$/.exec(s);
  if (win) return `windows-${win[1]}`;
  const map = {
    utf8: "utf-8", utf8sig: "utf-8", latin1: "iso-8859-1", l1: "iso-8859-1", koi8r: "koi8-r", koi8u: "koi8-u", tis620: "tis-620", tis6202533: "tis-620",
    eucjp: "euc-jp", xeucjp: "euc-jp", ujis: "euc-jp", sjis: "shift_jis", shiftjis: "shift_jis", cp932: "shift_jis", ms932: "shift_jis", windows31j: "shift_jis",
    euckr: "euc-kr", cp949: "euc-kr", uhc: "euc-kr", gb2312: "gbk", euccn: "gbk", gbk: "gbk", cp936: "gbk", gb18030: "gb18030", big5: "big5", cp950: "big5",
    big5hkscs: "big5", iso2022jp: "iso-2022-jp", ibm866: "ibm866", cp866: "ibm866", usascii: "us-ascii", ascii: "us-ascii",
    cp850: "cp850", ibm850: "cp850", cp852: "cp852", ibm852: "cp852", cp857: "cp857", ibm857: "cp857", macintosh: "macintosh", macroman: "macintosh",
  };
  return map[s] ?? null;
}

/** MySQL's charset names (`SET NAMES latin1`): its latin1 is windows-1252, its greek and hebrew the ISO pages. */
const MYSQL = { latin1: "windows-1252", latin2: "iso-8859-2", latin5: "iso-8859-9", latin7: "iso-8859-13", greek: "iso-8859-7", hebrew: "iso-8859-8", koi8r: "koi8-r", koi8u: "koi8-u",
  cp850: "cp850", cp852: "cp852", macroman: "macintosh", cp1250: "windows-1250", cp1251: "windows-1251", cp1256: "windows-1256", cp1257: "windows-1257", cp866: "ibm866", ujis: "euc-jp", eucjpms: "euc-jp", sjis: "shift_jis", cp932: "shift_jis",
  big5: "big5", gbk: "gbk", gb2312: "gbk", euckr: "euc-kr", tis620: "tis-620", utf8: "utf-8", utf8mb3: "utf-8", utf8mb4: "utf-8" };

const head = (bytes, n = 4096) => bytes.subarray(0, n).toString("latin1");
const firstLine = (bytes) => head(bytes, 200).split(/\r?\n/)[0].trim();

/**
 * Where a file declares its page: [how, applies(relative path), the declared name or null (bytes, read(sibling path))]. The first that applies and
 * finds a name wins; `read` gives a sibling file's bytes or null.
 */
export const DECLARATIONS = [
  ["hunspell .aff SET", (p) => p.endsWith(".aff"), (b) => /^SET\s+(\S+)/m.exec(head(b, 1 << 20))?.[1] ?? null],
  ["its .aff's SET", (p) => /\/(hunspell|myspell)\/[^/]+\.dic$/.test(p), (b, read, p) => {
    const aff = read(p.replace(/\.dic$/, ".aff"));
    return aff ? /^SET\s+(\S+)/m.exec(head(aff, 1 << 20))?.[1] ?? null : null;
  }],
  ["mythes first line", (p) => /\/th_[^/]+\.dat$/.test(p), (b) => firstLine(b)],
  ["hyphen first line", (p) => /\/hyph_[^/]+\.dic$/.test(p), (b) => firstLine(b)],
  ["dictionaries-common Coding-System", (p) => p.includes("/dictionaries-common/"), (b) => /^Coding-System:\s*(\S+)/m.exec(head(b))?.[1] ?? null],
  ["gettext charset", (p) => /\.pot?$/.test(p), (b) => /charset=([-\w.]+)/.exec(head(b))?.[1] ?? null],
  ["XML declaration", (p) => /\.(xml|xsl|svg|rss)$/.test(p), (b) => /^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=["']([^"']+)/.exec(head(b, 300))?.[1] ?? null],
  ["HTML meta charset", (p) => /\.html?$/.test(p), (b) => /<meta[^>]+charset=["']?([-\w.]+)/i.exec(head(b))?.[1] ?? null],
  ["R DESCRIPTION Encoding", (p) => basename(p) === "DESCRIPTION", (b) => /^Encoding:\s*(\S+)/m.exec(head(b))?.[1] ?? null],
  ["codec fixture name, its UTF-8 twin", (p, exists) => /\.txt$/.test(p) && exists(p.replace(/\.txt$/, "-utf8.txt")), (b, read, p) => basename(p, ".txt")],
  ["SQL SET NAMES", (p) => /\.(test|result|inc)$/.test(p), (b) => {
    const names = new Set([...head(b, 1 << 20).matchAll(/\bset\s+names\s+["']?(\w+)/gi)].map((m) => m[1].toLowerCase()));
    return names.size === 1 ? `mysql:${[...names][0]}` : null;
  }],
  // why first two lines only: PEP 263 and Emacs read the cookie there; a `coding:` further down is prose
  ["coding cookie", () => true, (b) => /(?:^|\n)[^\n]*?coding[:=]\s*([-\w.]+)/.exec(head(b, 400).split("\n").slice(0, 2).join("\n"))?.[1] ?? null],
];

/** A declaration's name → label, MySQL's names through their own table. */
function labelOf(name) {
  if (name === null) return null;
  return name.startsWith("mysql:") ? MYSQL[name.slice(6)] ?? null : normalLabel(name);
}

/** The first declaration found for a file: { label, declared, how } or null. */
export function declaredLabel(rel, bytes, read, exists) {
  for (const [how, applies, find] of DECLARATIONS) {
    if (!applies(rel, exists)) continue;
    const declared = find(bytes, read, rel);
    if (declared) return { label: labelOf(declared), declared, how };
  }
  return null;
}

/** The Windows page that extends an ISO page's printable half (and uses 0x80–0x9F for letters and signs). */
const WINDOWS_OF = { "iso-8859-1": "windows-1252", "iso-8859-15": "windows-1252", "iso-8859-2": "windows-1250", "iso-8859-4": "windows-1257", "iso-8859-5": "windows-1251", "iso-8859-6": "windows-1256",
  "iso-8859-7": "windows-1253", "iso-8859-8": "windows-1255", "iso-8859-9": "windows-1254", "iso-8859-13": "windows-1257", "tis-620": "windows-874" };

const decode = (bytes, label) => iconv.decode(bytes, label === "shift_jis" ? "cp932" : label === "euc-kr" ? "cp949" : label);
const isUtf8 = (bytes) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The distinct bytes of a file. */
function bytesPresent(bytes) {
  const seen = new Uint8Array(256);
  for (const b of bytes) seen[b] = 1;
  return [...seen.keys()].filter((b) => seen[b]);
}

/**
 * A declared label settled on the file's bytes: { label, fix } (fix says why the label was changed) or { drop } (why the file is left out).
 * why: declarations lie (an ISO-8859-1 header over Windows quotes, a legacy SET over a file converted to UTF-8); the bytes present decide.
 */
export function settleLabel(bytes, label) {
  if (label === null) return { drop: "a declared page the builder does not know" };
  if (bytes.includes(0)) return { drop: "NUL bytes (binary or UTF-16)" };
  const present = bytesPresent(bytes);
  if (!present.some((b) => b >= 0x80)) return { drop: "ASCII only (every reading is right)" };
  if (label === "us-ascii") return { drop: "declared ASCII over non-ASCII bytes" };
  const utf8 = isUtf8(bytes);
  if (label === "utf-8") return utf8 ? { label, fix: null } : { drop: "declared UTF-8, bytes are not" };
  if (utf8 && present.some((b) => b >= 0x80)) return { label: "utf-8", fix: `declared ${label}, bytes are valid UTF-8` };
  if (!PAGES.has(label)) return { drop: `page ${label} outside the WHATWG set` };
  const c1 = present.filter((b) => b >= 0x80 && b <= 0x9f);
  if (c1.length && WINDOWS_OF[label]) return windowsSibling(present, c1, label);
  if (decode(bytes, label).includes("\ufffd")) return { drop: `bytes ${label} does not define` };
  return { label, fix: null };
}

/** An ISO-declared file with 0x80–0x9F bytes: its Windows page when that page reads every high byte present as the ISO page does and defines the C1 ones. */
function windowsSibling(present, c1, label) {
  const win = WINDOWS_OF[label];
  const high = present.filter((b) => b >= 0xa0);
  const same = high.every((b) => decode(Buffer.from([b]), label) === decode(Buffer.from([b]), win));
  const defined = c1.every((b) => decode(Buffer.from([b]), win) !== "\ufffd");
  if (same && defined) return { label: win, fix: `declared ${label}, bytes 0x80–0x9F present (${c1.length} distinct) are ${win}'s` };
  return { drop: `declared ${label}, C1 bytes that neither it nor ${win} reads alike` };
}

const SKIP = /\.(gz|bz2|xz|zip|mo|pyc|png|jpe?g|gif|bmp|tiff?|webp|wav|aiff?c?|au|pdf|dvi|so|a|bin|tar|idx|exr|ras|p[bgp]m|sgi)$/i;

/** Every regular file under `dir` (symbolic links skipped), as paths relative to it, sorted. */
export function walk(dir, sub = "") {
  const out = [];
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, rel));
    else if (e.isFile() && !SKIP.test(e.name)) out.push(rel);
  }
  return out.sort();
}

/** The package a file came from: the folder after `x/` (an unpacked .deb or npm tarball), else its first folder. */
export function sourceOf(rel) {
  const parts = rel.split("/");
  const i = parts.indexOf("x");
  return i >= 0 && parts[i + 1] ? parts[i + 1] : parts[0];
}

/** Hand labels: `hand-labels.tsv` in the sources (path, label, why), for files that declare nothing but whose page is known (README-style notes, package names); `file` and `kind` name another such table and its kind. */
export function handLabels(dir, file = "hand-labels.tsv", kind = "by hand") {
  const p = join(dir, file);
  if (!existsSync(p)) return new Map();
  const rows = readFileSync(p, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
  return new Map(rows.map(([path, label, why]) => [path, { label: normalLabel(label), declared: label, how: `${kind}: ${why}` }]));
}

/**
 * The manifest rows: { path, label, declared, how, fix, source } for every file with a declaration whose label holds (or was corrected),
 * one copy of each content, at most `perGroup` a source and label (spread over the source's files); also what was corrected and dropped.
 * `declare` finds a file's declaration (encwild's by default); `bytesOf` gives the bytes a user would hold (a .dbf's records as CSV); `settle` settles a label.
 */
export function buildManifest(dir, { perGroup = 6, maxBytes = 16 << 20, declare = declaredLabel, bytesOf = (rel, raw) => raw, settle = settleLabel } = {}) {
  const hand = handLabels(dir);
  const read = (rel) => (existsSync(join(dir, rel)) ? readFileSync(join(dir, rel)) : null);
  const exists = (rel) => existsSync(join(dir, rel));
  const seen = new Set();
  const kept = [];
  const dropped = new Map();
  for (const rel of walk(dir)) {
    // why top-level .tsv: the label tables and the manifest, never sources
    if (/^[^/]+\.tsv$/.test(rel) || lstatSync(join(dir, rel)).size > maxBytes) continue;
    const bytes = bytesOf(rel, readFileSync(join(dir, rel)));
    const d = hand.get(rel) ?? declare(rel, bytes, read, exists);
    if (!d) continue;
    const s = settle(bytes, d.label);
    if (s.drop) {
      if (!/^ASCII only/.test(s.drop)) dropped.set(s.drop, (dropped.get(s.drop) ?? 0) + 1);
      continue;
    }
    const key = createHash("sha1").update(bytes).digest("hex");
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ path: rel, label: s.label, declared: d.declared, how: d.how, fix: s.fix ?? "", source: sourceOf(rel) });
  }
  return { rows: capGroups(kept, perGroup), dropped };
}

/** At most `n` files of each source and label, evenly spread over its sorted paths. */
function capGroups(rows, n) {
  const groups = new Map();
  for (const r of rows) {
    const k = `${r.source}|${r.label}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const out = [];
  for (const g of groups.values()) {
    if (g.length <= n) out.push(...g);
    else for (let i = 0; i < n; i++) out.push(g[Math.floor((i * g.length) / n)]);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const COLUMNS = ["path", "label", "declared", "how", "fix", "source"];

/** Writes `manifest.tsv` in the sources folder. */
export function writeManifest(dir, rows) {
  writeFileSync(join(dir, "manifest.tsv"), [COLUMNS.join("\t"), ...rows.map((r) => COLUMNS.map((c) => r[c]).join("\t"))].join("\n") + "\n");
}

/** Reads `manifest.tsv`; null when the folder has none. */
export function readManifest(dir) {
  const p = join(dir, "manifest.tsv");
  if (!existsSync(p)) return null;
  const [, ...lines] = readFileSync(p, "utf8").split("\n").filter(Boolean);
  return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [COLUMNS[i], v])));
}

/** The file cut after its `n`th line (LF-ended lines; the whole file when it has fewer). */
export function firstLines(bytes, n) {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = bytes.indexOf(0x0a, at + 1);
    if (at < 0) return bytes;
  }
  return bytes.subarray(0, at + 1);
}

