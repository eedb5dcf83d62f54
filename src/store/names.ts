// Folding speaker names so that one speaker's spellings across outlets meet on one key:
// "Volodymyr Zelenskyy", "President Zelenskiy" and "Zelensky" all fold to words ending in
// "zelensky". The folding is deliberately conservative: a false merge (two people shown as one)
// is worse than a missed one, which the query side can still group by surname.
import type { SpeakerKind } from '../claims/index.ts';
import { stripDiacritics } from '../text/index.ts';

/**
 * One word's transliteration key. Outlets romanise Ukrainian and Russian names differently; two
 * rules bring the common variants together:
 *
 *   final -iy, -yi, -yy, -ii, -ij, -i, -y → -y   (words of 4+ letters only, so "Li", "Yi" stay)
 *       Zelenskyy, Zelenskiy, Zelenski → zelensky     Syrskyi, Syrskiy → syrsky
 *       Cherevatiy → cherevaty                         Oleksii, Oleksiy → oleksy
 *       Andrei, Andrey → andrey                        Yevgeniy → yevgeny
 *   doubled letters collapse
 *       Zelenskyy → zelensky (with the rule above)     Mykhailo/Mykhaillo → mykhailo
 *
 * Not merged on purpose: "kh"/"h" (Kharkiv/Harkiv, but also Khan/Han), "e"/"ye" (Yermak/Ermak,
 * but also Yates/Ates), "v"/"w". Those would also join names that are really different.
 * Known cost of the final-vowel rule: Terri/Terry, Toni/Tony fold together; a person still needs
 * the same surname and a compatible first name to be merged, so this rarely matters.
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length >= 4) w = w.replace(/(?:iy|yi|yy|ii|ij|i|y)$/u, 'y');
  return w.replace(/(\p{L})\1+/gu, '$1');
}

/** Titles and honorifics, folded (no dots): dropped when they lead a name ("Mr. Prigozhin", "Gen. Mark Milley"). */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr',
  'adm', 'admiral', 'sgt', 'sergeant', 'marshal', 'brig', 'brigadier',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'deputy', 'mayor',
  'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'reverend', 'sheikh', 'judge', 'justice',
  'ambassador', 'secretary', 'speaker', 'commissioner', 'chairman', 'chairwoman', 'chair',
]);

/**
 * Offices and roles: a name is cut after the last of them when only name words follow
 * ("Ukrainian President Volodymyr Zelensky", "Wagner chief Yevgeny Prigozhin"), and a "name"
 * still holding one is a role description ("the Wagner chief", "Defense Minister"). Titles that
 * are also common surnames (Major, King, Judge, Marshal) are not here.
 */
const ROLE_WORDS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'governor', 'mayor', 'secretary', 'ambassador',
  'senator', 'congressman', 'congresswoman', 'commissioner', 'chairman', 'chairwoman', 'deputy',
  'general', 'prosecutor', 'envoy', 'lawmaker', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'head', 'leader', 'commander', 'official', 'officials', 'director', 'adviser', 'advisor',
  'aide', 'analyst', 'founder', 'boss', 'owner', 'source', 'sources', 'member', 'officer', 'soldier',
  'resident', 'witness', 'expert', 'ministry',
]);

/** Small words never part of a person's name. */
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'a', 'an', 'and', 'at', 'in', 'on', 'to', 'from', 'with', 'by']);

/** Lower-case name particles that belong to a surname ("von der Leyen", "al-Assad"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'al', 'el', 'bin', 'ben', 'ibn', 'ter', 'ten']);

/** Generational suffixes dropped at the end ("Martin Luther King Jr."). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Words of a name as written: diacritics stripped ("Wałęsa" → "Walesa"), a trailing "(ISW)" and possessive "'s"
 * dropped, dots and apostrophes removed ("U.S." → "US", "J." → "J"), split on anything else.
 */
