// The gender a person's given name nearly always has, so that "she said" can pass over "Tom Reyes"
// when "Maria Lopez" spoke before him. The counts are US Social Security births (the
// name-to-gender package); only common names that are nearly always one gender count, so "Jordan",
// "Jean" or "Kim" (a Korean surname too) decide nothing.
import { createRequire } from 'node:module';

type Lookup = (name: string) => { gender: 'male' | 'female' | 'unknown'; probability: number; counts: { male: number; female: number } };

/** Below these, a name says nothing: a rare name's counts are noise, a shared one is a guess. */
const MIN_PROBABILITY = 0.97;
const MIN_BIRTHS = 1000;

let guess: Lookup | null = null;

/** Given names already looked up, and what they told (the lookup folds and searches each time). */
const known = new Map<string, 'm' | 'f' | undefined>();

/** The package's table is large (about 20 MB once loaded): read it the first time a name is asked about. */
function lookup(): Lookup {
  guess ??= (createRequire(import.meta.url)('name-to-gender') as { guessGender: Lookup }).guessGender;
  return guess;
}

/**
 * 'm' or 'f' for a full name whose first word is a given name that nearly always has that gender;
 * undefined otherwise. A lone surname, an initial ("J. Smith") or a name in East Asian order
 * ("Park Geun-hye", whose hyphenated given name comes last) says nothing.
 */
export function givenNameGender(name: string): 'm' | 'f' | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const given = words[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || words.slice(1).some((w) => /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(w))) return undefined;
  if (!known.has(given)) {
    const { gender, probability, counts } = lookup()(given);
    known.set(given, gender === 'unknown' || probability < MIN_PROBABILITY || counts.male + counts.female < MIN_BIRTHS ? undefined : gender === 'male' ? 'm' : 'f');
  }
  return known.get(given);
}

/** How many US births a word had as a given name: "Chad" some 239,000, "Israel" 52,000, "India" 21,000. */
export function givenNameBirths(word: string): number {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return 0;
  const { counts } = lookup()(word);
  return counts.male + counts.female;
}
