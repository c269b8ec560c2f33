// Reads the encreg set's rows from the IEEE registry of MAC address blocks as Debian's `ieee-data` ships it (oui.txt, mam.txt, oui36.txt, iab.txt): each company with its street, city, state, postcode and country, its text as the registry holds it (mojibake included), unpacked in one folder outside the repository.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources: $ENCREG_SOURCES, else `encreg-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCREG_SOURCES ?? join(root, "..", "encreg-sources");
}

export const REGISTRIES = { "oui.txt": "MA-L", "mam.txt": "MA-M", "oui36.txt": "MA-S", "iab.txt": "IAB" };

/** The city line `City  State  Postcode` (fields apart by two blanks, an empty state kept): { city, state, postcode }. */
export function cityLine(line) {
  const parts = line.split("  ").map((s) => s.trim());
  const postcode = parts.length > 1 && /\d/.test(parts[parts.length - 1]) ? parts.pop() : "";
  const [city = "", ...rest] = parts;
  return { city, state: rest.filter(Boolean).join(" "), postcode };
}

/**
 * One registry file's companies: a block is `XX-XX-XX (hex) Name`, `ASSIGNMENT (base 16) Name`, then the address lines
 * (street, city line, country code), each after tabs; a block without an address (`Private`) is skipped.
 */
export function parseRegistry(text, registry) {
  const out = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const i = lines.findIndex((l) => /\(base 16\)/.test(l));
    if (i < 0) continue;
    const m = /^\s*(\S+)\s+\(base 16\)\s*(.*)$/.exec(lines[i]);
    const addr = lines.slice(i + 1).map((l) => l.replace(/^\t+/, "").trimEnd()).filter((l) => l.trim() !== "");
    if (!m || addr.length < 3 || !/^[A-Z]{2}$/.test(addr[addr.length - 1])) continue;
    const country = addr.pop();
    const { city, state, postcode } = cityLine(addr.pop());
    out.push({ registry, assignment: m[1], name: m[2].trim(), street: addr.join(", "), city, state, postcode, country });
  }
  return out;
}

/** Every company of the four registries in file order; empty without the folder. */
export function loadCompanies(dir) {
  const base = join(dir, "deb", "usr", "share", "ieee-data");
  if (!existsSync(base)) return [];
  return Object.entries(REGISTRIES).flatMap(([f, reg]) => (existsSync(join(base, f)) ? parseRegistry(readFileSync(join(base, f), "utf8"), reg) : []));
}
