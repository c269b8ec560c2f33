// Reads the independent text of the encprose set from installed Debian packages: translated man pages (manpages-l10n), Vim's tutor, glibc locale data and a few gettext catalogues.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * Where each language's text comes from. `man`: the /usr/share/man/<dir> translations (Debian manpages-l10n,
 * GPL-3+; manpages-ja, manpages-zh, manpages-tr); `tutor`: Vim's tutor in that language (vim-runtime, Vim licence);
 * `locale`: glibc's locale file (month and day names, decimal sign; Debian `locales`, public domain / LGPL);
 * `mo`: gettext catalogues for languages with little of the above (the domains below, which the earlier .mo set did not use).
 */
export const LANGUAGE_SOURCES = {
  da: { man: "da", tutor: "da", locale: "da_DK" }, nb: { man: "nb", tutor: "nb", locale: "nb_NO" }, sv: { man: "sv", tutor: "sv", locale: "sv_SE" },
  fi: { man: "fi", locale: "fi_FI" }, de: { man: "de", tutor: "de", locale: "de_DE" }, fr: { man: "fr", tutor: "fr", locale: "fr_FR" },
  es: { man: "es", tutor: "es", locale: "es_ES" }, it: { man: "it", tutor: "it", locale: "it_IT" }, nl: { man: "nl", tutor: "nl", locale: "nl_NL" },
  pt: { man: "pt_BR", tutor: "pt", locale: "pt_BR" }, ca: { tutor: "ca", locale: "ca_ES", mo: true }, is: { locale: "is_IS", mo: true },
  et: { locale: "et_EE", mo: true }, pl: { man: "pl", tutor: "pl", locale: "pl_PL" }, cs: { man: "cs", tutor: "cs", locale: "cs_CZ" },
  sk: { tutor: "sk", locale: "sk_SK", mo: true }, hu: { man: "hu", tutor: "hu", locale: "hu_HU" }, ro: { man: "ro", locale: "ro_RO", mo: true },
  hr: { tutor: "hr", locale: "hr_HR", mo: true }, sl: { man: "sl", locale: "sl_SI", mo: true }, ru: { man: "ru", tutor: "ru", locale: "ru_RU" },
  uk: { man: "uk", tutor: "uk", locale: "uk_UA" }, bg: { tutor: "bg", locale: "bg_BG", mo: true }, mk: { man: "mk", locale: "mk_MK", mo: true },
  sr: { man: "sr", tutor: "sr", locale: "sr_RS" }, el: { man: "el", tutor: "el", locale: "el_GR", mo: true }, tr: { man: "tr", tutor: "tr", locale: "tr_TR" },
  he: { locale: "he_IL", mo: true }, ar: { locale: "ar_EG", mo: true }, fa: { locale: "fa_IR", mo: true }, lt: { locale: "lt_LT", mo: true },
  lv: { tutor: "lv", locale: "lv_LV", mo: true }, vi: { man: "vi", tutor: "vi", locale: "vi_VN" }, th: { locale: "th_TH", mo: true },
  ja: { man: "ja", tutor: "ja", locale: "ja_JP" }, zh_CN: { man: "zh_CN", tutor: "zh_cn", locale: "zh_CN" }, zh_TW: { man: "zh_TW", tutor: "zh_tw", locale: "zh_TW" },
  ko: { man: "ko", tutor: "ko", locale: "ko_KR", mo: true },
};

/** gettext domains read for `mo` languages: none of them fed the language tables or the earlier sets (apt, coreutils, glib, gtk, systemd, iso-codes…). */
const MO_DOMAINS = ["Linux-PAM", "at-spi2-core", "gdk-pixbuf", "shared-mime-info", "system-config-printer", "software-properties", "notification-daemon",
  "libsecret", "avahi", "appstream", "dpkg", "grep", "sed", "bash", "findutils", "tar", "wget", "make", "popt", "diffutils", "shadow", "libc",
  "gettext-runtime", "gettext-tools", "gnupg2", "git", "man-db", "adduser", "gsettings-desktop-schemas", "libhandy", "cups-pk-helper", "python-apt", "net-tools"];