function words(name: string): string[] {
  return stripDiacritics(name)
    .replace(/[‘’ʼ`´]/gu, "'")
    .replace(/\s*\([^()]*\)\s*$/u, ' ')
    .replace(/'s(?![\p{L}\p{N}])/giu, '')
    .replace(/[.']/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A person's name, folded and split into the parts used to compare names. */
export interface PersonName {
  /** The folded words joined by spaces: "volodymyr zelensky". */
  key: string;
  /** First given name or initial ("volodymyr", "j"); null for a surname alone. */
  first: string | null;
  /** Middle names or initials between first name and surname (particles excluded). */
  middle: string[];
  /** Folded surname: the last word ("zelensky", "leyen" for "von der Leyen"). */
  last: string;
  /** A role description rather than a name: "the Wagner chief", "head of the Wagner group". */
  descriptive: boolean;
}

const isNameWord = (lower: string) => !FUNCTION_WORDS.has(lower) && !ROLE_WORDS.has(lower);

/**
 * Parses a person's name. Steps, each shown on an example:
 *   1. words, no diacritics or dots          "Mr. Yevgény Prigozhin" → Mr Yevgeny Prigozhin
 *   2. drop a leading "the"/"a"/"an"         "the Wagner chief" → Wagner chief
 *   3. drop a generational suffix            "Martin Luther King Jr." → Martin Luther King
 *   4. drop leading honorifics               "Mr Prigozhin" → Prigozhin, "Gen. Mark Milley" → Mark Milley
 *   5. drop everything up to the last office or role word when only name words follow it
 *                                            "Ukrainian President Volodymyr Zelensky" → Volodymyr Zelensky
 *                                            "Wagner chief Yevgeny Prigozhin" → Yevgeny Prigozhin
 *   6. fold each word (foldWord)             Zelenskyy → zelensky
 * Steps 2–5 always leave at least one word ("President" alone stays "President").
 * What is left is a role description (its own speaker, never merged) when a word is an office,
 * role or function word, or is lower case (not a particle) in a name that has capitals:
 * "Wagner chief", "head of Russia's Wagner Group", "Defense Minister", "officials".
 */
export function parsePerson(name: string): PersonName {
  let raw = words(name);
  const low = (i: number) => raw[i]!.toLowerCase();
  if (raw.length > 1 && ['the', 'a', 'an'].includes(low(0))) raw = raw.slice(1);
  while (raw.length > 1 && SUFFIXES.has(low(raw.length - 1))) raw = raw.slice(0, -1);
  while (raw.length > 1 && HONORIFICS.has(low(0))) raw = raw.slice(1);
  for (let t = raw.length - 2; t >= 0; t--) {
    if (ROLE_WORDS.has(low(t)) && raw.slice(t + 1).every((w) => isNameWord(w.toLowerCase()))) {
      raw = raw.slice(t + 1);
      break;
    }
  }
  const mixedCase = /\p{Lu}/u.test(name);
  // No letters or digits at all ("—"): nothing to match on, so never merged.
  const descriptive = raw.length === 0 || raw.some((w) => {
    const l = w.toLowerCase();
    if (PARTICLES.has(l)) return false;
    return !isNameWord(l) || (mixedCase && /^\p{Ll}/u.test(w));
  });
  const folded = raw.map(foldWord);
  const last = folded.at(-1) ?? '';
  const given = folded.slice(0, -1).filter((w) => !PARTICLES.has(w));
  return { key: folded.join(' '), first: given[0] ?? null, middle: given.slice(1), last, descriptive };
}

/** An organisation's or group's key: words folded, a leading "the" dropped; no titles removed. */
function organisationKey(name: string): string {
  let raw = words(name);
  if (raw.length > 1 && raw[0]!.toLowerCase() === 'the') raw = raw.slice(1);
  // A name of punctuation only keeps itself as key rather than meeting every other such name.
  return raw.map(foldWord).join(' ') || name.trim();
}

/**
 * The folding used to match spellings of one speaker's name:
 *   canonicalKey("Volodymyr Zelenskyy") === canonicalKey("Volodymyr Zelenskiy") === "volodymyr zelensky"
 *   canonicalKey("Mr. Prigozhin") === "prigozhin"
 *   canonicalKey("Oleksandr Syrskyi") === canonicalKey("Oleksandr Syrsky")
 *   canonicalKey("the Institute for the Study of War (ISW)", "organisation") === "institute for the study of war"
 * Titles are removed only for people: "General Staff" is an organisation's name, not a title.
 */
export function canonicalKey(name: string, kind: SpeakerKind = 'person'): string {
  return kind === 'person' ? parsePerson(name).key : organisationKey(name);
}

/** A first name and another are compatible when equal, or when one is the other's initial. */
export function initialOf(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Middle names agree when either is absent or their initials are the same ("George W." ≠ "George H. W."). */
export function middlesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.map((w) => w[0]).join('') === b.map((w) => w[0]).join('');
}

/** Folding for roles: case, diacritics, quotes, spaces. */
export function roleKey(role: string): string {
  return stripDiacritics(role)
    .replace(/[‘’ʼ`´]/gu, "'")
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
