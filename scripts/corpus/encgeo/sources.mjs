// Reads the encgeo set's entries: KGeography's maps as Debian's `kgeography-data` ships them (*.kgm: each map's divisions with their capitals and colours) and their names translated in its gettext catalogues (kgeography.mo, msgctxt = the map file), and Firefox's region names in Vietnamese (`firefox-esr-l10n-vi`, the language KGeography has no catalogue for), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encreal/sources.mjs";
import { zipMember } from "../encdict/sources.mjs";

/** Folder of the sources: $ENCGEO_SOURCES, else `encgeo-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCGEO_SOURCES ?? join(root, "..", "encgeo-sources");
}

export const MAPS = join("deb", "usr", "share", "kgeography");
export const LOCALE = join("deb", "usr", "share", "locale");
export const LANGPACK = join("deb", "usr", "lib", "firefox-esr", "browser", "extensions", "langpack-vi@firefox-esr.mozilla.org.xpi");
export const REGIONS = "localization/vi/toolkit/intl/regionNames.ftl";

const unescapeXml = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()]);
const tag = (block, name) => {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(block);
  return m ? unescapeXml(m[1].trim()) : "";
};

/** A map's divisions, the ignored ones (water, frontier, "Not Turkey") left out: { name, capital ("" when none), colour `#rrggbb` }. */
export function parseKgm(xml) {
  const out = [];
  for (const m of xml.matchAll(/<division>([\s\S]*?)<\/division>/g)) {
    const b = m[1];
    if (tag(b, "ignore") === "yes" || !tag(b, "name")) continue;
    const rgb = ["red", "green", "blue"].map((c) => Number(tag(b, c) || 0).toString(16).padStart(2, "0")).join("");
    out.push({ name: tag(b, "name"), capital: tag(b, "capital"), colour: `#${rgb}` });
  }
  return out;
}

/** Firefox's `region-name-xx = Name` lines: [code, name]. */
export function parseRegionNames(ftl) {
  return [...ftl.matchAll(/^region-name-([a-z0-9-]+) = (.+)$/gm)].map((m) => [m[1], m[2].trim()]);
}

/**
 * Every entry: for each catalogue language and each map division it translates, { lang, map, name, capital (translated; "" when
 * the division has no capital or it is untranslated), en, enCapital, colour, source }; the English maps themselves as lang `en`
 * (the ASCII filler); Firefox's Vietnamese region names as lang `vi`, map `regions`, `en` the region code.
 */
export function loadEntries(dir) {
  const out = [];
  const maps = join(dir, MAPS);
  const divisions = [];
  if (existsSync(maps)) {
    for (const f of readdirSync(maps).filter((n) => n.endsWith(".kgm")).sort()) for (const d of parseKgm(readFileSync(join(maps, f), "utf8"))) divisions.push({ map: f, ...d });
  }
  for (const d of divisions) out.push({ lang: "en", map: d.map, name: d.name, capital: d.capital, en: d.name, enCapital: d.capital, colour: d.colour, source: "kgeography" });
  const locale = join(dir, LOCALE);
  for (const lang of existsSync(locale) ? readdirSync(locale).sort() : []) {
    const p = join(locale, lang, "LC_MESSAGES", "kgeography.mo");
    if (!existsSync(p)) continue;
    const tr = moPairs(readFileSync(p));
    const of = (map, s) => (s ? tr.get(`${map}\u0004${s}`) ?? "" : "");
    for (const d of divisions) {
      const name = of(d.map, d.name);
      if (name) out.push({ lang, map: d.map, name, capital: of(d.map, d.capital), en: d.name, enCapital: d.capital, colour: d.colour, source: "kgeography" });
    }
  }
  const xpi = join(dir, LANGPACK);
  const ftl = existsSync(xpi) ? zipMember(readFileSync(xpi), REGIONS) : null;
  if (ftl) for (const [code, name] of parseRegionNames(ftl.toString("utf8"))) out.push({ lang: "vi", map: "regions", name, capital: "", en: code, enCapital: "", colour: "", source: "firefox" });
  return out;
}
