// Word pools per language for the encoding test set: person/city/street/product names from Faker's locale data, country, language and currency names and number symbols from CLDR.
import { createRequire } from "node:module";
import { allLocales } from "@faker-js/faker";

const require = createRequire(import.meta.url);

/**
 * Language → where its words come from. `faker`: the Faker locale (names, places, products, months);
 * `names`: a neighbouring Faker locale for person names when the language has none of its own
 * (Catalan, Icelandic, Bulgarian, Serbian, Lithuanian, Estonian); `cldr`: the CLDR locale.
 * `date`: how the locale writes a date (d.m.y, d/m/y, y-m-d, y/m/d, y. m. d.).
 */
export const LANGUAGES = {
  da: { faker: "da", cldr: "da", date: "d.m.y" },
  nb: { faker: "nb_NO", cldr: "nb", date: "d.m.y" },
  sv: { faker: "sv", cldr: "sv", date: "y-m-d" },
  fi: { faker: "fi", cldr: "fi", date: "d.m.y" },
  is: { names: "da", cldr: "is", date: "d.m.y" },
  de: { faker: "de", cldr: "de", date: "d.m.y" },
  nl: { faker: "nl", cldr: "nl", date: "d-m-y" },
  fr: { faker: "fr", cldr: "fr", date: "d/m/y" },
  it: { faker: "it", cldr: "it", date: "d/m/y" },
  es: { faker: "es", cldr: "es", date: "d/m/y" },
  ca: { names: "es", cldr: "ca", date: "d/m/y" },
  pt: { faker: "pt_PT", cldr: "pt-PT", date: "d/m/y" },
  pl: { faker: "pl", cldr: "pl", date: "d.m.y" },
  cs: { faker: "cs_CZ", cldr: "cs", date: "d.m.y" },
  sk: { faker: "sk", cldr: "sk", date: "d.m.y" },
  hu: { faker: "hu", cldr: "hu", date: "y. m. d." },
  ro: { faker: "ro", cldr: "ro", date: "d.m.y" },
  hr: { faker: "hr", cldr: "hr", date: "d.m.y" },
  sl: { faker: "sl_SI", cldr: "sl", date: "d.m.y" },
  ru: { faker: "ru", cldr: "ru", date: "d.m.y" },
  uk: { faker: "uk", cldr: "uk", date: "d.m.y" },
  bg: { names: "ru", cldr: "bg", date: "d.m.y" },
  mk: { faker: "mk", cldr: "mk", date: "d.m.y" },
  sr: { names: "mk", cldr: "sr", date: "d.m.y" },
  el: { faker: "el", cldr: "el", date: "d/m/y" },
  tr: { faker: "tr", cldr: "tr", date: "d.m.y" },
  he: { faker: "he", cldr: "he", date: "d/m/y" },
  ar: { faker: "ar", cldr: "ar", date: "d/m/y" },
  fa: { faker: "fa", cldr: "fa", date: "y/m/d" },
  lv: { faker: "lv", cldr: "lv", date: "d.m.y" },
  lt: { names: "lv", cldr: "lt", date: "y-m-d" },
  et: { names: "fi", cldr: "et", date: "d.m.y" },
  vi: { faker: "vi", cldr: "vi", date: "d/m/y" },
  th: { faker: "th", cldr: "th", date: "d/m/y" },
  ja: { faker: "ja", cldr: "ja", date: "y/m/d" },
  zh_CN: { faker: "zh_CN", cldr: "zh", date: "y-m-d" },
  zh_TW: { faker: "zh_TW", cldr: "zh-Hant", date: "y/m/d" },
  ko: { faker: "ko", cldr: "ko", date: "y. m. d." },
};

