// Reads the encbiz set's entries: Tryton's translated accounting, invoicing, sales, purchase, stock, product and party text (Debian `tryton-modules-*`, `usr/lib/python3/dist-packages/trytond/modules/<module>/locale/<lang>.po`) and Roundcube's translated webmail labels and messages (Debian `roundcube-core`, `usr/share/roundcube/program/localization/<locale>/{labels,messages}.inc`), all unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources (where the packages were unpacked with `dpkg-deb -x`): $ENCBIZ_SOURCES, else `encbiz-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCBIZ_SOURCES ?? join(root, "..", "encbiz-sources");
}

/**
 * A locale → the set's language code (the gettext-style codes of the page tables), or null to leave it out. why: a second
 * copy of a language (`ar_SA`, `de_CH`, `es_419`, `es_AR`, `fa_AF`, `ku_IQ`, `nl_BE`) and English ones (the filler) are left
 * out; Roundcube's `en_US` is the English original, read apart.
 */
export function langOf(locale) {
  const keep = { pt_BR: "pt_BR", zh_CN: "zh_CN", zh_TW: "zh_TW", pt_PT: "pt", sr_CS: "sr", be_BE: "be" };
  if (locale in keep) return keep[locale];
  if (/^(en|ar_SA|de_CH|es_419|es_AR|fa_AF|ku_IQ|nl_BE)/.test(locale)) return null;
  const m = /^([a-z]{2,3})(?:_[A-Z]{2})?$/.exec(locale);
  return m ? m[1] : null;
}

/** A text worth a cell: 2–300 characters, no C1 control, no markup, placeholder or escape left over. */
export const usable = (t) => t.length >= 2 && t.length <= 300 && !/[\u0080-\u009f]/.test(t) && !/[<>{}\\]|%[sd\d(]|\$[a-z{]/i.test(t);

const unquote = (s) => s.replace(/\\(["\\nt])/g, (_, c) => ({ n: " ", t: " " })[c] ?? c);
/** A .po field (`msgid`, `msgstr`) of one block: its quoted pieces joined, or null. */
function field(block, name) {
  const m = new RegExp(`^${name} ((?:".*"\\n?)+)`, "m").exec(block);
  return m ? unquote([...m[1].matchAll(/"(.*)"/g)].map((x) => x[1]).join("")).replace(/\s+/g, " ").trim() : null;
}

/** The entries of one Tryton .po file: each translated, non-fuzzy message that differs from its English, keyed by the English text. */
export function poEntries(lang, po) {
  const out = [];
  for (const block of po.split(/\n\s*\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(block)) continue;
    const id = field(block, "msgid");
    const str = field(block, "msgstr");
    if (!id || !str || str === id || !usable(str)) continue;
    out.push({ lang, code: `en:${id.toLowerCase()}`, kind: "erp", text: str });
  }
  return out;
}

/** A Roundcube .inc file's `$labels['key'] = '…';` / `$messages[…]` lines as [key, text]; both quote styles, escapes read. */
export function incPairs(php) {
  const out = [];
  for (const m of php.matchAll(/^\$(?:labels|messages)\['([^']+)'\]\s*=\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)");/gm)) {
    const raw = m[2] ?? m[3];
    out.push([m[1], raw.replace(/\\(['"\\])/g, "$1").replace(/\s+/g, " ").trim()]);
  }
  return out;
}

/** Roundcube's entries: English (`en_US`) as lang `en`, then each locale's text unlike its English, keyed by the English text. */
function webmailEntries(base) {
  if (!existsSync(join(base, "en_US"))) return [];
  const files = ["labels.inc", "messages.inc"];
  const read = (loc) => files.flatMap((f) => (existsSync(join(base, loc, f)) ? incPairs(readFileSync(join(base, loc, f), "utf8")) : []));
  const english = new Map(read("en_US"));
  const out = [...english].filter(([, t]) => usable(t)).map(([, t]) => ({ lang: "en", code: `en:${t.toLowerCase()}`, kind: "mail", text: t }));
  for (const loc of readdirSync(base).sort()) {
    const lang = langOf(loc);
    if (lang === null) continue;
    for (const [key, text] of read(loc)) {
      const en = english.get(key);
      if (en && text !== en && usable(text)) out.push({ lang, code: `en:${en.toLowerCase()}`, kind: "mail", text });
    }
  }
  return out;
}

/** Tryton's entries (every module's locale/*.po); Tryton's English originals are not read (Roundcube's are the filler). */
function erpEntries(base) {
  if (!existsSync(base)) return [];
  const out = [];
  for (const mod of readdirSync(base).sort()) {
    const dir = join(base, mod, "locale");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().filter((x) => x.endsWith(".po"))) {
      const lang = langOf(f.replace(/\.po$/, ""));
      if (lang !== null) out.push(...poEntries(lang, readFileSync(join(dir, f), "utf8")));
    }
  }
  return out;
}

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (erp, mail), text }; English ones as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return [
    ...webmailEntries(join(dir, "usr", "share", "roundcube", "program", "localization")),
    ...erpEntries(join(dir, "usr", "lib", "python3", "dist-packages", "trytond", "modules")),
  ];
}
