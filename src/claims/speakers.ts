// Who is speaking: turn the words that stand for a speaker into a name, a role and a kind, and
// resolve "he", "Mr. Prigozhin", "Muzyka", "the ISW" or "the head of the group" to the person or
// body the article names.
import { isCountryName, isSeatOfGovernment } from './countries.ts';
import { givenNameBirths, givenNameGender } from './givenNames.ts';
import type { SpeakerKind } from './types.ts';
import {
  BUSINESS_NOUNS,
  CLUB_WORDS,
  COMPANY_WORDS,
  FORMS_OF_ADDRESS,
  GIVEN_NAME,
  GROUP_NOUNS,
  HONORIFICS,
  REACHED_BY,
  INSTITUTION_WORDS,
  ISSUED_NOUN,
  LEADER_NOUNS,
  MEDIUM_NOUNS,
  namesAPerson,
  namesPeople,
  NAME_PARTICLES,
  OCCUPATIONS,
  ORGANISATION_WORDS,
  PUBLIC_BODY_WORDS,
  ROLE_NOUNS,
  SAME_JOB,
  SENTENCE_OPENERS,
  TITLE_WORDS,
} from './lexicon.ts';

export interface Mention {
  /** The words as written (without a leading article for names). */
  text: string;
  /** A document the narrative makes a sentence's subject ("The report did not …"): noticed as a body. */
  document?: boolean;
  kind: SpeakerKind;
  name: string;
  role: string | null;
  /** A pronoun (he, she, they, it) or a bare role ("the defense minister") that needs an antecedent. */
  needsAntecedent: 'pronoun' | 'role' | null;
  pronoun?: string;
  /** Said in the present tense ("she says"), as features write the person they are about. */
  present?: boolean;
  /** An acronym the text defines for the name: "(ISW)". */
  acronym?: string;
  /** The statement a body spoke through, named as the speaker: "a ministry statement said". */
  medium?: string;
  /** Body offset of the mention, for "the nearest person named after this" look-ups. */
  at: number;
}

export interface Entity {
  name: string;
  /** An acronym the article defines or uses for it ("ISW"). */
  acronym?: string;
  kind: SpeakerKind;
  role: string | null;
  words: string[];
  /** Offset of the first mention. */
  at: number;
  /** The gender a title or role states ("Ms.", "spokeswoman"): "he" and "she" pass over the other. */
  gender?: Gender;
  /** The gender is only its given name's usual one ("Nino" is a man's name in Italy, a woman's in
   * Georgia): what the article says ("in her acceptance speech") overrides it. */
  genderGuessed?: boolean;
}

type Gender = 'm' | 'f';

/** Gives `e` the gender `g` tells, unless `e` has one already that is no mere guess. */
export function mergeGender(e: Entity, g: Pick<Entity, 'gender' | 'genderGuessed'>): void {
  if (!g.gender || (e.gender && (!e.genderGuessed || g.genderGuessed))) return;
  e.gender = g.gender;
  e.genderGuessed = g.genderGuessed;
}

/** An entity's gender fields for a mention: what a title or role states ("Ms. Kowal", "the
 * spokeswoman") or, failing that, what its given name nearly always means ("Maria Lopez"), marked
 * as a guess. */
function genderOf(m: Mention): Pick<Entity, 'gender' | 'genderGuessed'> {
  const titled = titledGender(m);
  if (titled) return { gender: titled };
  const guessed = m.kind === 'person' ? givenNameGender(m.name) : undefined;
  return guessed ? { gender: guessed, genderGuessed: true } : {};
}

/** The gender a title or role states: "Ms. Kowal", "Mr Price", "the spokeswoman". */
function titledGender(m: Mention): Gender | undefined {
  const said = m.role ? `${m.text} ${m.role}` : m.text;
  // Most mentions state none: one scan before splitting into words.
  if (!/m(?:rs?|s|iss|adam)\b|dame|lady|queen|princess|duchess|woman|sir|lord|king|prince|duke|congressman\b/i.test(said)) return undefined;
  const words = said.toLowerCase().split(/[\s,]+/);
  if (words.some((w) => /^(mrs|ms|miss|madam|dame|lady)\.?$|woman$|^(queen|princess|duchess)$/.test(w))) return 'f';
  // (Not "chairman" or "spokesman": many house styles give women those titles too.)
  if (words.some((w) => /^(mr|sir|lord)\.?$|^(king|prince|duke|congressman)$/.test(w))) return 'm';
  return undefined;
}

const CAPITALISED = /^[\p{Lu}]/u;
/** Titles held "of" a place: "the Duke of Sussex", "the Archbishop of Canterbury". */
const PEERAGE = /^(?:King|Queen|Prince|Princess|Duke|Duchess|Earl|Countess|Baron|Baroness|Lord|Lady|Archbishop|Bishop|Emir|Sultan|Cardinal|Pope|Dean|Provost)$/;
/** Words that make a different office of the same title: a deputy minister is not the minister. */
const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'former', 'acting', 'interim', 'associate', 'junior', 'senior', 'first', 'second', 'shadow', 'opposition']);
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|i|an)$/u;
/** Words NATIONALITY's pattern takes that name no person: "the Vatican", "the Kremlin" are places. */
const NATIONALITY_NOT_PERSON = /^(?:Vatican|Kremlin|Pentagon|Taliban|Republican|Parliament)$/;
/** Forms of address, no role: "Ms." or "Sir" alone says nothing of what someone does. */
// (And the forms of address of other English-language news: "Alhaji", "Engr.", "Comrade".)
const HONORIFIC = new RegExp(`^(?:mr|mrs|ms|miss|dr|sir|dame|${FORMS_OF_ADDRESS.join('|')})\\.?$`, 'i');
/** Adjectives of nations that news sets against each other, which are nobody's surname; only these
 * stand alone for a side ("Russian claims"): "Sullivan" or "Grossi" fit no pattern that "Russian"
 * fits. */
const NATION_ADJECTIVE = /^(?:Russian|Ukrainian|Israeli|Palestinian|Iranian|Syrian|Iraqi|Lebanese|Chinese|Taiwanese|American|British|French|German|Polish|Turkish|Saudi|Egyptian|Qatari|Sudanese|Belarusian|Georgian|Armenian|Azerbaijani|Serbian|Hungarian|Japanese|Korean|Indian|Pakistani|Afghan|Venezuelan|Cuban|Mexican|Yemeni|Libyan|Ethiopian|Kenyan|Nigerian|European|Western|Soviet)$/;
/** One person of a nation, in the forms NATIONALITY does not take: "the Spaniard added". */
const DEMONYM = /^(?:Spaniard|Scot|Swede|Dane|Finn|Pole|Turk|Greek|Czech|Argentine|Filipin[oa]|(?:French|English|Scots|Welsh|Irish|Dutch)(?:man|woman))$/;
const ARTICLE = /^(the|a|an)$/i;
/** How far into the body a role may still be the lede's, named in the paragraphs below it. */
const LEDE_CHARS = 1500;

/** Whether a body was described as a kind of body: "Freedom to Read Missouri, a coalition of
 * librarians, …" is what "the coalition" means later. */
