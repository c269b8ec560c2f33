// A silent pick is warned when another reading beats it once each reading's file language is chosen by totals with foreign words switched.

/**
 * The reading whose head-to-head against `best` (`switchedAdvantage`: advantage with each reading in the language its
 * totals with foreign words switched choose) is lowest, with that margin, when it falls under `needed`; else null.
 * why: the file's language is chosen from raw totals, where a language pays for every letter it lacks, so a list of world
 * names is put in Galician, Icelandic or Hungarian by a few foreign names, and the words two readings read alike are
 * then weighed in languages neither file is in: a cp850 Swedish list lost to cp852 `Kasaő` by 11 nats (Hungarian against
 * Galician), an ISO-8859-15 Dutch quiz to windows-1257 `Belgiė` (Lithuanian against Icelandic), both silently. Chosen
 * with switches (Swedish; Albanian for `Malësi`, `Delvinë`), each wrong page falls behind. why only a warning, never a
 * new pick: choosing every reading's language that way churned answers both ways (round 26: encgeo held out 954 → 950).
 */
export function switchedLanguageRival<R>(readings: R[], best: R, needed: number, switchedAdvantage: (a: R, b: R) => number): { rival: R; margin: number } | null {
  let found: { rival: R; margin: number } | null = null;
  for (const o of readings) {
    if (o === best) continue;
    const d = switchedAdvantage(best, o);
    if (d < needed && (found === null || d < found.margin)) found = { rival: o, margin: d };
  }
  return found;
}
