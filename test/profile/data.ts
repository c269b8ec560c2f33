// Generated CSV for the profile tests: people with uniform ages, a country mix, scores, dates and flags, from a seed.
import { seededRandom } from "../../src/profile/stats.js";

export const COUNTRIES = ["FR", "DE", "ES", "IT"];

/**
 * `rows` people. ageShift moves every age (uniform 18…67 before the shift); italianMix sends that share of
 * rows to IT before the uniform draw (0: each country 25%; 0.7: IT 77.5%, the others 7.5%).
 */
export function people(o: { rows: number; seed: number; ageShift?: number; italianMix?: number }): string {
  const r = seededRandom(o.seed);
  const out = ["id,age,country,score,signup,active"];
  for (let i = 1; i <= o.rows; i++) {
    const age = 18 + Math.floor(r() * 50) + (o.ageShift ?? 0);
    const country = r() < (o.italianMix ?? 0) ? "IT" : COUNTRIES[Math.floor(r() * 4)];
    const score = (r() * 100).toFixed(2);
    const day = 1 + Math.floor(r() * 28);
    const signup = `2024-02-${String(day).padStart(2, "0")}`;
    const active = r() < 0.5 ? "true" : "false";
    out.push(`${i},${age},${country},${score},${signup},${active}`);
  }
  return out.join("\n") + "\n";
}
