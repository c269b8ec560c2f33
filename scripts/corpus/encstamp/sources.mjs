// Reads the encstamp set's entries: Tux Paint's rubber-stamp descriptions as Debian's `tuxpaint-stamps-default` ships them (one `.txt` beside each stamp image: the English description, then `lang.utf8=` lines translating it into ~75 languages), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources: $ENCSTAMP_SOURCES, else `encstamp-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCSTAMP_SOURCES ?? join(root, "..", "encstamp-sources");
}

export const STAMPS = join("deb", "usr", "share", "tuxpaint", "stamps");

/** One description file: { en (the first line that is no translation; "" when none), tr: [[lang, text]] } (empty texts left out). */
export function parseStampText(text) {
  let en = "";
  const tr = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    // why C1 controls out: a few Latvian descriptions carry U+0093 (a Windows quote mis-saved by a translator's tool); invisible, it would decide a file's score on a byte no reader sees
    const m = /^([A-Za-z_@]+)\.utf8=(.*)$/.exec(line.replace(/[\u0080-\u009f]/g, ""));
    if (m) {
      if (m[2].trim()) tr.push([m[1], m[2].trim()]);
    } else if (line && !en) en = line;
  }
  return { en, tr };
}

/** Every `.txt` under `dir` as its path relative to `dir` (`/`-separated, without `.txt`), sorted. */
function stampFiles(dir, prefix = "") {
  const out = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...stampFiles(p, `${prefix}${n}/`));
    else if (n.endsWith(".txt")) out.push(`${prefix}${n.slice(0, -4)}`);
  }
  return out;
}

/**
 * Every entry: { lang, stamp (its path under stamps/, `animals/birds/adelaide-rosella`), category (the first folder), text, en (the English
 * description) }; the English descriptions themselves as lang `en` (the ASCII filler).
 */
export function loadEntries(dir) {
  const root = join(dir, STAMPS);
  if (!existsSync(root)) return [];
  const out = [];
  for (const stamp of stampFiles(root)) {
    const { en, tr } = parseStampText(readFileSync(join(root, `${stamp}.txt`), "utf8"));
    if (!en) continue;
    const category = stamp.split("/")[0];
    out.push({ lang: "en", stamp, category, text: en, en });
    for (const [lang, text] of tr) out.push({ lang, stamp, category, text, en });
  }
  return out;
}