function describedAs(e: Entity, noun: string): boolean {
  return e.role !== null && new RegExp(`^(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, 'iu').test(e.role);
}

/** Whether a lower-case noun names a kind of body: "ministry", "bank", "agency", "charity". */
function namesABody(lower: string): boolean {
  return ORGANISATION_WORDS.has(lower) || BUSINESS_NOUNS.has(lower) || GENERIC_BODY.has(lower) || /^(utility|charity|nonprofit|chain|body|watchdog)$/.test(lower);
}

/** Nouns that stand for a body named before ("the agency said", "the alliance confirmed"), with
 * what that body's name must hold to be the one meant (an acronym stands for a public body). */
const GENERIC_BODY: ReadonlyMap<string, RegExp> = new Map([
  ['agency', /\b(?:Agency|Administration|Authority|Office|Commission|Service|Bureau|Department|Ministry|Organi[sz]ation|Centers?|Centres?|Institute|Council|[A-Z]{2,6})\b/],
  ['regulator', /\b(?:Authority|Commission|Agency|Administration|Office|Regulator|[A-Z]{2,6})\b/],
  ['watchdog', /\b(?:Authority|Commission|Agency|Office|Watch|Monitor|Institute|Ombudsman|[A-Z]{2,6})\b/],
  ['organisation', /\bOrgani[sz]ation\b/],
  ['organization', /\bOrgani[sz]ation\b/],
  ['alliance', /\b(?:Alliance|NATO|Treaty)\b/],
  ['coalition', /\b(?:Coalition|Alliance)\b/],
  ['union', /\b(?:Union|Federation|Association|Society|Congress)\b/],
  ['broadcaster', /\b(?:News|Broadcasting|TV|Radio|Television|BBC|NOS|ABC|CBC|NHK)\b/],
  ['outlet', /\b(?:News|Times|Post|Journal|Press|TV|Radio|Agency)\b/],
  // ("Hezbollah-affiliated Al-Manar television reported … The channel said …")
  ['channel', /\b(?:TV|[Tt]elevision|Channel|News|Radio|Broadcasting)\b/],
  // ("The National Police denied … the force said": a police force, or an armed one.)
  ['force', /\b(?:Police|Force|Forces|Constabulary|Gendarmerie|Guard)\b/],
  ['operator', /./],
  ['body', /./],
]);
/** The last word of a group's name: "Zipwell Staff Collective", "Desert Aquifer Coalition". */
const GROUP_NAME_END = /^(?:Collective|Coalition|Alliance|Group|Association|Union|Campaign|Network|Society|Committee|Federation|Movement|Forum|Action|Watch|Initiative|Project|Caucus)$/;
/** Words of a name that is no company's, which "the company" never means: "St. Aldric Medical
 * Center", "Halvorsen University Hospital", "Electronic Privacy Forum" ("the group" may be any). */
const NOT_A_BUSINESS: ReadonlySet<string> = new Set(['hospital', 'center', 'centre', 'university', 'institute', 'college', 'school', 'clinic', 'foundation', 'association', 'society', 'forum', 'coalition', 'alliance', 'project', 'trust', 'campaign', 'charity', 'museum', 'church', 'library']);
/** Whether a business noun (`head`: "company", "group") may stand for `e`: no public body, nor a
 * hospital, university or forum unless the noun is "group". */
function companyLike(e: Entity, head: string): boolean {
  return !e.words.some((w) => PUBLIC_BODY_WORDS.has(w) || (head !== 'group' && NOT_A_BUSINESS.has(w)));
}

/** What a group that is no business is for: "advocacy group", "campaign group", "rights group". */
const CAUSE_GROUP = /^(?:advocacy|campaign|campaigning|rights|pressure|lobby|environmental|conservation|activist|protest|community|residents|parents|patient|patients|privacy|consumer|civil|watchdog|opposition|civic|volunteer|support|victims)$/;
/** Malaysian forms of address: "Datuk", "Dato'", "Datin", "Tun", "Encik"; "Tan" and "Puan" only with "Sri". */
const MALAY_HONORIFIC = /^(?:Datuk|Dato['’]?|Datin|Tun|Encik)$/;
const MALAY_HONORIFIC_FIRST = /^(?:Tan|Puan)$/;
/** Members of a parliament or assembly written short: "one MP", "a Labour MEP", "one TD", a Kenyan
 * county assembly's "MCA", a Pakistani "MNA" or "MPA". */
const PERSON_ACRONYMS = /^(?:MP|MPs|MEP|MEPs|MSP|MSPs|MLA|MLAs|MPP|MPPs|TD|TDs|MK|MKs|MCA|MCAs|MNA|MNAs|MPA|MPAs|MLC|MLCs)$/;
/** Legal forms and kinds that end a company's name: "Ledgerline Inc", "Serasi Bank Bhd". */
const COMPANY_SUFFIXES = ['inc', 'ltd', 'limited', 'llc', 'bhd', 'berhad', 'bank', 'group'];
/** The last word of a club's or company's name, which the article may drop: "Blackmoor (Rovers)". */
const SHORTENED_BODY_SUFFIX: ReadonlySet<string> = new Set([...CLUB_WORDS, ...COMPANY_WORDS, ...COMPANY_SUFFIXES]);
/** The last word of a company's name: "Veridane Therapeutics", "Serasi Bank Bhd", "Ledgerline Inc". */
const COMPANY_NAME_END = new RegExp(`^(?:${[...COMPANY_WORDS, ...COMPANY_SUFFIXES].map((w) => w.replace('.', '\\.')).join('|')})\\.?$`, 'i');
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', his: 'he', their: 'they' };

/** Classifies the words of a speaker phrase. `words` are the NP's tokens as written. */
/** What a body speaks through, when the text makes it the speaker: "a ministry statement said"
 * (ISSUED_NOUN), or someone writes: "a post", "a letter". */
const isStatementHead = (w: string) => ISSUED_NOUN.test(w) || /^(?:post|letter)$/i.test(w);

export function describeSpeaker(words: string[], at: number, appositive: string | null = null): Mention {
  // ("00.31 Rendell concedes …": a live entry's clock time before the name is no part of it.)
  while (words.length > 1 && /^\d{1,2}[.:]\d{2}$/.test(words[0]!)) words = words.slice(1);
  // ("Tan Sri Rahimah Abdul Karim", "Datuk Lim Wei Shen", "Encik Hafiz Zulkifli": Malaysian forms of
  // address are no part of the name, wherever they stand before it.)
  const honoured = words.findIndex((w, i) => MALAY_HONORIFIC.test(w) || (MALAY_HONORIFIC_FIRST.test(w) && words[i + 1] === 'Sri'));
  if (honoured >= 0) {
    // ("Datuk Seri …", "Tan Sri …": two words.)
    const rest = words.slice(honoured + (/^(?:Sri|Seri)$/.test(words[honoured + 1] ?? '') ? 2 : 1));
    if (rest.length >= 1 && rest.every((w) => /^\p{Lu}/u.test(w) || w === 'bin' || w === 'binti')) words = [...words.slice(0, honoured), ...rest];
  }
  // ("Residents reached by telephone", "All 21 economists polled by Reuters": the people reached,
  // classified by what they are; how they were reached stays in the name.)
  const reachedAt = words.findIndex((w, i) => i >= 1 && REACHED_BY.test(w) && /^(by|via|over)$/i.test(words[i + 1] ?? ''));
  if (reachedAt >= 1) {
    const who = describeSpeaker(words.slice(0, reachedAt), at, appositive);
    if (!who.needsAntecedent) return { ...who, text: words.join(' '), name: joinWords(words) };
  }
  // "a criminal group calling itself VaultLock": the name it goes by, described by what it is.
  const selfNamed = words.findIndex((w, i) => i >= 1 && /^(calling|calls|called)$/i.test(w) && /^(itself|themselves)$/i.test(words[i + 1] ?? ''));
  if (selfNamed >= 1 && selfNamed + 2 < words.length) {
    const name = words.slice(selfNamed + 2).filter((w, i) => i > 0 || !ARTICLE.test(w));
    const role = words.slice(0, selfNamed).filter((w, i) => i > 0 || !/^(a|an|the)$/i.test(w)).join(' ');
    if (name.length > 0 && name.every((w) => CAPITALISED.test(w) || NAME_PARTICLES.has(w) || /^(of|for|and|the)$/.test(w))) {
      return { text: words.join(' '), kind: namesAPerson(role.split(' ').at(-1)!.toLowerCase()) ? 'person' : 'organisation', name: joinWords(name), role, needsAntecedent: null, at };
    }
  }
  // ("A mother-of-three" comes as "mother", "-", "of", "-", "three": a mother of three.)
  for (let k = words.indexOf('of'); k > 1 && words[k - 1] === '-' && words[k + 1] === '-'; k = words.indexOf('of')) words = [...words.slice(0, k - 1), 'of', ...words.slice(k + 2)];
  // "Kofi Mensah-Ward" comes as "Mensah", "-", "Ward": one surname, not two names.
  if (words.includes('-')) words = joinHyphens(words);
  // "OPEC+" comes as "OPEC", "+": one name.
  if (words.includes('+')) words = words.reduce<string[]>((out, w) => (w === '+' && out.length > 0 ? [...out.slice(0, -1), `${out.at(-1)!}+`] : [...out, w]), []);
  // "al-Washali said": a surname with its article, which the name named before carries too.
  if (words.length === 3 && words[1] === '-' && NAME_PARTICLES.has(words[0]!) && CAPITALISED.test(words[2]!)) words = [words[2]!];
  // "a ministry statement said", "a statement from the ministry said": the ministry speaks, in a
  // statement. ("the statement said" alone: see the resolver.)
  // (Lower case: "the New York Post" is an outlet's name.)
  const headAt = words.findIndex((w) => isStatementHead(w) && w === w.toLowerCase());
  if (headAt >= 0 && words.length === 2 && /^the$/i.test(words[0]!)) return { text: words.join(' '), kind: 'organisation', name: words[1]!, role: null, needsAntecedent: null, at, medium: `the ${words[1]!}` };
  if (headAt >= 0 && words.length > 1) {
    const owner = headAt === words.length - 1 ? words.slice(0, headAt) : /^(from|by|of)$/i.test(words[headAt + 1]!) ? words.slice(headAt + 2) : [];
    const rest = owner.filter((w) => !/^(a|an|the)$/i.test(w));
    if (rest.length > 0 && rest.every((w) => !isStatementHead(w))) {
      const inner = describeSpeaker(rest, at, appositive);
      if (!inner.needsAntecedent || inner.needsAntecedent === 'role') return { ...inner, text: words.join(' '), medium: /^(a|an|the)$/i.test(words[0]!) && headAt > 0 ? `${words[0]!.toLowerCase()} ${words[headAt]!}` : `a ${words[headAt]!}` };
    }
  }
  // ("One woman, who gave her name only as Mere,", "a resident who asked to be identified only as
  // Tomás": the name given is the name; who they are, the role.)
  const given = appositive ? GIVEN_NAME.exec(appositive) : null;
  if (given && words.length <= 4 && /^(?:a|an|one|another)$/i.test(words[0]!)) {
    const role = joinWords(words.slice(/^(?:a|an)$/i.test(words[0]!) ? 1 : 0));
    return { text: words.join(' '), kind: 'person', name: given[1]!, role, needsAntecedent: null, at };
  }
  // A role keeps its noun phrase, not the relative clause after it ("… group that has led …").
  if (appositive) appositive = appositive.replace(/\s+(?:that|who|which|whose)\s.*$/s, '').trim() || null;
  // "Ana Ruiz, 41," gives an age, not a role.
  if (appositive && /^\d{1,3}$/.test(appositive)) appositive = null;
  const spaced = words.join(' ');
  const text = NEEDS_TIDYING.test(spaced) ? joinTokenParts(spaced).replace(/ ([.,)])/g, '$1').replace(/\( /g, '(') : spaced;
  // "said the charity's chief executive, Tom Ashworth": a role, then the name set off by a comma.
  const appositiveName = appositive?.split(' ');
  if (appositiveName && isFullName(appositiveName) && !CAPITALISED.test(words.at(-1)!) && namesAPerson(words.at(-1)!.toLowerCase())) return describeSpeaker(appositiveName, at, text);
  // ("according to him": the object form stands for the same person.)
  const lowerWords = words.map((w) => w.toLowerCase().replace(/’/g, "'")).map((w, _, all) => (all.length === 1 ? (OBJECT_PRONOUNS[w] ?? w) : w));
  const single = lowerWords.length === 1 ? lowerWords[0]! : null;
  // ("Several described the retreat as …", "Some have alleged …": some of the group just named.)
  // ("One of them", "Two of those people": the same, however many.)
  // ("Two Labour members said … One, who asked not to be named, said": "One" and "Another" alone too.)
  const ofThem = (lowerWords.length >= 3 && lowerWords[1] === 'of' && /^(them|those|these|us)$/.test(lowerWords[2]!)) || (single !== null && /^(one|another)$/.test(single));
  if ((single && /^(several|some|many|others|most)$/.test(single)) || ofThem) {
    return { text, kind: 'group', name: text, role: null, needsAntecedent: 'pronoun', pronoun: 'some', at };
  }
  // ("One of the engineers told", "one of their ministers called": one person of a group.)
  if (lowerWords.length >= 4 && lowerWords[0] === 'one' && lowerWords[1] === 'of' && /^(the|their|its|our|those|these|his|her)$/.test(lowerWords[2]!) && /s$/.test(lowerWords.at(-1)!) && namesAPerson(lowerWords.at(-1)!.replace(/(?<=[^aeiou])ies$/, 'y').replace(/s$/, ''))) {
    return { text, kind: 'person', name: text, role: appositive, needsAntecedent: null, at };
  }
  // ("The same person said", "the same official added": one spoken of before, by what they are.)
  if (lowerWords.length >= 3 && lowerWords[0] === 'the' && lowerWords[1] === 'same' && namesAPerson(lowerWords.at(-1)!.replace(/s$/, ''))) {
    return { text, kind: 'person', name: text, role: null, needsAntecedent: 'pronoun', pronoun: 'same', at };
  }
  if (single && ['he', 'she', 'they', 'it', 'we', 'i', 'you'].includes(single)) {
    return { text, kind: single === 'it' ? 'organisation' : single === 'they' || single === 'we' ? 'group' : 'person', name: text, role: null, needsAntecedent: 'pronoun', pronoun: single, at };
  }
  // "the Italian", "the 34-year-old": an epithet for the person last named, as sports and
  // features write it. Resolved like a pronoun.
  // ("the Chinese", "the British", "the French" are a people, not a person.)
  const nationality =
    lowerWords.length === 2 && lowerWords[0] === 'the' && ((NATIONALITY.test(words[1]!) && !/(?:ese|ish|ch)$/.test(lowerWords[1]!) && !NATIONALITY_NOT_PERSON.test(words[1]!)) || DEMONYM.test(words[1]!));
  // ("the 51-year-old farmer", "the 24-year-old striker": an age and an occupation.)
  // ("the Ohio Democrat", "the Texas Republican", "the veteran Tory": a party member last named.)
  const partisan = lowerWords[0] === 'the' && lowerWords.length <= 3 && /^(democrat|republican|tory|conservative|independent|socialist|liberal)$/.test(lowerWords.at(-1)!) && words.slice(1, -1).every((w) => CAPITALISED.test(w) || /^(veteran|former|senior)$/.test(w)) && CAPITALISED.test(words.at(-1)!);
  // ("the 44-year-old teaching assistant from Skelby": with a word before the occupation, and where
  // the person is from; "the 61-year-old leader of the ruling Jan Shakti Morcha": or whom they lead.)
  const aged = /^the \d{1,3} ?- ?year ?- ?old(?: (?:[a-z]+ )?([a-z]+)(?: (?:from|in) (?:the )?\S+| (?:of|at) .+)?)?$/.exec(lowerWords.join(' '));
  // ("the world No 3", "the No. 2 seed": a ranking, as sports pages write it.)
  const ranked = /^the (?:world )?no\.? ?\d{1,4}(?: seed)?$/.test(lowerWords.join(' '));
  if (nationality || partisan || ranked || (aged && (aged[1] === undefined || namesAPerson(aged[1])))) {
    return { text, kind: 'person', name: text, role: null, needsAntecedent: 'pronoun', pronoun: 'epithet', at };
  }
  // "Fox (A Ukrainian soldier from the 47th Brigade)": one word described as a person is a person,
  // whatever else the word may name.
  if (words.length === 1 && CAPITALISED.test(words[0]!) && appositive) {
    const head = appositive.split(/\s(?:from|of|in|at|with|who|serving|fighting)\s/)[0]!.trim().split(/\s+/).at(-1)!.toLowerCase();
    if (namesAPerson(head) || GROUP_NOUNS.has(`${head}s`)) return { text, kind: 'person', name: words[0]!, role: appositive, needsAntecedent: null, at };
  }
  // ("CEO says company moved too slowly": an office written short, held by someone the article names.)
  if (words.length === 1 && /^C[A-Z]O$/.test(words[0]!)) {
    return { text, kind: 'person', name: words[0]!, role: appositive ?? words[0]!, needsAntecedent: 'role', at };
  }
  // "NHS England", "BBC Scotland", "CNN International": an acronym heads a body's name, not a person's.
  if (words.length >= 2 && words.length <= 3 && /^[A-Z]{3,}$/.test(words[0]!) && words.every((w) => CAPITALISED.test(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !/^C[A-Z]O$/.test(w))) {
    return { text, kind: 'organisation', name: joinWords(words), role: appositive, needsAntecedent: null, at };
  }
  // "rejecting Russian claims that …": a nation's adjective alone speaks for its side, not a person.
  if (words.length === 1 && NATION_ADJECTIVE.test(words[0]!)) {
    return { text, kind: 'group', name: text, role: null, needsAntecedent: null, at };
  }
  // "A senior official", "an engineer at the port", "one user": someone the article does not name. They are
  // not any named official, so nothing is resolved; the description is both name and role.
  if (/^(a|an|one|another)$/i.test(words[0]!) && words.length > 1) {
    const stop = lowerWords.findIndex((w, i) => i > 0 && /^(at|in|for|of|with|from|on)$/.test(w));
    // ("a soldier serving in the area": the noun before the participle is the head.)
    let headAt = (stop < 0 ? lowerWords.length : stop) - 1;
    if (headAt > 1 && lowerWords[headAt]!.endsWith('ing')) headAt--;
    const head = lowerWords[headAt]!;
    const headWord = words[headAt]!;
    if (stop !== 1 && !CAPITALISED.test(headWord) && (namesAPerson(head) || /^(one|another)$/.test(lowerWords[0]!))) {
      const description = joinWords(/^(a|an)$/i.test(words[0]!) ? words.slice(1) : words);
      return { text, kind: 'person', name: description, role: appositive ?? description, needsAntecedent: null, at };
    }
  }
  // "two US officials familiar with the discussions", "several diplomats", "people familiar with
  // the matter": unnamed sources, counted or described. Never resolved to anyone named.
  const familiar = lowerWords.findIndex((w, i) => (w === 'familiar' && lowerWords[i + 1] === 'with') || (w === 'close' && lowerWords[i + 1] === 'to'));
  // ("two players who asked not to be named": any plural of a noun for a person.)
  if (words.length > 1 && (familiar > 0 || (/^(two|three|four|five|six|several|some|many|\d+)$/.test(lowerWords[0]!) && lowerWords.slice(1).some(namesPeople)))) {
    if (/^(a|an|one)$/.test(lowerWords[0]!)) {
      const description = joinWords(/^(a|an)$/.test(lowerWords[0]!) ? words.slice(1) : words);
      return { text, kind: 'person', name: description, role: appositive, needsAntecedent: null, at };
    }
    return { text, kind: 'group', name: joinWords(words), role: appositive, needsAntecedent: null, at };
  }
  // Drop a leading article: "the General Staff" is named "General Staff".
  // ("Oslo", "-", "based" as the tokens come: one word.)
  let body = words.reduce<string[]>((out, w, k) => (w === 'based' && words[k - 1] === '-' && out.length >= 2 ? [...out.slice(0, -2), `${out.at(-2)!}-based`] : [...out, w]), []);
  // ("Boston-based Veridian Therapeutics": where a body is based is no part of its name.)
  while (body.length > 1 && (ARTICLE.test(body[0]!) || (body.length > 2 && /^\p{Lu}[\p{L}.-]*-based$/u.test(body[0]!)))) body = body.slice(1);
  // "Its General Staff", "their Foreign Ministry": a body's name after a possessive is the name.
  if (body.length > 1 && /^(its|their)$/i.test(body[0]!) && CAPITALISED.test(body[1]!)) body = body.slice(1);
  const lower = body.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const head = lower.at(-1) ?? '';
  const hasPossessive = lower.includes("'s");
  // One word ("ministry") or two ("white house").
  const orgWordAt = lower.findIndex((w, i) => ORGANISATION_WORDS.has(w) || (i + 1 < lower.length && ORGANISATION_WORDS.has(`${w} ${lower[i + 1]}`)));
  // ("the Oslo-based carrier": where a body is based is no capitalised name.)
  const capitalised = body.filter((w) => CAPITALISED.test(w) && !/-based$/.test(w)).length;
  const joined = joinWords(body);

  // "Analysts at Jefferies", "Officials in Moscow", "scientists at the university": people described
  // by where they work or are.
  // ("Business owners on the street": the plural noun may have words before it.)
  // ("Residents of Kampung Baru", "Members of the union": "of" too, after a noun that only names a
  // group; not "Friends of the Earth", a body's name.)
  const placeAt = lower.findIndex((w, i) => i >= 1 && i <= 3 && (/^(at|in|from|with|on)$/.test(w) || (w === 'of' && GROUP_NOUNS.has(lower[i - 1]!))));
  // ("People involved in the talks", "Two engineers involved in the recovery": over a participle.)
  const crowdAt = placeAt >= 2 && /(?:[^e]ed|ing)$/.test(lower[placeAt - 1]!) ? placeAt - 2 : placeAt - 1;
  const crowd = placeAt >= 1 ? lower[crowdAt]! : '';
  if (body.length > 2 && placeAt >= 1 && namesPeople(crowd) && body.slice(0, placeAt).every((w) => !CAPITALISED.test(w) || w === body[0])) {
    return { text, kind: 'group', name: joined, role: appositive, needsAntecedent: null, at };
  }
  // "President of Ukraine Volodymyr Zelensky", "Secretary of State John F. Kerry": a title of a
  // place or office, then the name (its last two words and any initials, as such titles are written).
  const titleOf = lower.indexOf('of');
  if (titleOf >= 1 && TITLE_WORDS.has(lower[titleOf - 1]!) && CAPITALISED.test(body[titleOf - 1]!) && body.length - titleOf >= 4) {
    let first = body.length - 2;
    while (first - 1 > titleOf + 1 && /^\p{Lu}\.$/u.test(body[first]!)) first--;
    if (isFullName(body.slice(first))) {
      const role = [joinWords(body.slice(0, first)), appositive].filter((r): r is string => !!r).join(', ');
      return { text, kind: 'person', name: joinWords(body.slice(first)), role, needsAntecedent: null, at };
    }
  }
  // "Prof Daniel Kim of the Australian Institute …", "Sen. Ana Ruiz of Texas", "Lena Ortiz for
  // Morning Post", "Tom Edwards at Goldman Sachs": a person and where they are from; the
  // affiliation joins the role.
  // ("Labour analyst Dr Kgosi Molefe of the University of Johannesburg": a role before the name too.)
  const ofAt = lower.findIndex((w) => w === 'of' || w === 'for' || w === 'at');
  // (Not after "the": "The British Chambers of Industry" is a body, though "Chambers" is a surname.)
  const afterArticle = body.length < words.length && /^the$/i.test(words[0]!) && !TITLE_WORDS.has(lower[0]!);
  if (ofAt >= 2 && ofAt < lower.length - 1 && !afterArticle) {
    let t = 0;
    while (t < ofAt && (TITLE_WORDS.has(lower[t]!) || /^\p{Ll}/u.test(body[t]!))) t++;
    const roleFirst = () => {
      const before = describeSpeaker(body.slice(0, ofAt), at, null);
      // (A role naming a person's work: not "Ukraine's" in "Ukraine's Coordination Headquarters for …".)
      return before.kind === 'person' && !before.needsAntecedent && before.role !== null && namesAPerson(before.role.split(/[\s,]+/).at(-1)!.toLowerCase()) && isFullName(before.name.split(' '));
    };
    if (isFullName(body.slice(t, ofAt)) || (ofAt >= 4 && roleFirst())) {
      // (The appositive may describe the affiliation: "Zarina Abdullaeva of Clean Mountains, a campaign group".)
      const person = describeSpeaker(body.slice(0, ofAt), at, null);
      if (person.kind === 'person') {
        const role = [person.role, joinWords(body.slice(ofAt)), appositive].filter((r): r is string => !!r).join(', ');
        return { ...person, text, role };
      }
    }
  }

  // "The lawyer for the family of Darnell Price", "the mother of Darnell Price", "an aide to
  // Senator Ana Ruiz", "the spokesman for President Joe Biden": someone described by whom they
  // stand for; the name is not theirs. (Not "the founder of Wagner Yevgeny Prigozhin", where a
  // name follows a body's.)
  const relation = lower.findIndex((w, i) => i >= 1 && /^(of|for|to)$/.test(w) && /^\p{Ll}/u.test(body[i - 1]!) && namesAPerson(lower[i - 1]!) && !body.slice(1, i).some((x) => CAPITALISED.test(x)));
  if (relation >= 1) {
    // ("the leader of the ruling Jan Shakti Morcha (JSM)": a body's name, however long, when its
    // acronym follows in brackets: no one's own name is written so.)
    const acronym = body.length >= 3 && body.at(-1) === ')' && /^[A-Z]{2,6}$/.test(body.at(-2)!) && body.at(-3) === '(';
    const named = (acronym ? body.slice(relation + 1, -3) : body.slice(relation + 1)).filter((w) => CAPITALISED.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !HONORIFIC.test(w));
    if (named.length >= 1 && (named.length <= 2 || (acronym && named.length <= 6))) {
      // (An appositive after the name, "…, the man shot by an officer,", describes the name, not them.)
      return { text, kind: 'person', name: joined, role: joined, needsAntecedent: ROLE_NOUNS.has(lower[relation - 1]!) ? 'role' : null, at };
    }
  }
  const lastLower = body.findLastIndex((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  // "the militant group Hamas", "Russian news agency TASS", "the think tank Chatham House": a
  // body named after what kind of body it is.
  const tail = body.slice(lastLower + 1);
  if (lastLower >= 1 && tail.length >= 1 && tail.length <= 4 && tail.every((w) => CAPITALISED.test(w)) && !TITLE_WORDS.has(tail[0]!.toLowerCase()) && (namesABody(lower[lastLower]!) || (lower[lastLower] === 'tank' && lower[lastLower - 1] === 'think'))) {
    const role = [joinWords(body.slice(0, lastLower + 1)), appositive].filter((r): r is string => !!r).join(', ');
    return { text, kind: 'organisation', name: joinWords(tail), role, needsAntecedent: null, at };
  }
  // "Castleford captain Joe Reyes", "Danske Bank analyst Peter Olsen": a description ending in a
  // lower-case noun, then a name of two to four words.
  // ("Ward councillor Riana Botha (DA)": the party in brackets joins the role.)
  const described = body.slice(lastLower + 1);
  const bracketAt = described.findIndex((w) => w.startsWith('('));
  const nameOnly = bracketAt > 0 ? described.slice(0, bracketAt) : described;
  if (lastLower >= 1 && !FUNCTION_WORDS.has(lower[lastLower]!) && isFullName(nameOnly)) {
    const role = [joinWords(body.slice(0, lastLower + 1)), bracketAt > 0 ? joinWords(described.slice(bracketAt)) : null, appositive].filter((r): r is string => !!r).join(', ');
    return { text, kind: 'person', name: joinWords(nameOnly), role, needsAntecedent: null, at };
  }

  // "Oversight Chairman Jason Chaffetz", "Senate Majority Leader Mitch McConnell (R-Ky.)": a
  // capitalised title, wherever it stands, ends the role when a full name follows it.
  const tagAt = body.findIndex((w) => w.startsWith('('));
  const named = tagAt > 0 ? body.slice(0, tagAt) : body;
  const lastTitle = named.findLastIndex((w, i) => TITLE_WORDS.has(lower[i]!) && CAPITALISED.test(w));
  if (lastTitle >= 1 && isFullName(named.slice(lastTitle + 1))) {
    // ("Labour leader Sir Keir Starmer": the honorific is neither role nor name.)
    const role = [joinWords(body.slice(0, lastTitle + 1).filter((w) => !HONORIFIC.test(w))), tagAt > 0 ? joinWords(body.slice(tagAt)) : null, appositive].filter((r): r is string => !!r).join(', ');
    return { text, kind: 'person', name: joinWords(named.slice(lastTitle + 1)), role, needsAntecedent: null, at };
  }

  // "Al Jazeera's Hani Mahmoud", "CNN's Kylie Atwood": a person named after whom they work for.
  const possessiveAt = lower.lastIndexOf("'s");
  if (possessiveAt >= 1 && isFullName(body.slice(possessiveAt + 1)) && body.slice(0, possessiveAt).every((w) => CAPITALISED.test(w) || NAME_PARTICLES.has(w))) {
    const role = [joinWords(body.slice(0, possessiveAt)), appositive].filter((r): r is string => !!r).join(', ');
    return { text, kind: 'person', name: joinWords(body.slice(possessiveAt + 1)), role, needsAntecedent: null, at };
  }

  // "The Prime Minister said", "the Chief Minister also said": an office written with capitals
  // after "the", and no name: a role, not a person named "Minister" in the role "Prime".
  // ("Premier says province will not leave anyone behind": a headline's office alone, when the
  // word is nobody's surname in ordinary use.)
  const officeAlone = body.length === 1 && words.length === 1 && /^(?:premier|president|governor|mayor|minister|senator|taoiseach|sheriff|commissioner|ambassador)$/.test(head);
  if ((ARTICLE.test(words[0]!) || officeAlone) && body.length <= 4 && ROLE_NOUNS.has(head) && body.every((w, i) => CAPITALISED.test(w) && (TITLE_WORDS.has(lower[i]!) || ROLE_NOUNS.has(lower[i]!)))) {
    return { text, kind: 'person', name: joined, role: appositive ?? joined, needsAntecedent: 'role', at };
  }
  // ("Payroll provider Kestrel confirms …", "chipmaker Halvern said", "US carrier Nordvast": a
  // body's kind in lower case, then its name, which is the body's.)
  {
    const kindAt = lower.findIndex((w, i) => i < body.length - 1 && /^\p{Ll}/u.test(body[i]!) && (BUSINESS_NOUNS.has(w) || BODY_SUFFIXED.test(w) || /maker$/.test(w)));
    const nameAfter = kindAt >= 0 ? body.slice(kindAt + 1) : [];
    if (kindAt >= 0 && nameAfter.length >= 1 && nameAfter.length <= 3 && nameAfter.every((w) => CAPITALISED.test(w) && !TITLE_WORDS.has(w.toLowerCase())) && body.slice(0, kindAt).every((w) => CAPITALISED.test(w) || /^\p{Ll}+$/u.test(w)) && !hasPossessive && givenNameBirths(nameAfter[0]!) < 1000) {
      return { text, kind: 'organisation', name: joinWords(nameAfter), role: appositive ?? joinWords(body.slice(0, kindAt + 1)), needsAntecedent: null, at };
    }
  }
  // "Ukraine's defense minister", "the head of the Wagner group": a role pointing at one person.
  const roleHeadAt = firstRoleNoun(lower);
  // A name after the role noun: "port director Ivo Brandt", "Ukraine's defense minister Oleksii
  // Reznikov" are that person, with the words before the name as the role.
  const after = roleHeadAt >= 0 ? body.slice(roleHeadAt + 1) : [];
  const nameFollows = after.length > 0 && lower[roleHeadAt + 1] !== 'of' && after.some((w) => CAPITALISED.test(w));
  if (nameFollows && !CAPITALISED.test(body[roleHeadAt]!) && after.length <= 4 && after.every((w) => CAPITALISED.test(w))) {
    return { text, kind: 'person', name: joinWords(after), role: appositive ?? joinWords(body.slice(0, roleHeadAt + 1)), needsAntecedent: null, at };
  }
  // ("the mayor's office", "the president's administration": a body belonging to the role.)
  const rolesBody = lower[roleHeadAt + 1] === "'s" && ORGANISATION_WORDS.has(head);
  if (roleHeadAt >= 0 && !nameFollows && !rolesBody && !CAPITALISED.test(body[roleHeadAt]!) && (roleHeadAt === 0 || ARTICLE.test(words[0]!) || hasPossessive || lower.includes('of') === false || lower[roleHeadAt + 1] === 'of')) {
    if (ORGANISATION_WORDS.has(head) && roleHeadAt === lower.length - 1 ? false : true) {
      if (!GROUP_NOUNS.has(head)) {
        return { text, kind: 'person', name: joined, role: appositive ?? joined, needsAntecedent: 'role', at };
      }
    }
  }
  // ("Employees said …", "Parents said …": the plural of a noun for a person, alone; not of one
  // known only by its ending, which surnames share: "Sanders", "Waters".)
  if (body.length === 1 && /^[a-z]+s$/.test(head) && !/ss$/.test(head) && namesAPerson(head.slice(0, -1)) && !/(?:er|or|man|ant)$/.test(head.slice(0, -1))) {
    return { text, kind: 'group', name: joined, role: appositive, needsAntecedent: null, at };
  }
  // ("Textile exporters warned …", "Rice millers said …": a lower-case plural of a noun for who
  // does something, after a word that says of what, is a group; written in lower case it is no
  // surname.)
  if (body.length >= 2 && body.length <= 3 && /^[a-z]+(?:er|or|ist|ian)s$/.test(body.at(-1)!) && orgWordAt < 0 && !hasPossessive && !body.slice(0, -1).some((w) => /^(of|for|the|and)$/.test(w))) {
    return { text, kind: 'group', name: joined, role: appositive, needsAntecedent: null, at };
  }
  // "Officials said …": a collective, capitalised or not, unless it is part of a body's name.
  if (GROUP_NOUNS.has(head) && (orgWordAt < 0 || orgWordAt === lower.length - 1) && !(body.length > 1 && CAPITALISED.test(body.at(-1)!) && capitalised === body.length)) {
    return { text, kind: 'group', name: joined, role: appositive, needsAntecedent: null, at };
  }
  // ("Danny's wife said", "the victim's mother said": someone's relative or friend is a person.)
  if (hasPossessive && orgWordAt < 0 && namesAPerson(head) && !BODY_SUFFIXED.test(head) && !BUSINESS_NOUNS.has(head) && !GENERIC_BODY.has(head) && !/^(government|ministry|office)$/.test(head)) {
    return { text, kind: 'person', name: joined, role: appositive, needsAntecedent: null, at };
  }
  if (orgWordAt >= 0 || hasPossessive || (capitalised === 0 && !ROLE_NOUNS.has(head))) {
    // ("The announcer said", "the engineer said": one person, unnamed.)
    if (orgWordAt < 0 && !hasPossessive && capitalised === 0 && !GROUP_NOUNS.has(head) && PERSON_SUFFIXED.test(head) && !BODY_SUFFIXED.test(head) && !BUSINESS_NOUNS.has(head) && !GENERIC_BODY.has(head) && !/maker$/.test(head)) {
      return { text, kind: 'person', name: joined, role: appositive ?? joined, needsAntecedent: null, at };
    }
    const kind: SpeakerKind = GROUP_NOUNS.has(head) && orgWordAt < 0 ? 'group' : 'organisation';
    // "The Centre for Coastal Studies (CCS)": the acronym is an alias, not part of the name.
    const acronym = /^(.*\S)\s*\(([A-Z]{2,6})\)$/.exec(joined);
    if (acronym) return { text, kind, name: acronym[1]!, role: appositive, needsAntecedent: null, at, acronym: acronym[2]! };
    return { text, kind, name: joined, role: appositive, needsAntecedent: null, at };
  }
  // A person: titles, nationalities and lower-case descriptions before the name make the role.
  let split = 0;
  // (The words of the name, before any bracket: "Cllr Anjali Dev (Lab, Castle Ward)".)
  const bracket = body.findIndex((w) => w.startsWith('('));
  const nameEnd = bracket < 0 ? body.length : bracket;
  while (split < body.length - 1) {
    const w = body[split]!;
    const lw = lower[split]!;
    const rest = nameEnd - split - 1;
    // (Not "Member of House panel": an occupation with "of" after it heads a phrase, not a name.)
    const occupation = OCCUPATIONS.has(lw) && lower[split + 1] !== 'of';
    if (!CAPITALISED.test(w) || TITLE_WORDS.has(lw) || ((NATIONALITY.test(w) || occupation) && rest >= 2) || /^\(/.test(w)) split++;
    else break;
  }
  // ("Labour MP Jane Smith", "Kishushe Ward MCA Daniel Mwakulomba", "White House Press Secretary
  // Karine Jean-Pierre": a party, a place or a body before the title, then the full name.)
  if (split === 0) {
    for (let k = Math.min(nameEnd - 3, 3); k >= 1; k--) {
      if (!(PERSON_ACRONYMS.test(body[k]!) || (TITLE_WORDS.has(lower[k]!) && CAPITALISED.test(body[k]!))) || !body.slice(0, k).every((w) => CAPITALISED.test(w))) continue;
      const rest = body.slice(k + 1, nameEnd);
      if (rest.length >= 2 && rest.length <= 3 && rest.every((w) => CAPITALISED.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !PERSON_ACRONYMS.test(w))) split = k + 1;
      break;
    }
  }
  // ("The Mayor of London", "the Bishop of Durham", "the Minister for Finance", "the Ambassador to
  // Germany": an office of a place or a portfolio, not a person named "London" in the role "Mayor of".)
  if (split >= 2 && /^(of|the|to|for)$/.test(lower[split - 1]!) && TITLE_WORDS.has(lower[0]!) && CAPITALISED.test(body[0]!) && !isFullName(body.slice(split)) && bracket < 0) {
    return { text, kind: 'person', name: joined, role: appositive ?? joined, needsAntecedent: 'role', at };
  }
  let nameWords = body.slice(split);
  // "Rep. Gwen Moore (D-Wis.)": the party tag is part of the role, not the name.
  const paren = nameWords.findIndex((w) => w.startsWith('('));
  let tag: string | null = null;
  if (paren > 0) {
    tag = joinWords(nameWords.slice(paren));
    nameWords = nameWords.slice(0, paren);
  }
  // "Ms." or "Mr." alone is no role; "Deputy Foreign Minister" is.
  // ("Rival Hillary Clinton": a word that relates the person to someone else is no role either.)
  // (Nor a title's full stop the tagger kept apart: "Engr" ".".)
  const titles = joinWords(body.slice(0, split).filter((w, k, all) => !HONORIFIC.test(w) && !/^(rival|fellow|colleague|ally|opponent)$/i.test(w) && !(w === '.' && k > 0 && HONORIFIC.test(all[k - 1]!))));
  const roleParts = [titles, tag, appositive].filter((p): p is string => !!p && p.length > 0);
  // ("OPEC+": an acronym with a plus written onto it.)
  // (Not "CEO", "CFO": an office written short.)
  // (Not "MP", "TD", "MEP": a member of a parliament, written short, is a person.)
  const isAcronym = nameWords.length === 1 && /^[A-Z]{2,6}\+?$/.test(nameWords[0]!) && !/^C[A-Z]O$/.test(nameWords[0]!) && !PERSON_ACRONYMS.test(nameWords[0]!);
  // ("Kazakhstan said it would …", "South Korea said …": a state speaks, not a person.)
  // ("Moscow said", "Whitehall said": a capital or seat standing for its government.)
  const isCountry = split === 0 && (isCountryName(joinWords(nameWords)) || isSeatOfGovernment(joinWords(nameWords)));
  // ("Coastal Valley Power, the utility that serves the area, said …": a body, by what it is.)
  // (Only an appositive that is a description opening with an article and no person noun in it:
  // "Tom Clarke, a nursing home owner," and "a senior adviser to the campaign" are people.)
  // ("the Seattle hardware startup best known for its earbuds": what it is, before what it is known for.)
  const describing = appositive !== null && /^(?:the|a|an)\s/i.test(appositive) ? appositive.replace(/^(?:the|a|an)\s+/i, '').split(/\s+(?:that|which|who|whose|of|for|in|at|with|to|from|on|by|based|serving|run|owned|founded|best|known|perhaps|most|now|once|whose)\b/)[0]!.trim().split(/\s+/) : [];
  const appositiveHead = (describing.at(-1) ?? '').toLowerCase();
  const describedAsBody = split === 0 && describing.length > 0 && !describing.some((w) => namesAPerson(w.toLowerCase()) && !BODY_SUFFIXED.test(w.toLowerCase())) && namesABody(appositiveHead);
  // ("Friends of the Earth", "Doctors for Reform", "Freedom to Read Missouri": a name with "of
  // the", "for" or "to" inside it is a body's; people's names carry no such words.)
  const bodyName = split === 0 && nameWords.length >= 3 && nameWords.some((w, i) => i > 0 && /^(of|for|the|to)$/.test(w)) && !nameWords.some((w) => CAPITALISED.test(w) && TITLE_WORDS.has(w.toLowerCase())) && !PEERAGE.test(nameWords[0]!) && !namesAPerson(nameWords[0]!.toLowerCase());
  // ("The British Chambers of Industry": after "the", a name with "of" in it is a body's, whole.)
  if (afterArticle && body.length >= 3 && !PEERAGE.test(body[0]!) && body.every((w, i) => CAPITALISED.test(w) || (i > 0 && /^(of|for|and|the)$/.test(w))) && lower.includes('of')) {
    return { text, kind: 'organisation', name: joined, role: appositive, needsAntecedent: null, at };
  }
  // ("Glen and Marjorie Tkachuk said": two people, a couple or siblings, speaking together.)
  const couple = split === 0 && nameWords.length >= 4 && nameWords[1] === 'and' && nameWords.every((w, i) => i === 1 || CAPITALISED.test(w));
  return {
    text,
    kind: isAcronym || isCountry || describedAsBody || bodyName ? 'organisation' : couple ? 'group' : 'person',
    name: joinWords(nameWords),
    role: roleParts.length ? roleParts.join(', ') : null,
    needsAntecedent: null,
    at,
  };
}

/** A body named after the person it belongs to: "Donald Trump’s campaign". */
const PERSON_OWNED = /^\p{Lu}\p{Ll}+ (?:\p{Lu}\.? )?\p{Lu}[\p{L}-]+['’]s /u;

/** Nouns for one person by what they do, with no plural ending: "announcer", "engineer", "spokeswoman". */
const PERSON_SUFFIXED = /^[a-z-]+(?:er|or|ist|ian|man|woman|person)$/;

/** The same endings on bodies and things, not people: "the regulator", "the broadcaster", "the supplier",
 * "the river". (Words that are as often people, "owner", "investor", "speaker", are left out.) */
const BODY_SUFFIXED = /^(?:regulator|operator|broadcaster|monitor|carrier|producer|supplier|provider|distributor|exporter|importer|publisher|developer|builder|contractor|processor|refiner|wholesaler|acquirer|competitor|employer|issuer|underwriter|server|computer|transmitter|reactor|sector|indicator|factor|motor|tractor|river|order|border|paper|letter|poster|register|counter|charter|filter|corridor|tower|shelter|center|centre|theater|theatre|quarter|water|power|cluster|container|trailer|newsletter|scanner|router|printer|monster|meteor|error|mirror|terror|horror|chapter|cancer|banner|winter|summer|weather|matter|number|cover|corner|dinner|manner)$/;

/** Lower-case words that join a name rather than describe it ("Bank of New England"). */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'at', 'in', 'to', 'from', 'with', 'by', "'s", '&']);

/** Two to four capitalised words that can make a person's name, ignoring the hyphens and stops the
 * tokenizer splits off ("Karine Jean - Pierre"). */
function isFullName(words: string[]): boolean {
  // (A bracket holds a party or a place, "Riana Botha (DA)": no part of the name.)
  if (words.some((w) => /[()]/.test(w))) return false;
  const named = words.filter((w) => /\p{L}/u.test(w));
  // ("Majed al-Ansari", "Ursula von der Leyen": particles inside the name.)
  return named.length >= 2 && named.length <= 4 && named.every((w, i) => (i > 0 && i < named.length - 1 && NAME_PARTICLES.has(w)) || (CAPITALISED.test(w) && isPlainNameWord(w)));
}

/** A capitalised word that can be part of a person's name: not a title, an organisation word or a bracket. */
function isPlainNameWord(w: string): boolean {
  const lw = w.toLowerCase();
  return !TITLE_WORDS.has(lw) && !ORGANISATION_WORDS.has(lw) && !GROUP_NOUNS.has(lw) && !INSTITUTION_WORDS.has(lw) && !/^[("]/.test(w);
}

function firstRoleNoun(lower: string[]): number {
  for (let i = 0; i < lower.length; i++) if (ROLE_NOUNS.has(lower[i]!)) return i;
  return -1;
}

/** What joinWords and describeSpeaker tidy: a space before a possessive or punctuation, after "(". */
const NEEDS_TIDYING = / ['’.,);:+-]|\( /;

/** Words with each lone hyphen between two capitalised words joined to them: "Mensah-Ward". */
function joinHyphens(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const left = out.at(-1) ?? '';
    const right = words[k + 1] ?? '';
    // (Not a title: "Director-General", "Secretary-General" stay words a role is read from.)
    const title = [left, right].some((x) => ROLE_NOUNS.has(x.toLowerCase()) || TITLE_WORDS.has(x.toLowerCase()));
    if (w === '-' && CAPITALISED.test(left) && (CAPITALISED.test(right) || syllableAfterName(out, right)) && !title) {
      out[out.length - 1] = `${out.at(-1)!}-${words[k + 1]!}`;
      k++;
    } else out.push(w);
  }
  return out;
}

/** "Park Sung-hoon", "Kim Hyo-jin": a Korean given name's second syllable, written in lower case
 * after a hyphen, inside a name of two capitalised words or more. ("the Kremlin-backed leader",
 * "Hamas-run Gaza" join a modifier instead, and no capitalised word comes before their first half.) */
function syllableAfterName(before: string[], right: string): boolean {
  return before.length >= 2 && CAPITALISED.test(before.at(-2)!) && !/['’]s$/.test(before.at(-2)!) && /^[a-z]{2,5}$/.test(right) && !/(?:ed|en|wn|ing)$/.test(right) && !/^(?:run|born|led|held|made|like|free|wide|long|based|style|type|era|old|year|week|day|war|area|zone)$/.test(right);
}

/** Joins back what the tokenizer split off a word: "Kyiv 's" → "Kyiv's", "rebels '" →
 * "rebels'", "OPEC +" → "OPEC+". */
function joinTokenParts(spaced: string): string {
  return spaced.replace(/ (['’]s)\b/g, '$1').replace(/(s) (['’])(?= )/g, '$1$2').replace(/(\p{Lu}) \+(?= |$)/gu, '$1+');
}

export function joinWords(words: string[]): string {
  const joined = words.join(' ');
  // Most names hold no punctuation: then none of the replacements below applies.
  if (!NEEDS_TIDYING.test(joined)) return joined.trim();
  return joinTokenParts(joined)
    .replace(/ ([.,);:])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ - /g, '-')
    .trim();
}

/** Capitalised words that open a sentence and are nobody's first name: those that open a subject,
 * and possessives. */
const isSentenceOpener = (w: string) => SENTENCE_OPENERS.has(w) || /^(?:Our|My|Your|No)$/.test(w);

/** A story about sport, where "the club" is a football club the story names. */
const SPORTS_STORY = /\b(?:league|season|match|striker|midfielder|defender|goalkeeper|winger|transfer|squad|fixtures?|stadium|manager|coach)\b/i;
/** Words that open a club's name: "Sporting Alcântara", "Eintracht Reinfeld", "FC Tarnow". */
const CLUB_PREFIXES = 'FC|CF|AC|AS|SC|SV|Sporting|Real|Eintracht|Inter|Dynamo|Dinamo|Atlético|Atletico|Borussia|Olympique|Racing|Deportivo';
const CLUB_PREFIX = new RegExp(`^(?:${CLUB_PREFIXES})$`);
/** A club's name: one or two capitalised words then a club word, or a prefix then one or two words. */
const CLUB_NAME = new RegExp(`(?<![\\p{L}])(?:(?:\\p{Lu}[\\p{L}'’-]+\\s){1,2}(?:City|United|Rovers|Albion|Athletic|Wanderers|Hotspur|Rangers|Town|County|FC|AFC|CF)|(?:${CLUB_PREFIXES})(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})(?![\\p{L}])`, 'gu');

/** A word before a name that says what the person is, not who: "Democrat Hillary Clinton". */
const DESCRIBING_WORD = /^(?:Democrat|Republican|Tory|Conservative|Labour|Liberal|Independent|Socialist|Senator|Former|Rival|Fellow)$/;

/** A line of four words or more, most of them capitalised: a headline in title case. */
function isTitleCaseLine(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const m of line.matchAll(/(?<!\S)\p{L}/gu)) {
    words++;
    if (m[0] !== m[0].toLowerCase()) capitalised++;
  }
  return words >= 4 && capitalised > words * 0.6;
}

/** Titles written short, spelled out: "Gov." is a governor, "Sen." a senator. */
const SPELLED_OUT: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', col: 'colonel', capt: 'captain',
  sgt: 'sergeant', adm: 'admiral', supt: 'superintendent', insp: 'inspector', prof: 'professor', atty: 'attorney',
  amb: 'ambassador', pres: 'president', sec: 'secretary', cmdr: 'commander', lieut: 'lieutenant',
};

const significant = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'with'].includes(w));

/** A name as compared: "O'Neill" and "O’Neill" (one article may spell it both ways) are one. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * Keeps the people and bodies an article has named, and resolves later mentions to them.
 * One resolver per article: names are not carried between articles here (the store does that).
 */
export class SpeakerResolver {
  private readonly entities: Entity[] = [];
  /** People in the order they were last mentioned, the latest last. */
  private readonly recentPeople: Entity[] = [];
  private lastBody: Entity | null = null;
  /** The channels speakers used, by their noun ("its daily update" → update), in order. */
  private readonly media: Array<{ noun: string; entity: Entity }> = [];
  /** Bodies in the order last spoken of, most recent last. */
  private readonly recentBodies: Entity[] = [];
  private lastAny: Entity | null = null;
  /** The last group the narration named as a subject, which no claim may have touched. */
  private narratedGroup: Mention | null = null;
  /** How often each entity has been spoken of, and where last (a body offset). */
  private readonly touches = new Map<Entity, number>();
  private readonly seenAt = new Map<Entity, number>();
  /** The clubs a sports story names, once looked for (see `clubMentions`). */
  private clubs: { names: string[]; mentions: Array<{ at: number; name: string }> } | null = null;
  /** Where the mention being resolved or noticed stands. */
  private cursor = 0;
  /** The person a question-and-answer interview is with: the person last named before the first answer. */
  private interviewee: Entity | null = null;
  /** Full names the body writes, by surname (see `indexFullNames`). */
  private fullNames: Map<string, Array<{ name: string; end: number }>> | null = null;

  /** `futureNames`: people named later in the article, for a role in the lede named below it. */
  /** Lower-case last words of every name known or named ahead, so that a lone capitalised word at
   * a sentence's start is turned away at once when it is nobody's ("Officials", "Residents"). */
  private readonly surnames = new Set<string>();

  constructor(
    private readonly futureNames: Array<{ at: number; words: string[]; role: string | null }> = [],
    /** The article body, to find what an acronym stands for when no speaker spelled it out. */
    private readonly body = '',
  ) {
    for (const f of futureNames) this.surnames.add(nameKey(f.words.at(-1)!));
  }

  resolve(m: Mention): Entity | null {
    this.cursor = m.at;
    if (m.needsAntecedent === 'pronoun') {
      const p = m.pronoun;
      // Outside quotation marks "I", "we" and "you" are the writer and the reader ("when I asked
      // whether she was afraid"): no one the article reports.
      if (p === 'i' || p === 'we' || p === 'you') return null;
      const found =
        p === 'he' || p === 'she'
          ? this.personFor(p === 'he' ? 'm' : 'f', m.present === true)
          : p === 'epithet'
            ? (this.recentPeople.at(-1) ?? null)
            : p === 'same'
              ? this.sameOne(m.name)
            : p === 'interviewee'
              ? (this.interviewee ??= this.mostSpokenOf())
            : p === 'it'
              ? this.lastBody
              : p === 'they'
                ? (this.lastBody ?? this.lastAny)
                : p === 'some'
                  ? this.someOf()
                  : this.lastAny;
      // A pronoun's own resolution is a guess, so it teaches no gender: a wrong guess would spread.
      if (found) this.touch(found);
      return found;
    }
    if (m.needsAntecedent === 'role') {
      const found = this.byRole(m);
      if (found) {
        if (!found.role) found.role = m.role;
        this.touch(found);
        return found;
      }
      return this.add({ name: m.name, kind: 'person', role: m.role, words: significant(m.name), at: m.at });
    }
    // "the update says", "the video shows", "the statement said": whoever spoke last through an
    // update, a video or a statement (before the last body spoken of, which may not have spoken).
    const medium = m.kind === 'organisation' && /^the\s/i.test(m.text) && /^\p{Ll}+$/u.test(m.name) ? this.media.findLast((x) => x.noun === m.name) : undefined;
    if (medium) {
      this.touch(medium.entity);
      return medium.entity;
    }
    const existing = this.byName(m);
    if (existing) {
      // A fuller role replaces the one it extends ("Rep." → "Rep., chairman of the caucus").
      if (m.role && (!existing.role || (m.role.length > existing.role.length && m.role.includes(existing.role)))) existing.role = m.role;
      mergeGender(existing, genderOf(m));
      // A fuller spelling of the same person ("Prigozhin" first, "Yevgeny Prigozhin" later).
      if (m.name.split(' ').length > existing.name.split(' ').length && m.kind === 'person') {
        existing.name = m.name;
        this.surnames.add(nameKey(m.name.split(' ').at(-1)!));
      }
      this.touch(existing);
      return existing;
    }
    const spelledOut = m.kind === 'organisation' && /^[A-Z]{2,6}$/.test(m.name) ? this.expandAcronym(m.name) : null;
    // ("The PS said" where the article wrote "Principal Secretary Grace Njeri-Mutua": an office
    // written short, whoever holds it.)
    if (spelledOut && ROLE_NOUNS.has(spelledOut.split(' ').at(-1)!.toLowerCase()) && /^the\s/i.test(m.text)) {
      const role: Mention = { ...m, kind: 'person', name: `the ${spelledOut}`, text: `the ${spelledOut}`, role: spelledOut, needsAntecedent: 'role' };
      const found = this.byRole(role);
      if (found) {
        this.touch(found);
        return found;
      }
      // (Or the name the body writes after the office in full, though no rule spoke of them.)
      const holder = new RegExp(`${spelledOut}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'u').exec(this.body.slice(0, this.cursor));
      if (holder) return this.entities.find((e) => e.name === holder[1]) ?? this.add({ name: holder[1]!, kind: 'person', role: spelledOut, words: significant(holder[1]!), at: m.at });
    }
    if (spelledOut) return this.add({ name: spelledOut, kind: 'organisation', role: m.role, words: significant(spelledOut), at: m.at, acronym: m.name });
    // "Brandstätter said" after "… to beat the world No 3, Lukas Brandstätter,": the full name
    // written before, wherever it stood.
    const full = m.kind === 'person' && !m.name.includes(' ') && m.text === m.name ? this.fullNameBefore(m.name, m.at) : null;
    if (full) m = { ...m, name: full };
    // ("Novian says …" where the body wrote "Novian, the Seattle hardware startup best known for
    // …,": one word the article describes as a body is that body.)
    if (m.kind === 'person' && !full && /^\p{Lu}[\p{L}-]+$/u.test(m.name) && givenNameBirths(m.name) < 1000 && this.describedAsBody(m.name)) m = { ...m, kind: 'organisation' };
    return this.add({ name: m.name, kind: m.kind, role: m.role, words: significant(m.name), at: m.at, ...(m.acronym ? { acronym: m.acronym } : {}), ...(m.kind === 'person' ? genderOf(m) : {}) });
  }

  /** Whether the sentence before `at` has turned to another side: "…, though", "…, but", "…, while". */
  private afterContrast(at: number): boolean {
    const from = Math.max(this.body.lastIndexOf('. ', at), this.body.lastIndexOf('\n', at), 0);
    return /,\s+(?:though|although|but|while|whereas)\s/i.test(this.body.slice(from, at));
  }

  /** Whether the body sets `name` off with a description whose head is a body: "Novian, the
   * Seattle hardware startup …,", "Halden, a medical-device maker,". */
  private describedAsBody(name: string): boolean {
    for (const m of this.body.matchAll(new RegExp(`(?<![\\p{L}])${name},\\s+(?:the|a|an)\\s+([^,.;:]{2,80})`, 'gu'))) {
      const head = m[1]!.split(/\s+(?:that|which|who|whose|of|for|in|at|with|to|from|on|by|based|best|known|now)\b/)[0]!.trim().split(/\s+/).at(-1)!.toLowerCase();
      if (namesABody(head) && !namesAPerson(head)) return true;
    }
    return false;
  }

  /** Whether the body holds `name` before offset `at` (found without copying the body). */
  private writtenBefore(name: string, at: number): boolean {
    const found = this.body.indexOf(name);
    return found >= 0 && found < at;
  }

  /** Records that `entity` spoke through `via` ("its daily intelligence update"), so that "the
   * update says" later is theirs. */
  spokeThrough(entity: Entity, via: string | null): void {
    if (!via) return;
    for (const word of via.toLowerCase().split(/\s+/)) if (MEDIUM_NOUNS.has(word)) this.media.push({ noun: word, entity });
  }

  /** "One", "Several", "Some of them": of the group last spoken of, or the one the narration named
   * since; nobody when the last one spoken of is no group. */
  private someOf(): Entity | null {
    const narrated = this.narratedGroup;
    if (narrated && narrated.at > (this.lastAny ? (this.seenAt.get(this.lastAny) ?? this.lastAny.at) : -1)) {
      this.narratedGroup = null;
      return this.byName(narrated) ?? this.add({ name: narrated.name, kind: 'group', role: narrated.role, words: significant(narrated.name), at: narrated.at });
    }
    return this.lastAny?.kind === 'group' ? this.lastAny : null;
  }

  /** "The same person said", "the same official added": the one last spoken of whose name or
   * role has that noun ("a person with knowledge of the search"); nobody without one. */
  private sameOne(description: string): Entity | null {
    const noun = description.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
    const has = (e: Entity) => `${e.name} ${e.role ?? ''}`.toLowerCase().split(/[\s,]+/).some((w) => w.replace(/s$/, '') === noun);
    const byRecency = [...this.entities].sort((a, b) => (this.seenAt.get(b) ?? b.at) - (this.seenAt.get(a) ?? a.at));
    return byRecency.find(has) ?? null;
  }

  /** "he" / "she": the person mentioned last, passing over anyone the article already calls the
   * other; nobody rather than the wrong person. */
  private personFor(gender: Gender, present = false): Entity | null {
    let recent: Entity | null = null;
    for (let i = this.recentPeople.length - 1; i >= 0 && !recent; i--) {
      const e = this.recentPeople[i]!;
      if (e.gender === undefined || e.gender === gender) recent = e;
    }
    // ("“I miss the fear,” she says" in a profile, two paragraphs after a rival was quoted: the
    // one the article is about, when the last fitting person was spoken of a while back. Only in
    // a feature's present tense: news going on with a quotation, “…,” he said, means the last.)
    const main = present ? this.mostSpokenOf() : null;
    if (recent && main && main !== recent && main.gender === gender && this.paragraphsSince(this.seenAt.get(recent) ?? this.cursor) >= 2) {
      const count = (e: Entity) => this.touches.get(e) ?? 0;
      if (count(main) >= 3 && count(main) >= 2 * count(recent)) return main;
    }
    return recent;
  }

  /** Records a person or body named in the narrative ("Lena Ortiz toured the district."): later
   * pronouns, surnames and "Ms. Ortiz" find them. A bare surname ("Ortiz toured …") only brings
   * back someone already known; with a title ("President Obama flew …") it is enough. */
  notice(m: Mention): void {
    this.cursor = m.at;
    // ("But the judge was sharply critical … , she noted": the one the role means was spoken of.)
    if (m.needsAntecedent === 'role') {
      const found = this.byRole(m, false);
      if (found) this.touch(found);
      return;
    }
    // ("Residents of the flats were also split. One, who …, said": a group the narration names is
    // whom "one" or "several" may come from.)
    if (m.kind === 'group' && !m.needsAntecedent) this.narratedGroup = m;
    if (m.needsAntecedent || m.kind === 'group') return;
    if (!m.name.includes(' ') && m.text === m.name && !this.surnames.has(nameKey(m.name))) {
      // ("Brandstätter, who had won …": a surname whose full name the article wrote before.)
      const full = m.kind === 'person' ? this.fullNameBefore(m.name, m.at) : null;
      if (!full) return;
      m = { ...m, name: full };
    }
    const existing = this.byName(m);
    const gender = genderOf(m);
    if (existing) {
      mergeGender(existing, gender);
      // ("Edward Ashcombe says …" in the standfirst, "the chancellor, Edward Ashcombe," below.)
      // (Only for the same full name: a surname alone may be a relative's, "Michelle Obama".)
      if (existing.name === m.name) existing.role ??= m.role;
      this.touch(existing);
    } else if (m.document) {
      this.add({ name: m.name, kind: 'organisation', role: null, words: significant(m.name), at: m.at });
    } else if (m.name.includes(' ') || (m.kind === 'person' && (HONORIFICS.test(m.text.split(' ')[0]!) || !m.text.includes(m.name)))) {
      // A full name, or a surname with a title: "President Obama flew …", "Mr. Obama has seen …".
      // (Or the one name someone gave: "A man who gave his name only as Ray, 54, addressed …".)
      this.add({ name: m.name, kind: m.kind, role: m.role, words: significant(m.name), at: m.at, ...gender });
    }
  }

  /** The last full name ending in `surname` that the body writes before `at` ("Lukas Brandstätter"
   * for "Brandstätter"), if it is a person's; null otherwise. */
  private fullNameBefore(surname: string, at: number): string | null {
    this.fullNames ??= this.indexFullNames();
    // (Two people of one surname, "Hillary Clinton" and "former President Bill Clinton": the one
    // the article has named more often so far, or none when that does not tell.)
    const counts = new Map<string, number>();
    for (const c of this.fullNames.get(surname) ?? []) {
      if (c.end > at) break;
      counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
    const found = ranked[0]![0];
    // (A name alone: "BOK Governor Park" is a title and a surname.)
    const mention = describeSpeaker(found.split(' '), at);
    return mention.kind === 'person' && !mention.needsAntecedent && !mention.role && mention.name === found ? found : null;
  }

  /** Full names the body writes, by surname, in order: one or two capitalised words before it. Read
   * once per article, on the first surname asked about. */
  private indexFullNames(): Map<string, Array<{ name: string; end: number }>> {
    const index = new Map<string, Array<{ name: string; end: number }>>();
    const given = /^\p{Lu}[\p{L}-]+$/u;
    const titleCase = new Map<number, boolean>();
    // Runs of capitalised words one space apart ("Mateo Quiroga", "the world No 3, Lukas Brandstätter").
    for (const run of this.body.matchAll(/\p{Lu}(?<![\p{L}.’']\p{Lu})[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+/gu)) {
      const words = run[0].split(' ');
      const lineStart = this.body.lastIndexOf('\n', run.index!) + 1;
      // Not in a headline in title case ("… as Cannes Crowns Georgian Director Nino Beridze").
      if (!titleCase.has(lineStart)) {
        const lineEnd = this.body.indexOf('\n', run.index!);
        titleCase.set(lineStart, isTitleCaseLine(this.body.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)));
      }
      if (titleCase.get(lineStart)) continue;
      let offset = run.index!;
      for (let j = 0; j < words.length; j++) {
        const word = words[j]!;
        const wordEnd = offset + word.length;
        offset = wordEnd + 1;
        if (j === 0) continue;
        // ("Donald Trump’s …" names Donald Trump.)
        const possessive = /['’]s$/.test(word);
        const surname = possessive ? word.slice(0, -2) : word;
        if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
        const first = j >= 2 && given.test(words[j - 2]!) && given.test(words[j - 1]!) ? j - 2 : given.test(words[j - 1]!) ? j - 1 : -1;
        if (first < 0) continue;
        let names = words.slice(first, j);
        // A party or a nationality before the given name is left out: "Democrat Hillary Clinton".
        // So is a title: "Assistant U.S. Attorney Rebecca Chu" names Rebecca Chu.
        if (names.length === 2 && (DESCRIBING_WORD.test(names[0]!) || NATIONALITY.test(names[0]!) || TITLE_WORDS.has(names[0]!.toLowerCase()) || ROLE_NOUNS.has(names[0]!.toLowerCase()))) names = names.slice(1);
        // ("Sentencing Ashton in the District Court, …": a participle opening a sentence is no given name.)
        // ("Sporting Almada" is a club's name, as "Sporting Gijón".)
        if (/\p{Ll}ing$/u.test(names[0]!) && names[0] !== 'Sporting' && givenNameBirths(names[0]!) < 1000) continue;
        // Not after a word that opens a sentence ("While Obama had …"), nor with a title or an
        // acronym ("BOK Governor Park").
        if (isSentenceOpener(names[0]!) || names.some((w) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) || /^\p{Lu}+$/u.test(w))) continue;
        const list = index.get(surname) ?? [];
        list.push({ name: `${names.join(' ')} ${surname}`, end: wordEnd - (possessive ? 2 : 0) });
        index.set(surname, list);
      }
    }
    return index;
  }

  /** "CCS" → "Centre for Coastal Studies" when the article spells it out anywhere. */
  private expandAcronym(acronym: string): string | null {
    if (!this.body.includes(acronym[0]!)) return null;
    const glue = "(?:\\s+(?:for|of|the|and|on|in|de|du|des|la|le)\\b)*\\s+";
    const pattern = [...acronym].map((letter) => `${letter}[\\p{L}'’-]+`).join(glue);
    const found = new RegExp(`\\b${pattern}\\b`, 'u').exec(this.body);
    // (Not a person's title and given name, "Taoiseach Declan" for "TD".)
    const words = found ? found[0].split(/\s+/) : [];
    return found && !(words.length <= 3 && words.slice(1).some((w) => givenNameBirths(w) >= 10_000)) ? found[0] : null;
  }

  /** The last body's name written before the cursor whose words fit a generic noun ("Food and Drug
   * Administration" for "the agency"), kept as an entity; null when there is none. */
  private bodyNamedBefore(fits: RegExp): Entity | null {
    let last: string | null = null;
    const before = this.body.slice(0, this.cursor);
    for (const m of before.matchAll(/\p{Lu}(?<![\p{L}’']\p{Lu})[\p{L}'’-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)+/gu)) {
      // (Up to its last word that fits: "The Food and Drug Administration on Tuesday".)
      const words = m[0].split(/\s+/);
      let end = words.findLastIndex((w) => /^\p{Lu}/u.test(w) && !/^[A-Z]{2,6}$/.test(w) && !/['’]s$/.test(w) && fits.test(w));
      // ("the Association of Flight Attendants": a head that fits, then what it is of.)
      // (Not a company's place: "Brightwater Biosciences of Cambridge, Massachusetts".)
      if (end >= 0 && words[end + 1] === 'of' && !COMPANY_NAME_END.test(words[end]!)) {
        let k = end + 2;
        if (words[k] === 'the') k++;
        while (k < words.length && /^\p{Lu}/u.test(words[k]!) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(words[k]!)) k++;
        if (k > end + 2 && /^\p{Lu}/u.test(words[k - 1]!)) end = k - 1;
      }
      if (end < 0) continue;
      // (Not "Boston-based" before the name; of "Serasi Bank Bhd and Mutiara Bank Bhd", the first,
      // where the words before "and" end a name of their own: not "Food and Drug Administration".)
      const name = words.slice(0, end + 1).join(' ').replace(/^(?:The|A|An)\s+/, '').replace(/^\S+-based\s+/, '');
      const first = name.split(/\s+and\s+(?=\p{Lu})/u)[0]!;
      last = first !== name && first.includes(' ') && fits.test(first.split(' ').at(-1)!) ? first : name;
    }
    if (!last || !last.includes(' ')) return null;
    const known = this.entities.find((e) => e.name === last);
    if (known) return known;
    return this.add({ name: last, kind: 'organisation', role: null, words: significant(last), at: this.cursor });
  }

  /** The last two people named together before the cursor, "Glen and Marjorie Tkachuk" (two given
   * names and a surname), as one speaker; null when the article names no such pair. */
  private coupleNamedBefore(): Entity | null {
    const spoken = [...this.recentPeople, ...this.entities].filter((e) => e.kind === 'group' && / and /.test(e.name)).at(-1);
    let last: string | null = null;
    for (const m of this.body.slice(0, this.cursor).matchAll(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu)) {
      // (Given names both, not two bodies or places: "Ford and General Motors", "Sydney and Melbourne Water".)
      if (givenNameBirths(m[1]!) >= 1000 && givenNameBirths(m[2]!) >= 1000) last = m[0];
    }
    if (!last) return spoken ?? null;
    return this.entities.find((e) => e.name === last) ?? this.add({ name: last, kind: 'group', role: null, words: significant(last), at: this.cursor });
  }

  /** The club "the club" means: the one its paragraph named last before the mention ("… for
   * Sporting Alcântara winger Rafael Tavares after the Portuguese club softened"), else the only
   * club the article names; null when it names several and the paragraph none, undefined when it
   * names none.
   * Clubs are names of a club's pattern ("Castlebridge City", "Sporting Alcântara", "Valdoria CF"),
   * counted with their short forms ("Alcântara", and "City" when one club's name ends in it). */
  private clubMeant(): Entity | null | undefined {
    this.clubs ??= this.clubMentions();
    const { names, mentions } = this.clubs;
    if (names.length === 0) return undefined;
    const paragraph = this.body.lastIndexOf('\n', this.cursor) + 1;
    const inParagraph = mentions.filter((m) => m.at >= paragraph && m.at < this.cursor).sort((a, b) => a.at - b.at).at(-1);
    // (A story of two clubs with none in the paragraph: which one is unclear, so none.)
    const chosen = inParagraph?.name ?? (names.length === 1 ? names[0]! : null);
    if (!chosen) return null;
    return this.entities.find((e) => e.name === chosen) ?? this.add({ name: chosen, kind: 'organisation', role: null, words: significant(chosen), at: this.cursor });
  }

  /** The clubs the body names and every place it names one, in full or short ("Alcântara"). The
   * body does not change, so this is read once per article. */
  private clubMentions(): { names: string[]; mentions: Array<{ at: number; name: string }> } {
    const full = new Map<string, number[]>();
    for (const m of this.body.matchAll(CLUB_NAME)) {
      const name = m[0].replace(/^(\S+)\s+/, (all, first: string) => (isSentenceOpener(first) || DESCRIBING_WORD.test(first) ? '' : all));
      if (!name.includes(' ')) continue;
      const at = m.index + m[0].length - name.length;
      full.set(name, [...(full.get(name) ?? []), at]);
    }
    // Short forms: a word of one club's name only, not a club word ("City") that two names share.
    const owners = new Map<string, string[]>();
    for (const name of full.keys()) for (const w of new Set(name.split(' '))) owners.set(w, [...(owners.get(w) ?? []), name]);
    const mentions: Array<{ at: number; name: string }> = [];
    for (const [word, names] of owners) {
      if (names.length !== 1 || CLUB_PREFIX.test(word)) continue;
      if (CLUB_WORDS.includes(word.toLowerCase()) && [...full.keys()].filter((n) => n.endsWith(` ${word}`)).length !== 1) continue;
      for (const m of this.body.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))) mentions.push({ at: m.index, name: names[0]! });
    }
    for (const [name, ats] of full) for (const at of ats) mentions.push({ at, name });
    return { names: [...full.keys()], mentions };
  }

  /** The full name of a company the body writes with `first` as its first word and only words of a
   * company's name after it ("Kestrel Automotive", "Serasi Bank Bhd"), or null. */
  private companyNamed(first: string): string | null {
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !this.body.includes(`${first} `)) return null;
    for (const m of this.body.matchAll(new RegExp(`(?<![\\p{L}])${first}((?: \\p{Lu}[\\p{L}.]*){1,2})(?![\\p{L}])`, 'gu'))) {
      const rest = m[1]!.trim().split(' ');
      if (rest.every((w) => SHORTENED_BODY_SUFFIX.has(w.toLowerCase()))) return `${first}${m[1]}`;
    }
    return null;
  }

  private add(e: Entity): Entity {
    this.entities.push(e);
    this.surnames.add(nameKey(e.name.split(' ').at(-1)!));
    this.touch(e);
    return e;
  }

  /** How many paragraph breaks lie between body offset `from` and the mention being resolved. */
  private paragraphsSince(from: number): number {
    return (this.body.slice(from, this.cursor).match(/\n+/g) ?? []).length;
  }

  /** The person the article has spoken of most so far (the latest of equals): whom a question-and-
   * answer section is with, though the intro may name a publisher or a relative last. */
  private mostSpokenOf(): Entity | null {
    let best: Entity | null = null;
    for (const e of this.recentPeople) if (!best || (this.touches.get(e) ?? 0) >= (this.touches.get(best) ?? 0)) best = e;
    return best;
  }

  private touch(e: Entity): void {
    this.touches.set(e, (this.touches.get(e) ?? 0) + 1);
    this.seenAt.set(e, this.cursor);
    this.lastAny = e;
    if (e.kind === 'person') {
      const at = this.recentPeople.indexOf(e);
      if (at >= 0) this.recentPeople.splice(at, 1);
      this.recentPeople.push(e);
    } else {
      this.lastBody = e;
      const at = this.recentBodies.indexOf(e);
      if (at >= 0) this.recentBodies.splice(at, 1);
      this.recentBodies.push(e);
    }
  }

  private byName(m: Mention): Entity | null {
    const name = m.name.replace(/^(?:the|a|an)\s+/i, '');
    const words = name.split(/\s+/).filter((w) => !HONORIFICS.test(w));
    const key = nameKey(words.join(' '));
    // (A body only ever called "the ministry" so far gives way to one named in full since: see below.)
    const generic = m.kind === 'organisation' && name === name.toLowerCase();
    for (const e of this.entities) if (nameKey(e.name) === key && !generic) return e;
    // ("Berlin said" after "Sarah Berlin": a capital's name is a surname when someone here bears it.)
    const seat = m.kind === 'organisation' && words.length === 1 && isSeatOfGovernment(words[0]!);
    if ((m.kind === 'person' || seat) && words.length === 1) {
      const surname = nameKey(words[0]!);
      // (A surname matches with or without its article: "Washali" for "Mohammed al-Washali".)
      // (Not one described by whom they speak for, "rep for Marlowe": the name is the star's.)
      const matches = this.entities.filter((e) => e.kind === 'person' && !/^\p{Ll}/u.test(e.name) && [nameKey(e.name).split(' ').at(-1), nameKey(e.name).split(' ').at(-1)!.replace(/^(?:al|el|an|ad|ar|as|ash|at|az)-/, '')].includes(surname));
      // (Of two with one surname, "Hillary Clinton" and "Bill Clinton", the one spoken of last.)
      // ("De Blasio" from a headline and "Bill de Blasio" are one: the fuller name.)
      const people = matches.filter((e) => !matches.some((o) => o !== e && o.name.length > e.name.length && nameKey(o.name).endsWith(` ${nameKey(e.name)}`)));
      if (people.length > 1) return [...this.recentPeople].reverse().find((e) => people.includes(e)) ?? people.at(-1)!;
      if (people.length === 1) return people[0]!;
    }
    if (m.kind === 'person' && words.length === 1) {
      const surname = nameKey(words[0]!);
      // Look ahead: the full name may come later in the article.
      // (But not past a full name already written: "Prosecutors portrayed Corey Lindqvist as …" then
      // "Lindqvist had told detectives" is Corey, though "Hanna Lindqvist" speaks further down.)
      // (Only for a name no one spoken of already bears: "Tedros" after "Tedros Adhanom Ghebreyesus" is
      // his, by the rules below.)
      const borne = this.entities.some((e) => e.kind === 'person' && nameKey(e.name).split(' ').includes(surname));
      const before = m.text === m.name && !borne ? this.fullNameBefore(words[0]!, m.at) : null;
      if (before) return this.add({ name: before, kind: 'person', role: null, words: significant(before), at: m.at });
      const ahead = this.futureNames.find((f) => f.words.length > 1 && nameKey(f.words.at(-1)!) === surname);
      if (ahead) {
        const e = this.add({ name: ahead.words.join(' '), kind: 'person', role: ahead.role, words: significant(ahead.words.join(' ')), at: ahead.at });
        return e;
      }
      // A first name for the one person named with it: "Tedros" for Tedros Adhanom Ghebreyesus,
      // "Iryna" in a feature that named Iryna Koval.
      // (Not a word the article uses as anyone's surname, nor one after "Mr." or "Ms.": those are
      // surnames.)
      if (!this.surnames.has(surname) && !/\s/.test(m.text.trim())) {
        const byFirst = this.entities.filter((e) => e.kind === 'person' && /^\p{Lu}\S* (?:\p{Lu}\S* )?\p{Lu}\S*$/u.test(e.name) && nameKey(e.name).split(' ')[0] === surname);
        if (byFirst.length === 1) return byFirst[0]!;
        // "Blackmoor, meanwhile, argued …" after "Blackmoor Rovers"; "Halvern said" after "Halvern
        // Pharmaceuticals": a club or company by the first word of its name.
        const body = [...this.recentBodies].reverse().find((e) => {
          const parts = nameKey(e.name).split(' ');
          // (Or "Serasi said" for "Serasi Bank Bhd": every word after the first such a word.)
          return parts.length >= 2 && parts.length <= 3 && parts[0] === surname && parts.slice(1).every((w) => SHORTENED_BODY_SUFFIX.has(w));
        });
        if (body) return body;
        // ("Kestrel recalls …" in a headline, "Kestrel Automotive is recalling …" in the lead: the
        // company the article names in full, before or after.)
        const fullCompany = this.companyNamed(words[0]!);
        if (fullCompany) return this.entities.find((e) => nameKey(e.name) === nameKey(fullCompany)) ?? this.add({ name: fullCompany, kind: 'organisation', role: null, words: significant(fullCompany), at: m.at });
      }
    }
    // "Van Lint said" after "Pieter van Lint": a surname with its particle, capitalised to open a sentence.
    if (m.kind === 'person' && words.length >= 2 && NAME_PARTICLES.has(nameKey(words[0]!))) {
      const matches = this.entities.filter((e) => e.kind === 'person' && nameKey(e.name).endsWith(` ${key}`));
      if (matches.length >= 1) return matches.at(-1)!;
    }
    if (m.kind === 'person' && words.length > 1 && words.every((w) => CAPITALISED.test(w))) {
      // Same surname and the same first name (or an initial): one person. Only for names: "one
      // GOP source" is not "one Democratic source".
      const first = nameKey(words[0]!);
      const last = nameKey(words.at(-1)!);
      const same = this.entities.find((e) => {
        const ew = nameKey(e.name).split(' ');
        return e.kind === 'person' && ew.at(-1) === last && (ew.length === 1 || ew[0] === first || ew[0]![0] === first[0]);
      });
      if (same) return same;
    }
    if (m.kind === 'organisation') {
      // An acronym of a name given before ("ISW" for "Institute for the Study of War").
      if (/^[A-Z]{2,6}$/.test(key.toUpperCase()) && words.length === 1) {
        const acronym = words[0]!;
        const found = this.entities.find((e) => e.acronym === acronym || initials(e.name) === acronym);
        if (found) return found;
      }
      // "the couple announced" after "The bakery, which Marjorie and Paul Theriault opened …": the
      // two the article named together, whether or not they have spoken yet.
      if (words.length === 1 && (key === 'couple' || key === 'pair')) {
        const together = this.coupleNamedBefore();
        if (together) return together;
      }
      // "the club", "the Portuguese club", "the Premier League club" in a sports story: a club the
      // article names (see `clubMeant`), not a body called "club".
      // (When the story names several and the paragraph none, the club stays "the club": not
      // another club spoken of as "the Portuguese club" before.)
      if (words.at(-1) === 'club' && SPORTS_STORY.test(this.body)) {
        const club = this.clubMeant();
        if (club !== undefined) return club ?? this.entities.find((e) => nameKey(e.name) === key) ?? null;
      }
      // "the ministry" / "the defense ministry" for a body named in full before.
      // ("the Oslo-based carrier" is "the carrier": where it is based says nothing of which.)
      const mw = significant(name.replace(/\S+-based\s+/g, ''));
      // (Not a body of another country: "the UK Ministry of Defence" is not "Russia's defence ministry".)
      const country = words.find((w) => /^[A-Z]{2,3}$/.test(w) || NATION_ADJECTIVE.test(w));
      // (Nor a country for its ministry: "Russia says" is not "Russia's defence ministry".)
      if (mw.length > 0 && mw.length <= 3 && !country && !isCountryName(name)) {
        // (A person's body, "Donald Trump’s campaign", only while the article is still on it: "the
        // campaign" pages later may be another's.)
        const recent = this.recentBodies.slice(-3);
        // (Nor two speaking together, "the company and regulators": "the company" is one of them.)
        const found = [...this.entities].reverse().find((e) => e.kind !== 'person' && e.words.length > mw.length && mw.every((w) => e.words.includes(w)) && (!PERSON_OWNED.test(e.name) || recent.includes(e)) && !/^\p{Ll}.* and |\band the\b/u.test(e.name));
        if (found) return found;
      }
      // "the company", "the carmaker", "the UN agency", "the group": the body with a name the
      // article spoke of last (a business for a business noun), not one it could only call
      // "the group" itself.
      const last = this.lastBody;
      const head = mw.at(-1) ?? '';
      const fits = GENERIC_BODY.get(head);
      // (Not a proper name that ends in the noun: "The Environment Agency" is no other agency.)
      if (mw.length >= 1 && mw.length <= 2 && (BUSINESS_NOUNS.has(head) || fits) && !/^\p{Lu}/u.test(words.at(-1)!)) {
        const business = BUSINESS_NOUNS.has(head);
        // (A name with a capital anywhere: "nonpartisan Congressional Budget Office".)
        // (A country is no "group" or "company": "Kazakhstan" between OPEC+ and "the group".)
        // (A tag before the noun must fit too: "the UN refugee agency" is not the "Eastern Council's
        // military wing" named before, though a council may be an agency, and "the RMT union" is not
        // the "Union" of a headline; a UN body may go by its acronym, "UNHCR", or by a name of the
        // UN system's pattern, "World Meteorological Organization", "International Labour Organization".)
        const tags = words.slice(0, -1).map((w) => w.replace(/\./g, '')).filter((w) => /^[A-Z]{2,5}$/.test(w));
        const qualified = (e: Entity) =>
          tags.every((tag) => e.name.replace(/\./g, '').split(/[^\p{L}]+/u).includes(tag) || e.acronym === tag || (tag === 'UN' && (e.acronym !== undefined || /^[A-Z]{2,6}$/.test(e.name) || /United Nations|^(?:World|International) /.test(e.name))));
        // ("The advocacy group said", "the campaign group": a group that is no business, which the
        // narration named by a group's name: "drew criticism from the Electronic Privacy Forum".)
        if (head === 'group' && mw.length === 2 && CAUSE_GROUP.test(mw[0]!) && tags.length === 0) {
          const written = this.bodyNamedBefore(GROUP_NAME_END);
          if (written) return written;
        }
        const named = [...this.recentBodies].reverse().find((e) => e.kind === 'organisation' && /\p{Lu}/u.test(e.name) && !isCountryName(e.name) && !(business && !companyLike(e, head)) && (business || fits!.test(e.name) || (e.acronym !== undefined && fits!.test(e.acronym)) || describedAs(e, head)) && qualified(e));
        if (named) return named;
        // ("The Food and Drug Administration on Tuesday approved …. In a statement, the agency said":
        // a body the narration named, though no rule spoke of it, the last before the mention.)
        // (Only for the bare noun: a tag before it, "the U.N. refugee agency", must fit, as above.)
        if (!business && tags.length === 0) {
          const written = this.bodyNamedBefore(fits!);
          if (written) return written;
        }
        // ("Veridane Therapeutics shares fell … after the drugmaker said …": a company the narration
        // named by a name that ends like a company's.)
        // (Not when the body spoken of last is a company the fallback below takes.)
        const lastIsCompany = last !== null && last.kind === 'organisation' && !isCountryName(last.name) && companyLike(last, head);
        // ("the group" may be a cartel or an alliance as well: only nouns for a company.)
        if (business && head !== 'group' && tags.length === 0 && !lastIsCompany) {
          const written = this.bodyNamedBefore(COMPANY_NAME_END);
          if (written) return written;
        }
        // ("The Zipwell Staff Collective, which represents …, was unmoved. In a statement …, the
        // group said": a campaign or members' body the narration named.)
        if (head === 'group' && tags.length === 0 && !lastIsCompany) {
          const written = this.bodyNamedBefore(GROUP_NAME_END);
          if (written) return written;
        }
      }
      if (mw.length === 1 && BUSINESS_NOUNS.has(mw[0]!) && last && last.kind === 'organisation' && !isCountryName(last.name) && companyLike(last, mw[0]!)) return last;
      // "The think tank added", "the statement said": the body the article spoke of last, whatever
      // its name.
      // (Only a statement or readout: a letter or a post may be to a body, not from it.)
      if ((/(?:^|\s)think[ -]tank$|^watchdog$/i.test(name.trim()) || (m.medium && ISSUED_NOUN.test(name.trim()))) && last && last.kind === 'organisation') return last;
    }
    if (generic) for (const e of this.entities) if (nameKey(e.name) === key) return e;
    return null;
  }

  /** The person a role means; with `create` false, only someone already named (no look-ahead). */
  private byRole(m: Mention, create = true): Entity | null {
    const words = significant(m.name);
    const roleNouns = words.filter((w) => ROLE_NOUNS.has(w));
    const others = words.filter((w) => !ROLE_NOUNS.has(w));
    // (Relaxed, an assistant's or associate's office is the office: "the prosecutor" for "Assistant
    // Prosecutor Meredith Kaine", when no one else in the story holds it.)
    const compatible = (role: string | null, relaxed = false) => {
      if (!role) return false;
      // ("Gov. Thomas Arceneaux" is whom "the governor" means.)
      const rw = significant(role).map((w) => SPELLED_OUT[w] ?? w);
      const job = (w: string) => SAME_JOB[w] ?? w;
      const nounOk = roleNouns.some((n) => rw.some((w) => job(w) === job(n)) || (LEADER_NOUNS.has(n) && rw.some((w) => LEADER_NOUNS.has(w))));
      // "the city's mayor" and "the mayor": a role with no other words does not contradict.
      const roleOnly = rw.every((w) => ROLE_NOUNS.has(w) || RANK_WORDS.has(w));
      const otherOk = others.length === 0 || roleOnly || others.some((w) => rw.includes(w) || rw.includes(w.replace(/s$/, '')));
      // "the defense minister" is not "the deputy defense minister".
      // ("The Congress leader" is the "senior Congress leader" named before: seniority is no other office.)
      const rank = (ws: string[]) => ws.filter((w) => RANK_WORDS.has(w) && ((w !== 'senior' && !(relaxed && /^(assistant|associate|junior)$/.test(w))) || words.includes(w))).sort().join(' ');
      return nounOk && otherOk && rank(rw) === rank(words);
    };
    // (Or a surname with a title: "Mrs Justice Okafor" is whom "the judge" means.)
    const people = this.entities.filter((e) => e.kind === 'person' && (e.name.includes(' ') || (e.role !== null && /^\p{Lu}/u.test(e.role))));
    // (Only for "the …": "her attorney" is her own, not the assistant U.S. attorney.)
    const known = [...people].reverse().find((e) => compatible(e.role)) ?? (/^the\s/i.test(m.text) ? [...people].reverse().find((e) => compatible(e.role, true)) : undefined);
    if (known || !create) return known ?? null;
    const later = this.futureNames.find((f) => f.at > m.at && compatible(f.role));
    if (later) return this.add({ name: later.words.join(' '), kind: 'person', role: later.role, words: significant(later.words.join(' ')), at: later.at });
    // The lede names a role and the next paragraphs name the person: take the first full name
    // introduced after it that carries no role of its own.
    // (Not someone the article has already written about: "… with Hillary Clinton. … The GOP
    // nominee complained … Rival Hillary Clinton had mocked …" is not introducing her.)
    // (Not when the role answers another speaker in its sentence: in "The head of Wagner has claimed
    // …, though Ukraine's deputy defence minister said …" the next name may be either.)
    // (A role of the name's own that names no office is no obstacle: "Yevgeny Prigozhin, a longtime
    // ally of President Vladimir Putin, said …" after "The founder of the Wagner group claimed …".)
    const noOffice = (role: string | null) => !role || !significant(role.split(/\s(?:of|at|for|whose|who|in)\s/)[0]!).some((w) => ROLE_NOUNS.has(w) || LEADER_NOUNS.has(w) || namesAPerson(w));
    // (Only near the top: further down, "the former president" is someone already in the story.)
    const next = this.afterContrast(m.at) || m.at > LEDE_CHARS ? undefined : this.futureNames.find((f) => f.at > m.at && f.at - m.at < 600 && noOffice(f.role) && !people.some((p) => p.name === f.words.join(' ')) && !this.writtenBefore(f.words.join(' '), m.at));
    if (next) return this.add({ name: next.words.join(' '), kind: 'person', role: m.role, words: significant(next.words.join(' ')), at: next.at });
    return null;
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => CAPITALISED.test(w))
    .map((w) => w[0])
    .join('');
}
