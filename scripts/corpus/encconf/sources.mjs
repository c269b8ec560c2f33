// Reads the encconf set's entries: the translated fields of Debian packages' debconf templates (`Description-xx.UTF-8:`, `Choices-xx.UTF-8:`: the installer's questions, their answers and help in ~75 languages), each package's `templates` (from `dpkg-deb -e PKG.deb`) in its own folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources: $ENCCONF_SOURCES, else `encconf-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCCONF_SOURCES ?? join(root, "..", "encconf-sources");
}

/** A templates file's records: [{ name (the Template: value), fields: Map(field name → value, continuation lines joined by `\n`) }]. */
export function parseTemplates(text) {
  const out = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const fields = new Map();
    let last = null;
    for (const line of block.split(/\r?\n/)) {
      const m = /^([A-Za-z0-9_.@-]+):[ \t]*(.*)$/.exec(line);
      if (m && !/^\s/.test(line)) fields.set((last = m[1]), m[2]);
      else if (last && /^\s/.test(line)) fields.set(last, `${fields.get(last)}\n${line.slice(1)}`);
    }
    if (fields.has("Template")) out.push({ name: fields.get("Template"), fields });
  }
  return out;
}

/** The choices of a `Choices:` value: split on `, ` (debconf's `\,` kept as a comma). */
export const choicesOf = (v) => v.split(/(?<!\\),\s*/).map((c) => c.replace(/\\,/g, ",").trim());

/** The sentences of a description: its short line, then each paragraph's sentences (`.` lines are blank ones; list and verbatim lines left out). */
export function descriptionTexts(v) {
  const [short, ...rest] = v.split("\n");
  const out = [short.trim()];
  const paras = rest.join("\n").split(/\n\.\s*(?:\n|$)/).filter((p) => !/^\s/m.test(p));
  for (const p of paras) out.push(...p.replace(/\s+/g, " ").split(/(?<=[.!?。؟])\s+/).map((s) => s.trim()));
  return out;
}

/**
 * UTF-8 read as windows-1252 or Latin-1 (`Ã¼`, `Ã³`, `Â«`, `Ã?`): a few templates ship their translation mis-encoded.
 * why left out: such a text's windows-1252 bytes are valid UTF-8 (`DeberÃ­a` is C3 AD, UTF-8 `í`), so a file holding it
 * has two right readings, and a cp850 one reads as cp852 letters; the set would score its sources' defect.
 */
export const MOJIBAKE = /[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122?]/;

/** A text worth a cell: not empty, no `${VAR}` to fill in, at most 160 characters, no mojibake, no C1 control. */
const usable = (t) => t && !t.includes("${") && t.length <= 160 && !MOJIBAKE.test(t) && !/[\u0080-\u009f]/.test(t);

/** The entries of one record: per translated field, its texts, each with the English text at the same place ("" when the translation has more). */
function recordEntries(pkg, { name, fields }) {
  const out = [];
  for (const [kind, split] of [["Description", descriptionTexts], ["Choices", choicesOf]]) {
    const en = fields.get(kind) ?? fields.get(`__${kind}`) ?? fields.get(`_${kind}`);
    if (!en) continue;
    const ens = split(en);
    const tr = [["en", ens]];
    for (const [f, v] of fields) {
      const m = new RegExp(`^${kind}-([A-Za-z_@]+)\\.UTF-8$`).exec(f);
      if (m) tr.push([m[1], split(v)]);
    }
    for (const [lang, texts] of tr) {
      texts.forEach((text, i) => {
        if (usable(text)) out.push({ lang, template: `${pkg}/${name}`, pkg, kind, text, en: ens[i] ?? "" });
      });
    }
  }
  return out;
}

/**
 * Every entry: { lang, template (`pkg/name`, the half's unit), pkg, kind (Description or Choices), text, en (the English
 * text at the same place) }; the English texts themselves as lang `en` (the ASCII filler).
 */
export function loadEntries(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const pkg of readdirSync(dir).sort()) {
    const p = join(dir, pkg, "templates");
    if (!existsSync(p)) continue;
    for (const r of parseTemplates(readFileSync(p, "utf8"))) out.push(...recordEntries(pkg, r));
  }
  return out;
}