/** Catalogue folder of a language where it differs from our code. */
const MO_LANG = { nb: "nb", pt: "pt_BR" };

const MAN_ROOT = "/usr/share/man";
const LOCALE_ROOT = "/usr/share/i18n/locales";
const MO_ROOT = "/usr/share/locale";

function vimTutorDir() {
  const base = "/usr/share/vim";
  if (!existsSync(base)) return null;
  const v = readdirSync(base).filter((d) => /^vim\d+$/.test(d)).sort().pop();
  return v ? join(base, v, "tutor") : null;
}

const GROFF_NAMED = { aq: "'", lq: "“", rq: "”", em: "—", en: "–", dq: '"', oq: "‘", cq: "’", Fo: "«", Fc: "»", bu: "•", co: "©", hy: "-", "cq ": "’" };

/** One line of groff text without its font and character escapes, or null when an escape is left that we do not know. */
export function groffText(line) {
  let s = line
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, "")
    .replace(/\\[(](..)/g, (_, n) => GROFF_NAMED[n] ?? "\u0000")
    .replace(/\\\[([^\]]+)\]/g, (_, n) => GROFF_NAMED[n] ?? "\u0000")
    .replace(/\\\*(\(..|\[[^\]]*\]|.)/g, "")
    .replace(/\\[-]/g, "-").replace(/\\e/g, "\\").replace(/\\[&%|^:]/g, "").replace(/\\[ ~0]/g, " ");
  if (s.includes("\u0000") || /\\/.test(s)) return null;
  return s;
}

/** Sentences of running text in one groff page: macro lines end a paragraph; a paragraph is cut at . ! ? 。 */
export function manSentences(src) {
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(...splitSentences(para.join(" ")));
    para = [];
  };
  for (const raw of src.split("\n")) {
    if (/^[.']/.test(raw) || raw.trim() === "") { flush(); continue; }
    const t = groffText(raw);
    if (t === null) { flush(); continue; }
    para.push(t.trim());
  }
  flush();
  return out;
}

/** Cuts running text into sentences that look like prose (mostly letters, no markup or paths left). */
export function splitSentences(text) {
  const parts = text.replace(/\s+/g, " ").match(/[^.!?。！？]+[.!?。！？]?/gu) ?? [];
  return parts.map((p) => p.trim()).filter(isProse);
}

function isProse(s) {
  if (s.length < 12 || s.length > 170) return false;
  if (/[<>{}[\]|=_*#@\\$`^~]|\/\w|\w\/|--|\d{3,}/.test(s)) return false;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  return letters >= s.length * 0.6;
}

/** The translated strings of a gettext .mo file (plural forms split), or [] when it cannot be read. */
export function moStrings(buf) {
  if (buf.length < 28) return [];
  const le = buf.readUInt32LE(0) === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return [];
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), trans = u32(16);
  const out = [];
  for (let i = 0; i < n; i++) {
    const len = u32(trans + i * 8), off = u32(trans + i * 8 + 4);
    if (off + len > buf.length) break;
    out.push(...buf.subarray(off, off + len).toString("utf8").split("\0"));
  }
  return out;
}

/** Sentences from the gettext catalogues of one language: messages without format directives, markup or accelerators. */
function moSentences(lang) {
  const dir = join(MO_ROOT, lang, "LC_MESSAGES");
  if (!existsSync(dir)) return [];
  const out = [];
  for (const d of MO_DOMAINS) {
    const p = join(dir, `${d}.mo`);
    if (!existsSync(p)) continue;
    for (const m of moStrings(readFileSync(p))) {
      if (/%|\n|\t|&|\\|…$/.test(m) || m.includes("\ufffd")) continue;
      out.push(...splitSentences(m));
    }
  }
  return out;
}

const NAME_BEFORE_MAIL = /((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+) <[^<>\s]+@/gu;

/** People's names written before an e-mail address (translator credits of man pages, Last-Translator of catalogues). */
export function namesIn(text) {
  return [...text.matchAll(NAME_BEFORE_MAIL)].map((m) => m[1]);
}

/** Translators' names from every catalogue header of one language. */
function moNames(lang) {
  const dir = join(MO_ROOT, lang, "LC_MESSAGES");
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".mo")).sort()) {
    const header = moStrings(readFileSync(join(dir, f))).find((m) => m.includes("Last-Translator:"));
    if (header) out.push(...namesIn(header));
  }
  return out;
}

