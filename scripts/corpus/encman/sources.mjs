// Reads the encman set's text, none used by another set: the translated manual pages of Debian's manpages-xx packages (the NAME line's summary, section headings, option descriptions, a description's first sentence) and the English pages of `manpages`, unpacked in one folder outside the repository; each value carries its page, so the halves split by page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { langOf } from "../encdesk/sources.mjs";
import { cleanMessage, poolsBySource } from "../encnation/sources.mjs";

/** Folder of the sources: $ENCMAN_SOURCES, else `encman-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCMAN_SOURCES ?? join(root, "..", "encman-sources");
}

/** groff escapes a man page's text uses → their characters; any other escape left makes the line no cell. */
const ESCAPES = [[/\\f(\[[^\]]*\]|\(..|.)/g, ""], [/\\[,/&:%]/g, ""], [/\\-/g, "-"], [/\\\(em|\\\[em\]/g, "—"], [/\\\(en|\\\[en\]/g, "–"],
  [/\\\(aq|\\\[aq\]/g, "'"], [/\\\(dq|\\\[dq\]/g, "\""], [/\\\(lq|\\\(rq/g, "\""], [/\\e/g, "\\"], [/\\ /g, " "], [/\\~/g, " "]];

/** One line of groff text made plain, or null when an escape this reader does not know is left. */
export function plainLine(line) {
  let t = line;
  for (const [re, to] of ESCAPES) t = t.replace(re, to);
  return /\\/.test(t) ? null : t.trim();
}

/** Lines joined as a reader sees them: no space between two CJK characters (a translator's line break inside a sentence). */
const join2 = (a, b) => (!a ? b : /[\u3000-\u9fff\uff00-\uffef]$/u.test(a) && /^[\u3000-\u9fff\uff00-\uffef]/u.test(b) ? a + b : `${a} ${b}`);

/** The first sentence of a paragraph (to `. ` or `。`), or the paragraph. */
const firstSentence = (p) => (p.match(/^.*?[.。](?=\s|$)/u)?.[0] ?? p).replace(/[.。]$/u, "");

/**
 * A man page's translatable text: `summary` (the NAME line after `\-`), `headings` (.SH/.SS titles), `options` (the text
 * under each .TP item's tag line, first sentence) and `lead` (the first paragraph of the third section: the description).
 */
export function manValues(text) {
  const out = { summary: null, headings: [], options: [], lead: null };
  const lines = text.split(/\r?\n/);
  let section = 0, para = "", tagNext = false, inOption = false;
  const flush = () => {
    const p = para.trim();
    para = "";
    if (!p) return;
    if (section === 1 && !out.summary) out.summary = p.includes(" - ") ? p.slice(p.indexOf(" - ") + 3) : null;
    else if (inOption) out.options.push(firstSentence(p));
    else if (section === 3 && !out.lead) out.lead = firstSentence(p);
  };
  for (const line of lines) {
    if (line.startsWith(".") || line.startsWith("'")) {
      flush();
      const m = line.match(/^\.(SH|SS)\s+"?([^"]*)"?\s*$/);
      if (m) { section += m[1] === "SH" ? 1 : 0; const h = plainLine(m[2]); if (h) out.headings.push(h); }
      tagNext = /^\.TP\b/.test(line);
      inOption = tagNext;
      continue;
    }
    if (tagNext) { tagNext = false; continue; } // why: the line after .TP is the item's tag (`-a, --all`)
    const t = plainLine(line);
    if (t === null) { para = ""; continue; }
    para = join2(para, t);
  }
  flush();
  return out;
}

function pages(base) {
  const out = [];
  for (const sec of readdirSync(base).filter((d) => /^man\d$/.test(d)).sort()) {
    for (const f of readdirSync(join(base, sec)).filter((x) => x.endsWith(".gz")).sort()) out.push({ page: `${sec}/${f.replace(/\.gz$/, "")}`, path: join(base, sec, f) });
  }
  return out;
}

function pageSources(base, lang, add) {
  for (const { page, path } of pages(base)) {
    let text;
    try { text = gunzipSync(readFileSync(path)).toString("utf8"); } catch { continue; } // why: a few pages are links (.so) or not gzip
    if (text.includes("\ufffd")) continue;
    const v = manValues(text);
    // why the page names the source: one page's text in every language falls in one half
    const src = `man:${page}`;
    const clean = (a) => a.map(cleanMessage).filter(Boolean);
    const notes = clean([v.summary, v.lead, ...v.options].filter(Boolean));
    add(lang, "notes", notes, src);
    add(lang, "names", clean(v.headings.map((h) => (h === h.toUpperCase() ? h.charAt(0) + h.slice(1).toLocaleLowerCase(lang) : h))), src);
    add(lang, "names", notes.filter((n) => n.split(" ").length <= 3), src);
    add(lang, "words", [...new Set(notes.flatMap((n) => n.split(/[\s,.;:()«»"'„“]+/u)).filter((w) => /^\p{L}{4,20}$/u.test(w)))], src);
  }
}

/**
 * Every language's pools: `names` (section headings, short option descriptions), `words` (single words of the
 * summaries), `notes` (summaries, option descriptions, a description's first sentence), with `english` the ASCII pools
 * of the English pages, and `halfOf(value)` the half of the value's page (0 tuning, 1 held out). Empty without the folder.
 */
export function loadSources(dir) {
  const base = join(dir, "deb", "usr", "share", "man");
  if (!existsSync(base)) return [];
  const set = poolsBySource("encman", ["names", "words", "notes"]);
  pageSources(base, "en", set.add);
  for (const loc of readdirSync(base).filter((d) => !/^man\d$/.test(d)).sort()) {
    const lang = langOf(loc);
    if (lang) pageSources(join(base, loc), lang, set.add);
  }
  const english = set.english();
  if (!english) return [];
  english.places = english.names;
  return set.languages(english, 20);
}
