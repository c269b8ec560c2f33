// Reads the encrows set's text, none used by another set: Aspell word lists of the languages encfeed did not take (Debian aspell-*), the keyboard layout names of xkeyboard-config and the folder names of xdg-user-dirs (their gettext catalogues), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { prezipWords } from "../encfeed/sources.mjs";

/** How many values of one pool a language keeps (every k-th, so the pick is deterministic and spread over the alphabet). */
const KEEP = 4000;
/** Aspell list name → language (the lists encfeed read, lv et ro uk he sk is, are not fetched). */
const ASPELL = { "ca-common": "ca", "de-common": "de", pt_PT: "pt", nb: "nb" };
/** gettext domains read: keyboard layout names and the user folder names; no other set reads them. */
const DOMAINS = ["xkeyboard-config", "xdg-user-dirs"];

/** Folder of the sources: $ENCROWS_SOURCES, else `encrows-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCROWS_SOURCES ?? join(root, "..", "encrows-sources");
}

const every = (a, n) => (a.length <= n ? a : a.filter((_, i) => i % Math.ceil(a.length / n) === 0));

/** The [original, translation] pairs of a gettext .mo file (first plural form), or [] when it cannot be read. */
export function moPairs(buf) {
  if (buf.length < 28) return [];
  const le = buf.readUInt32LE(0) === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return [];
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), orig = u32(12), trans = u32(16);
  const str = (table, i) => {
    const len = u32(table + i * 8), off = u32(table + i * 8 + 4);
    return off + len > buf.length ? null : buf.subarray(off, off + len).toString("utf8").split("\0")[0];
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = str(orig, i), b = str(trans, i);
    if (a && b) out.push([a, b]);
  }
  return out;
}

/**
 * The entries of one gettext domain unpacked under `dir` (`usr/share/locale/<locale>/LC_MESSAGES/<domain>.mo`), one language
 * per locale (`langOf`, null to leave it out): { lang, code (`en:<English text>`, a half's unit), kind, text } for each
 * translation `usable` and unlike its English, `shown(message, isEnglish)` giving a message as a cell shows it; the English
 * originals once each first, as lang `en` (a set's ASCII filler).
 */
export function moEntries(dir, { domain, kind, langOf, shown, usable }) {
  const base = join(dir, "usr", "share", "locale");
  if (!existsSync(base)) return [];
  const out = [];
  const english = new Set();
  for (const loc of readdirSync(base).sort()) {
    const f = join(base, loc, "LC_MESSAGES", `${domain}.mo`);
    const lang = langOf(loc);
    if (lang === null || !existsSync(f)) continue;
    for (const [id, str] of moPairs(readFileSync(f))) {
      const en = shown(id, true);
      const text = shown(str, false);
      if (!usable(en)) continue;
      english.add(en);
      if (text && text !== en && usable(text)) out.push({ lang, code: `en:${en.toLowerCase()}`, kind, text });
    }
  }
  return [...[...english].sort().map((t) => ({ lang: "en", code: `en:${t.toLowerCase()}`, kind, text: t })), ...out];
}

/** A catalogue message made a cell: the part before a parenthesis, without accelerators or markup; null when not a short label. */
export function cleanLabel(s) {
  const t = s.replace(/[_&]/g, "").replace(/\([^)]*\)?/g, "").replace(/\s+/g, " ").trim();
  return t.length >= 3 && t.length <= 40 && /\p{L}/u.test(t) && !/[<>%{}"\\|=;:\x00-\x1f]/.test(t) ? t : null;
}

function moSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "locale");
  if (!existsSync(base)) return;
  for (const loc of readdirSync(base)) {
    if (!/^[a-z]{2,3}$/.test(loc)) continue;
    for (const d of DOMAINS) {
      const p = join(base, loc, "LC_MESSAGES", `${d}.mo`);
      if (!existsSync(p)) continue;
      const pairs = moPairs(readFileSync(p)).map(([a, b]) => [cleanLabel(a), cleanLabel(b)]).filter(([a, b]) => a && b && a !== b);
      add(loc, "labels", pairs.map((x) => x[1]), pairs.map((x) => x[0]));
    }
  }
}

function aspellSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "aspell");
  const dat = join(dir, "deb", "usr", "lib", "aspell");
  if (!existsSync(base)) return;
  for (const f of readdirSync(base).filter((x) => /^([a-z]{2}|ca-common|de-common|pt_PT)\.cwl\.gz$/.test(x))) {
    const name = f.replace(/\.cwl\.gz$/, "");
    const lang = ASPELL[name] ?? name;
    const datName = name.replace(/-common$/, "");
    const cs = existsSync(join(dat, `${datName}.dat`)) ? readFileSync(join(dat, `${datName}.dat`), "latin1").match(/^charset\s+(\S+)/m)?.[1].replace(/-nl$/, "").replace(/^iso8859/, "iso-8859") : null;
    if (!cs || !iconv.encodingExists(cs)) continue;
    const words = prezipWords(gunzipSync(readFileSync(join(base, f))), cs).filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
    add(lang, "names", every(words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)), KEEP), []);
    add(lang, "words", every(words.filter((w) => !/^\p{Lu}/u.test(w)), KEEP), []);
  }
}

/**
 * Every language's pools: `words` (Aspell's lower-case words), `names` (Aspell's capitalised words), `labels` (layout
 * and folder names), and the English labels every language shares for ASCII rows. Empty when the folder is not there.
 */
export function loadSources(dir) {
  const byLang = new Map();
  const english = new Set();
  const add = (lang, pool, values, en) => {
    const s = byLang.get(lang) ?? { lang, words: [], names: [], labels: [] };
    byLang.set(lang, s);
    s[pool] = s[pool].concat(every([...new Set(values)], KEEP));
    for (const e of en) if (/^[A-Za-z][A-Za-z ,.'-]{2,30}$/.test(e)) english.add(e);
  };
  moSources(dir, add);
  aspellSources(dir, add);
  const en = [...english].sort();
  return [...byLang.values()].filter((s) => s.words.length + s.names.length + s.labels.length > 0).map((s) => ({ ...s, english: en }));
}