/** Strings in a Faker definition subtree (arrays, or objects of arrays such as {female, male}), without templates. */
function strings(node, out = []) {
  if (node == null) return out;
  if (typeof node === "string") {
    // why: templates ("{{person.last_name}} Street") and digit masks ("###") are generator patterns, not text
    if (!node.includes("{{") && !/[#?]{2}/.test(node) && node.trim()) out.push(node.trim());
  } else if (Array.isArray(node)) for (const v of node) strings(v, out);
  else if (typeof node === "object") for (const v of Object.values(node)) strings(v, out);
  return out;
}

/** Faker's lorem words are Latin placeholder text in most locales; only these locales have words of their own language. */
const OWN_LOREM = new Set(["ru", "vi", "he", "ko", "ja", "ar", "fa", "zh_CN"]);

function fakerPools(locale) {
  const d = allLocales[locale] ?? {};
  const loc = d.location ?? {};
  const cities = strings(loc.city_name);
  if (cities.length === 0) cities.push(...strings(loc.city_prefix), ...strings(loc.state));
  return {
    firstNames: strings(d.person?.first_name),
    lastNames: strings(d.person?.last_name),
    cities,
    streets: [...strings(loc.street_name), ...strings(loc.street_name_part), ...strings(loc.street_suffix)],
    regions: [...strings(loc.state), ...strings(loc.county)],
    products: [...strings(d.commerce?.product_name), ...strings(d.commerce?.department), ...strings(d.color?.human), ...strings(d.food), ...strings(d.animal)],
    descriptions: strings(d.commerce?.product_description),
    companies: [...strings(d.company?.adjective), ...strings(d.company?.noun), ...strings(d.company?.category)],
    jobs: [...strings(d.person?.job_area), ...strings(d.person?.job_type), ...strings(d.person?.job_descriptor)],
    months: strings(d.date?.month?.wide),
    weekdays: strings(d.date?.weekday?.wide),
    words: OWN_LOREM.has(locale) ? strings(d.lorem?.word) : [],
  };
}

function cldrJson(pkg, locale, file) {
  try {
    return require(`${pkg}/main/${locale}/${file}.json`).main[locale];
  } catch {
    return null;
  }
}

function cldrPools(locale) {
  const names = cldrJson("cldr-localenames-full", locale, "territories")?.localeDisplayNames?.territories ?? {};
  const langs = cldrJson("cldr-localenames-full", locale, "languages")?.localeDisplayNames?.languages ?? {};
  const cur = cldrJson("cldr-numbers-full", locale, "currencies")?.numbers?.currencies ?? {};
  const num = cldrJson("cldr-numbers-full", locale, "numbers")?.numbers ?? {};
  const sym = num["symbols-numberSystem-latn"] ?? {};
  // why only keys without "-alt": the variants ("-alt-short", "-alt-variant") repeat the same words
  const plain = (o) => Object.entries(o).filter(([k]) => !k.includes("-alt")).map(([, v]) => v);
  return {
    territories: plain(names).filter((v) => !/^[A-Z0-9]{2,3}$/.test(v)),
    languages: plain(langs),
    currencies: Object.values(cur).map((c) => c.displayName).filter((v) => v && !/^[A-Z]{3}$/.test(v)),
    decimal: sym.decimal ?? ".",
    group: sym.group ?? ",",
  };
}

const cache = new Map();

/** All word pools of one language (see LANGUAGES). Each pool is a de-duplicated array of strings. */
export function languagePools(lang) {
  if (cache.has(lang)) return cache.get(lang);
  const spec = LANGUAGES[lang];
  if (!spec) throw new Error(`encset: unknown language ${lang}`);
  const own = fakerPools(spec.faker ?? "__none__");
  const names = spec.names ? fakerPools(spec.names) : own;
  const cl = cldrPools(spec.cldr);
  const uniq = (a) => [...new Set(a)];
  const pools = {
    firstNames: uniq(names.firstNames),
    lastNames: uniq(names.lastNames),
    // why territories stand in: Faker has no city names for some languages; CLDR's country names are in the language
    cities: uniq(own.cities.length ? own.cities : cl.territories),
    streets: uniq(own.streets),
    regions: uniq(own.regions),
    products: uniq(own.products.length ? own.products : cl.currencies),
    descriptions: uniq(own.descriptions),
    companies: uniq(own.companies),
    jobs: uniq(own.jobs),
    months: uniq(own.months),
    weekdays: uniq(own.weekdays),
    words: uniq(own.words),
    territories: uniq(cl.territories),
    languages: uniq(cl.languages),
    currencies: uniq(cl.currencies),
    decimal: cl.decimal,
    group: cl.group,
    date: spec.date,
  };
  cache.set(lang, pools);
  return pools;
}

/** The pools that hold prose-like text (for comments and descriptions). */
export const TEXT_POOLS = ["territories", "languages", "currencies", "products", "descriptions", "companies", "jobs", "months", "weekdays", "words", "regions"];
