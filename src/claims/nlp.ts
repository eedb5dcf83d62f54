// The one wink-nlp instance of the process. PACKAGES.md: a second `winkNLP(model)` changes the
// first one's state, so every caller goes through `analyseParagraph`.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stripDiacritics } from '../text/index.ts';
import { givenNameBirths } from './givenNames.ts';
import { lemmaOf, MEDIUM_NOUNS, namesAPerson, SPEECH_VERBS, VERB_FORMS } from './lexicon.ts';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  /** Position in the paragraph's token list. */
  i: number;
  text: string;
  /** Lower-cased text, curly apostrophes folded to straight ones. */
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
  sentence: number;
  /** Index of the top-level quotation this token lies in (quote marks included), or -1. */
  quote: number;
}

export interface Sentence {
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface AnalysedParagraph {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Tokens with parts of speech and body offsets, and sentences, for each paragraph. The paragraphs
 * go through the tagger in one document (one call costs far less than one per paragraph); wink
 * ends a sentence at every blank line, so no sentence crosses from one paragraph to the next.
 */
export function analyseParagraphs(parts: Array<{ text: string; start: number }>): AnalysedParagraph[] {
  parts = parts.map((p) => (CAPITALS_LEAD.test(p.text) ? { ...p, text: capitalsLeadRead(p.text) } : p));
  const out: AnalysedParagraph[] = parts.map((p) => ({ start: p.start, end: p.start + p.text.length, text: p.text, tokens: [], sentences: [] }));
  if (parts.length === 0) return out;
  const joined = parts.map((p) => p.text).join('\n\n');
  // The tagger reads a copy with the same offsets in which letters beyond Latin-1 are folded to
  // their base letters: it splits "Erdoğan" into "Erdo", "ğ", "an" and "Wałęsa" into four.
  const fed = foldForTagger(joined);
  const doc = nlp.readDoc(fed);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // Where each paragraph starts in the joined text.
  const bases: number[] = [];
  let base = 0;
  for (const p of parts) {
    bases.push(base);
    base += p.text.length + 2;
  }
  const owner: number[] = [];
  const local: number[] = [];
  /** The last of our tokens for each of wink's (a glued possessive is two). */
  const localLast: number[] = [];
  let cursor = 0;
  let part = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Tokens are separated by spaces (line breaks are tokens of their own): step over them, and the
    // token is nearly always right there. The tokenizer keeps every character but may fold some;
    // search from the cursor when needed.
    if (value.charCodeAt(0) !== 32) while (fed.charCodeAt(cursor) === 32) cursor++;
    let at = fed.startsWith(value, cursor) ? cursor : fed.indexOf(value, cursor);
    if (at < 0) at = cursor;
    // (The line breaks joining two paragraphs belong to neither: as the last token of a paragraph
    // with no full stop, "Union says warnings were ignored", they would stretch its claim.)
    if (value.trim() === '') {
      owner.push(-1);
      local.push(-1);
      localLast.push(-1);
      cursor = at + value.length;
      continue;
    }
    while (part + 1 < parts.length && at >= bases[part + 1]!) part++;
    const p = out[part]!;
    // The token as written, not as folded for the tagger.
    const text = fed === joined ? value : joined.slice(at, at + value.length);
    const folded = text.toLowerCase();
    const lower = folded.includes('’') || folded.includes('‘') ? folded.replace(/[’‘]/g, "'") : folded;
    const offset = parts[part]!.start + (at - bases[part]!);
    owner.push(part);
    local.push(p.tokens.length);
    // wink learns every word it meets, and once it has met "year's" whole (in "year's-end" or
    // "year's,") it stops splitting the possessive anywhere after: split it here, so what an
    // article yields does not depend on the articles read before it.
    const possessive = GLUED_POSSESSIVE.exec(text);
    if (possessive) {
      const word = possessive[1]!;
      const wordLower = lower.slice(0, word.length);
      p.tokens.push({ i: p.tokens.length, text: word, lower: wordLower, lemma: lemmaOf(wordLower), pos: /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN', start: offset, end: offset + word.length, sentence: 0, quote: -1 });
      p.tokens.push({ i: p.tokens.length, text: text.slice(word.length), lower: lower.slice(word.length), lemma: lower.slice(word.length), pos: 'PART', start: offset + word.length, end: offset + value.length, sentence: 0, quote: -1 });
    } else {
      p.tokens.push({ i: p.tokens.length, text, lower, lemma: lemmaOf(lower), pos: pos[i]!, start: offset, end: offset + value.length, sentence: 0, quote: -1 });
    }
    localLast.push(p.tokens.length - 1);
    cursor = at + value.length;
  }
  const spans: Array<Array<[number, number]>> = parts.map(() => []);
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    // Split a span at a paragraph boundary, should the tagger ever join two.
    let from = -1;
    for (let i = first; i <= last + 1; i++) {
      if (from >= 0 && (i > last || owner[i] !== owner[from])) {
        spans[owner[from]!]!.push([local[from]!, localLast[i - 1]!]);
        from = -1;
      }
      if (from < 0 && i <= last && owner[i]! >= 0) from = i;
    }
  });
  out.forEach((p, n) => {
    p.sentences = mergeBrokenSentences(splitAfterWordStops(spans[n]!, p.tokens), p.tokens);
    p.sentences.forEach((s, k) => {
      for (let i = s.first; i <= s.last; i++) p.tokens[i]!.sentence = k;
    });
    retagNamesReadAsVerbs(p);
    retagMisreadNouns(p.tokens);
  });
  return out;
}

/** A word with its possessive written on as one token: "year's", "Biden’s" (not "it's", which wink
 * always splits, nor "'s" alone). */
const GLUED_POSSESSIVE = /^(\p{L}[\p{L}.-]*)['’][sS]$/u;

/** Letters of Latin Extended-A/B and Latin Extended Additional, which the tagger splits words at. */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/g;

/** The text with each extended Latin letter replaced by one base letter of the same case, so
 * every offset stays where it was ("Erdoğan" → "Erdogan", "Wałęsa" → "Walesa"). */
function foldForTagger(text: string): string {
  EXTENDED_LATIN.lastIndex = 0;
  if (!EXTENDED_LATIN.test(text)) return text;
  return text.replace(EXTENDED_LATIN, (c) => {
    const base = stripDiacritics(c)[0] ?? c;
    if (/^[A-Za-z]$/.test(base)) return base;
    return c === c.toLowerCase() ? 'x' : 'X';
  });
}

/** US births under a given name that make a capitalised "verb" before a surname a given name
 * ("Wade" some 66,000); fewer, and "Ask" or "Stand" could be one. */
const GIVEN_NAME_BIRTHS = 20_000;

/**
 * The tagger reads some surnames as verbs ("Lynch said", "Loretta E. Lynch said"), and then no
 * rule sees a speaker. A capitalised "verb" inside a sentence, or one that opens a sentence with
 * another verb right after it, is a name. Headlines in title case are left alone, and so are the
 * reporting verbs themselves ("Ukraine Says …").
 */
function retagNamesReadAsVerbs(p: AnalysedParagraph): void {
  const tk = p.tokens;
  if (tk.length < 25) {
    let capitalised = 0;
    for (const t of tk) if (t.text !== t.lower) capitalised++;
    if (capitalised > tk.length / 2) return;
  }
  for (const s of p.sentences) {
    for (let i = s.first; i <= s.last; i++) {
      const t = tk[i]!;
      // Cheap tests first: most tokens are not verbs, and most verbs are lower case.
      if (t.pos !== 'VERB' || t.text === t.lower || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
      // ("Sayyid Talal bin Hamoud Al Said": the family name "Said" after its article.)
      if (VERB_FORMS.has(t.lower)) {
        if (t.text === 'Said' && i > s.first && /^(?:Al|El|al|el|bin|Bin|Abu|ibn)$/.test(tk[i - 1]!.text)) t.pos = 'PROPN';
        continue;
      }
      // The second half of a hyphenated name: "Kofi Mensah-Ward".
      const hyphen = tk[i - 1];
      if (hyphen && hyphen.text === '-' && hyphen.start === tk[i - 2]?.end && hyphen.end === t.start && tk[i - 2]!.pos === 'PROPN') {
        t.pos = 'PROPN';
        continue;
      }
      // Opening a sentence, or what the tagger missed as one (after a full stop, a colon or a quotation mark).
      // ("Kessler & Grant": an ampersand joins a name, it opens nothing.)
      const opens = i === s.first || !/^[\p{L}\p{N},&]/u.test(tk[i - 1]!.text);
      // "Having said that, …" opens with a participle, not a name.
      // ("Wade Pruitt, who …": a given name opening the sentence before a surname; not "Ask Anna".)
      // ("Lead author Grace Lim, …, said", "Acting director …": a modifier of the person noun after it.)
      if (opens && tk[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tk[i + 1]!.text) && namesAPerson(tk[i + 1]!.lower) && /^\p{Lu}/u.test(tk[i + 2]?.text ?? '')) {
        t.pos = 'ADJ';
        continue;
      }
      const givenName = opens && tk[i + 1]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tk[i + 1]!.text) && !/(ing|ed)$/.test(t.lower) && givenNameBirths(t.text) >= GIVEN_NAME_BIRTHS;
      if (!opens || givenName || (/^(VERB|AUX)$/.test(tk[i + 1]?.pos ?? '') && !/(ing|ed)$/.test(t.lower))) t.pos = 'PROPN';
    }
  }
}

/**
 * Nouns the tagger reads as something else where a speaker or a channel stands.
 * - "according to people familiar with …": after "according to" comes a noun phrase, never a verb.
 * - "in his nightly video address": a medium noun after a determiner or possessive.
 * - "Its chief, Philippe Lazzarini,": an adjective ending a determiner's phrase before a comma and a name.
 * - "Air defense shot down 13 of them": a phrasal verb read as a noun after its subject.
 * - "The Israeli military said", "the 52-year-old added": a noun phrase ending in an adjective is
 *   no speaker. An adjective right before a finite verb of saying, after a determiner, a modifier
 *   or a hyphen, is the head noun of the subject.
 */
function retagMisreadNouns(tk: Token[]): void {
  for (let i = 1; i + 1 < tk.length; i++) {
    const t = tk[i]!;
    if (t.pos === 'VERB' && i >= 2 && tk[i - 1]!.lower === 'to' && tk[i - 2]!.lower === 'according') {
      t.pos = t.text === t.lower ? 'NOUN' : 'PROPN';
      continue;
    }
    // ("she rewrote the final chapter": a word the tagger does not know, right after a subject
    // pronoun and before a determiner or a preposition, is the verb.)
    if (t.pos === 'NOUN' && t.text === t.lower && /^(he|she|they|we|i)$/.test(tk[i - 1]!.lower) && /^(DET|PRON|ADP)$/.test(tk[i + 1]!.pos) && /(ed|ote|ew|ught|ode|ook)$/.test(t.lower)) {
      t.pos = 'VERB';
      continue;
    }
    // ("noting that Cerro Blanco accounts for roughly 1.5% …": a name right after "that", then a
    // present-tense verb the tagger read as a plural noun, before a preposition or an adverb.)
    // (Not "that Russian claims of its capture were …": a noun before "of".)
    if (t.pos === 'NOUN' && t.text === t.lower && /[^s]s$/.test(t.lower) && tk[i - 1]!.pos === 'PROPN' && /^(ADP|ADV)$/.test(tk[i + 1]!.pos) && tk[i + 1]!.lower !== 'of') {
      let n = i - 1;
      while (n > 0 && tk[n]!.pos === 'PROPN') n--;
      if (tk[n]!.lower === 'that' && n < i - 1) {
        t.pos = 'VERB';
        continue;
      }
    }
    // ("the Asuncion-based think tank CADEP": a think tank is a noun.)
    if (t.lower === 'think' && /^tanks?$/.test(tk[i + 1]!.lower)) {
      t.pos = 'NOUN';
      continue;
    }
    // ("Harriet Osei, global policy lead at Carbon Watch": a job after a noun or an adjective and
    // before where it is held is a noun.)
    if (t.pos === 'VERB' && /^(lead|head|chair|coach|captain)$/.test(t.lower) && /^(NOUN|ADJ)$/.test(tk[i - 1]!.pos) && /^(at|of|for|with)$/.test(tk[i + 1]!.lower)) {
      t.pos = 'NOUN';
      continue;
    }
    // ("who have long accused the ministry of …": a past participle after "have", over an adverb the
    // tagger may call an adjective, is the verb.)
    if (t.pos === 'NOUN' && /ed$/.test(t.lower) && t.text === t.lower && (/^(has|have|had)$/.test(tk[i - 1]!.lower) || (i >= 2 && /^(long|also|repeatedly|previously|already|since|often)$/.test(tk[i - 1]!.lower) && /^(has|have|had)$/.test(tk[i - 2]!.lower)))) {
      t.pos = 'VERB';
      continue;
    }
    // ("said that pay grading was set locally": a "verb" opening a that-clause, before a noun and an
    // auxiliary, is a noun modifying the clause's subject.)
    if (t.pos === 'VERB' && tk[i + 2]?.pos === 'AUX' && t.text === t.lower && t.lower === t.lemma && i >= 2 && ((tk[i - 1]!.lower === 'that' && saidForm(tk[i - 2]!)) || saidForm(tk[i - 1]!)) && /^(NOUN|VERB)$/.test(tk[i + 1]!.pos)) {
      t.pos = 'NOUN';
      continue;
    }
    // ("said catches had fallen": a plural right after "said" and before an auxiliary is the clause's subject.)
    if (t.pos === 'VERB' && /^(said|says|say)$/.test(tk[i - 1]!.lower) && (tk[i + 1]!.pos === 'AUX' || tk[i + 1]!.lower === 'of') && /s$/.test(t.lower)) {
      t.pos = 'NOUN';
      continue;
    }
    // ("Northbridge Together wrote …": a capitalised "adverb" right after a name is part of it.)
    if (t.pos === 'ADV' && tk[i - 1]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && tk[i - 1]!.end + 1 === t.start) {
      t.pos = 'PROPN';
      continue;
    }
    // "in his nightly video address on Sunday", "in a post": the medium of a statement, after a
    // determiner or possessive, is a noun.
    if (t.pos === 'VERB' && MEDIUM_NOUNS.has(t.lower) && determinerBefore(tk, i) >= 0) {
      t.pos = 'NOUN';
      continue;
    }
    // "Samoa's lead negotiator", "the party's acting chair": between a possessive and a noun, a
    // "verb" modifies the noun.
    if (t.pos === 'VERB' && tk[i + 1]!.pos === 'NOUN' && tk[i - 1]!.pos === 'PART' && /^['’]s$/.test(tk[i - 1]!.text)) {
      t.pos = 'ADJ';
      continue;
    }
    // "Air defense shot down 13 of them": a "noun" right after its subject and before a phrasal
    // verb's particle and an object is the verb.
    if (t.pos === 'NOUN' && /^(down|up|out|off)$/.test(tk[i + 1]!.lower) && /^(NOUN|PROPN|PRON)$/.test(tk[i - 1]!.pos) && /^(NUM|DET|PRON|PROPN)$/.test(tk[i + 2]?.pos ?? '') && t.text === t.lower) {
      t.pos = 'VERB';
      continue;
    }
    // "Economists at Marlow Capital estimate that …": a verb of saying the tagger read as a noun,
    // after a name with no determiner before it and before "that".
    if (t.pos === 'NOUN' && tk[i + 1]!.lower === 'that' && tk[i - 1]!.pos === 'PROPN' && SPEECH_VERBS.has(t.lemma)) {
      let k = i - 1;
      while (k > 0 && tk[k - 1]!.pos === 'PROPN') k--;
      // (Not "in an extraordinary Instagram post that …": a determiner over adjectives too.)
      if (tk[k - 1]?.pos !== 'DET' && !/^['’]s$/.test(tk[k - 1]?.text ?? '') && !(MEDIUM_NOUNS.has(t.lower) && determinerBefore(tk, i) >= 0)) t.pos = 'VERB';
      continue;
    }
    // ("“…,” the complaint states.", "“…,” the filing notes.": a verb of saying the tagger read as a
    // plural noun, after the noun phrase that follows a quotation and before the sentence's end.)
    if (t.pos === 'NOUN' && /^(states|notes|claims|reads|argues|alleges|adds|says|warns|concludes|finds|contends)$/.test(t.lower) && tk[i - 1]!.pos === 'NOUN' && /^[.,;]$/.test(tk[i + 1]!.text)) {
      let k = i - 1;
      while (k > 0 && /^(NOUN|ADJ|DET|PROPN)$/.test(tk[k]!.pos)) k--;
      if (/^[”"’']$/.test(tk[k]!.text) && tk[k - 1]?.text === ',') t.pos = 'VERB';
      continue;
    }
    // ("Choi Min-ah", "Yoon Jae-sung": the lower-case half of a Korean given name joined by a hyphen
    // to a name is part of it.)
    if (tk[i - 1]!.text === '-' && i >= 3 && t.pos !== 'PROPN' && tk[i - 1]!.start === tk[i - 2]!.end && tk[i - 1]!.end === t.start && tk[i - 2]!.pos === 'PROPN' && tk[i - 3]!.pos === 'PROPN' && /^\p{Ll}{1,5}$/u.test(t.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(tk[i - 2]!.text)) {
      t.pos = 'PROPN';
      continue;
    }
    // ("one villager fumed: “…”": a verb of saying in the past read as an adjective, after its
    // subject and before a colon or a quotation.)
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && SPEECH_VERBS.has(t.lemma) && /^(NOUN|PROPN|PRON)$/.test(tk[i - 1]!.pos) && /^[:“"‘]$/.test(tk[i + 1]!.text)) {
      t.pos = 'VERB';
      continue;
    }
    // ("Standing counsel for the DPCC, Ritu Malhotra, informed the court that …": a verb of saying
    // in the past the tagger read as an adjective, after a name set off by commas and before its
    // object or a that-clause.)
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && SPEECH_VERBS.has(t.lemma) && tk[i - 1]!.text === ',' && i >= 2 && tk[i - 2]!.pos === 'PROPN' && /^(DET|PRON|SCONJ)$/.test(tk[i + 1]!.pos)) {
      t.pos = 'VERB';
      continue;
    }
    // ("The 24-year-old, who scored 21 goals, wrote …": an age standing for the person, before a
    // comma, is a noun.)
    if (t.pos === 'ADJ' && t.lower === 'old' && tk[i - 1]!.text === '-' && i >= 2 && /^(?:year|month)s?$/.test(tk[i - 2]!.lower) && tk[i + 1]!.text === ',') {
      t.pos = 'NOUN';
      continue;
    }
    // ("The DA spokesperson", "US officials": an acronym the tagger read as a function word, in
    // running text, is a name.)
    if (t.text !== t.lower && /^[A-Z]{2,5}$/.test(t.text) && /^(DET|PRON|ADP|AUX|CCONJ|SCONJ)$/.test(t.pos) && /\p{Ll}/u.test(tk[i + 1]!.text) && !/^[A-Z]{2,}$/.test(tk[i - 1]!.text)) {
      t.pos = 'PROPN';
      continue;
    }
    // ("Health Minister Ravi Das said", "Officer Tom Will said": a capitalised "auxiliary" or
    // "determiner" after a name and before a verb of saying (or an auxiliary before a comma: "the
    // minister, Ravi Das, said") ends the name. (Not before a bare verb: "Museum Will Tell" is a
    // headline's auxiliary.)
    if ((t.pos === 'AUX' || t.pos === 'DET') && tk[i - 1]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && tk[i - 1]!.end + 1 === t.start && ((tk[i + 1]!.pos === 'VERB' && saidForm(tk[i + 1]!)) || (t.pos === 'AUX' && tk[i + 1]!.text === ','))) {
      t.pos = 'PROPN';
      continue;
    }
    if (t.pos !== 'ADJ') continue;
    // ("A high school senior from Springfield, Noah Castellanos, told …": a person's standing before
    // where they are from is a noun.)
    if (/^(senior|junior|freshman|sophomore)$/.test(t.lower) && /^(from|at)$/.test(tk[i + 1]!.lower) && /^(NOUN|ADJ|DET)$/.test(tk[i - 1]!.pos)) {
      t.pos = 'NOUN';
      continue;
    }
    // "A Ukrainian marine who has fought …": an "adjective" before "who" is the noun it describes.
    if (tk[i + 1]!.lower === 'who' && /^(DET|ADJ|PROPN)$/.test(tk[i - 1]!.pos)) {
      t.pos = 'NOUN';
      continue;
    }
    if (tk[i + 1]!.text === ',') {
      // (And "The general, who replaced …": before a relative clause too.)
      if (opensWithDeterminer(tk, i) && (/^\p{Lu}/u.test(tk[i + 2]?.text ?? '') || tk[i + 2]?.lower === 'who')) t.pos = 'NOUN';
      continue;
    }
    // ("The military has denied …": over an auxiliary or an adverb.)
    let n = i + 1;
    while (n < i + 3 && (tk[n]?.pos === 'AUX' || tk[n]?.pos === 'ADV')) n++;
    const next = tk[n];
    if (!next || next.pos !== 'VERB' || (next.lemma === next.lower && n === i + 1) || next.lower.endsWith('ing') || !SPEECH_VERBS.has(next.lemma)) continue;
    const before = tk[i - 1]!;
    // ("the 52-year-old added": the last piece of a hyphenated compound.)
    if (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NOUN' || before.pos === 'PROPN' || /^['’]s$/.test(before.text) || (before.text === '-' && before.start === tk[i - 2]?.end)) t.pos = 'NOUN';
  }
}

/** A verb of saying in a past or present form ("said", "insisted", "says"), not its bare lemma. */
function saidForm(t: Token): boolean {
  return t.lower !== t.lemma && SPEECH_VERBS.has(t.lemma);
}

/** "Its chief, Philippe Lazzarini,", "The commissioner-general, …": a phrase from a determiner or
 * possessive through modifiers to the adjective at `i`, opening its sentence or clause. Such a
 * phrase before a comma and a name is a role, so its last word is a noun. */
function opensWithDeterminer(tk: Token[], i: number): boolean {
  let k = determinerBefore(tk, i);
  if (k < 0) return false;
  // ("Nato’s secretary general": the phrase opens with its possessor.)
  if (tk[k]!.pos === 'PART') {
    k--;
    while (k > 0 && /^(PROPN|NOUN|DET)$/.test(tk[k - 1]!.pos) && tk[k - 1]!.sentence === tk[k]!.sentence) k--;
  }
  const opener = tk[k - 1];
  return !opener || opener.text === ',' || opener.pos === 'CCONJ' || opener.sentence !== tk[k]!.sentence;
}

/** The determiner or possessive that the modifiers before `i` hang from ("his nightly video"), or -1. */
function determinerBefore(tk: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (tk[k]!.pos === 'ADJ' || tk[k]!.pos === 'NOUN' || tk[k]!.pos === 'PROPN' || tk[k]!.text === '-')) k--;
  const d = tk[k];
  // ("Nato’s secretary general, Jens Stoltenberg,": a possessive's ending works as a determiner.)
  return d && (d.pos === 'DET' || (d.pos === 'PRON' && /^(its|his|her|their|our)$/.test(d.lower)) || (d.pos === 'PART' && /^['’]s$/.test(d.text))) ? k : -1;
}

/** A paragraph opening with words in capitals, as tabloids and sports pages open a story. */
const CAPITALS_LEAD = /^(?:\p{Lu}{2,}|\p{Lu}\s+\p{Lu}{2,})/u;
/** The words in capitals that open a paragraph, up to the first word that is not in capitals. */
const CAPITALS_RUN = /^(?:\p{Lu}[\p{Lu}'’-]*\s+)+?(?=\p{Lu}?\p{Ll})/u;
/** Short words in capitals that are words, not acronyms: "A MOTHER OF THREE has …". */
const SMALL_WORDS = /^(?:A|AN|THE|OF|IN|ON|AT|TO|FOR|AND|OR|WHO|HAS|HAD|WAS|IS|ARE|HIS|HER|MY|ONE|TWO|MAN|BOY|GIRL|MUM|DAD|WIFE)$/;

/** The paragraph as the tagger should read its opening words in capitals, the same length so
 * that offsets hold. A name ("LUCA FERRANDI accused …", "DANNY Rourke has …", first word a given
 * name) is written as a name; other words ("A MOTHER of three has …", "POLICE have …") in lower
 * case, leaving acronyms ("THE BBC"). The tagger and the speaker rules read capitals as acronyms,
 * organisations. */
function capitalsLeadRead(text: string): string {
  const run = CAPITALS_RUN.exec(text)?.[0];
  if (!run) return text;
  const words = run.trim().split(/\s+/);
  const title = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const rest = text.slice(run.length);
  // A given name, its surname in capitals or not after it.
  if (words.length <= 2 && givenNameBirths(title(words[0]!)) >= 1000 && (words.length === 2 || /^\p{Lu}\p{Ll}[\p{L}'’-]*[\s,]/u.test(rest))) return run.replace(/\S+/g, title) + rest;
  // (One word in capitals may be an acronym, "NHTSA said", "PGMOL said": only a person's noun
  // before a name is lowered, "SINGER Kezia Marlowe".)
  if (words.length < 2) return namesAPerson(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(rest) ? title(words[0]!) + text.slice(words[0]!.length) : text;
  let n = 0;
  return run.replace(/\S+/g, (w) => {
    const first = n++ === 0;
    if (w.length <= 4 && !SMALL_WORDS.test(w)) return w;
    return first ? title(w) : w.toLowerCase();
  }) + rest;
}

/** wink reads "in." and "no." as abbreviations ("in." for inches) and runs on into the next
 * sentence when it opens with a quotation mark: "… to let aid in. "It is not enough," he said."
 * Such a word, then an opening mark and a capital, ends the sentence, as does "in." or "no." after
 * a word that is no number, then a capital. So does "on X." (the
 * platform, read as an initial) before a capital. */
function splitAfterWordStops(spans: Array<[number, number]>, tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i + 2 <= last; i++) {
      const t = tokens[i]!;
      // "… wrote on X. He said …": the platform's name with the full stop read as an initial.
      if (t.text === 'X.' && /^(on|via)$/.test(tokens[i - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[i + 1]!.text)) {
        out.push([from, i]);
        from = i + 1;
        continue;
      }
      // "Neighbours weighed in. Peter Mwangi said …": "in." after no number is no inch, and "no."
      // before no number is no abbreviation; a capital after either opens the next sentence.
      const after = tokens[i + 1]!;
      if ((t.text === 'in.' || t.text === 'no.') && after.start > t.end && /^\p{Lu}/u.test(after.text) && !/\d/.test(tokens[i - 1]?.text ?? '0')) {
        out.push([from, i]);
        from = i + 1;
        continue;
      }
      const mark = tokens[i + 1]!;
      const next = tokens[i + 2]!;
      if (!t.text.endsWith('.') || !/^\p{Ll}+\.$/u.test(t.text) || !(mark.text === '"' || mark.text === '“')) continue;
      if (mark.start > t.end && next.start === mark.end && /^\p{Lu}/u.test(next.text)) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, last]);
  }
  return out;
}

/** Whether tokens first..last hold no letter or digit: quotation marks, blank lines. */
function wordless(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return false;
  return true;
}

/** wink ends sentences inside "(D-N.C.)" and after "Gen." style abbreviations: join a sentence
 * to the next when it leaves a bracket open, ends with a title ("the Rev.") or inside a party and
 * state tag (", D-N.Y.,"), or the next one starts in lower case. */
function mergeBrokenSentences(spans: Array<[number, number]>, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (const [first, last] of spans) {
    const prev = out.at(-1);
    const firstToken = tokens[first];
    if (prev && firstToken) {
      let open = 0;
      for (let i = prev.first; i <= prev.last; i++) {
        if (tokens[i]!.text === '(') open++;
        else if (tokens[i]!.text === ')') open--;
      }
      // "said the Rev. Peter Wherry", "the Oyo State Governor, Engr. Adewale Oyerinde,": a title's
      // full stop ends no sentence.
      const lastTwo = `${tokens[prev.last - 1]?.text ?? ''}${tokens[prev.last]!.text}`;
      // "Chuck Schumer, D-N.Y., accused": a party and state tag out of brackets ends no sentence.
      const stateTag = /^[A-Z][a-z]?\.$/.test(firstToken.text) && tokens[prev.last - 2]?.text === '-' && /^[A-Z]\.?$/.test(tokens[prev.last - 1]?.text ?? '');
      // ("struck at 2.18am local time": a full stop with no space after it is inside a number.)
      const glued = tokens[prev.last]!.text === '.' && firstToken.start === tokens[prev.last]!.end && /^\d/.test(firstToken.text);
      // A paragraph's opening quotation mark that the tagger left as a sentence of its own belongs
      // to the sentence after it.
      const bare = wordless(tokens, prev.first, prev.last);
      // (Nor one that opens with a comma: "Sen. Patricia Kwan (D-Wash.), who chairs …".)
      if (bare || open > 0 || stateTag || glued || /^[a-z,;]/.test(firstToken.text) || /^(?:Rev|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Maj|Adm|Cmdr|Insp|Supt|Engr|Hon|Barr|Amb|Cllr|Rt|Fr)\.?\.?$/.test(lastTwo)) {
        prev.last = last;
        prev.end = tokens[last]!.end;
        continue;
      }
    }
    out.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end });
  }
  return out;
}
