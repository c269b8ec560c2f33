// Reads the encgame set's text, none used by another set: the translated catalogues of the game Battle for Wesnoth (Debian `wesnoth-1.16-data`: unit and terrain names, map names, objectives, help and interface messages, 50-odd languages), unpacked in one folder outside the repository; each value carries its English original, so the halves split by message.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encrows/sources.mjs";
import { langOf } from "../encdesk/sources.mjs";
import { cleanMessage, poolsBySource } from "../encnation/sources.mjs";

/** Folder of the sources: $ENCGAME_SOURCES, else `encgame-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCGAME_SOURCES ?? join(root, "..", "encgame-sources");
}

/** Wesnoth's locale folders the pages table names otherwise (Norwegian Bokmål); regional variants stay out. */
const LOCALE = { nb_NO: "nb" };

/**
 * A catalogue message made a cell: without its msgctxt (`ctx\x04`), its `female^`/`race^` context prefix and a map name's
 * player count (`2p — `, `4j — `, `2 jug. — `, `2и: `); null when not a cell (cleanMessage's rules).
 */
export function gameCell(s) {
  const t = s.split("\x04").pop().replace(/^[\w+ ]*\^/, "").replace(/^\(?\d\)?\s*[\p{L}.]{0,10}\s*[—–:-]+\s*/u, "");
  return cleanMessage(t);
}

/** The pool of a message: map names (`2p — …` in the multiplayer catalogue) are places, the rest names (≤ 3 words: units, terrains, labels) or notes. */
function poolOf(domain, en, tr) {
  if (domain === "wesnoth-multiplayer" && /^\dp\s*—/.test(en.split("\x04").pop())) return "places";
  return tr.split(" ").length <= 3 ? "names" : "notes";
}

function catalogueSources(base, add) {
  for (const loc of readdirSync(base).sort()) {
    const lang = LOCALE[loc] ?? langOf(loc);
    const msgs = join(base, loc, "LC_MESSAGES");
    if (!lang || !existsSync(msgs)) continue;
    for (const f of readdirSync(msgs).filter((x) => x.endsWith(".mo")).sort()) {
      for (const [a, b] of moPairs(readFileSync(join(msgs, f)))) {
        const en = gameCell(a), tr = gameCell(b);
        if (!en || !tr || en === tr) continue;
        const pool = poolOf(f.replace(/\.mo$/, ""), a, tr);
        // why the English message names the source: one message in every language falls in one half
        add(lang, pool, [tr], `mo:${en}`);
        add("en", pool, [en], `mo:${en}`);
        if (pool !== "places") add(lang, "words", tr.split(/[\s,.;:()«»"'„“!?…]+/u).filter((w) => /^\p{L}{4,20}$/u.test(w)), `mo:${en}`);
      }
    }
  }
}

/**
 * Every language's pools: `names` (unit, terrain and item names, short labels), `places` (map names), `words` (single
 * words of the messages), `notes` (objectives, help and interface messages), with `english` the ASCII pools of the
 * English originals and `halfOf(value)` the half of the value's message (0 tuning, 1 held out). Empty without the folder.
 */
export function loadSources(dir) {
  const base = join(dir, "deb", "usr", "share", "games", "wesnoth", "1.16", "locale");
  if (!existsSync(base)) return [];
  const set = poolsBySource("encgame", ["names", "places", "words", "notes"]);
  catalogueSources(base, set.add);
  const english = set.english();
  if (!english) return [];
  english.words = english.names.filter((v) => /^[A-Za-z]{4,}$/.test(v));
  return set.languages(english, 20);
}