function readText(p) {
  const b = p.endsWith(".gz") ? gunzipSync(readFileSync(p)) : readFileSync(p);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return null; // why: a few old pages are still in a legacy encoding; we take only text whose encoding we know
  }
}

function manPages(dir, limit, names = []) {
  const root = join(MAN_ROOT, dir);
  if (!existsSync(root)) return [];
  const out = [];
  for (const sec of readdirSync(root).filter((s) => /^man\d/.test(s)).sort()) {
    for (const f of readdirSync(join(root, sec)).sort()) {
      const t = readText(join(root, sec, f));
      if (t) out.push(...manSentences(t));
      if (t) names.push(...namesIn(t));
      if (out.length > limit) return out;
    }
  }
  return out;
}

function tutorSentences(lang) {
  const dir = vimTutorDir();
  const p = dir && join(dir, `tutor.${lang}.utf-8`);
  if (!p || !existsSync(p)) return [];
  const t = readText(p);
  return t ? t.split(/\n\s*\n/).flatMap((para) => splitSentences(para.replace(/^\s*[-=~*]+\s*$/gm, "").replace(/^\s*\d+\.\s*/gm, ""))) : [];
}

/** A glibc locale's keyword values (<Uxxxx> and escape sequences resolved), following `copy` into other files. */
export function localeValues(name, seen = new Set()) {
  const p = join(LOCALE_ROOT, name);
  if (seen.has(name) || !existsSync(p)) return {};
  seen.add(name);
  const src = readFileSync(p, "utf8");
  const esc = /^escape_char\s+(\S)/m.exec(src)?.[1] ?? "\\";
  const joined = src.split("\n").filter((l) => !/^\s*%/.test(l)).join("\n").split(`${esc}\n`).join(" ");
  const vals = {};
  for (const line of joined.split("\n")) {
    const m = /^\s*([a-z_]+)\s+(.*)$/.exec(line);
    if (!m || vals[m[1]]) continue;
    const strs = [...m[2].matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/<U([0-9A-Fa-f]{4,6})>/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).split(esc + esc).join(esc));
    if (strs.length) vals[m[1]] = strs;
  }
  for (const c of src.matchAll(/^copy\s+"([^"]+)"/gm)) {
    const inner = localeValues(c[1], seen);
    for (const [k, v] of Object.entries(inner)) vals[k] ??= v;
  }
  return vals;
}

function dedupe(xs) {
  return [...new Set(xs.map((x) => x.normalize("NFC")))].sort();
}

/**
 * The text of every language whose sources are installed: { lang: { sentences, months, days, decimal, group, country, sources } }.
 * Sentences are deduplicated and sorted, so the set does not depend on the order files are listed in.
 */
export function loadTexts({ maxSentences = 4000 } = {}) {
  const out = {};
  for (const [lang, src] of Object.entries(LANGUAGE_SOURCES)) {
    const used = [];
    let sentences = [];
    const names = [];
    if (src.man) { const s = manPages(src.man, maxSentences, names); if (s.length) used.push(`man:${src.man}`); sentences.push(...s); }
    if (src.tutor) { const s = tutorSentences(src.tutor); if (s.length) used.push(`tutor:${src.tutor}`); sentences.push(...s); }
    if (src.mo && sentences.length < 400) { const s = moSentences(lang); if (s.length) used.push("mo"); sentences.push(...s); }
    names.push(...moNames(MO_LANG[lang] ?? lang));
    const loc = src.locale ? localeValues(src.locale) : {};
    sentences = dedupe(sentences);
    if (sentences.length < 20) continue;
    if (loc.mon) used.push(`locale:${src.locale}`);
    out[lang] = {
      sentences, names: dedupe(names),
      months: loc.mon ?? [], days: loc.day ?? [],
      decimal: loc.decimal_point?.[0] || ".", group: loc.thousands_sep?.[0] ?? "",
      country: loc.country_name?.[0] ?? "", sources: used,
    };
  }
  return out;
}
