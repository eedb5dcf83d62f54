// Attribution rules over the tokens of one paragraph: find each reporting cue, the words that
// name its speaker, and the words that carry its claim. Rules follow the constructions of
// English news reporting (see the README's list); none is tied to a particular article.
import type { AnalysedParagraph, Token } from './nlp.ts';
import type { ClaimKind } from './types.ts';
import { isCountryName, isSeatOfGovernment } from './countries.ts';
import { givenNameGender } from './givenNames.ts';
import {
  AS_ONLY_VERBS,
  CLAIM_NOUNS,
  CLAUSE_BREAKS,
  COMMITMENT_VERBS,
  DATELINE,
  FEELING_NOUNS,
  FORMS_OF_ADDRESS,
  GIVEN_NAME,
  GROUP_NOUNS,
  REACHED_BY,
  COMPLEMENT_VERBS,
  ISSUED_NOUN,
  MEDIUM_NOUNS,
  NAME_PARTICLES,
  NAMING_VERBS,
  PHRASAL_CUES,
  OBJECT_VERBS,
  ORGANISATION_WORDS,
  PLATFORMS,
  PUBLIC_BODY_WORDS,
  QUOTE_ONLY_VERBS,
  ROLE_NOUNS,
  namesAPerson,
  namesPeople,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  STATEMENT_VERBS,
  THAT_ONLY_VERBS,
  CLAUSE_ONLY_VERBS,
  VERB_FORMS,
  VERB_MODIFIERS,
} from './lexicon.ts';

export interface TokenRange {
  first: number;
  last: number;
}

/** How the speaker of an attribution is to be found. */
export type SpeakerRef =
  | { type: 'words'; range: TokenRange; appositive: string | null; /** a transcript label in capitals ("PENCE:") */ label?: boolean }
  /** Elided subject ("…, adding that …", "but described it as …"): the sentence's last speaker or subject. */
  | { type: 'previous'; fallback: TokenRange | null }
  /** "A: …" in a question-and-answer interview: the person interviewed. */
  | { type: 'interviewee' };

export interface Attribution {
  sentence: number;
  cue: TokenRange;
  cueText: string;
  speaker: SpeakerRef;
  /** Body offsets of the claim's words, or null for an attribution with no content of its own
   * ("… released a statement."), which later quotes may continue. */
  content: { start: number; end: number; text?: string; pieces?: Array<{ start: number; end: number }> } | null;
  kind: ClaimKind;
  /** Tokens that are neither speaker nor content: where the date and the channel are said. */
  zone: TokenRange[];
  via: string | null;
  /** Set when the content is a quotation (its index in the paragraph's quote list). */
  quote: number | null;
  /** The second half of a quotation interrupted by its attribution (“On this basis,” X said, “…”). */
  resumedQuote?: number;
  /** Found only by its colon ("Ruiz doubled down: “…”"): gives way to any other attribution of the quotation. */
  viaColon?: boolean;
  /** Set for words of saying a claim reports ("said the delegation had proposed …"): no speaker of
   * the article's own. */
  nested?: boolean;
}

export interface ParagraphQuote {
  /** Body offsets, marks included. */
  open: number;
  close: number;
  innerStart: number;
  innerEnd: number;
  words: number;
  /** The paragraph ended before the quotation closed: by news convention it goes on in the next. */
  unclosed: boolean;
  /** Token range of the quote marks and words. */
  first: number;
  last: number;
}

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|overnight)$/;
const TIME_WORDS = /^(morning|afternoon|evening|night|week|month|year|weekend|earlier|later|last|this|late|early|mid|ago)$/;
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(\.|uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$/;
const OPEN_MARKS = new Set(['"', '“', '„', '«', '‘']);
const CLOSE_MARKS = new Set(['"', '”', '»', '’']);
const NP_START_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);

export function findAttributions(p: AnalysedParagraph, quotes: ParagraphQuote[]): Attribution[] {
  const out: Attribution[] = [];
  const consumed = new Set<number>();
  const label = transcriptLabel(p) ?? answerLabel(p) ?? headlineLabel(p) ?? sourceLabel(p, quotes);
  if (label) return [label];
  for (let s = 0; s < p.sentences.length; s++) {
    const sent = p.sentences[s]!;
    const inSentence: Attribution[] = [];
    for (let i = sent.first; i <= sent.last; i++) {
      const t = p.tokens[i]!;
      if (t.quote >= 0 || consumed.has(i)) continue;
      // Most tokens cannot start an attribution: a set lookup settles them before any rule runs.
      if (!DASHES.has(t.text) && !VERB_FORMS.has(t.lower) && t.lower !== 'according' && !CLAIM_NOUNS.has(t.lower)) continue;
      // ("one of the legislators said to have been approached", "he is said to be furious": hearsay
      // in the passive names no one who said it.)
      if (/^(said|reported|alleged|rumou?red)$/.test(t.lower) && p.tokens[i + 1]?.lower === 'to' && /^(have|be)$/.test(p.tokens[i + 2]?.lower ?? '') && /^(NOUN|PROPN|AUX)$/.test(p.tokens[i - 1]?.pos ?? '')) continue;
      let found = DASHES.has(t.text) ? dashAttribution(p, quotes, i, sent.last) : matchCue(p, quotes, i, sent.first, sent.last, inSentence);
      if (!found || signRead(p.tokens, found)) continue;
      // ("released a statement", "wrote a victim impact statement": the statement is the channel.)
      if (!found.via && found.cue.last > found.cue.first && STATEMENT_NOUNS.has(p.tokens[found.cue.last]!.lower)) found = { ...found, via: textOf(p, found.cue.first + 1, found.cue.last) };
      // "The mission will report its findings …", "Trump will insist …": what someone will say is
      // no claim yet, though who will say it is still the one spoken of.
      const saysLater = willSay(p.tokens, found.cue.first) || wouldSayInside(p.tokens, found.cue.first, inSentence) || timeClauseInside(p.tokens, found.cue.first, inSentence);
      // ("According to the minutes of the meeting, he argued that …": a record, or sources, telling of
      // what someone said; the one who said it speaks, and the record is the channel.)
      const told = saysLater ? null : recordTelling(p, found, inSentence);
      if (saysLater) found = { ...found, content: null, quote: null, kind: 'indirect' };
      else if (told) {
        inSentence.pop();
        found = { ...found, via: found.via ?? textOf(p, told.first, told.last) };
      }
      // (Someone a claim reports on is no speaker of this article's, nor whom a later "she" means.)
      else if (reportedInside(p.tokens, found, inSentence)) found = { ...found, content: null, quote: null, kind: 'indirect', nested: true };
      for (const z of found.zone) for (let k = z.first; k <= z.last; k++) consumed.add(k);
      inSentence.push({ ...found, sentence: s });
      i = Math.max(i, found.cue.last);
    }
    if (inSentence.length === 0) {
      const colon = colonQuote(p, quotes, sent.first, sent.last);
      if (colon) inSentence.push({ ...colon, sentence: s });
    }
    out.push(...inSentence);
  }
  // A quotation after a colon that an attribution of its own claims ("…: “…,” she said") is that one's.
  return out.filter((a) => !a.viaColon || !out.some((b) => b !== a && b.quote === a.quote));
}

/** When `found` opens the content of the "according to" just before it, a record or unnamed
 * sources, with a name or a pronoun as its subject and a past verb of saying ("According to the
 * minutes, he argued that …", "According to two people …, Tavares told Reis Ferraz that …"): the
 * source's words, which become the claim's channel. Null otherwise. */
function recordTelling(p: AnalysedParagraph, found: Found, earlier: Attribution[]): TokenRange | null {
  const record = earlier.at(-1);
  if (!record || record.cueText.toLowerCase() !== 'according to' || !record.content || record.speaker.type !== 'words' || found.speaker.type !== 'words' || !found.content) return null;
  const tk = p.tokens;
  // (Only a record or unnamed sources: "According to Yahoo News, Clinton's spokesman said …" is
  // the outlet's report, "According to Khanyile, Eskom told Parliament …" the analyst's account.)
  const source = tk.slice(record.speaker.range.first, record.speaker.range.last + 1);
  const unnamed = source.some((t) => /^(familiar|knowledge|briefed|close)$/.test(t.lower)) || /^(people|sources|officials|aides|diplomats)$/.test(source.at(-1)!.lower);
  if (!unnamed && !RECORD_NOUNS.test(source.find((t) => t.lower !== 'the' && t.pos === 'NOUN')?.lower ?? '')) return null;
  const subject = found.speaker.range;
  const cue = tk[found.cue.first]!;
  const opensIt = tk[subject.first]!.start === record.content.start && (tk[subject.last]!.pos === 'PROPN' || /^(he|she|they)$/.test(tk[subject.last]!.lower)) && subject.last + 1 === found.cue.first;
  return opensIt && cue.lower !== cue.lemma && SPEECH_VERBS.has(cue.lemma) ? record.speaker.range : null;
}

/** "A sign on the church marquee read “PRAY FOR OUR HAWKS.”", "a banner read …": a sign says
 * nothing anyone in the story can be cited for. */
function signRead(tk: Token[], found: Found): boolean {
  if (found.speaker.type !== 'words' || !/^read/.test(tk[found.cue.first]!.lower)) return false;
  const { first, last } = found.speaker.range;
  return tk.slice(first, last + 1).some((t) => /^(?:sign|signs|banner|banners|placard|placards|poster|posters|marquee|billboard|graffiti|slogan|t-shirt|shirt|headline|caption|plaque|sticker)$/.test(t.lower));
}

/** A future or a duty right before the verb of saying (over adverbs): "will report", "will likely
 * insist", "must tell". */
function willSay(tk: Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 3; k--) {
    const w = tk[k]!.lower;
    // ("manufacturers must tell the commission once they learn …": a duty, not words said.)
    if (/^(will|shall|'ll|’ll|must|should)$/.test(w)) return true;
    if (tk[k]!.pos !== 'ADV' && tk[k]!.pos !== 'PART') return false;
  }
  return false;
}

/** "… and that Ottawa would announce further measures": what someone would say, inside another's
 * claim, is part of that claim. */
function wouldSayInside(tk: Token[], cue: number, earlier: Attribution[]): boolean {
  let k = cue - 1;
  while (k >= 0 && tk[k]!.pos === 'ADV') k--;
  if (!/^(would|could|might)$/.test(tk[k]?.lower ?? '')) return false;
  const at = tk[cue]!.start;
  return insideClaim(earlier, at);
}

/** "Terzi said the council's delegation had proposed a ceasefire of 30 days": what a claim reports
 * someone else said or did is part of that claim, not a claim of theirs. Not a new clause ("…,
 * and a columnist called the book …"), nor a relative clause ("in a swap that officials in Kyiv
 * said had been held up"), which are claims of their own; nor the participle a claim opens with. */
function reportedInside(tk: Token[], found: Found, earlier: Attribution[]): boolean {
  if (found.kind === 'direct' || found.speaker.type !== 'words') return false;
  // (The nested speaker is named inside the claim: "said [the council's delegation had proposed …]",
  // not the first speaker going on, "said … and claimed that …".)
  const s = found.speaker.range.first;
  const at = tk[s]!.start;
  if (!earlier.some((a) => a.content !== null && a.kind !== 'direct' && a.content.start <= at && a.content.end > tk[found.cue.first]!.start)) return false;
  // ("Rahman told jurors that … she warned Voss that …": the speaker going on, in more detail.)
  if (found.speaker.range.last === s && tk[s]!.pos === 'PRON') return false;
  const before = tk[s - 1];
  const twoBefore = tk[s - 2];
  if (!before) return false;
  if (/^(and|but)$/.test(before.lower) && (twoBefore?.text === ',' || twoBefore?.text === ';')) return false;
  // ("… were ignored as the operator insists it …", "…, while the ministry said …": set against it.)
  if (/^(while|whereas|as)$/.test(before.lower) && tk[s - 2]?.lower !== 'soon') return false;
  // ("a swap that officials in Kyiv said …", "“systematic irregularities” that she said …",
  // "Bakhmut, where Russia had claimed victory": a relative clause, the reporter's or the speaker's
  // aside, not what the claim reports.)
  // (But "reminded jurors that Lindqvist had told detectives …": "that" after a verb of saying and
  // its object opens the claim, not a relative clause on the object.)
  const toldWhom = before.lower === 'that' && twoBefore !== undefined && /^(NOUN|PRON)$/.test(twoBefore.pos) && tk[s - 3] !== undefined && VERB_FORMS.has(tk[s - 3]!.lower) && tk[s - 3]!.pos === 'VERB';
  // (Nor "said on Thursday that a survey … found …": "that" after a time opens the claim.)
  const afterTime = before.lower === 'that' && isTime(tk, s - 2);
  if (!toldWhom && !afterTime && /^(that|which|who|where)$/.test(before.lower) && twoBefore !== undefined && (twoBefore.pos === 'NOUN' || twoBefore.pos === 'PROPN' || CLOSE_MARKS.has(twoBefore.text) || (twoBefore.text === ',' && before.lower !== 'that'))) return false;
  return true;
}

/** Where the participle starts in "report released last month" / "study published on Tuesday in
 * JAMA" before a verb: a document noun, a past participle, then only nouns and a preposition or
 * two up to the verb at `end` + 1; null when the words before the verb are not that, or name the
 * document's author ("released by the bureau"), who is then the speaker. */
function documentPutOut(tk: Token[], from: number, end: number): number | null {
  for (let m = end; m > from && end - m < 10; m--) {
    const t = tk[m]!;
    // ("acknowledged the findings in a statement released late Monday but insisted …": a clause
    // joined by "but" has its own subject.)
    if (t.quote >= 0 || /^[\p{P}]+$/u.test(t.text) || t.lower === 'by' || t.pos === 'CCONJ') return null;
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && DOCUMENT_NOUNS.test(tk[m - 1]!.lower)) return m;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** A participle, regular or not: "killed", "fighting", "shot", "held". */
function participleLike(t: Token): boolean {
  return /(ing|ed)$/.test(t.lower) || /^(shot|hit|held|struck|found|taken|seen|known|born|hurt|caught|left|kept|sent|built|made|beaten|stabbed|run|won|lost)$/.test(t.lower);
}

/** Where "One of them" / "Two of those people" / "one of the engineers" starts when it ends at `j`
 * with a pronoun or a demonstrative's noun; null otherwise. */
function someOfThem(tk: Token[], j: number, sFirst: number): number | null {
  let of: number;
  if (/^(them|those|these|us)$/.test(tk[j]!.lower)) of = j - 1;
  // ("what one of their ministers called …": one of a group's people.)
  else if (tk[j]!.pos === 'NOUN' && /^(those|these|their|its|our)$/.test(tk[j - 1]?.lower ?? '')) of = j - 2;
  else return null;
  const count = of - 1;
  if (count < sFirst || tk[of]?.lower !== 'of' || !/^(one|two|three|four|five|several|some|many|most|another|none|neither|either|each|both|all)$/.test(tk[count]!.lower)) return null;
  return count;
}

/** Whether body offset `at` lies inside the content of one of the sentence's earlier attributions. */
function insideClaim(earlier: Attribution[], at: number): boolean {
  return earlier.some((a) => a.content !== null && a.content.start <= at && a.content.end > at);
}

/** "… the order was issued as soon as engineers confirmed the breach": a verb of saying in a clause
 * of time or reason, inside another's claim, tells when or why; it is part of that claim. */
function timeClauseInside(tk: Token[], cue: number, earlier: Attribution[]): boolean {
  const at = tk[cue]!.start;
  if (!insideClaim(earlier, at)) return false;
  let k = cue - 1;
  while (k >= 0 && (tk[k]!.pos === 'ADV' || tk[k]!.pos === 'AUX' || tk[k]!.pos === 'PART')) k--;
  // The clause's subject: a short noun phrase ("engineers", "the district's officials").
  const subjectEnd = k;
  while (k >= 0 && subjectEnd - k < 5 && (NP_START_POS.has(tk[k]!.pos) || /^['’]s$/.test(tk[k]!.lower))) k--;
  if (k === subjectEnd) return false;
  // (Not "as" alone nor "while": "… were ignored, as the operator insists it …" sets a claim against it.)
  const word = tk[k]?.lower ?? '';
  return /^(after|before|when|once|until|since|because|if)$/.test(word) || (word === 'as' && tk[k - 1]?.lower === 'soon');
}

/**
 * "In a post on X, Ruiz doubled down: “I said what I said.”", "She was blunt: “…”": a quotation
 * opening right after a colon, in a sentence whose subject is a name or a pronoun, is theirs.
 * Only for a sentence with no attribution of its own.
 */
function colonQuote(p: AnalysedParagraph, quotes: ParagraphQuote[], sFirst: number, sLast: number): Found | null {
  const tk = p.tokens;
  let colon = -1;
  for (let k = sFirst; k <= sLast && tk[k]!.quote < 0; k++) {
    if (tk[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  const q = colon >= 0 ? (tk[colon + 1]?.quote ?? -1) : -1;
  if (q < 0 || quotes[q]!.first !== colon + 1) return null;
  const subject = sentenceSubject(p, sFirst, colon);
  if (!subject) return null;
  const head = tk[subject.last]!;
  if (!(head.pos === 'PROPN' || (head.pos === 'PRON' && /^(he|she|they)$/.test(head.lower)))) return null;
  let verb = subject.last + 1;
  while (verb < colon && tk[verb]!.pos !== 'VERB' && tk[verb]!.pos !== 'AUX') verb++;
  // A short verb phrase ("doubled down", "was blunt"), not a sentence of the reporter's.
  if (verb >= colon || colon - verb > 4) return null;
  // "In a post on X, …": the opening phrase is the channel.
  const zone: TokenRange[] = subject.first > sFirst + 1 && tk[subject.first - 1]!.text === ',' && /^(in|on)$/.test(tk[sFirst]!.lower) ? [{ first: sFirst, last: subject.first - 2 }] : [];
  const Q = quotes[q]!;
  return {
    cue: { first: verb, last: colon - 1 },
    cueText: textOf(p, verb, colon - 1),
    speaker: { type: 'words', range: subject, appositive: null },
    content: { start: Q.innerStart, end: Q.innerEnd },
    kind: 'direct',
    zone,
    via: findVia(tk, zone, 'say', colon),
    quote: q,
    viaColon: true,
  };
}

type Found = Omit<Attribution, 'sentence'>;

const DASHES = new Set(['―', '—', '–', '-']);

/** A headline that opens the body in the "Speaker: what they say" form ("Pat Caddell: Democrat
 * Voters Worried About …", "Zelensky: Bakhmut Will Not Fall"). Only the body's first paragraph,
 * only short, and never an editorial label ("Watch: …", "Update: …"). */
export const HEADLINE_LABEL = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*):\s+(?=\S)/u;

function headlineLabel(p: AnalysedParagraph): Attribution | null {
  if (p.start !== 0 || p.tokens.length > 30) return null;
  const m = HEADLINE_LABEL.exec(p.text);
  // A name or a body, not a kicker ("Stealth Over Health:", "The Latest:").
  if (!m || EDITORIAL_LABELS.test(m[1]!.toUpperCase()) || /(?:^|\s)(?:The|A|An|Of|Over|In|On|At|For|With|To|And|Or|From|By|Is|Are)(?:\s|$)/.test(m[1]!)) return null;
  // "Said Ortiz: “…”" is the verb-first attribution, not a headline.
  if (VERB_FORMS.has(m[1]!.split(/\s/)[0]!.toLowerCase())) return null;
  const tk = p.tokens;
  const colon = tk.findIndex((t) => t.text === ':' && t.start - p.start >= m[1]!.length);
  if (colon < 1) return null;
  // ("Dumka: Chief Minister Raghubir Mahto on Sunday accused …": a dateline, before words that have
  // their own verb of saying in the past tense; a headline's is in the present, "Danny Marsh:
  // Castlebridge boss says …".)
  if (tk.slice(colon + 1).some((t) => t.quote < 0 && t.pos === 'VERB' && isSpeechVerb(t) && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower))) return null;
  let end = p.end;
  while (end > tk[colon]!.end && /[\s.]/.test(p.text[end - p.start - 1]!)) end--;
  return {
    sentence: 0,
    cue: { first: colon, last: colon },
    cueText: ':',
    speaker: { type: 'words', range: { first: 0, last: colon - 1 }, appositive: null },
    content: { start: p.start + m[0].length, end },
    kind: 'indirect',
    zone: [],
    via: null,
    quote: null,
  };
}

/** Labels a page gives its own parts, never a speaker: "UPDATE:", "READ MORE:", and a fact-check's
 * "CLAIM:", "RATING: FALSE" and the ratings of the checks it links to ("Misleading: Senator says …"). */
const EDITORIAL_LABELS = /^(CLARIFICATIONS?|CORRECTIONS?|UPDATED?|EDITOR['’]?S NOTE|NOTE|DISCLAIMER|DISCLOSURE|WATCH|READ|READ MORE|ALSO READ|SEE ALSO|MORE|RELATED|TRENDING|RECOMMENDED|SPONSORED|PROMOTED|ADVERTISEMENT|BREAKING|EXCLUSIVE|OPINION|ANALYSIS|PHOTOS?|VIDEO|LISTEN|SOURCE|SOURCES|CORRECTION APPENDED|LATEST|LIVE|EXPLAINER|FACTBOX|FACT CHECK|REVIEW|EDITORIAL|INTERVIEW|COMMENT|UPDATE \d+|CLAIM|RATING|OUR RATING|OUR VERDICT|VERDICT|THE CLAIM|THE FACTS|THE VERDICT|WHAT WE FOUND|CONTEXT|BACKGROUND|BOTTOM LINE|TRUE|FALSE|MOSTLY TRUE|MOSTLY FALSE|HALF TRUE|MISLEADING|NO EVIDENCE|UNPROVEN|UNVERIFIED|MISSING CONTEXT|NEEDS CONTEXT|SATIRE|FAKE|PANTS ON FIRE)$/;

/** "“…” ― Sonya Herridge, 26, of Houston": a quotation signed with a dash. */
function dashAttribution(p: AnalysedParagraph, quotes: ParagraphQuote[], i: number, sLast: number): Found | null {
  const tk = p.tokens;
  const prev = tk[i - 1];
  if (!prev || prev.quote < 0 || quotes[prev.quote]!.last !== i - 1) return null;
  const k = i + 1;
  if (k > sLast || tk[k]!.pos !== 'PROPN') return null;
  const end = npRight(tk, k, sLast);
  if (end === null) return null;
  const q = quotes[prev.quote]!;
  const rest = tk[end + 1]?.text === ',' ? appositiveEnd(tk, end + 2, sLast) : -1;
  return {
    cue: { first: i, last: i },
    cueText: tk[i]!.text,
    speaker: { type: 'words', range: { first: k, last: end }, appositive: rest > end ? textOf(p, end + 2, rest) : null },
    content: { start: q.innerStart, end: q.innerEnd },
    kind: 'direct',
    zone: [],
    via: null,
    quote: prev.quote,
  };
}

/** "WALLACE: Let's start with …": a transcript line opened by the speaker's name in capitals. */
/** "A: In the long run, yes. …": an answer in a question-and-answer interview. ("Q: …" is the
 * interviewer's question, which claims nothing.) */
function answerLabel(p: AnalysedParagraph): Attribution | null {
  // ("A." is left alone: it is as often an initial, "A. Smith said".)
  const m = /^\s*A:\s+(?=\S)/.exec(p.text);
  const colon = p.tokens.findIndex((t) => t.text === ':');
  if (!m || colon < 0 || colon > 2) return null;
  return labelled(p, colon, { type: 'interviewee' }, p.start + m[0].length, /\s/);
}

/** "A. Every single night.": an answer in an interview the article prints as "Q. …" and "A. …"
 * (only when the caller has seen both labels open paragraphs: "A." alone is as often an initial). */
export function dottedAnswer(p: AnalysedParagraph): Attribution | null {
  const m = /^\s*A\.\s+(?=\S)/.exec(p.text);
  if (!m || p.tokens[0]?.text !== 'A.') return null;
  return labelled(p, 0, { type: 'interviewee' }, p.start + m[0].length, /\s/);
}

/** Paragraphs labelled as Ukrainska Pravda writes them: "Source: Zelensky on Telegram" names who
 * the "Quote: “…”" paragraph after it is from; "Quote from Lubinets: “…”" names them at once. */
export const SOURCE_LABEL = /^\s*(?:Source|Quotes? from [^:]{2,60}):\s+\S/;

function sourceLabel(p: AnalysedParagraph, quotes: ParagraphQuote[]): Attribution | null {
  const m = /^\s*(Source|Quotes? from)\b/.exec(p.text);
  if (!m) return null;
  const tk = p.tokens;
  const colon = tk.findIndex((t) => t.text === ':');
  if (colon < 1) return null;
  if (m[1] === 'Source') {
    // "Source: Zelensky on Telegram": the speaker, then the channel; no words of their own.
    let end = colon + 1;
    while (end < tk.length && !/^(on|in|via|citing)$/.test(tk[end]!.lower) && !/^[.,;]$/.test(tk[end]!.text)) end++;
    if (end === colon + 1) return null;
    const zone = end < tk.length ? [{ first: end, last: tk.length - 1 }] : [];
    return { sentence: 0, cue: { first: 0, last: colon }, cueText: 'Source', speaker: { type: 'words', range: { first: colon + 1, last: end - 1 }, appositive: null }, content: null, kind: 'indirect', zone, via: findVia(tk, zone, 'say', colon + 1), quote: null };
  }
  // "Quote from Lubinets: “…”": the name between "from" and the colon.
  const q = tk[colon + 1]?.quote ?? -1;
  const from = tk.findIndex((t) => t.lower === 'from');
  if (q < 0 || from < 0 || from + 1 >= colon) return null;
  const Q = quotes[q]!;
  return { sentence: 0, cue: { first: 0, last: from }, cueText: 'Quote', speaker: { type: 'words', range: { first: from + 1, last: colon - 1 }, appositive: null }, content: { start: Q.innerStart, end: Q.innerEnd }, kind: 'direct', zone: [], via: null, quote: q };
}

/** "Honestly, my students.": the answer to the question on the line above, in a run of questions
 * and answers with no labels (the caller has found two such pairs or more). */
export function bareAnswer(p: AnalysedParagraph): Attribution | null {
  if (p.tokens.length === 0) return null;
  const a = labelled(p, 0, { type: 'interviewee' }, p.start, /\s/);
  return { ...a, cueText: 'answer' };
}

/** A paragraph that is one speaker's words after a label and a colon, to its end (less `trailing`). */
function labelled(p: AnalysedParagraph, colon: number, speaker: SpeakerRef, contentStart: number, trailing: RegExp): Attribution {
  let end = p.end;
  while (end > contentStart && trailing.test(p.text[end - p.start - 1]!)) end--;
  return { sentence: 0, cue: { first: colon, last: colon }, cueText: ':', speaker, content: { start: contentStart, end }, kind: 'direct', zone: [], via: null, quote: null };
}

/** "Tarnavskyi: We are ready. …": an answer under the interviewee's name (the article has found
 * `label` to be one: see interviewLabels in extract.ts). */
export function speakerLabel(p: AnalysedParagraph, label: string): Attribution | null {
  const tk = p.tokens;
  const at = p.text.indexOf(label);
  const colon = tk.findIndex((t) => t.start >= p.start + at + label.length && t.text === ':');
  const first = tk.findIndex((t) => t.start >= p.start + at);
  if (first < 0 || colon <= first) return null;
  const contentStart = tk[colon + 1]?.start;
  if (contentStart === undefined) return null;
  return labelled(p, colon, { type: 'words', range: { first, last: colon - 1 }, appositive: null }, contentStart, /[\s"”]/);
}

function transcriptLabel(p: AnalysedParagraph): Attribution | null {
  const m = /^\s*["“]?\s*((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,3}):\s+(?=\S)/.exec(p.text);
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 2) return null;
  // "CLARIFICATION: …", "EDITOR'S NOTE: …": the newsroom speaking about the article, not a speaker.
  if (EDITORIAL_LABELS.test(m[1]!)) return null;
  // ("ABU DHABI: Gulf ministers stressed …": a dateline, the place the story was filed from.)
  const titled = m[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  if (isSeatOfGovernment(titled) || isCountryName(titled)) return null;
  const labelEnd = p.start + m[0].length;
  const nameStart = p.start + m[0].indexOf(m[1]!);
  const tk = p.tokens;
  const first = tk.findIndex((t) => t.start >= nameStart);
  let last = first;
  while (tk[last + 1] && tk[last + 1]!.end <= nameStart + m[1]!.length) last++;
  const colon = tk.findIndex((t) => t.start >= nameStart + m[1]!.length && t.text === ':');
  if (first < 0 || colon < 0) return null;
  // ("KARACHI: Textile exporters on Monday warned that …": one word, then a sentence that reports
  // someone in the third person, is a dateline of a city the country list does not hold; not a
  // headline's source, "NTSB: Pilot reported 'rough engine' …", with no full stop.)
  if (first === last && tk[colon + 1] && /[.!?]["”’]?$/.test(p.text.trimEnd()) && tk.slice(colon + 1).some((t, n) => t.sentence === tk[colon + 1]!.sentence && t.quote < 0 && isPastSpeechVerb(t) && !tk.slice(colon + 1, colon + 1 + n).some((x) => /^(i|we|you)$/.test(x.lower)))) return null;
  // (A transcript quoted whole, “PENCE: …”, loses its closing mark too.)
  return labelled(p, colon, { type: 'words', range: { first, last }, appositive: null, label: true }, labelEnd, /[\s"”]/);
}

function matchCue(p: AnalysedParagraph, quotes: ParagraphQuote[], i: number, sFirst: number, sLast: number, earlier: Attribution[]): Found | null {
  const tk = p.tokens;
  const t = tk[i]!;
  // ("Kessler has pleaded not guilty": a plea is a step in court, reported as such, not a claim.)
  if (isCourtPlea(tk, i) && tk[i + 1]?.lower !== 'the') return null;
  // ("who pleaded anonymity because he was not authorised to speak": a request not to be named.)
  if (/^(anonymity|for)$/.test(tk[i + 1]?.lower ?? '') && (tk[i + 1]!.lower === 'anonymity' || tk[i + 2]?.lower === 'anonymity')) return null;
  // "according to X": the speaker follows.
  if (t.lower === 'according' && tk[i + 1]?.lower === 'to') return accordingTo(p, quotes, i, sFirst, sLast, earlier);
  // "claims by Russian forces that …"
  if (CLAIM_NOUNS.has(t.lower) && (tk[i + 1]?.lower === 'by' || tk[i + 1]?.lower === 'from')) return nominalClaim(p, quotes, i, sLast);
  // "Moscow's assertion that …", "Kyiv's claims that …"
  if (CLAIM_NOUNS.has(t.lower) && tk[i + 1]?.lower === 'that' && /^['’]s$/.test(tk[i - 1]?.text ?? '') && i - 2 >= sFirst) {
    const start = npLeft(tk, i - 2, sFirst);
    if (start === null || !isNominal(tk[i - 2]!)) return null;
    // (As the sentence's subject, "Kyiv's claims that its forces held the city could not be
    // verified", the clause ends where the sentence's own verb begins.)
    const subject = start === sFirst || (start === sFirst + 1 && tk[sFirst]!.pos === 'DET');
    return possessorClaim(p, quotes, i, { first: start, last: i - 2 }, subject, sLast);
  }
  // "repeated his false claim that he won the 2020 election": a possessive pronoun's claim.
  if (CLAIM_NOUNS.has(t.lower) && tk[i + 1]?.lower === 'that') {
    let b = i - 1;
    while (b > sFirst && tk[b]!.pos === 'ADJ') b--;
    const owned = b >= sFirst && /^(his|her|their)$/.test(tk[b]!.lower) ? possessorClaim(p, quotes, i, { first: b, last: b }, false, sLast) : null;
    if (owned) return owned;
  }

  if (!isCueVerb(tk, i)) return null;
  // ("before last year's recall that the company's …": a bare form after a possessive is a noun; not
  // "she's said", where the "'s" is "has".)
  if (/^['’]s$/.test(tk[i - 1]?.text ?? '') && t.lower === t.lemma && !/ed$/.test(t.lower)) return null;
  // ("when late-night calls came in", "as the first reports emerged": a plural noun after its
  // modifier, then the sentence's verb; "which the group says is aimed at …" still reports.)
  const modified = /^(ADJ|DET|NUM)$/.test(tk[i - 1]?.pos ?? '') || (tk[i - 2]?.text === '-' && attached(tk, i - 2));
  if (modified && /[^s]s$/.test(t.lower) && /^(VERB|AUX)$/.test(tk[i + 1]?.pos ?? '') && tk[i + 1]!.quote < 0 && /^\p{Ll}/u.test(tk[i + 1]!.text) && !/ing$/.test(tk[i + 1]!.lower)) return null;
  // "Asked whether Russia would declare martial law, he said: …": the question is not a claim.
  if (tk[sFirst]!.lower === 'asked' && i > sFirst && !tk.slice(sFirst, i).some((x) => x.text === ',' && x.quote < 0)) return null;
  // "counter" uninflected is nearly always the noun ("a lunch counter", "over the counter"); "rule"
  // reports only as "ruled" or "ruling" ("new emissions rules that promise …" are nouns).
  // (Nor "ruled out": only "ruled that …" reports a finding, or "…, the court ruled Thursday." after
  // the finding, with nothing but a time to the sentence's end.)
  let toEnd = i + 1;
  while (toEnd <= sLast && (isTime(tk, toEnd) || /^(late|early|on)$/.test(tk[toEnd]!.lower))) toEnd++;
  // ("…, the state Supreme Court ruled Thursday, a decision that advocates called …": or a note on the ruling.)
  const noteAfter = tk[toEnd]?.text === ',' && /^(a|an)$/.test(tk[toEnd + 1]?.lower ?? '') && /^(ADJ|NOUN)$/.test(tk[toEnd + 2]?.pos ?? '');
  const ruledAfter = t.lower === 'ruled' && tk[i - 1]?.pos !== 'AUX' && (toEnd > sLast || /^[.!?]$/.test(tk[toEnd]!.text) || noteAfter);
  if (t.lower === 'counter' || t.lower === 'rule' || t.lower === 'rules' || (t.lemma === 'rule' && tk[i + 1]?.lower !== 'that' && !ruledAfter)) return null;
  let cueLast = i;
  let lemma = t.lemma;
  /** "released a statement that was read in court": the statement has a relative clause, not a claim. */
  let statementDescribed = false;
  // "wrote a victim impact statement", "wrote a letter", "read a statement on behalf of the
  // family": what is written or read out is the channel, as with "released a statement".
  const written = lemma === 'write' || lemma === 'read' ? writtenObject(tk, i, sLast) : -1;
  if (written >= 0) {
    cueLast = written;
    lemma = 'state';
    statementDescribed = relativeAfter(tk, written);
  } else if (!SPEECH_VERBS.has(lemma) && !(PHRASAL_CUES.has(lemma) && tk[i + 1]?.lower === PHRASAL_CUES.get(lemma) && tk[i + 2]?.lower === 'that')) {
    // "released a statement", "issued a video": an attribution with no verb of saying.
    if (STATEMENT_VERBS.has(lemma)) {
      let k = i + 1;
      while (k <= sLast && (tk[k]!.pos === 'DET' || tk[k]!.pos === 'ADJ' || tk[k]!.pos === 'PRON')) k++;
      // ("expressed concern that …", "voiced hope that …": a feeling, with what it is about.)
      if (/^(express|voice)$/.test(lemma)) {
        if (k > sLast || !FEELING_NOUNS.has(tk[k]!.lower) || tk[k + 1]?.lower !== 'that') return null;
        cueLast = k;
        lemma = 'state';
      } else if (k <= sLast && STATEMENT_NOUNS.has(tk[k]!.lower)) {
        // "released a video in which he stood among …": a relative clause describes the video.
        if (/^(which|where)$/.test(tk[k + 1]?.lower ?? '') || (tk[k + 1]?.pos === 'ADP' && tk[k + 2]?.lower === 'which')) return null;
        cueLast = k;
        lemma = 'state';
        statementDescribed = relativeAfter(tk, k);
      } else return null;
    } else return null;
  }
  // "found" reports a finding only as "found that …": "chemicals found in refrigerants", "leaders
  // found little unity" and "was found in the car" report nothing.
  if (lemma === 'find' && tk[cueLast + 1]?.lower !== 'that') return null;
  // (So does "records that …": "recorded on her 1979 album, “Harbor Nights”" reports nothing.)
  if (lemma === 'record' && tk[cueLast + 1]?.lower !== 'that') return null;
  // "a blogger who writes on Telegram as “Shturman”": the name one writes under, not a claim.
  if (/^(write|post|tweet)$/.test(lemma)) {
    let m = cueLast + 1;
    if (tk[m]?.pos === 'ADP' && !/^(as|under)$/.test(tk[m]!.lower)) for (let n = 0; n < 5 && m <= sLast && !/^(as|under)$/.test(tk[m]!.lower) && !/^[,.;:]$/.test(tk[m]!.text); n++) m++;
    if (/^(as|under)$/.test(tk[m]?.lower ?? '') && (tk[m + 1]?.quote ?? -1) >= 0 || (/^(as|under)$/.test(tk[m]?.lower ?? '') && tk[m + 1]?.pos === 'PROPN')) return null;
  }
  // Past participles after a noun describe the noun ("a video posted to Telegram", "the claims
  // reported by state media"), unless the noun phrase opens its clause and the verb has no "by":
  // "The ministry claimed that …" is the ministry's claim.
  if (t.lower.endsWith('ed') && i > sFirst && tk[i - 1]!.pos === 'NOUN' && participlePhraseThenVerb(tk, i, sLast)) return null;
  if (t.lower.endsWith('ed') && i > sFirst && tk[i - 1]!.pos === 'NOUN' && /^(posted|published|released|reported|described|called|claimed|labeled|labelled|branded|termed|dubbed)$/.test(t.lower)) {
    // ("what one of their ministers called “…”": one of a group, after "what".)
    const np = someOfThem(tk, i - 1, sFirst) ?? npLeft(tk, i - 1, sFirst);
    const opener = np === null ? undefined : tk[np - 1];
    const opensClause = np !== null && (np === sFirst || opener!.text === ',' || opener!.pos === 'CCONJ' || opener!.pos === 'ADV' || opener!.lower === 'what');
    // "called" needs a subject that can speak: "the Trump campaign called the charges …", not
    // "Secret Service protocol called for …".
    // (A capitalised name the tagger calls a noun can speak: "a move CEO Dana Park called …".)
    if (!opensClause || (t.lower === 'called' && !canSpeak(tk[i - 1]!) && !/^\p{Lu}/u.test(tk[i - 1]!.text)) || tk[i + 1]?.lower === 'by') return null;
  }
  // Passive voice ("was reported", "is called"): no speaker in view, unless "by" names one before
  // what was said: "It was also reported by the ministry that units had improved …".
  if (isBe(tk[i - 1]) || (isBe(tk[i - 2]) && tk[i - 1]!.pos === 'ADV')) {
    const agentEnd = tk[i + 1]?.lower === 'by' ? npRight(tk, i + 2, sLast) : null;
    if (agentEnd === null || tk[agentEnd + 1]?.lower !== 'that' || !/^it$/i.test(tk[sFirst]!.text)) return null;
    const content = forwardContent(p, quotes, lemma, agentEnd + 1, sLast);
    return content ? finish(p, quotes, { first: i, last: i }, { type: 'words', range: { first: i + 2, last: agentEnd }, appositive: null }, content.range, content.zone, lemma) : null;
  }
  // "went on to say", "called for", "called on": keep the particle with the cue.
  if ((lemma === 'call' && (tk[i + 1]?.lower === 'for' || tk[i + 1]?.lower === 'on')) || (PHRASAL_CUES.has(lemma) && tk[i + 1]?.lower === PHRASAL_CUES.get(lemma))) cueLast = i + 1;
  const participle = t.lower.endsWith('ing');
  const cue = { first: i, last: cueLast };
  // "asked whether the deals required …": a question put in the reporter's words is a claim too.
  const asksWhether = lemma === 'ask' && /^(whether|if|why|how)$/.test(tk[cueLast + 1]?.lower ?? '');
  // ("she repeated that the government would not raise income tax", "charged that …": with a
  // that-clause these verbs report words too.)
  const reportsThat = /^(repeat|conclude|indicate|mention|remark|agree|charge)$/.test(lemma) && tk[cueLast + 1]?.lower === 'that' && tk[cueLast + 1]!.quote < 0;
  const quoteOnly = QUOTE_ONLY_VERBS.has(lemma) && !asksWhether && !reportsThat;
  // "continued to attack", "asked for": these verbs report speech only next to a quotation.
  if (quoteOnly && !quoteAdjacent(tk, i, cueLast)) return null;

  // ("figures showing construction fell": the figures' finding, which no speaker before it made.)
  if (participle && lemma === 'show') return null;
  if (participle) {
    if (quoteOnly) return null;
    // "…, saying that …", "…, adding …": the speaker is the clause's subject.
    const prev = tk[i - 1];
    // “… a toxic soup,” adding that …: the comma stands inside the closing quote.
    const commaInQuote = prev !== undefined && prev.quote >= 0 && CLOSE_MARKS.has(prev.text) && tk[i - 2]?.text === ',';
    // "X was quoted as saying that …"; "X can be heard saying in the video that …", "“…,” X is heard
    // saying": the sentence's subject says it.
    const subjectSays = (prev?.lower === 'as' && /^(quoted|cited)$/.test(tk[i - 2]?.lower ?? '')) || /^(heard|seen|filmed|recorded|shown)$/.test(prev?.lower ?? '');
    // "TASS quoted the defence ministry as saying that …": the one quoted says it, the quoting outlet is the channel.
    const quotedStart = prev?.lower === 'as' && !subjectSays && tk[i - 2] && isNominal(tk[i - 2]!) ? npLeft(tk, i - 2, sFirst) : null;
    // "Brandt was quoted by Interfax as saying that …": the subject speaks, the outlet is the channel.
    if (quotedStart !== null && tk[quotedStart - 1]?.lower === 'by' && /^(quoted|cited)$/.test(tk[quotedStart - 2]?.lower ?? '')) {
      const content = forwardContent(p, quotes, lemma, cueLast + 1, sLast);
      if (!content || !isClausal(tk, mainClause(tk, content.range))) return null;
      const found = finish(p, quotes, cue, { type: 'previous', fallback: sentenceSubject(p, sFirst, quotedStart - 2) }, content.range, content.zone, null);
      return { ...found, via: found.via ?? textOf(p, quotedStart, i - 2) };
    }
    // "The agency quoted the ship's chief scientist, Han Yuwei, as saying …": a role, then the name set off by commas.
    if (prev?.lower === 'as' && !subjectSays && tk[i - 2]?.text === ',' && tk[i - 3] && isNominal(tk[i - 3]!)) {
      const nameStart = npLeft(tk, i - 3, sFirst);
      const roleStart = nameStart !== null && tk[nameStart - 1]?.text === ',' && tk[nameStart - 2] && isNominal(tk[nameStart - 2]!) ? npLeft(tk, nameStart - 2, sFirst) : null;
      if (roleStart !== null && /^(quoted|cited)$/.test(tk[roleStart - 1]?.lower ?? '')) {
        const content = forwardContent(p, quotes, lemma, cueLast + 1, sLast);
        if (!content || !isClausal(tk, mainClause(tk, content.range))) return null;
        const outlet = sentenceSubject(p, sFirst, roleStart - 1);
        const found = finish(p, quotes, cue, { type: 'words', range: { first: nameStart!, last: i - 3 }, appositive: textOf(p, roleStart, nameStart! - 2) }, content.range, content.zone, null);
        return outlet ? { ...found, via: found.via ?? textOf(p, outlet.first, outlet.last) } : found;
      }
    }
    if (quotedStart !== null && /^(quoted|cited)$/.test(tk[quotedStart - 1]?.lower ?? '')) {
      const content = forwardContent(p, quotes, lemma, cueLast + 1, sLast);
      if (!content || !isClausal(tk, mainClause(tk, content.range))) return null;
      const outlet = sentenceSubject(p, sFirst, quotedStart - 1);
      const found = finish(p, quotes, cue, { type: 'words', range: { first: quotedStart, last: i - 2 }, appositive: null }, content.range, content.zone, null);
      return outlet ? { ...found, via: found.via ?? textOf(p, outlet.first, outlet.last) } : found;
    }
    // ("The JSP's “guarantee cards”, promising Rs 1,500 a month, have become …": a participle
    // describing a thing that cannot speak, between it and its own verb, reports nothing.)
    if (prev?.text === ',' && describesThing(tk, i, sLast)) return null;
    // "began by saying he would …", "responded by saying that …"; "…,” Ruiz said, before adding: “…”"
    const afterPreposition = prev?.lower === 'by' || (/^(before|after|while)$/.test(prev?.lower ?? '') && tk[i - 2]?.text === ',');
    if (!prev || (prev.text !== ',' && !commaInQuote && !subjectSays && !afterPreposition && prev.pos !== 'NOUN' && prev.pos !== 'ADJ' && prev.pos !== 'ADV' && prev.pos !== 'PROPN')) return null;
    const content = forwardContent(p, quotes, lemma, cueLast + 1, sLast);
    if (subjectSays && !content) {
      // "“…,” Lavrov was quoted as saying by RIA": the quotation before the subject.
      const subject = sentenceSubject(p, sFirst, i);
      const q = subject ? quoteEndingBefore(p, quotes, subject.first, sFirst) : null;
      if (subject === null || q === null) return null;
      const zone = trailingZone(tk, cueLast + 1, sLast);
      return { cue, cueText: cueText(p, cue, lemma), speaker: { type: 'words', range: subject, appositive: null }, content: { start: quotes[q]!.innerStart, end: quotes[q]!.innerEnd }, kind: 'direct', zone: zone ? [zone] : [], via: zone ? findVia(tk, [zone], lemma, cueLast + 1) : null, quote: q };
    }
    // ("…, calling it a violation of the principle": a naming verb's object and complement;
    // "…, accusing the council of lying": whom and of what.)
    const accusing = ACCUSING[lemma] !== undefined && content !== null && tk.slice(content.range.first, content.range.last + 1).some((x) => ACCUSING[lemma]!.test(x.lower));
    // ("…, dismissing the claims as lies", "…, describing the suit as an attempt to …": what and as
    // what; forwardContent keeps a dismissing verb's content only when it has its "as".)
    const describedAs = content !== null && (AS_ONLY_VERBS.has(lemma) || (lemma === 'describe' && tk.slice(content.range.first + 1, content.range.last + 1).some((x) => x.lower === 'as' && x.quote < 0)));
    // ("with unions claiming a turnout of more than 1.1 million": a figure claimed.)
    const figureClaimed = content !== null && lemma === 'claim' && namesAFigure(tk, content.range.first);
    if (!content || !(isClausal(tk, mainClause(tk, content.range)) || accusing || describedAs || figureClaimed || (NAMING_VERBS.has(lemma) && namesItSomething(tk, content.range.first, content.range.last)))) return null;
    // "footage of Trump saying, “…”": a name right before the participle is who says it.
    let named = i - 1;
    while (named - 1 > sFirst && tk[named - 1]!.pos === 'PROPN') named--;
    // (Not a name with "of" in it: "with the Bureau of Meteorology warning …".)
    if (prev.pos === 'PROPN' && prev.quote < 0 && tk[named - 1]?.lower === 'of' && !isTitleCased(tk[named - 2])) return finish(p, quotes, cue, { type: 'words', range: { first: named, last: i - 1 }, appositive: null }, content.range, content.zone, null);
    // "…, with the United Nations saying it was …": the noun phrase after "with" says it.
    // (Only one who can speak: not "replacing it with softer language calling for …".)
    const withStart = prev.quote < 0 && (prev.pos === 'PROPN' || canSpeak(prev)) ? withSpeakerStart(tk, i - 1, sFirst) : null;
    if (withStart !== null) return finish(p, quotes, cue, { type: 'words', range: { first: withStart, last: i - 1 }, appositive: null }, content.range, content.zone, null);
    return finish(p, quotes, cue, { type: 'previous', fallback: sentenceSubject(p, sFirst, i) }, content.range, content.zone, null);
  }

  // "responded by saying Ukraine would …": the participle reports the words, so the finite verb
  // leaves them to it.
  const byParticiple = tk[cueLast + 2]?.lower ?? '';
  if (tk[cueLast + 1]?.lower === 'by' && byParticiple.endsWith('ing') && VERB_FORMS.has(byParticiple)) return null;

  // Subject to the left of the verb?
  let j = i - 1;
  const zoneBefore: TokenRange[] = [];
  for (;;) {
    if (j >= sFirst && isModifierOrTime(tk, j)) j--;
    // "He did, however, acknowledge …"
    else if (j - 2 >= sFirst && tk[j]!.text === ',' && tk[j - 1]!.pos === 'ADV' && tk[j - 2]!.text === ',') j -= 3;
    else break;
  }
  // ("… twice warned spectators, and at one point said he would …", "and in a statement said …":
  // a phrase of time or place between "and" and the verb is no subject.)
  if (j - 3 >= sFirst && tk[j]!.pos === 'NOUN' && /^(DET|NUM|PRON)$/.test(tk[j - 1]!.pos) && /^(at|in|on|during|by|after)$/.test(tk[j - 2]!.lower) && /^(and|but)$/.test(tk[j - 3]!.lower)) j -= 3;
  // "…, Boroda, for security reasons told NBC News": a phrase of reason before the verb is no subject.
  if (j >= sFirst && tk[j]!.quote < 0 && isNominal(tk[j]!)) {
    const st = npLeft(tk, j, sFirst);
    if (st !== null && st - 2 >= sFirst && tk[st - 1]!.lower === 'for' && tk[st - 2]!.text === ',') j = st - 2;
  }
  // ("who goes by the call sign “Lis,” or fox, said": a name's gloss set off by commas.)
  if (tk[j]?.text === ',' && tk[j]!.quote < 0) {
    let m = j - 1;
    while (m > j - 4 && m > sFirst && tk[m]!.quote < 0 && /^\p{Ll}/u.test(tk[m]!.text) && tk[m]!.lower !== 'or') m--;
    const comma = tk[m - 1]?.text === ',' ? m - 1 : tk[m - 2]?.text === ',' && tk[m - 1]!.quote >= 0 ? m - 1 : -1;
    if (tk[m]?.lower === 'or' && comma > sFirst && tk[comma - 1]!.quote >= 0) j = tk[comma]!.text === ',' && tk[comma]!.quote < 0 ? comma - 1 : comma;
  }
  // ("A city planning department report released last month found …", "A study published on
  // Tuesday in JAMA found …": the document is the subject; when and where it was put out, not.)
  const putOut = documentPutOut(tk, sFirst, i - 1);
  if (putOut !== null) j = Math.min(j, putOut - 1);
  if (j < i - 1) zoneBefore.push({ first: j + 1, last: i - 1 });
  // "would not say when …", "never said that …": a denial that anything was said reports no claim;
  // "Patriot could threaten to liquidate …": nor does what someone might say.
  for (let m = j + 1; m < i; m++) if (/^(not|n't|n’t|never|could|might|may)$/.test(tk[m]!.lower)) return null;
  const left = tk[j];
  // "The storm threatened to flood the port", "the spate of protests demands that …": only one who
  // can speak commits to or demands anything.
  if (((COMMITMENT_VERBS.has(lemma) && tk[cueLast + 1]?.lower === 'to') || lemma === 'demand' || lemma === 'signal') && left?.pos === 'NOUN' && !canSpeak(left)) return null;
  // ("the standoff reveals less about farm policy than …", "the summit had confirmed NATO's
  // aggressive nature": a thing reveals or confirms no one's claim.)
  // (Only inside someone's claim: "argued that the standoff reveals …"; alone, "the phrase suggests
  // …" is the reporter's source.)
  const insideClaim = () => earlier.some((a) => a.content !== null && a.content.start <= t.start && a.content.end >= t.end);
  // ("Mendes said the findings suggested that …": the findings are what Mendes reports.)
  if (/^(reveal|confirm|suggest)$/.test(lemma) && insideClaim() && left?.pos === 'NOUN' && /^\p{Ll}/u.test(left.text) && !canSpeak(left) && !SHOWING_NOUNS.test(left.lower)) return null;
  let speaker: SpeakerRef | null = null;
  let attrStart = i; // first token of the attribution clause
  let inverted = false;
  let opensSentence = false;
  // "Ruiz, who has denied the allegations, is due in court": the speaker's relative clause.
  let relativeClause = false;

  // "…, though several told reporters …", "Some have alleged …": some of a group just named.
  // ("One of the people said …. Another cautioned that …": one more of them, opening its sentence.)
  const quantifier = left && left.quote < 0 && (/^(several|some|many|most|others)$/.test(left.lower) || (left.lower === 'another' && j === sFirst)) && (j === sFirst || !/^(NOUN|PROPN|ADJ|DET|ADP)$/.test(tk[j - 1]!.pos));
  // "A blogger who writes on Telegram as “Shturman” said": the name in quotation marks is who says it.
  const pseudonym = left && left.quote >= 0 ? quotes[left.quote]! : null;
  // "One of them said", "Two of those people told …": some of the group just named.
  const partOf = left && left.quote < 0 ? someOfThem(tk, j, sFirst) : null;
  const caused = left?.lower === 'to' ? causedToSay(tk, j, sFirst) : null;
  // "Alan Price, who told the Courier he would support “any policy …,” said …": the subject before
  // a relative clause that ends in a quotation.
  const beforeQuotedRelative = pseudonym && CLOSE_MARKS.has(left!.text) && tk[j - 1]?.text === ',' && pseudonym.first > sFirst ? subjectBeforeQuotedRelative(tk, pseudonym.first, sFirst) : null;
  // "A police source who asked not to be named told AFP …", "An official who was not authorised
  // to speak publicly said …": a relative clause with no commas that ends in a verb or an adverb.
  // ("One man who lives above the shop next door said …": or in a noun, when a person is described.)
  const beforeVerbRelative = left && left.quote < 0 && (left.pos === 'VERB' || left.pos === 'ADV' || (left.pos === 'NOUN' && /^\p{Ll}/u.test(left.text))) ? subjectBeforeVerbRelative(tk, j, sFirst, left.pos === 'NOUN') : null;
  if (beforeVerbRelative) {
    speaker = { type: 'words', range: beforeVerbRelative, appositive: null };
    attrStart = beforeVerbRelative.first;
  } else if (quantifier) {
    speaker = { type: 'words', range: { first: j, last: j }, appositive: null };
    attrStart = j;
  } else if (partOf !== null) {
    speaker = { type: 'words', range: { first: partOf, last: j }, appositive: null };
    attrStart = partOf;
  } else if (left && left.quote < 0 && left.pos === 'PRON' && /^(he|she|they|it|we|i)$/.test(left.lower)) {
    // "the ballad she wrote for her late husband": the verb's object is the noun before it.
    // ("a provision they say could exclude …" still reports: the noun is the gap's subject.)
    if (tk[j - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tk[j - 1]!.text) && tk[cueLast + 1]?.lower !== 'that' && !/^(VERB|AUX)$/.test(tk[cueLast + 1]?.pos ?? '') && !startsClause(tk, cueLast + 1, Math.min(sLast, cueLast + 8))) return null;
    // ("The ministry said …, and released footage it said showed …": "it" in a clause on the
    // thing the speaker released is the speaker.)
    const onThing = left.lower === 'it' && tk[j - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tk[j - 1]!.text) && earlier.length > 0 && /^(VERB|AUX)$/.test(tk[cueLast + 1]?.pos ?? '');
    speaker = onThing ? { type: 'previous', fallback: null } : { type: 'words', range: { first: j, last: j }, appositive: null };
    attrStart = j;
  } else if (pseudonym && pseudonym.last === j && pseudonym.words <= 3 && pseudonym.first > sFirst && /^(as|under|named|nicknamed|dubbed|called|sign|name|alias|nickname|pseudonym|moniker)$/.test(tk[pseudonym.first - 1]!.lower)) {
    // (And "who goes by the call sign “Lis” said": a call sign in quotation marks.)
    let start = pseudonym.first + 1;
    while (start < j && OPEN_MARKS.has(tk[start]!.text)) start++;
    let end = j;
    while (end > start && /^[\p{P}]+$/u.test(tk[end]!.text)) end--;
    if (!/^\p{Lu}/u.test(tk[start]!.text)) return null;
    speaker = { type: 'words', range: { first: start, last: end }, appositive: null };
    attrStart = pseudonym.first;
  } else if (left && left.quote < 0 && /^(who|which)$/.test(left.lower) && (tk[j - 1]?.text === ',' || (left.lower === 'who' && isNominal(tk[j - 1] ?? left)))) {
    let end = tk[j - 1]?.text === ',' ? j - 2 : j - 1;
    // ("said Umm Mohammed, 42, who said she had been sheltering …": the age describes the name before it.)
    if (tk[end]?.pos === 'NUM' && tk[end - 1]?.text === ',' && end - 2 >= sFirst && isNominal(tk[end - 2]!)) end -= 2;
    const start = npLeft(tk, end, sFirst);
    if (start === null) return null;
    speaker = { type: 'words', range: { first: start, last: end }, appositive: null };
    // ("researchers at Greyhaven Labs, a Denver-based security firm, who said …": the description
    // set off after a name describes it; the name is who speaks.)
    const named = tk[start - 1]?.text === ',' && /^(a|an|the)$/.test(tk[start]!.lower) && start - 2 >= sFirst && tk[start - 2]!.pos === 'PROPN' ? npLeft(tk, start - 2, sFirst) : null;
    if (named !== null) speaker = { type: 'words', range: { first: named, last: start - 2 }, appositive: textOf(p, start, end) };
    attrStart = named ?? start;
    relativeClause = tk[j - 1]?.text === ',';
  } else if (left && left.quote < 0 && (left.lower === 'and' || left.lower === 'but')) {
    // "… agreed, but also contended that …": the subject is the clause's, or the last speaker's.
    // ("X described her as a disgrace after she attacked the police and blamed …": the subject of
    // the clause that opened since, "she".)
    const since = earlier.at(-1)?.cue.last ?? sFirst - 1;
    let subordinate = -1;
    for (let m = since + 1; m < j - 1; m++) if (/^(after|before|when|because|while|since|although|though|as)$/.test(tk[m]!.lower) && tk[m + 1]!.pos === 'PRON' && /^(he|she|they)$/.test(tk[m + 1]!.lower)) subordinate = m + 1;
    speaker =
      subordinate >= 0
        ? { type: 'words', range: { first: subordinate, last: subordinate }, appositive: null }
        : { type: 'previous', fallback: earlier.length > 0 ? null : sentenceSubject(p, sFirst, j) };
    if (speaker.type === 'previous' && earlier.length === 0 && !speaker.fallback) return null;
    attrStart = j;
  } else if (left && left.quote < 0 && (isNominal(left) || left.text === ')' || (left.text === '+' && tk[j - 1] !== undefined && tk[j - 1]!.end === left.start && isNominal(tk[j - 1]!)) || (/^['’]s$/.test(left.text) && tk[j - 1]?.pos === 'PROPN' && tk[j - 2]?.lower === 'of'))) {
    // ("OPEC+ said …": the plus is part of the name.)
    let start = npLeft(tk, j, sFirst);
    if (start === null) return null;
    // ("A criminal group calling itself VaultLock claimed …": the name it goes by, and what it is.)
    if (start - 3 >= sFirst && /^(itself|themselves)$/.test(tk[start - 1]!.lower) && /^(calling|calls|called)$/.test(tk[start - 2]!.lower)) {
      const described = npLeft(tk, start - 3, sFirst);
      if (described !== null) start = described;
    }
    // ("Residents reached by telephone said", "Voters contacted by the Courier said": the people
    // reached, not the means or the paper.)
    if (start - 3 >= sFirst && /^(by|via|over)$/.test(tk[start - 1]!.lower) && REACHED_BY.test(tk[start - 2]!.lower)) {
      const reached = npLeft(tk, start - 3, sFirst);
      if (reached !== null) start = reached;
    }
    // ("An internal military assessment dated March 10 and seen by the AP warned", "A memo obtained
    // by The Washington Post said": the document speaks; the outlet that saw it is the channel.)
    if (start - 3 >= sFirst && tk[start - 1]!.lower === 'by' && SEEN_BY.test(tk[start - 2]!.lower)) {
      let d = start - 3;
      // (Over "dated March 10 and": when the document is dated.)
      if (tk[d]?.lower === 'and') {
        let m = d - 1;
        while (m > sFirst && m > d - 6 && tk[m]!.lower !== 'dated') m--;
        if (tk[m]?.lower === 'dated') d = m - 1;
      }
      const doc = d >= sFirst && tk[d]!.pos === 'NOUN' ? npLeft(tk, d, sFirst) : null;
      if (doc !== null && DOCUMENT_SEEN.test(tk[d]!.lower)) {
        const seenBy = textOf(p, start - 2, j);
        const content = forwardContent(p, quotes, lemma, cueLast + 1, sLast);
        if (!content) return null;
        // (Its date, "dated March 10", is when it says so.)
        const found = finish(p, quotes, cue, { type: 'words', range: { first: doc, last: d }, appositive: null }, content.range, [...content.zone, { first: d + 1, last: start - 1 }], lemma);
        return found ? { ...found, via: found.via ?? seenBy } : null;
      }
    }
    // ("Rescuers in northern Chile said": a group and where it is, opening the sentence.)
    // ("Ranchers in the valley said": any plural of a noun for a person.)
    // ("Residents of several communities in Ibadan South-West Local Government Area said": over
    // a second phrase of place.)
    for (let hop = 0, at = start; hop < 2 && at - 2 >= sFirst && /^(in|of|from|at|on)$/.test(tk[at - 1]!.lower); hop++) {
      const before = npLeft(tk, at - 2, sFirst);
      if (before === null) break;
      // (The group is the phrase's first noun: "Residents", not "communities".)
      const head = tk.slice(before, at - 1).find((t) => isNominal(t));
      if (before === sFirst && head && namesPeople(head.lower)) {
        start = before;
        break;
      }
      at = before;
    }
    // ("A Ukrainian drone operator defending Sirenets has told …": someone described by what they are
    // doing speaks, not the place they defend.)
    let subjectEnd = j;
    if (start - 2 >= sFirst && tk[start - 1]!.pos === 'VERB' && tk[start - 1]!.lower.endsWith('ing') && isPersonNoun(tk[start - 2], true)) {
      const person = npLeft(tk, start - 2, sFirst);
      if (person === sFirst) {
        subjectEnd = start - 2;
        start = person;
      }
    }
    // "A Ukrainian marine who has fought on the left bank told the BBC": the noun before a relative
    // clause with no commas is the subject, not the clause's last noun.
    const beforeRelative = subjectBeforeRelative(tk, start, sFirst);
    // ("A Ukrainian infantryman who uses the call sign Sova said …")
    const signed = callSignSubject(p, j, sFirst);
    if (signed) {
      speaker = { type: 'words', range: signed.name, appositive: signed.appositive };
      attrStart = signed.start;
    } else if (beforeRelative) {
      // ("A resident who asked to be identified only as Tomás said": the name the clause gives.)
      const clause = textOf(p, beforeRelative.last + 1, j);
      speaker = { type: 'words', range: beforeRelative, appositive: GIVEN_NAME.test(clause) ? clause : null };
      attrStart = beforeRelative.first;
    } else {
      // "Last month Russian Foreign Ministry spokeswoman Maria Zakharova insisted": the time that
      // opens the sentence is when, not who.
      let when = start;
      while (when < j && (isTime(tk, when) || (when === start && /^(last|this|earlier)$/.test(tk[when]!.lower) && TIME_WORDS.test(tk[when + 1]?.lower ?? '')))) when++;
      if (when > start && when <= j && /^(last|this|next|earlier)$/.test(tk[start]!.lower)) {
        while (when < j && TIME_WORDS.test(tk[when]!.lower)) when++;
        zoneBefore.push({ first: start, last: when - 1 });
        start = when;
      }
      // "…, a move CEO Dana Park called “the biggest change since email.”": the thing named comes
      // before its namer, and the quotation after the verb is what it was called.
      if (NAMING_VERBS.has(lemma) && tk[start]!.pos === 'DET' && (tk[cueLast + 1]?.quote ?? -1) >= 0) {
        let n = start + 1;
        while (n < j && /^\p{Ll}/u.test(tk[n]!.text) && /^(NOUN|ADJ)$/.test(tk[n]!.pos)) n++;
        const Q = quotes[tk[cueLast + 1]!.quote]!;
        if (n > start + 1 && n <= j && /^\p{Lu}/u.test(tk[n]!.text) && Q.first === cueLast + 1) {
          return finish(p, quotes, { first: i, last: cueLast }, { type: 'words', range: { first: n, last: j }, appositive: null }, { first: Q.first, last: Q.last }, zoneBefore, lemma);
        }
      }
      // "…, a claim Kyiv denied.": the verb's object is the claim before it (a relative clause), and
      // the claim noun is not part of its subject.
      const claimNoun = tk[start]!.pos === 'DET' ? start + 1 : start;
      if (claimNoun < j && CLAIM_NOUNS.has(tk[claimNoun]!.lower) && /^\p{Lu}/u.test(tk[claimNoun + 1]!.text)) return null;
      // "…, a claim flatly denied by Kyiv": a passive participle on the claim noun (the note above).
      if (NOTE_NOUNS.has(tk[j]!.lower) && tk[cueLast + 1]?.lower === 'by') return null;
      speaker = { type: 'words', range: { first: start, last: subjectEnd }, appositive: null };
      attrStart = start;
    }
  } else if (left && left.quote < 0 && /^(--|—|–)$/.test(left.text)) {
    // "Kall -- co-editor of Debating The Donald, a book … -- said": a description set off by dashes.
    let d = j - 1;
    while (d > sFirst && tk[d]!.text !== left.text && tk[d]!.quote < 0) d--;
    if (d <= sFirst || tk[d]!.text !== left.text || j - d > 40 || !isNominal(tk[d - 1]!)) return null;
    // ("John Dickey, the chief executive of Ora Media -- the production company … -- told me":
    // the name and its appositive come before the dashes.)
    const appos = appositiveBefore(p, d, sFirst);
    const start = appos ? appos.name.first : npLeft(tk, d - 1, sFirst);
    if (start === null || (start > sFirst && tk[start - 1]!.text !== ',' && tk[start - 1]!.pos !== 'CCONJ')) return null;
    const described = textOf(p, d + 1, Math.min(appositiveEnd(tk, d + 1, j - 1), j - 1));
    speaker = appos ? { type: 'words', range: appos.name, appositive: appos.appositive ?? described } : { type: 'words', range: { first: start, last: d - 1 }, appositive: described };
    attrStart = start;
  } else if (left && left.quote < 0 && left.text === ',') {
    const appos = appositiveBefore(p, j, sFirst);
    if (appos) {
      speaker = { type: 'words', range: appos.name, appositive: appos.appositive };
      // ("…, the commander of the ground forces, Col. Gen. Ana Ruiz, said": from the role on.)
      attrStart = appos.start;
      // ("Ruiz, in a statement, said": the aside tells the channel.)
      zoneBefore.push(...appos.asides);
    } else if (cueLast > i || lemma === 'tell' || NEVER_INVERTED.has(lemma)) {
      // "…, posted a video": a statement put out has its subject before it, never after; so does
      // "told": in "…, told Test Wire" the outlet is the one told, not the speaker. ("…, Rachel
      // Thornbury, accused the Treasury of …": the one accused, blamed or called something is no
      // speaker either.)
      return null;
    } else inverted = true;
  } else if (beforeQuotedRelative) {
    // ("A spokesperson for Stillwater Pictures, which produced “Northbound,” said …": a relative
    // clause that ends in a quotation hands back to the subject before it.)
    speaker = { type: 'words', range: beforeQuotedRelative, appositive: null };
    attrStart = beforeQuotedRelative.first;
  } else if (left && left.quote >= 0 && (CLOSE_MARKS.has(left.text) || quotes[left.quote]!.last === j)) {
    // “…,” said X / ''…,'' said X: the quotation's closing mark, whatever its style.
    inverted = true;
  } else if (i === sFirst && /^\p{Lu}/u.test(t.text) && !participle) {
    // "Said Ellis: “…”": the verb opens the sentence, the speaker and the words follow.
    inverted = true;
    opensSentence = true;
  } else if (caused !== null) {
    // "…, prompting Pacific island nations to warn that …": the ones prompted speak.
    speaker = { type: 'words', range: caused, appositive: null };
    attrStart = caused.first;
  } else if (left && left.lower === 'to' && goesOnTo(tk, j) >= 0) {
    // "Ruiz went on to say that …", "was quick to point out that …", "was careful to add that …":
    // the sentence's subject.
    const start = goesOnTo(tk, j);
    speaker = { type: 'previous', fallback: sentenceSubject(p, sFirst, start) };
    if (!speaker.fallback && earlier.length === 0) return null;
    attrStart = start;
  } else {
    return null;
  }

  let afterCue = cueLast + 1;
  // "…, which officials have said could begin this month, could …": the claim ends with the relative clause.
  const relativeSubject = speaker?.type === 'words' && /^(which|who|that)$/.test(tk[speaker.range.first - 1]?.lower ?? '') && tk[speaker.range.first - 2]?.text === ',';
  if (inverted) {
    // "“…,” said Andriy Yermak, the head of the presidential office."
    let k = afterCue;
    while (k <= sLast && isModifierOrTime(tk, k)) k++;
    const modifierVerb = tk[k]?.pos === 'VERB' && tk[k + 1]?.pos === 'NOUN' && tk[k + 2]?.pos === 'PROPN';
    if (k > sLast || !(NP_START_POS.has(tk[k]!.pos) || modifierVerb) || tk[k]!.quote >= 0) return null;
    const end = npRight(tk, k, sLast);
    if (end === null) return null;
    // "Moscow's decision, announced the same day, not to …": a time is no one who speaks.
    if (/^(day|days|week|weeks|month|months|year|years|time|morning|afternoon|evening|night|weekend|hour|hours)$/.test(tk[end]!.lower)) return null;
    // "…, said the bridge remained safe": a noun with a verb after it is the content's subject.
    if (tk[end + 1] && (tk[end + 1]!.pos === 'VERB' || tk[end + 1]!.pos === 'AUX') && /^\p{Ll}/u.test(tk[end + 1]!.text) && tk[end + 1]!.quote < 0) return null;
    let appositive: string | null = null;
    let next = end + 1;
    if (tk[next]?.text === ',' && tk[next + 1] && /^(DET|ADJ|NOUN|PROPN)$/.test(tk[next + 1]!.pos)) {
      const stop = appositiveEnd(tk, next + 1, sLast);
      appositive = textOf(p, next + 1, stop);
      next = stop + 1;
      if (tk[next]?.text === ',' && /^(who|which)$/.test(tk[next + 1]?.lower ?? '')) next = sLast + 1;
      // ("…, a technical officer at the WHO, at a briefing in Copenhagen on Tuesday.": where and
      // when, after the appositive.)
      else if (tk[next]?.text === ',' && (tk[next + 1]?.pos === 'ADP' || isTime(tk, next + 1)) && (tk[next + 1]?.quote ?? 0) < 0) next++;
    }
    speaker = { type: 'words', range: { first: k, last: end }, appositive };
    if (k > afterCue) zoneBefore.push({ first: afterCue, last: k - 1 });
    afterCue = next;
    attrStart = i;
  }
  if (!speaker) return null;
  // "Court documents show the house was bought in 2019": only records show anything ("the video
  // shows soldiers walking" and "polls show" with no clause are no one's claim).
  // ("their data show …" is part of what the researchers say, not a speaker of its own.)
  // ("that internal emails would show he called …": what records would show is a prediction.)
  if (lemma === 'show' && /^(would|will|could|might|may|should|can)$/.test(tk[i - 1]?.lower ?? '')) return null;
  if (lemma === 'show' && !(speaker.type === 'words' && SHOWING_NOUNS.test(tk[speaker.range.last]!.lower) && !/^(their|its|his|her|our)$/.test(tk[speaker.range.first]!.lower))) return null;
  // "what Trump says his plan would do": a free relative, not an attribution.
  if (/^(what|whatever|everything|anything)$/.test(tk[attrStart - 1]?.lower ?? '')) {
    // (But "in what Pemberton called “a betrayal of trust”": the words quoted are the namer's, unless someone
    // else reports the whole sentence: "… on what the Kremlin called “an important victory”, his
    // spokesman said".)
    // ("launching what their union says is the largest nurses strike in Oregon history": what the
    // speaker says something is, when nobody else in the sentence reports it.)
    if (tk[attrStart - 1]!.lower === 'what' && /^(say|claim|describe)$/.test(lemma) && cueLast === i && /^(is|was|are|were)$/.test(tk[afterCue]?.lower ?? '') && !tk.slice(afterCue, sLast + 1).some((x) => x.quote < 0 && (isSpeechVerb(x) || /^(said|told)$/.test(x.lower)))) {
      const last = contentEnd(p, quotes, afterCue + 1, sLast);
      if (last > afterCue + 1) return finish(p, quotes, { first: i, last: cueLast }, speaker, { first: afterCue + 1, last }, zoneBefore, lemma);
    }
    const named = NAMING_VERBS.has(lemma) && tk[afterCue] !== undefined && tk[afterCue]!.quote >= 0 ? quotes[tk[afterCue]!.quote]! : null;
    // (A word or two in quotation marks, "what it called “deadlines”", is a label, not a claim.)
    if (!named || named.first !== afterCue || named.words < 3 || tk.slice(named.last + 1, sLast + 1).some((x) => x.quote < 0 && (isSpeechVerb(x) || /^(said|told)$/.test(x.lower)))) return null;
    return finish(p, quotes, { first: i, last: cueLast }, speaker, { first: named.first, last: named.last }, zoneBefore, lemma);
  }
  if (speaker.type === 'words' && /^(everything|anything|nothing|something)$/.test(tk[speaker.range.first]!.lower)) return null;
  // "once he has said his piece, …": a subordinate clause; its content ends with it.
  const subordinate = /^(once|when|after|before|if|because|since|as|while|until|unless|although|though)$/.test(tk[attrStart - 1]?.lower ?? '');

  // 1. A quotation right before the attribution: “…,” he said.
  // A second verb of the same speaker ("described the figures as “unacceptable” and promised a
  // plan") does not take the quotation the first one already holds.
  const quoteBefore = quoteEndingBefore(p, quotes, attrStart, sFirst);
  // "dismissed X as Y" reports only what follows it, never a quotation or a clause before
  // ("… “failed completely.” Zelenskyy dismissed the remark"); nor does "disputed" ("… “over
  // hiring.” An FAA official disputed that characterization").
  const forwardOnly = AS_ONLY_VERBS.has(lemma) || CLAUSE_ONLY_VERBS.has(lemma);
  const before = forwardOnly || (quoteBefore !== null && speaker.type === 'previous' && earlier.some((a) => a.quote === quoteBefore || (a.content && a.content.start <= quotes[quoteBefore]!.innerStart && a.content.end >= quotes[quoteBefore]!.innerEnd))) ? null : quoteBefore;
  // 2. What follows the cue.
  const forward = (inverted && !opensSentence) || statementDescribed ? null : forwardContent(p, quotes, lemma, afterCue, relativeSubject || subordinate ? nextComma(tk, afterCue, sLast) : relativeClause ? relativeClauseEnd(tk, afterCue, sLast) : sLast);
  if (forwardOnly && !forward) return null;
  const zone: TokenRange[] = [...zoneBefore];
  // "In a blog post, the chief executive said …": the opening phrase tells the channel.
  // ("Speaking on BBC Radio 4's Today programme, he said …": so does a participle of speech.)
  const speakingOn = SPEAKING_PARTICIPLE.test(tk[sFirst]!.lower) && tk[sFirst + 1]?.pos === 'ADP';
  const opener = speakingOn ? sFirst + 1 : sFirst;
  // ("In a statement posted on Sunday, its spokesperson, Mr Kunle Oyewole, apologised … and said
  // …": for a verb that shares the sentence's subject, the phrase ends at the first comma.)
  let subjectStart = attrStart;
  if (speaker.type === 'previous' && speaker.fallback) {
    const comma = tk.findIndex((t, m) => m > opener && m < speaker.fallback!.first && t.text === ',');
    if (comma > 0) subjectStart = comma + 1;
  }
  if (!inverted && subjectStart > opener + 1 && tk[subjectStart - 1]!.text === ',' && /^(in|on|during|through|via|to)$/.test(tk[opener]!.lower) && (speakingOn || tk[opener]!.lower !== 'to')) {
    let verb = false;
    // ("In a blog post published shortly after the announcement, …": a participle describing the medium is no verb of the phrase.)
    for (let m = opener; m < subjectStart - 1; m++) if ((tk[m]!.pos === 'VERB' && !(/(ed|en)$/.test(tk[m]!.lower) && /^(NOUN|PROPN)$/.test(tk[m - 1]?.pos ?? ''))) || tk[m]!.pos === 'AUX' || tk[m]!.quote >= 0) verb = true;
    if (!verb) zone.push({ first: opener, last: subjectStart - 2 });
  }
  let via: string | null = null;
  // ("“… react.” The Spaniard added that …", "He later clarified through his spokesman that …":
  // a that-clause after the cue is what it reports; not one after another verb, "said at a news
  // conference announcing that …".)
  const thatClause = forward !== null && tk[forward.range.first - 1]?.lower === 'that' && tk.slice(afterCue, forward.range.first - 1).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
  // (“… with his life.” US President Joe Biden told reporters: “…”: a quotation closed with a full
  // stop, then a new sentence whose verb has words of its own, belongs to the sentence before.
  // “… steady.” Muzyka told NBC News. still takes it: the verb has nothing else to report.)
  const endedBefore = before !== null && /\.$/.test(p.text.slice(quotes[before]!.innerStart - p.start, quotes[before]!.innerEnd - p.start)) && /^\p{Lu}/u.test(tk[attrStart]!.text);
  // (“…,” she says afterwards, wrapped in a towel: an adverb set off by a comma tells when, and
  // what follows describes her; the quotation is what she says.)
  const asideAfter = forward !== null && forward.range.first === afterCue && tk[afterCue]!.pos === 'ADV' && tk[afterCue + 1]?.text === ',';
  if (before !== null && !(forward && !asideAfter && (forward.range.first === afterCue || thatClause || endedBefore))) {
    const q = quotes[before]!;
    const tail = trailingZone(tk, afterCue, sLast);
    if (tail) zone.push(tail);
    if (forward) zone.push(...forward.zone);
    via = findVia(tk, zone, lemma, afterCue);
    const resumed = resumedQuote(p, quotes, before, afterCue, sLast);
    if (resumed !== null) {
      // One claim in two pieces: the content reads as one sentence, the offsets span both.
      const r = quotes[resumed]!;
      const text = `${p.text.slice(q.innerStart - p.start, q.innerEnd - p.start)}, ${p.text.slice(r.innerStart - p.start, r.innerEnd - p.start)}`;
      const pieces = [
        { start: q.innerStart, end: q.innerEnd },
        { start: r.innerStart, end: r.innerEnd },
      ];
      return { cue, cueText: cueText(p, cue, lemma), speaker, content: { start: q.innerStart, end: r.innerEnd, text, pieces }, kind: 'direct', zone, via, quote: before, resumedQuote: resumed };
    }
    // "Using the tax ''is a misguided approach,'' said X": the quotation ends a sentence that began
    // in the reporter's words, and the claim is the whole sentence.
    // (Not when a colon introduces the quotation: "Ruiz doubled down: “…,” she said.")
    // Nor after "as": in "the words “I can't breathe,” as Eric Garner said" the quotation alone is his.
    // (A verb of the future before it reports nothing: "The mission will report its findings “…,” Grossi said.")
    if (earlier.every((a) => a.content === null && willSay(tk, a.cue.first)) && q.first > sFirst && q.open > tk[sFirst]!.start && tk[q.first - 1]?.text !== ':' && tk[attrStart - 1]?.lower !== 'as') {
      const lead = { first: sFirst, last: q.first - 1 };
      let leadWords = 0;
      let plain = true;
      for (let m = lead.first; m <= lead.last; m++) {
        // ("… on what the Kremlin called “an important victory”, his spokesman said": a free relative's verb.)
        const freeRelative = tk.slice(Math.max(lead.first, m - 4), m).some((x) => x.lower === 'what');
        // ("Air defence units shot down 61 drones": a phrasal cue without its particle says nothing.)
        const reports = VERB_FORMS.has(tk[m]!.lower) && (!PHRASAL_CUES.has(tk[m]!.lemma) || PHRASAL_CUES.get(tk[m]!.lemma) === tk[m + 1]?.lower);
        if (tk[m]!.quote >= 0 || (reports && !willSay(tk, m) && !freeRelative) || OPEN_MARKS.has(tk[m]!.text)) plain = false;
        if (isWord(tk[m]!)) leadWords++;
      }
      // ("Mills “got an immunity agreement,” Jordan said": a subject alone, when the quotation opens
      // with its verb.)
      const verbFirst = /^(VERB|AUX)$/.test(tk[q.first + 1]?.pos ?? '') && /^\p{Ll}/u.test(tk[q.first + 1]!.text);
      if (plain && (leadWords >= 3 || (verbFirst && isNominal(tk[q.first - 1]!))) && isClausal(tk, { first: sFirst, last: q.last })) {
        // Up to the closing mark, so the quotation reads whole ("… ''is a misguided approach,''").
        return { cue, cueText: cueText(p, cue, lemma), speaker, content: { start: tk[sFirst]!.start, end: q.close }, kind: 'mixed', zone, via, quote: before };
      }
    }
    return { cue, cueText: cueText(p, cue, lemma), speaker, content: { start: q.innerStart, end: q.innerEnd }, kind: 'direct', zone, via, quote: before };
  }
  if (forward && !quoteOnly) {
    zone.push(...forward.zone);
    return finish(p, quotes, cue, speaker, forward.range, zone, lemma);
  }
  // 3a. "Back in Virginia, Mr. Clarke said, he decided to …": the attribution interrupts the claim,
  // which goes on after it; the words before it, if any, are its first piece.
  // ("The difference now, he told me on Friday, is that …": the person told and when come first.)
  let commaAt = afterCue;
  if (tk[commaAt]?.text !== ',') {
    const between = trailingZone(tk, afterCue, sLast);
    if (between && between.last - between.first < 5 && tk[between.last + 1]?.text === ',' && !tk.slice(between.first, between.last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.quote >= 0)) {
      // Only when the words before are no clause of their own: in "A drone strike set fire …, the
      // governor said on Tuesday, in what Russia called …" the claim is the clause before.
      const lead = leadBefore(p, attrStart, sFirst, earlier);
      if (!(lead && isClausal(tk, lead))) commaAt = between.last + 1;
    }
  }
  if (!inverted && !quoteOnly && tk[attrStart - 1]?.text === ',' && tk[commaAt]?.text === ',' && tk[commaAt]!.quote < 0 && commaAt + 1 <= sLast && !isBreakAfterComma(tk, commaAt + 1, commaAt + 1, commaAt + 4) && tk[commaAt + 1]!.quote < 0) {
    const from = commaAt + 1;
    const last = contentEnd(p, quotes, from, sLast);
    // ("…, the General Staff said, a figure that could not be verified": the reporter's note.)
    const note = /^(a|an)$/.test(tk[from]!.lower) && NOTE_NOUNS.has(tk[from + 1]?.lower ?? '');
    if (!note && countWords(tk, from, last) >= 3 && isClausal(tk, { first: from, last })) {
      const tail = trailingZone(tk, afterCue, commaAt);
      if (tail) zone.push(tail);
      const after = finish(p, quotes, cue, speaker, { first: from, last }, zone, lemma);
      const lead = leadBefore(p, attrStart, sFirst, earlier);
      if (!lead || !after.content) return after;
      const first = { start: tk[lead.first]!.start, end: tk[lead.last]!.end };
      const second = { start: after.content.start, end: after.content.end };
      // "The museum, [Mr. Obama said,] would make …" reads as one clause: no comma between subject and verb.
      const joint = isNominal(tk[lead.last]!) && /^(VERB|AUX)$/.test(tk[from]!.pos) ? ' ' : ', ';
      const text = `${p.text.slice(first.start - p.start, first.end - p.start)}${joint}${p.text.slice(second.start - p.start, second.end - p.start)}`;
      return { ...after, content: { start: first.start, end: second.end, text, pieces: [first, second] } };
    }
  }
  // 3. The clause before ", X said".
  const trailing = contentBefore(p, attrStart, sFirst, earlier, speaker.type === 'words');
  if (trailing && !quoteOnly) {
    const tail = trailingZone(tk, afterCue, sLast);
    if (tail) zone.push(tail);
    return finish(p, quotes, cue, speaker, trailing, zone, lemma);
  }
  // 4. "X said:" or "X said in a statement." with the words in the next sentence or paragraph.
  if (forward && quoteOnly && forward.quoteOnly) {
    zone.push(...forward.zone);
    return finish(p, quotes, cue, speaker, forward.range, zone, lemma);
  }
  // With no content, the attribution must end with its verb or an adverbial ("X said.", "X said
  // in a statement."): a verb with a plain object is not reporting speech ("would add thousands of
  // pounds to the cost").
  if (!OBJECT_VERBS.has(lemma) && !inverted) {
    let k = afterCue;
    while (k <= sLast && isModifierOrTime(tk, k)) k++;
    if (k <= sLast && tk[k]!.quote < 0 && /^(DET|NUM|NOUN|ADJ|PROPN)$/.test(tk[k]!.pos)) return null;
  }
  const tail = trailingZone(tk, afterCue, sLast);
  if (tail) zone.push(tail);
  return { cue, cueText: cueText(p, cue, lemma), speaker, content: null, kind: 'indirect', zone, via: findVia(tk, zone, lemma, afterCue), quote: null };
}

function finish(p: AnalysedParagraph, quotes: ParagraphQuote[], cue: TokenRange, speaker: SpeakerRef, range: TokenRange, zone: TokenRange[], lemma: string | null): Found {
  const tk = p.tokens;
  const start = tk[range.first]!.start;
  let end = tk[range.last]!.end;
  // A quote that starts inside the content and goes on past the sentence belongs to it.
  let quote: number | null = null;
  let quoted = 0;
  let words = 0;
  for (let k = range.first; k <= range.last; k++) {
    if (isWord(tk[k]!)) {
      words++;
      if (tk[k]!.quote >= 0) quoted++;
    }
  }
  for (let q = 0; q < quotes.length; q++) {
    const Q = quotes[q]!;
    if (Q.open >= start && Q.open < end && Q.close > end) end = Q.close;
    if (Q.open >= start - 1 && Q.close <= end + 1 && ((Q.innerStart <= start + 1 && Q.innerEnd >= end - 1) || onlyPunctuationAround(p, start, end, Q))) quote = q;
  }
  const kind: ClaimKind = quote !== null || (words > 0 && quoted === words) ? 'direct' : quoted > 0 ? 'mixed' : 'indirect';
  // Content that is one whole quotation ("X said: “…”") is its words, without the marks.
  const Q = quote === null ? null : quotes[quote]!;
  const trimmed = Q && start <= Q.innerStart && end >= Q.innerEnd ? { start: Q.innerStart, end: Q.innerEnd } : trimContent(p, start, end);
  return {
    cue,
    cueText: cueText(p, cue, lemma),
    speaker,
    content: trimmed,
    kind,
    zone,
    via: findVia(tk, zone, lemma ?? '', cue.last + 1),
    quote,
  };
}

/** Whether the text from start to end is the quotation Q (marks from Q.open to Q.close) and
 * nothing but punctuation around it. */
function onlyPunctuationAround(p: AnalysedParagraph, start: number, end: number, Q: ParagraphQuote): boolean {
  const outside = p.text.slice(start - p.start, Math.max(start, Q.open) - p.start) + p.text.slice(Math.min(end, Q.close) - p.start, end - p.start);
  return /^[\s,.;:]*$/.test(outside);
}

/** Content offsets without surrounding punctuation, commas and unpaired quote marks. */
function trimContent(p: AnalysedParagraph, start: number, end: number): { start: number; end: number } {
  const text = (a: number, b: number) => p.text.slice(a - p.start, b - p.start);
  let s = start;
  let e = end;
  // "KYIV, Ukraine (AP) — Russian troops have …, officials said": the dateline is no part of the claim.
  if (s === p.start) {
    const dateline = DATELINE.exec(p.text);
    if (dateline && s + dateline[0].length < e) s += dateline[0].length;
  }
  while (s < e && /[\s,;:—–-]/.test(text(s, s + 1))) s++;
  while (e > s && /[\s,;:—–-]/.test(text(e - 1, e))) e--;
  // The sentence's full stop is not part of an indirect claim ("… had barely begun.").
  if (text(e - 1, e) === '.' && /[\p{Ll}\p{N})”’"%]/u.test(text(e - 2, e - 1)) && !/[“"]/.test(text(s, s + 1))) e--;
  // Drop a quote mark at one end when its partner is not inside.
  const inner = text(s, e);
  const opens = (inner.match(/[“"]/g) ?? []).length;
  const closes = (inner.match(/[”"]/g) ?? []).length;
  if (/^[“"]/.test(inner) && /[”"][.?!]?$/.test(inner) === false && opens > closes) s++;
  return { start: s, end: e };
}

function cueText(p: AnalysedParagraph, cue: TokenRange, _lemma: string | null): string {
  return textOf(p, cue.first, cue.last);
}

export function textOf(p: AnalysedParagraph, first: number, last: number): string {
  const a = p.tokens[first];
  const b = p.tokens[last];
  if (!a || !b || last < first) return '';
  return p.text.slice(a.start - p.start, b.end - p.start);
}

function isBe(t: Token | undefined): boolean {
  return !!t && /^(is|was|were|are|be|been|being|'s|’s)$/.test(t.lower) && t.pos === 'AUX';
}

function isWord(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

function isNominal(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'ADJ' && /^\p{Lu}/u.test(t.text)) || isAcronym(t);
}

/** "BC", "UK", "NHS": capitals the tagger may call anything ("the BC Wildfire Service" has an adverb). */
function isAcronym(t: Token): boolean {
  return /^[A-Z]{2,6}$/.test(t.text) && t.pos !== 'PUNCT';
}

function isTime(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (WEEKDAYS.test(t.lower)) return true;
  if (MONTHS.test(t.lower) && /^\p{Lu}/u.test(t.text)) {
    // "May" is also a name ("Theresa May said"): a month only beside a number or a time word.
    if (t.lower !== 'may') return true;
    return tk[k + 1]?.pos === 'NUM' || tk[k - 1]?.pos === 'NUM' || /^(in|on|since|until|by|last|this|next|early|late|mid|of|from|through)$/.test(tk[k - 1]?.lower ?? '');
  }
  if (TIME_WORDS.test(t.lower) && (isTimeNeighbour(tk[k - 1]) || isTimeNeighbour(tk[k + 1]) || /^(last|this|next|early|late)$/.test(tk[k - 1]?.lower ?? ''))) return true;
  if (/^(last|this|next)$/.test(t.lower) && /^(week|month|year|weekend|night|morning|evening)$/.test(tk[k + 1]?.lower ?? '')) return true;
  // ("said late on Saturday that …")
  if (/^(late|early)$/.test(t.lower) && /^(on|in)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2] && (WEEKDAYS.test(tk[k + 2]!.lower) || TIME_WORDS.test(tk[k + 2]!.lower))) return true;
  if (/^(on|in|late|early)$/.test(t.lower) && tk[k + 1] && (WEEKDAYS.test(tk[k + 1]!.lower) || (MONTHS.test(tk[k + 1]!.lower) && /^\p{Lu}/u.test(tk[k + 1]!.text)) || TIME_WORDS.test(tk[k + 1]!.lower))) return true;
  if (t.pos === 'NUM' && k > 0 && MONTHS.test(tk[k - 1]!.lower)) return true;
  // ("wrote later that evening that …": "that" with a time word is a time, not the clause's opener.)
  return thatTime(tk, k) || (k > 0 && thatTime(tk, k - 1));
}

/** "later that evening", "that day, …": "that" at `k` naming a time, after "later" or "earlier"
 * or before the clause's own "that" or a comma. */
function thatTime(tk: Token[], k: number): boolean {
  return tk[k]?.lower === 'that' && /^(day|evening|night|morning|afternoon|week|weekend|month|year)$/.test(tk[k + 1]?.lower ?? '') && (/^(later|earlier)$/.test(tk[k - 1]?.lower ?? '') || /^(that|,)$/.test(tk[k + 2]?.lower ?? ''));
}

function isTimeNeighbour(t: Token | undefined): boolean {
  return !!t && (WEEKDAYS.test(t.lower) || MONTHS.test(t.lower));
}

function isModifierOrTime(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (t.quote >= 0) return false;
  // (The tagger may call "long" in "have long accused" an adjective.)
  if (VERB_MODIFIERS.has(t.lower) && (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'VERB' || (t.pos === 'ADJ' && /^(has|have|had)$/.test(tk[k - 1]?.lower ?? '')))) return true;
  if (t.pos === 'ADV' && t.lower.endsWith('ly')) return true;
  // "at first denied", "who for weeks had insisted", "for two years has argued".
  if ((t.lower === 'at' && tk[k + 1]?.lower === 'first') || (t.lower === 'first' && tk[k - 1]?.lower === 'at')) return true;
  if (inForSpan(tk, k)) return true;
  return isTime(tk, k);
}

/** Whether token `k` is part of a span of time after "for": "for weeks", "for two years", "for
 * several months". */
function inForSpan(tk: Token[], k: number): boolean {
  // (Called for most tokens: a plain test before anything else.)
  const forAt = tk[k]!.lower === 'for' ? k : tk[k - 1]?.lower === 'for' ? k - 1 : tk[k - 2]?.lower === 'for' ? k - 2 : -1;
  if (forAt < 0) return false;
  const n = tk[forAt + 1];
  const counted = n !== undefined && (n.pos === 'NUM' || /^(several|many|some)$/.test(n.lower));
  const spanAt = counted ? forAt + 2 : forAt + 1;
  return k <= spanAt && /^(days|weeks|months|years|decades|hours)$/.test(tk[spanAt]?.lower ?? '');
}

/**
 * Whether the comma at `comma` lies inside the name of a body that lists its fields: "the Ministry
 * of Agriculture, Food and Rural Affairs", "the Meteorology, Climatology and Geophysics Agency".
 * Capitalised words on both sides, then "and" and capitalised words that end the name, which is
 * either a body's ("Agency") or follows an "of" before the comma.
 */
function nameListAt(tk: Token[], comma: number, ceil: number): boolean {
  const capital = (t: Token | undefined) => t !== undefined && t.quote < 0 && /^\p{Lu}\p{Ll}/u.test(t.text);
  if (!capital(tk[comma - 1])) return false;
  let m = comma + 1;
  let sawAnd = false;
  while (m <= ceil) {
    if (!capital(tk[m])) return false;
    while (m + 1 <= ceil && capital(tk[m + 1])) m++;
    if (sawAnd) break;
    if (tk[m + 1]?.text === ',' && capital(tk[m + 2])) m += 2;
    else if (tk[m + 1]?.lower === 'and' && capital(tk[m + 2])) {
      sawAnd = true;
      m += 2;
    } else return false;
  }
  if (!sawAnd || m > ceil) return false;
  let k = comma - 1;
  while (k > 0 && capital(tk[k - 1])) k--;
  // ("the Ministry of the Environment, Conservation and Parks": "of the" too.)
  return ORGANISATION_WORDS.has(tk[m]!.lower) || tk[k - 1]?.lower === 'of' || (tk[k - 1]?.lower === 'the' && tk[k - 2]?.lower === 'of');
}

/** "The Minister of State for …", "the National Operations Controller of …": from `first`, a
 * determiner and a phrase whose head, before its first "of" or "for", names a person's office. */
function officeOf(tk: Token[], first: number, last: number): boolean {
  if (tk[first]!.pos !== 'DET') return false;
  const of = tk.findIndex((t, k) => k > first + 1 && k < last && /^(of|for)$/.test(t.lower));
  return of > 0 && (ROLE_NOUNS.has(tk[of - 1]!.lower) || namesAPerson(tk[of - 1]!.lower));
}

/** "minister of state" ending at `k`: a role noun, then "of" or "for" and a lower-case noun. */
function roleOfLeft(tk: Token[], k: number, floor: number): boolean {
  return k - 2 >= floor && tk[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(tk[k]!.text) && /^(of|for)$/.test(tk[k - 1]!.lower) && ROLE_NOUNS.has(tk[k - 2]!.lower);
}

/** Start of the noun phrase ending at `end` when "with" stands before it ("with the Bureau of
 * Meteorology", a name with "of" in it taken whole); null otherwise. */
function withSpeakerStart(tk: Token[], end: number, floor: number): number | null {
  let start = npLeft(tk, end, floor);
  while (start !== null && start - 2 >= floor && /^(of|for)$/.test(tk[start - 1]!.lower) && isTitleCased(tk[start]) && isTitleCased(tk[start - 2])) start = npLeft(tk, start - 2, floor);
  return start !== null && tk[start - 1]?.lower === 'with' ? start : null;
}

/** Start of the noun phrase that ends at `end`, walking left; null when there is none. */
export function npLeft(tk: Token[], end: number, floor: number): number | null {
  let k = end;
  // "Rep. Gwen Moore (D-Wis.)", "the Institute for the Study of War (ISW)": skip the brackets.
  if (tk[k]?.text === ')') {
    let depth = 0;
    while (k >= floor) {
      if (tk[k]!.text === ')') depth++;
      else if (tk[k]!.text === '(') {
        depth--;
        if (depth === 0) break;
      }
      k--;
    }
    k--;
  }
  // ("OPEC+ said": a plus written onto the name ends it.)
  if (tk[k]?.text === '+' && k - 1 >= floor && tk[k - 1]!.end === tk[k]!.start) k--;
  // ("A pal of Danny's said": the double possessive ends the phrase.)
  if (k - 2 >= floor && /^['’]s$/.test(tk[k]?.text ?? '') && tk[k - 1]!.pos === 'PROPN' && tk[k - 2]!.lower === 'of') k--;
  // ("Cedar Ridge Freedom to Read, a group of parents, said": a name that ends in its infinitive.)
  const endsInInfinitive = titledInfinitive(tk, k) && k - 2 >= floor;
  if (k < floor || (!isNominal(tk[k]!) && !endsInInfinitive) || tk[k]!.quote >= 0) return null;
  let start = endsInInfinitive ? k - 2 : k;
  let n = 0;
  let imperativeAt = -1;
  for (let m = start - 1; m >= floor && n < 14; m--, n++) {
    const t = tk[m]!;
    if (t.quote >= 0) break;
    // ("the 47th Mechanized Brigade": an ordinal the tagger may call a pronoun.)
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || /^\d+(?:st|nd|rd|th)$/.test(t.lower) || isAcronym(t)) {
      start = m;
      continue;
    }
    // ("Freedom to Read Missouri", "Campaign to Protect Rural England": a body named in title case
    // with an infinitive in it; "Save the Children", "the Stop the War Coalition": with an
    // imperative and its object.)
    if (isTitleCased(t) && t.pos === 'VERB' && isTitleCased(tk[m + 1]) && tk[m - 1]?.lower === 'to' && m - 2 >= floor && isTitleCased(tk[m - 2]) && isNominal(tk[m - 2]!)) {
      start = m - 2;
      m -= 2;
      n += 2;
      continue;
    }
    if (t.lower === 'the' && m - 1 >= floor && (imperativeName(tk, m - 1) || (isTitleCased(tk[m - 1]) && isTitleCased(tk[m + 1]) && tk[m - 1]!.pos === 'NOUN' && !isTime(tk, m - 1)))) {
      start = imperativeAt = m - 1;
      m -= 1;
      n += 1;
      continue;
    }
    // ("Catherine de la Cruz", "Maria de los Santos": a name's particles, however the tagger reads them.)
    if (NAME_PARTICLES.has(t.text) && /^\p{Lu}/u.test(tk[k]!.text) && m - 1 >= floor && (/^\p{Lu}/u.test(tk[m - 1]!.text) || NAME_PARTICLES.has(tk[m - 1]!.text))) {
      start = m;
      continue;
    }
    // ("the rebels' chief negotiator": a plural's possessive is a bare apostrophe.)
    if ((t.pos === 'PART' && /^['’]s$/.test(t.text)) || (/^['’]$/.test(t.text) && /s$/.test(tk[m - 1]?.text ?? '') && tk[m - 1]!.end === t.start && isNominal(tk[m - 1]!))) {
      start = m;
      continue;
    }
    // ("OPEC+ delegates", "G7+": a plus sign written onto a name is part of it.)
    if ((t.text === '-' && attached(tk, m)) || t.text === '.' || t.text === '&' || (t.text === '+' && tk[m - 1]?.end === t.start)) continue;
    // ("The Ministry of Agriculture, Food and Rural Affairs said": a list inside the name.)
    if (t.text === ',' && m + 1 === start && nameListAt(tk, m, end)) continue;
    // ("presiding judge Zuzana Kráľová", "acting director", "outgoing president": a participle the
    // tagger reads as a verb, modifying the person noun after it.)
    if (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && m + 1 === start && isPersonNoun(tk[m + 1])) {
      start = m;
      continue;
    }
    // ("the Washington-based think tank": the tagger's verb in a compound noun.)
    if (t.lower === 'think' && tk[m + 1]?.lower === 'tank') {
      start = m;
      continue;
    }
    // "Hamas-run Gaza", "Russian-installed officials": a participle joined by a hyphen is a
    // modifier; so is one between a determiner and a noun ("a collapsed lender").
    // ("Several elected members": after a quantifier too.)
    if (t.pos === 'VERB' && ((tk[m - 1]?.text === '-' && attached(tk, m - 1)) || (t.lower.endsWith('ed') && (tk[m - 1]?.pos === 'DET' || /^(several|many|some|few|most|other|two|three|four|five)$/.test(tk[m - 1]?.lower ?? '')) && tk[m + 1]?.pos === 'NOUN'))) {
      start = m;
      continue;
    }
    if (/^(which|what|whose|whatever|that|this|these|those)$/.test(t.lower)) break;
    // "Wad an-Noura": an Arabic article joined to the next word is part of a name.
    if (t.pos === 'DET' && tk[m + 1]?.text === '-' && attached(tk, m + 1) && /^\p{Lu}/u.test(tk[m + 2]?.text ?? '')) {
      start = m;
      continue;
    }
    // ("the world No 3": a ranking's "No" is no determiner.)
    if (t.text === 'No' && tk[m + 1]?.pos === 'NUM') {
      start = m;
      continue;
    }
    // ("the All Progressives Congress": a capitalised determiner inside a name, after "the".)
    if (t.pos === 'DET' && /^\p{Lu}/u.test(t.text) && tk[m + 1]?.pos === 'PROPN' && tk[m - 1]?.lower === 'the' && m - 1 >= floor) {
      start = m;
      continue;
    }
    if (t.pos === 'DET' || (t.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t.lower))) {
      start = m;
      // "the General Staff of the Armed Forces": a determiner after "of" continues the name;
      // "a senior engineer at the department": a person's workplace continues the description.
      const before = tk[m - 1];
      // ("a report by the Halden Institute": a document and its author.)
      const documentBy = before?.lower === 'by' && DOCUMENT_NOUNS.test(tk[m - 2]?.lower ?? '');
      // ("the All Progressives Congress in the state": a body named in capitals and where it is.)
      const bodyInPlace = before?.lower === 'in' && m - 2 >= floor && tk[m - 2]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[m - 2]!.text) && m + 1 === end && /^(state|country|region|county|city|province|district|area|capital)$/.test(tk[end]!.lower);
      // ("its developer and the study's investigators said": two that can speak, each with its article.)
      const secondSpeaker = before?.lower === 'and' && m - 2 >= floor && tk[m - 2]!.quote < 0 && canSpeak(tk[m - 2]!) && canSpeak(tk[end]!);
      if (before && (/^(of|for)$/.test(before.lower) || documentBy || bodyInPlace || secondSpeaker || familiarWith(tk, m - 1) || (/^(at|in|with|from|on)$/.test(before.lower) && isPersonNoun(tk[m - 2]))) && m - 2 >= floor && (isNominal(tk[m - 2]!) || familiarWith(tk, m - 1))) {
        m -= 1;
        n++;
        continue;
      }
      // "a Ukrainian soldier serving in the area", "a nurse working at the hospital".
      const doing = tk[m - 2];
      // ("Two engineers involved in the recovery", "officials based in Kyiv": a past participle too.)
      const participle = doing !== undefined && ((doing.pos === 'VERB' && doing.lower.endsWith('ing')) || ((doing.pos === 'VERB' || doing.pos === 'ADJ') && /[^e]ed$/.test(doing.lower)));
      if (before && /^(at|in|on|with|from)$/.test(before.lower) && participle && m - 3 >= floor && isPersonNoun(tk[m - 3], true)) {
        m -= 2;
        n += 2;
        continue;
      }
      break;
    }
    // ("the General Staff of the Armed Forces"; "the chief of staff", "Minister of Defence": a role
    // and what it is of, whatever the tagger calls the role word.)
    // ("the minister of state for petroleum": a role with two such phrases.)
    if (/^(of|for)$/.test(t.lower) && m - 1 >= floor && ((isNominal(tk[m - 1]!) && /^\p{Lu}/u.test(tk[start]!.text)) || (/^\p{L}/u.test(tk[m - 1]!.text) && (ROLE_NOUNS.has(tk[m - 1]!.lower) || (/s$/.test(tk[m - 1]!.lower) && ROLE_NOUNS.has(tk[m - 1]!.lower.slice(0, -1))))) || roleOfLeft(tk, m - 1, floor))) continue;
    // ("An aide to Senator Ana Ruiz", "the ambassador to Germany": a person and whom they serve.)
    if (t.lower === 'to' && m - 1 >= floor && tk[m - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tk[m - 1]!.text) && namesAPerson(tk[m - 1]!.lower) && /^\p{Lu}/u.test(tk[start]!.text)) continue;
    // ("more than 2,400 students", "fewer than 300 homes": a count's comparison.)
    if (t.lower === 'than' && /^(more|fewer|less)$/.test(tk[m - 1]?.lower ?? '') && tk[m + 1]?.pos === 'NUM' && m - 1 >= floor) {
      start = m - 1;
      m -= 1;
      n += 1;
      continue;
    }
    // ("The senior warden in charge of Tsavo East": a person and what they run.)
    if (t.lower === 'in' && tk[m + 1]?.lower === 'charge' && tk[m + 2]?.lower === 'of' && m - 1 >= floor && isPersonNoun(tk[m - 1])) continue;
    // ("A mother of three said …", "a father of two young children": a person and the children had.)
    // ("A mother-of-three": written with hyphens.)
    if (t.lower === 'of' && m - 1 >= floor && tk[start]!.pos === 'NUM' && (isPersonNoun(tk[m - 1]) || (tk[m - 1]!.text === '-' && isPersonNoun(tk[m - 2])))) continue;
    // ("A paramedic with 12 years of service": a count of something and what it is of.)
    if (t.lower === 'of' && m - 2 >= floor && tk[m - 1]!.pos === 'NOUN' && tk[m - 2]!.pos === 'NUM') continue;
    // ("A study of more than 2,400 students found …": a document and what it is of.)
    if (t.lower === 'of' && m - 1 >= floor && tk[m - 1]!.pos === 'NOUN' && /^(study|survey|analysis|review|poll|census|audit)$/.test(tk[m - 1]!.lower)) continue;
    // ("A person with knowledge of the search", "officials with the agency": someone described by
    // what they know or whom they are with.)
    if (t.lower === 'with' && m - 1 >= floor && /^\p{Ll}/u.test(tk[m - 1]!.text) && isPersonNoun(tk[m - 1])) continue;
    // "Analysts at Nordea", "a source in Ukraine's SBU": people and where they work.
    // ("Two delegates from major oil-producing countries": people from a kind of place.)
    if (/^(at|in|from)$/.test(t.lower) && m - 1 >= floor && (/^\p{Lu}/u.test(tk[start]!.text) || (t.lower === 'from' && /s$/.test(tk[m - 1]!.lower))) && isPersonNoun(tk[m - 1], true)) continue;
    // "The Health Ministry in Gaza", "the U.S. Embassy in Kyiv", "Al-Aqsa Martyrs Hospital in
    // nearby Deir al-Balah": a body and its place.
    if (t.lower === 'in' && m - 1 >= floor && (/^\p{Lu}/u.test(tk[start]!.text) || (tk[start]!.lower === 'nearby' && /^\p{Lu}/u.test(tk[start + 1]?.text ?? ''))) && (PUBLIC_BODY_WORDS.has(tk[m - 1]!.lower) || (ORGANISATION_WORDS.has(tk[m - 1]!.lower) && /^\p{Lu}/u.test(tk[m - 1]!.text)))) continue;
    // "Tom Edwards at Goldman Sachs": a full name and where the person works.
    if (t.lower === 'at' && m - 2 >= floor && /^\p{Lu}/u.test(tk[start]!.text) && tk[m - 1]!.pos === 'PROPN' && tk[m - 2]!.pos === 'PROPN') continue;
    // ("Russia's defense ministry and the Wagner Group", "Lavrov and Blinken", "the former first
    // lady and U.S. senator"; not "over the investigation and Democrats accused …", where "and"
    // joins two clauses.)
    // ("the company and regulators announced": two that can speak.)
    // ("ministers of electricity and water": two nouns after "of" or "for".)
    if (t.lower === 'and' && m - 1 >= floor && isNominal(tk[m - 1]!) && ((/^\p{Lu}/u.test(tk[start]!.text) && (/^\p{Lu}/u.test(tk[m - 1]!.text) || isPersonNoun(tk[m - 1]))) || tk[start]!.pos === 'DET' || (canSpeak(tk[start]!) && canSpeak(tk[m - 1]!)) || (/^(of|for)$/.test(tk[m - 2]?.lower ?? '') && start - m === 1))) continue;
    break;
  }
  // Never start on a bare "of"/"and"/punctuation.
  while (start < k && start !== imperativeAt && !(tk[start]!.pos === 'DET' || tk[start]!.pos === 'PRON' || isNominal(tk[start]!) || tk[start]!.pos === 'ADJ' || (/^\p{Ll}+ing$/u.test(tk[start]!.text) && isPersonNoun(tk[start + 1])))) start++;
  return start;
}

/** Where a question's clause opens in tokens from..to ("asked whether …", "pressed on what …"), or to + 1. */
function whClauseAt(tk: Token[], from: number, to: number): number {
  for (let m = from; m <= to; m++) if (/^(what|whether|how|why|if|when|where|who)$/.test(tk[m]!.lower)) return m;
  return to + 1;
}

/** A word in title case: "Save", "Children", not "UN" or "the". */
function isTitleCased(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** "Freedom to Read", "Right to Know": a capitalised verb (however the tagger reads it) after "to"
 * and a capitalised noun, ending a name. */
function titledInfinitive(tk: Token[], k: number): boolean {
  return /^(VERB|PROPN|NOUN)$/.test(tk[k]?.pos ?? '') && /^\p{Lu}\p{Ll}/u.test(tk[k]!.text) && tk[k - 1]?.lower === 'to' && /^\p{Lu}\p{Ll}/u.test(tk[k - 2]?.text ?? '') && isNominal(tk[k - 2]!);
}

/** Campaigns named with an imperative and its object: "Save the Children", "Stop the War Coalition".
 * (The tagger reads the verb as a name after "said"; a capitalised name there, "told Reuters the
 * Kremlin …", is no imperative.) */
const CAMPAIGN_VERBS = /^(save|stop|feed|keep|end|reclaim|protect|defend|stand|ban|free|fight|help|make|heal|rock|clean|count)$/;
function imperativeName(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  return /^\p{Lu}\p{Ll}/u.test(t.text) && (t.pos === 'VERB' || CAMPAIGN_VERBS.test(t.lower)) && !/(?:ing|ed)$/.test(t.lower) && tk[k + 1]?.lower === 'the' && /^\p{Lu}/u.test(tk[k + 2]?.text ?? '');
}

/** "from" in "a statement from the ministry": the statement's author goes on the phrase. */
function statementFrom(tk: Token[], k: number, end: number | null): boolean {
  return end !== null && /^(from|by)$/.test(tk[k]?.lower ?? '') && ISSUED_NOUN.test(tk[end]!.text) && tk[end]!.text === tk[end]!.lower;
}

/** "with" in "people familiar with the matter", "to" in "people close to the Kremlin": the anonymous
 * source's description goes on. */
function familiarWith(tk: Token[], k: number): boolean {
  return (tk[k]?.lower === 'with' && tk[k - 1]?.lower === 'familiar') || (tk[k]?.lower === 'to' && tk[k - 1]?.lower === 'close');
}

/** A noun for a person: "engineer", "spokeswoman", "official", "analyst"; lower-case unless `capitalised` (a sentence may open with it). */
function isPersonNoun(t: Token | undefined, capitalised = false): boolean {
  if (!t) return false;
  // Opening a sentence the tagger may read a plural as a name: "Officials at Homeland Security …".
  const pluralName = capitalised && t.pos === 'PROPN' && t.lower.endsWith('s');
  if ((t.pos !== 'NOUN' && !pluralName) || (!capitalised && !/^\p{Ll}/u.test(t.text))) return false;
  return GROUP_NOUNS.has(t.lower) || namesAPerson(t.lower.replace(/s$/, ''));
}

/** End of the noun phrase that starts at `start`, walking right. */
export function npRight(tk: Token[], start: number, ceil: number): number | null {
  let k = start;
  let end: number | null = null;
  while (k <= ceil && k - start < 14) {
    const t = tk[k]!;
    if (t.quote >= 0) break;
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'ADJ') || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || isAcronym(t)) {
      end = k;
    } else if (/^['’]$/.test(t.text) && end === k - 1 && /s$/.test(tk[k - 1]!.text) && tk[k - 1]!.end === t.start && /^(NOUN|PROPN)$/.test(tk[k + 1]?.pos ?? '')) {
      // "The Norwegian Homeowners' Federation": a plural's possessive is a bare apostrophe.
    } else if (k === start && t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && tk[k + 1]?.pos === 'NOUN' && tk[k + 2]?.pos === 'PROPN') {
      // "lead author Lijing Cheng", "acting director Ana Ruiz": the tagger's verb modifies the role noun.
    } else if (end !== null && NAME_PARTICLES.has(t.text) && /^\p{Lu}/u.test(tk[end]!.text) && (NAME_PARTICLES.has(tk[k + 1]?.text ?? '') || /^\p{Lu}/u.test(tk[k + 1]?.text ?? ''))) {
      // "said Carlos de la Torre": a name's particles, however the tagger reads them.
    } else if (/^\p{Lu}\p{Ll}/u.test(t.text) && tk[k + 1]?.pos === 'PROPN' && tk[k + 1]!.quote < 0) {
      // A capitalised word the tagger read as a verb inside a name: "The Associated Press", "United Nations".
      end = k;
    } else if (k === start && imperativeName(tk, k)) {
      // "said Save the Children": a body named with an imperative and its object.
      end = k;
    } else if (t.pos === 'DET' || (t.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t.lower))) {
      if (end !== null && !/^(of|for)$/.test(tk[k - 1]!.lower) && !(k - 1 === start && end === start && imperativeName(tk, start)) && !familiarWith(tk, k - 1) && !statementFrom(tk, k - 1, end)) break;
    } else if ((/^(of|for|and|&)$/.test(t.lower) || statementFrom(tk, k, end)) && end !== null && tk[k + 1] && (/^\p{Lu}/u.test(tk[k + 1]!.text) || tk[k + 1]!.pos === 'DET')) {
      // continue through "of the Armed Forces", "and the Wagner Group", "a statement from the ministry"
    } else if (t.lower === 'of' && end === k - 1 && /^(secretary|chief)$/.test(tk[k - 1]!.lower) && /^(state|staff)$/.test(tk[k + 1]?.lower ?? '')) {
      // "the Colorado secretary of state's office", "the chief of staff": an office written in lower case
    } else if (t.text === ',' && end === k - 1 && nameListAt(tk, k, ceil)) {
      // "the Ministry of Agriculture, Food and Rural Affairs": a list inside the name
    } else if (familiarWith(tk, k) && tk[k + 1]) {
      // "a person familiar with the matter": the anonymous source's whole description
    } else if (/^(at|in)$/.test(t.lower) && end !== null && end === k - 1 && isPersonNoun(tk[end], true) && /^\p{Lu}/u.test(tk[k + 1]?.text ?? '') && tk[k + 1]!.pos === 'PROPN') {
      // "Analysts at Jefferies", "Medics at Al-Aqsa Martyrs Hospital": people and where they work.
    } else if (t.text === '(' ) {
      // "(D-N.C.)", "(ISW)"; not an aside ("(a view echoed by everyone I interviewed)").
      let m = k;
      while (m <= ceil && tk[m]!.text !== ')') m++;
      if (m > ceil || m - k > 6 || tk.slice(k, m).some((x) => x.pos === 'VERB')) break;
      end = m;
      k = m;
      // A bracket closes the name: "Corvane Semiconductor (CRVN.O) forecast revenue …".
      if (/^\p{Ll}/u.test(tk[m + 1]?.text ?? '')) break;
    } else if (t.text === '-' || t.text === '.' || (t.text === '+' && end === k - 1 && tk[k - 1]!.end === t.start)) {
      // hyphenated names, "OPEC+"
    } else if (t.pos === 'VERB' && tk[k - 1]?.text === '-' && attached(tk, k - 1) && end !== null) {
      // "the Washington-based Armed Conflict …", "the Kremlin-backed leader": a participle joined by a hyphen.
    } else break;
    k++;
  }
  if (end !== null && (tk[end]!.pos === 'PRON' && !/^(he|she|it|they)$/.test(tk[end]!.lower))) return null;
  return end;
}

/** "NAME, APPOSITIVE, said": the name and the appositive before the comma at `comma`. Vox-pop
 * style chains too: "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said". */
type Appositive = { name: TokenRange; appositive: string | null; /** first token of the whole phrase */ start: number; /** "in a statement": where or how, set off by commas */ asides: TokenRange[] };

/** The name (and its description) set off before the comma at `comma` that precedes a verb of saying. */
function appositiveBefore(p: AnalysedParagraph, comma: number, sFirst: number): Appositive | null {
  const inner = appositiveBeforeInner(p, comma, sFirst);
  // ("Rafael Mendoza, who delivered packages from a warehouse in Riverside, Calif., to homes …,
  // says": a relative clause that runs over a place's own commas holds what the shorter reading
  // took for the name.)
  const abbreviated = inner !== null && /^(?:[A-Z][a-z]{1,4}\.)+$/.test(p.tokens[inner.name.last]!.text);
  if (inner && !abbreviated) return inner;
  const long = nameBeforeLongClause(p.tokens, comma, sFirst);
  return inner && !(long && long.name.last < inner.start) ? inner : long;
}

/** The subject before ", who …" / ", which …" that runs into the quotation opening at `quoteFirst`
 * (see the caller): a name, or a noun phrase that opens the sentence. */
function subjectBeforeQuotedRelative(tk: Token[], quoteFirst: number, sFirst: number): TokenRange | null {
  const named = nameBeforeLongClause(tk, quoteFirst + 1, sFirst);
  if (named) return named.name;
  for (let w = quoteFirst - 1; w > sFirst + 1 && quoteFirst - w < 30 && tk[w]!.quote < 0; w--) {
    if (!/^(who|whose|which)$/.test(tk[w]!.lower) || tk[w - 1]!.text !== ',') continue;
    const first = npLeft(tk, w - 2, sFirst);
    return first === sFirst && canHeadSubject(tk, first, w - 2) ? { first, last: w - 2 } : null;
  }
  return null;
}

/** Whether tokens first..last are a noun phrase that can speak: a name, or one whose head can. */
function canHeadSubject(tk: Token[], first: number, last: number): boolean {
  return tk.slice(first, last + 1).some((t) => t.pos === 'PROPN') || canSpeak(tk[last]!);
}

/**
 * "Marte Kristiansen, whose father, Odd, was among those killed, wrote …", "Pere Ordinas, who
 * heads a cooperative in Alcúdia, on Mallorca's north coast, said …", "Penhaligon, asked later
 * whether he would stand again, told …": a relative clause or "asked …" running over commas of its
 * own, between the name and its verb. Tried when nothing shorter fits.
 */
function nameBeforeLongClause(tk: Token[], comma: number, sFirst: number): Appositive | null {
  for (let w = comma - 2; w > sFirst + 1 && comma - w < 30 && tk[w]!.quote < 0; w--) {
    if (!(/^(who|whose)$/.test(tk[w]!.lower) || (tk[w]!.lower === 'asked' && tk[w]!.pos === 'VERB')) || tk[w - 1]!.text !== ',') continue;
    let nameFirst = w - 2;
    // ("Kofi Mensah-Ward": over a hyphen written into the name.)
    while (nameFirst > sFirst && w - 2 - nameFirst < 4 && ((tk[nameFirst - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[nameFirst - 1]!.text)) || (tk[nameFirst - 1]!.text === '-' && attached(tk, nameFirst - 1)))) nameFirst--;
    if (tk[nameFirst]!.text === '-') nameFirst++;
    // (A full name, or a surname opening the sentence; not a place, "of Laurel, Md., who …".)
    const named = tk[w - 2]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[w - 2]!.text) && (nameFirst === sFirst || (isPersonName(tk, nameFirst, w - 2) && tk[nameFirst - 1]?.text !== ','));
    if (named && opensPhrase(tk, nameFirst, sFirst) && !tk.slice(w, comma).some((x) => x.text === ';')) return { name: { first: nameFirst, last: w - 2 }, appositive: null, start: nameFirst, asides: [] };
    return null;
  }
  return null;
}

function appositiveBeforeInner(
  p: AnalysedParagraph,
  comma: number,
  sFirst: number,
): Appositive | null {
  const tk = p.tokens;
  // "A soldier from the 47th Brigade, who spoke on condition he be identified only by his call
  // sign, Fox, said": the call sign is the name; what the relative clause hangs from, the role.
  if (/^(sign|name|alias)$/.test(tk[comma - 3]?.lower ?? '') && tk[comma - 2]?.text === ',' && tk[comma - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[comma - 1]!.text)) {
    let who = comma - 4;
    while (who > sFirst && comma - who < 24 && !(tk[who]!.lower === 'who' && tk[who - 1]?.text === ',') && tk[who]!.quote < 0) who--;
    if (tk[who]?.lower === 'who' && tk[who - 1]?.text === ',') {
      const roleStart = npLeft(tk, who - 2, sFirst);
      if (roleStart !== null && opensPhrase(tk, roleStart, sFirst)) return { name: { first: comma - 1, last: comma - 1 }, appositive: textOf(p, roleStart, who - 2), start: roleStart, asides: [] };
    }
  }
  // "The rebels' chief negotiator, known by his nom de guerre Comandante Julián, told AFP": the
  // name one is known by is the name; what the participle hangs from, the role.
  let nameFirst = comma - 1;
  while (nameFirst > sFirst && comma - nameFirst < 3 && tk[nameFirst - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[nameFirst - 1]!.text)) nameFirst--;
  if (/^\p{Lu}/u.test(tk[nameFirst]?.text ?? '') && /^(as|guerre|name|alias|nickname|pseudonym|moniker)$/.test(tk[nameFirst - 1]?.lower ?? '')) {
    let known = nameFirst - 2;
    while (known > sFirst && nameFirst - known < 7 && tk[known]!.lower !== 'known' && tk[known]!.quote < 0 && tk[known]!.text !== ',') known--;
    if (tk[known]?.lower === 'known' && tk[known - 1]?.text === ',') {
      const roleStart = npLeft(tk, known - 2, sFirst);
      if (roleStart !== null && opensPhrase(tk, roleStart, sFirst)) return { name: { first: nameFirst, last: comma - 1 }, appositive: textOf(p, roleStart, known - 2), start: roleStart, asides: [] };
    }
  }
  // "Her longtime rival, the Australian Keeley Dunstan, wrote …", "Her rival, the swimmer Keeley
  // Dunstan, said …": a role, then a description ending in the name, set off by commas.
  {
    let k = comma - 1;
    while (k > sFirst && tk[k]!.text !== ',' && tk[k]!.quote < 0) k--;
    const segFirst = k + 1;
    let nameFirst = comma - 1;
    while (nameFirst > segFirst && tk[nameFirst - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[nameFirst - 1]!.text)) nameFirst--;
    // ("the Australian Keeley Dunstan": a nationality before the name describes it.)
    while (comma - nameFirst > 2 && /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|i|an)$/u.test(tk[nameFirst]!.text) && givenNameGender(tk[nameFirst]!.text) === undefined) nameFirst++;
    const described = tk[segFirst]?.pos === 'DET' && nameFirst > segFirst + 1 && comma - nameFirst >= 2 && comma - nameFirst <= 4 && tk.slice(segFirst + 1, nameFirst).every((x) => x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'PROPN');
    if (tk[k]?.text === ',' && described && tk.slice(nameFirst, comma).every((x) => /^\p{Lu}/u.test(x.text))) {
      // (The tagger may read the role noun as an adjective: "Her longtime rival".)
      let roleStart = npLeft(tk, k - 1, sFirst);
      if (roleStart === null && tk[k - 1]?.pos === 'ADJ') {
        let b = k - 1;
        while (b > sFirst && tk[b - 1]!.pos === 'ADJ') b--;
        if (b - 1 >= sFirst && /^(his|her|its|their|our|the)$/.test(tk[b - 1]!.lower)) roleStart = b - 1;
      }
      if (roleStart !== null && opensPhrase(tk, roleStart, sFirst)) {
        return { name: { first: nameFirst, last: comma - 1 }, appositive: `${textOf(p, roleStart, k - 1)}, ${textOf(p, segFirst, nameFirst - 1)}`, start: roleStart, asides: [] };
      }
    }
  }
  /** The segments between the name and the cue's comma, nearest the name first. */
  const described: TokenRange[] = [];
  let segEnd = comma - 1;
  // Where a list inside the description ends, while its earlier items are being read.
  let listEnd: number | null = null;
  for (let hop = 0; hop < 5; hop++) {
    let k = segEnd;
    // (A relative clause may quote: "Grant Hollis, who had said his side were ‘not where we want
    // to be’ with the bat, admitted …"; no other segment may.)
    while (k >= sFirst && tk[k]!.text !== ',' && (tk[k]!.quote < 0 || quotedInRelative(tk, k, sFirst))) k--;
    if (k < sFirst || tk[k]!.text !== ',' || tk[k]!.quote >= 0) return null;
    // ("The coalition, in the communiqué signed by its convener, Dr Kehinde Fashola-Adeoye, said":
    // the signatory's name set off inside the channel's aside belongs to it.)
    if (tk.slice(k + 1, segEnd + 1).every((x) => x.pos === 'PROPN' || x.text === '-' || x.text === '.')) {
      let k2 = k - 1;
      while (k2 >= sFirst && tk[k2]!.text !== ',' && tk[k2]!.quote < 0) k2--;
      const asideFirst = k2 + 1;
      if (tk[k2]?.text === ',' && /^(in|through|via)$/.test(tk[asideFirst]!.lower) && tk.slice(asideFirst + 1, asideFirst + 4).some((x) => MEDIUM_NOUNS.has(x.lower)) && tk.slice(asideFirst + 2, k).some((x) => /^(signed|issued|sent)$/.test(x.lower)) && tk[k - 1]!.pos === 'NOUN' && namesAPerson(tk[k - 1]!.lower)) k = k2;
    }
    const segFirst = k + 1;
    const seg = tk[segFirst];
    if (!seg || segFirst > segEnd) return null;
    const relative = opensRelative(tk, segFirst);
    const possessive = seg.pos === 'PRON' && /^(its|his|her|their|our)$/.test(seg.lower);
    const place = /^(of|from)$/.test(seg.lower) && /^\p{Lu}/u.test(tk[segFirst + 1]?.text ?? '');
    // "Mayor Elena Petrova, speaking at a news conference, said": a participle's phrase about the speaker.
    // Any short present participle with no finite verb after it ("reporting from Rafah", "citing
    // a new poll"), not only the verbs of speech.
    const participle =
      seg.pos === 'VERB' &&
      (/^(speaking|writing|addressing|appearing|testifying|responding|reacting|replying|talking|commenting|reading)$/.test(seg.lower) ||
        // "known by its acronym HUR", "based in Geneva": a past participle and its phrase.
        // ("The findings, published Wednesday in Nature, suggest …": a time may come first.)
        // ("elected mayor in 2019", "appointed chief executive in March": and the role it gave.)
        // ("The communiqué, read out by the secretary-general at the close of the summit, said": an
        // irregular participle too.)
        ((seg.lower.endsWith('ing') || ((/(ed|wn|en)$/.test(seg.lower) || /^(read|made|held|sent|put|set|left|brought|sought|shown|seen|done|won|lost|built|shut)$/.test(seg.lower)) && (tk[segFirst + 1]?.pos === 'ADP' || /^(out|up|off|down)$/.test(tk[segFirst + 1]?.lower ?? '') || isTime(tk, segFirst + 1) || opensRole(tk, segFirst + 1)))) &&
          // (Longer with its agent: "read out by X at the close of the one-day summit in Muscat".)
          segEnd - segFirst < (tk.slice(segFirst + 1, segFirst + 4).some((x) => x.lower === 'by') ? 30 : 10) &&
          // ("pressed on what the decision meant for households": a question's own verb is the phrase's.)
          !tk.slice(segFirst + 1, whClauseAt(tk, segFirst + 1, segEnd)).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed|en)$/.test(x.lower)))));
    // "Hillary Clinton, at a later press gaggle, said": where or when, not who.
    // (Short, and with no auxiliary or relative word: the tagger reads some nouns as verbs, "a press gaggle".)
    // ("The Ministry of Tourism, in a statement signed by Principal Secretary Grace Njeri-Mutua on
    // Wednesday evening, said": longer when it is the channel and who signed it.)
    const channel = /^(in|through|via)$/.test(seg.lower) && tk.slice(segFirst + 1, segFirst + 4).some((x) => MEDIUM_NOUNS.has(x.lower)) && tk.slice(segFirst + 2, segFirst + 6).some((x) => /^(signed|issued|released|posted|published|sent)$/.test(x.lower));
    const adverbial = seg.pos === 'ADP' && !place && segEnd - segFirst < (channel ? 25 : 12) && !tk.slice(segFirst, segEnd + 1).some((x) => x.pos === 'AUX' || /^(which|who|that|where|when)$/.test(x.lower));
    const party = isPartyTag(tk, segFirst, segEnd);
    // ("Sigrid, now a student in Bergen, told me": a description with its time; "Priya Ramaswamy,
    // then Kestrel's director of reliability engineering, wrote": with a possessor.)
    const timed = /^(now|then|once|formerly|later)$/.test(seg.lower) && (/^(DET|ADJ|NOUN)$/.test(tk[segFirst + 1]?.pos ?? '') || (tk[segFirst + 1]?.pos === 'PROPN' && /^['’]s$/.test(tk[segFirst + 2]?.text ?? '')));
    if (!relative && !possessive && !place && !participle && !adverbial && !party && !timed && !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(seg.pos)) return null;
    // The appositive must not be a clause of its own ("Kyiv's forces still control Bakhmut, …").
    if (!relative && !participle && !adverbial && !party) {
      for (let m = segFirst; m <= segEnd; m++) {
        const t = tk[m]!;
        // "a note-taking app": a verb inside a hyphenated word is an adjective; "one of the states
        // suing the EPA", "a group founded in 2019": a participle after a noun describes the noun.
        if (tk[m - 1]?.text === '-' && attached(tk, m - 1)) continue;
        // ("a father of three sheltering in Rafah": after a number standing for a noun too.)
        // ("the 34-year-old man shot and killed by an officer": irregular, and joined by "and".)
        if (m > segFirst && /^(NOUN|PROPN|NUM)$/.test(tk[m - 1]!.pos) && participleLike(t) && t.pos === 'VERB') continue;
        if (m > segFirst + 1 && /^(and|or)$/.test(tk[m - 1]!.lower) && participleLike(tk[m - 2]!) && participleLike(t) && t.pos === 'VERB') continue;
        // "a think tank", "a U.S.-based watch group": a "verb" right before the phrase's final noun is part of it.
        if (m > segFirst && m + 1 === segEnd && tk[segEnd]!.pos === 'NOUN' && t.pos === 'VERB') continue;
        // ("the MCA for Ndenderu ward,": a bare "verb" ending the phrase after a name is its noun.)
        if (m > segFirst && m === segEnd && t.pos === 'VERB' && t.lower === t.lemma && tk[m - 1]!.pos === 'PROPN') continue;
        // "Pyongyang's only ally": a "verb" after a determiner or possessive is a noun the tagger misread.
        let b = m - 1;
        while (b > segFirst && tk[b]!.pos === 'ADV') b--;
        if (m > segFirst && t.pos === 'VERB' && (tk[b]!.pos === 'DET' || /^['’]s$/.test(tk[b]!.text) || /^(his|her|its|their|our)$/.test(tk[b]!.lower))) continue;
        if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^(based|led|known|called|named|fighting|backed|run|owned|appointed|elected)$/.test(t.lower) && !(m > segFirst && /^(that|who|which)$/.test(tk[m - 1]!.lower)) && !isInRelative(tk, segFirst, m)) return null;
      }
    }
    described.unshift({ first: segFirst, last: listEnd ?? segEnd });
    listEnd = null;
    const nameEnd = k - 1;
    // An age ("59,"), a place ("of Ashton,") or the state after it ("Md.,") describes a name further left.
    if (nameEnd >= sFirst && isDescriptionOfName(tk, nameEnd, sFirst)) {
      segEnd = nameEnd;
      continue;
    }
    // ("Two diplomats who attended the closed-door session, speaking on condition of anonymity,
    // said": a relative clause with no commas, from the sentence's start, describes its subject.)
    {
      let who = nameEnd;
      while (who > sFirst && nameEnd - who < 12 && tk[who]!.text !== ',' && tk[who]!.quote < 0 && tk[who]!.lower !== 'who') who--;
      const subject = tk[who]?.lower === 'who' && who - 1 >= sFirst && isNominal(tk[who - 1]!) ? npLeft(tk, who - 1, sFirst) : null;
      // (Not one that gives a name, "who uses the call sign Sova", "who gave only his first name,
      // Lerato,".)
      if (subject !== null && subject === sFirst && !/^\p{Lu}/u.test(tk[nameEnd]!.text) && !/^(sign|name|alias|nickname|pseudonym|moniker)$/.test(tk[nameEnd]!.lower) && (tk.slice(who + 1, nameEnd + 1).some((x) => x.pos === 'VERB') || /^\p{Ll}+(?:s|ed)$/u.test(tk[who + 1]?.text ?? ''))) return { name: { first: subject, last: who - 1 }, appositive: null, start: subject, asides: [] };
    }
    if (nameEnd < sFirst || !(isNominal(tk[nameEnd]!) || tk[nameEnd]!.text === ')' || titledInfinitive(tk, nameEnd))) return null;
    // "Scott Pruitt, the attorney general of Oklahoma, one of the states …, said": a description
    // after a person's name is not the name; go on to the name before it.
    let candidate = nameEnd;
    while (candidate > sFirst && tk[candidate - 1]!.text !== ',' && tk[candidate - 1]!.quote < 0) candidate--;
    if (tk[candidate - 1]?.text === ',' && !/^\p{Lu}/u.test(tk[candidate]!.text) && personNameBefore(tk, candidate - 1, sFirst)) {
      segEnd = nameEnd;
      continue;
    }
    // "a commander in the area, who gave only his call sign, Kupol, told …": a relative clause
    // describes a name further left.
    if (tk[candidate - 1]?.text === ',' && /^(who|which|whose)$/.test(tk[candidate]!.lower)) {
      segEnd = nameEnd;
      continue;
    }
    let nameStart = npLeft(tk, nameEnd, sFirst);
    if (nameStart === null) return null;
    // ("Parents for Choice in Maple Ridge, a group that …, wrote": a name joined to its place by a
    // preposition, from the sentence's start; "A report by council planning officers, published last
    // week, said": a document and whose it is.)
    let joinedStart = nameStart;
    // ("The group holding the engineers, which …, said": a noun and the participle that describes it.)
    const joins = (n: number) =>
      (/^(of|for|in|at|on|from)$/.test(tk[n - 1]!.lower) && tk[n - 2]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[n - 2]!.text)) ||
      (/^(by|from)$/.test(tk[n - 1]!.lower) && tk[n - 2]!.pos === 'NOUN' && MEDIUM_NOUNS.has(tk[n - 2]!.lower)) ||
      (tk[n - 1]!.pos === 'VERB' && tk[n - 1]!.lower.endsWith('ing') && /^(NOUN|PROPN)$/.test(tk[n - 2]!.pos) && canSpeak(tk[n - 2]!)) ||
      // ("Analysts at the Eastern Flank Institute, a Warsaw-based think tank …, said": people and where they work.)
      (/^(at|from|with)$/.test(tk[n - 1]!.lower) && isPersonNoun(tk[n - 2], true));
    while (joinedStart - 2 >= sFirst && joins(joinedStart)) joinedStart = npLeft(tk, joinedStart - 2, sFirst) ?? joinedStart - 2;
    if (joinedStart === sFirst && joinedStart < nameStart) nameStart = joinedStart;
    // ("A Ukrainian infantryman who uses the call sign Sova, and whose unit …, said")
    const signed = callSignSubject(p, nameEnd, sFirst);
    if (signed) return { ...signed, asides: [] };
    // The name must open its clause (after an intro phrase, or at the sentence start).
    const beforeName = nameStart > sFirst ? tk[nameStart - 1] : undefined;
    // ("Corvane, based in Princeton, New Jersey, said": a place in a phrase, then its state, describe
    // a name further left.)
    if (beforeName && /^(in|of|from|near|outside)$/.test(beforeName.lower) && tk[nameStart]!.pos === 'PROPN' && described.length > 0) {
      // (The state is part of the place, not the name's role.)
      described.shift();
      segEnd = nameEnd;
      continue;
    }
    // ("Freedom to Read Missouri, a coalition of librarians, authors and civil liberties groups,
    // said": the commas of a list inside the description; its first item belongs to what it is "of".)
    const listTail = described[0];
    if (beforeName && /^(of|for|from|with|including|among)$/.test(beforeName.lower) && listTail && nameStart === nameEnd && /^\p{Ll}/u.test(tk[nameEnd]!.text) && /^\p{Ll}/u.test(tk[listTail.first]!.text) && tk.slice(listTail.first, listTail.last + 1).some((x) => /^(and|or)$/.test(x.lower))) {
      listEnd = listTail.last;
      described.shift();
      segEnd = nameEnd;
      continue;
    }
    // ("… as Eric Garner, gasping on a sidewalk, said before he died": "as" may open the clause.)
    // ("… spilled into the open after the home secretary, Rachel Thornbury, accused …": so may a subordinator.)
    // ("July 10 (Reuters) - Ledgerline Inc, whose software …, said": or a dateline's dash.)
    if (beforeName && beforeName.text !== ',' && !DASHES.has(beforeName.text) && !(OPEN_MARKS.has(beforeName.text) || CLOSE_MARKS.has(beforeName.text) || beforeName.quote >= 0) && beforeName.pos !== 'ADV' && beforeName.pos !== 'CCONJ' && !/^(as|after|before|when|while|because|since|until|although|though|if|once)$/.test(beforeName.lower)) return null;
    const last = described.length === 1 ? described[0]! : null;
    // "Its chief executive, Neil Roberts, said": the role comes first and the name is the appositive.
    // ("His former business partner at Lenox, Lawrence B. Cummings, called …": the role may end in a workplace.)
    // ("Ukraine's Deputy Defence Minister, Hanna Maliar, wrote": a capitalised title too.)
    // ("Owners said … One, Graham Whitley of Sacramento, said": one of them, by name, and no role.)
    const oneOfThem = nameStart === nameEnd && /^(one|another)$/.test(tk[nameStart]!.lower);
    const roleFirst =
      (tk[nameEnd]!.pos === 'NOUN' && /^\p{Ll}/u.test(tk[nameEnd]!.text)) ||
      (nameEnd > nameStart && namesAPerson(tk[nameEnd]!.lower)) ||
      // ("the head of the Wagner Group, Yevgeny Prigozhin, said")
      // ("the acting head of the Zaporozhye Region, Anatoly Veresov,": over lower-case modifiers.)
      (tk[nameStart]!.pos === 'DET' && roleAfterModifiers(tk, nameStart + 1)) ||
      // ("A high school senior from Springfield, Noah Castellanos, told …": or where they are from.)
      tk.slice(nameStart, nameEnd).some((x, n) => /^(at|from)$/.test(x.lower) && isPersonNoun(tk[nameStart + n - 1])) ||
      // ("Standing counsel for the DPCC, Ritu Malhotra, informed …": whom the person acts for, with
      // no article to open it.)
      // ("KWS senior warden in charge of Tsavo East Conservation Area, Patrick Kiprono,": or runs.)
      tk.slice(nameStart + 1, Math.min(nameEnd, nameStart + 4)).some((x, n) => (/^(for|to)$/.test(x.lower) || (x.lower === 'in' && tk[nameStart + n + 2]?.lower === 'charge')) && namesAPerson(tk[nameStart + n]!.lower)) ||
      // ("The Minister of State for Petroleum Resources, Dr. Ibrahim Adebanjo,", "The Chairman of the
      // Governors' Forum, Alhaji Musa Danjuma,": an office written with capitals, then what it is of.)
      officeOf(tk, nameStart, nameEnd) ||
      oneOfThem;
    if (last && !relative && roleFirst && isPersonName(tk, last.first, last.last)) {
      return { name: last, appositive: oneOfThem ? null : textOf(p, nameStart, nameEnd), start: nameStart, asides: [] };
    }
    // ("The head of the mission, former Costa Rican foreign minister Andrea Solis, told": a role
    // written before the name inside the appositive too.)
    if (last && !relative && roleFirst && !isPersonName(tk, last.first, last.last)) {
      let run = last.last;
      while (run > last.first && tk[run - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[run - 1]!.text)) run--;
      const roleOpens = tk[nameStart]!.pos === 'DET' || /^(its|his|her|their|our)$/.test(tk[nameStart]!.lower);
      // ("The government's first witness, former Veridian controller Aisha Benton,": any person noun.)
      if (roleOpens && run > last.first && last.last - run >= 1 && /^\p{Ll}/u.test(tk[run - 1]!.text) && namesAPerson(tk[run - 1]!.lower) && isPersonName(tk, run, last.last)) {
        return { name: { first: run, last: last.last }, appositive: `${textOf(p, nameStart, nameEnd)}, ${textOf(p, last.first, run - 1)}`, start: nameStart, asides: [] };
      }
    }
    // ("Trump’s running mate, Sen. JD Vance of Ohio, insisted": a title before the name, a place after it.)
    const core = last && !relative && roleFirst ? titledName(tk, last.first, last.last) : null;
    if (core) return { name: core, appositive: oneOfThem ? null : textOf(p, nameStart, nameEnd), start: nameStart, asides: [] };
    // "A Ukrainian soldier who gave only his call sign, Boroda, told …": the call sign is the name,
    // the one who gave it the role.
    if (last && last.first === last.last && /^\p{Lu}/u.test(tk[last.first]!.text) && /^(sign|name|alias|pseudonym)$/.test(tk[nameEnd]!.lower)) {
      let who = nameStart - 1;
      while (who > sFirst && who > nameStart - 6 && !/^(who|which)$/.test(tk[who]!.lower)) who--;
      const roleStart = /^(who|which)$/.test(tk[who]?.lower ?? '') ? npLeft(tk, who - 1, sFirst) : null;
      if (roleStart !== null) return { name: last, appositive: textOf(p, roleStart, who - 1), start: roleStart, asides: [] };
      return { name: last, appositive: null, start: nameStart, asides: [] };
    }
    // "Russia's civil aviation authority, Rosaviatsia, said", "the state weather agency, Aemet,":
    // a body described, then its one-word name.
    // ("Its chief executive, Ruiz, said": a role, then a surname alone.)
    if (last && !relative && last.first === last.last && tk[last.first]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[last.first]!.text) && /^\p{Ll}/u.test(tk[nameEnd]!.text) && (ORGANISATION_WORDS.has(tk[nameEnd]!.lower) || BODY_NOUNS.test(tk[nameEnd]!.lower) || (roleFirst && namesAPerson(tk[nameEnd]!.lower)))) {
      return { name: last, appositive: textOf(p, nameStart, nameEnd), start: nameStart, asides: [] };
    }
    // The role is what describes the name, without an age, a relative clause or a participle's phrase.
    const role = described
      // (Save "who gave her name only as Mere": the name the one described goes by.)
      .filter((r) => (!opensRelative(tk, r.first) || GIVEN_NAME.test(textOf(p, r.first, r.last))) && !(r.first === r.last && tk[r.first]!.pos === 'NUM') && !(tk[r.first]!.pos === 'VERB' && /(ing|ed|wn|en)$/.test(tk[r.first]!.lower) && !opensRole(tk, r.first + 1)) && !ASIDE_PARTICIPLES.has(tk[r.first]!.lower) && !(tk[r.first]!.pos === 'ADP' && !/^(of|from)$/.test(tk[r.first]!.lower)))
      .map((r) => textOf(p, r.first, r.last))
      .join(', ');
    // ("Ruiz, in a statement, said", "Ruiz, speaking on national television on Sunday, said")
    // (Not "speaking on condition of anonymity because he was not authorized to brief the media": a
    // clause of its own.)
    const speaking = (r: TokenRange) =>
      SPEAKING_PARTICIPLE.test(tk[r.first]!.lower) && tk[r.first + 1]?.pos === 'ADP' && !tk.slice(r.first + 1, r.last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'anonymity');
    const asides = described.filter((r) => (tk[r.first]!.pos === 'ADP' && !/^(of|from)$/.test(tk[r.first]!.lower)) || speaking(r));
    return { name: { first: nameStart, last: nameEnd }, appositive: role || null, start: nameStart, asides };
  }
  return null;
}

/** "A Ukrainian infantryman who uses the call sign Sova", "a medic who goes by the nickname
 * Kit": the call sign ending at `nameEnd` is the name, and the noun phrase before "who" (which
 * must open its clause) the role. */
function callSignSubject(p: AnalysedParagraph, nameEnd: number, sFirst: number): { name: TokenRange; appositive: string; start: number } | null {
  const tk = p.tokens;
  let nameFirst = nameEnd;
  while (nameFirst > sFirst && nameEnd - nameFirst < 2 && tk[nameFirst - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tk[nameFirst - 1]!.text)) nameFirst--;
  if (!/^\p{Lu}/u.test(tk[nameFirst]!.text) || !/^(sign|name|alias|pseudonym|nickname|moniker)$/.test(tk[nameFirst - 1]?.lower ?? '')) return null;
  // "a mobile fire group gunner in Kharkiv Oblast with the call sign Kolos told …"
  let withAt = nameFirst - 2;
  while (withAt > sFirst && nameFirst - withAt < 5 && /^(DET|NOUN|ADJ)$/.test(tk[withAt]!.pos)) withAt--;
  if (tk[withAt]?.lower === 'with' && withAt - 1 >= sFirst && isNominal(tk[withAt - 1]!)) {
    const roleStart = npLeft(tk, withAt - 1, sFirst);
    if (roleStart !== null && opensPhrase(tk, roleStart, sFirst)) return { name: { first: nameFirst, last: nameEnd }, appositive: textOf(p, roleStart, withAt - 1), start: roleStart };
  }
  let who = nameFirst - 2;
  while (who > sFirst && nameFirst - who < 9 && tk[who]!.lower !== 'who' && !/^[,;:.]$/.test(tk[who]!.text) && tk[who]!.quote < 0) who--;
  if (tk[who]?.lower !== 'who' || who - 1 < sFirst || !isNominal(tk[who - 1]!)) return null;
  const roleStart = npLeft(tk, who - 1, sFirst);
  if (roleStart === null) return null;
  const opener = tk[roleStart - 1];
  if (roleStart > sFirst && opener && opener.text !== ',' && opener.pos !== 'ADV' && opener.pos !== 'CCONJ' && !DASHES.has(opener.text)) return null;
  return { name: { first: nameFirst, last: nameEnd }, appositive: textOf(p, roleStart, who - 1), start: roleStart };
}

/** "Geolocated footage posted on Monday showed …", "the four Patriot batteries promised in July
 * had arrived": a participle at `i`, its phrase, then the noun's own verb or auxiliary. */
function participlePhraseThenVerb(tk: Token[], i: number, sLast: number): boolean {
  if (tk[i + 1]?.pos !== 'ADP' || tk[i + 1]!.lower === 'to' || tk[i + 1]!.lower === 'that') return false;
  let m = i + 2;
  // (A "that" ends the phrase: "The attorney argued on Tuesday that police had …" is a verb of
  // saying and its clause, whatever the tagger makes of "that".)
  while (m <= sLast && m < i + 8 && /^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tk[m]!.pos) && tk[m]!.lower !== 'that' && tk[m]!.quote < 0) m++;
  return m > i + 2 && (tk[m]?.pos === 'VERB' || tk[m]?.pos === 'AUX') && !/ing$/.test(tk[m]!.lower) && tk[m]!.quote < 0;
}

/** A lower-case person noun at `k`, maybe after up to two lower-case modifiers: "head", "acting
 * head", "top regional official". */
function roleAfterModifiers(tk: Token[], k: number): boolean {
  // (And "the Russian-installed mayor": a hyphenated modifier with a capitalised first half.)
  for (let m = k; m <= k + 4 && tk[m]; m++) {
    const t = tk[m]!;
    if (/^\p{Ll}/u.test(t.text) && t.pos === 'NOUN' && namesAPerson(t.lower)) return true;
    const hyphenated = t.text === '-' || tk[m + 1]?.text === '-' || tk[m - 1]?.text === '-';
    if (!(t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text)) && !(t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && /^\p{Ll}/u.test(t.text)) && !hyphenated) return false;
  }
  return false;
}

/** A role noun, maybe after adjectives, at `k`: "mayor", "chief executive", "director". */
function opensRole(tk: Token[], k: number): boolean {
  while (tk[k]?.pos === 'ADJ') k++;
  return tk[k]?.pos === 'NOUN' && namesAPerson(tk[k]!.lower);
}

/** Participles of an occasion, which the tagger may read as nouns ("briefing reporters on condition
 * of anonymity"): a phrase they open says where the speaker spoke, not who the speaker is. */
const ASIDE_PARTICIPLES = new Set(['briefing', 'speaking', 'talking', 'writing', 'addressing', 'citing', 'responding', 'referring', 'commenting', 'testifying', 'answering', 'reading']);

/** "at least 20", "over 100", "up to 50", "as many as 300": a count, which may open a claim. */
function opensCount(tk: Token[], k: number): boolean {
  const w = tk[k]?.lower ?? '';
  // ("as many as 300")
  if (w === 'as' && /^(many|much)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2]?.lower === 'as' && tk[k + 3]?.pos === 'NUM') return true;
  if (!/^(at|over|about|around|up|under|nearly|almost)$/.test(w)) return false;
  return tk[k + 1]?.pos === 'NUM' || (/^(least|to)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2]?.pos === 'NUM');
}

/** Where "went on to", "goes on to", "was quick to", "continued to" starts, the "to" being at `to`;
 * -1 when the words before "to" are none of these. */
/** "prompting Pacific island nations to warn", "leading the ministry to announce": the noun
 * phrase made to speak, between a verb of causing and the "to" at `to`; null otherwise. */
function causedToSay(tk: Token[], to: number, sFirst: number): TokenRange | null {
  if (to - 1 < sFirst || !isNominal(tk[to - 1]!)) return null;
  const start = npLeft(tk, to - 1, sFirst);
  if (start === null || start - 1 < sFirst) return null;
  const verb = tk[start - 1]!;
  // (The tagger's lemmas cover only verbs of saying: the forms are listed.)
  return verb.pos === 'VERB' && /^(?:prompt(?:s|ed|ing)?|lead(?:s|ing)?|led|spur(?:s|red|ring)?|forc(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|compel(?:s|led|ling)?)$/.test(verb.lower) ? { first: start, last: to - 1 } : null;
}

function goesOnTo(tk: Token[], to: number): number {
  if (tk[to - 1]?.lower === 'on' && /^(went|go|goes|going|gone)$/.test(tk[to - 2]?.lower ?? '')) return to - 2;
  // ("was careful to add that …", "was keen to stress that …", "hastened to add that …")
  if (/^(quick|quicker|continued|continues|proceeded|careful|keen|eager|swift|anxious|hastened)$/.test(tk[to - 1]?.lower ?? '')) return isBe(tk[to - 2]) ? to - 2 : to - 1;
  // ("was at pains to stress that …")
  if (tk[to - 1]?.lower === 'pains' && tk[to - 2]?.lower === 'at') return isBe(tk[to - 3]) ? to - 3 : to - 2;
  return -1;
}

/** Whether the quoted token at `k` stands in a relative clause ("…, who had said his side were
 * ‘not where we want to be’ …"): "who" or "which" after a comma, with no comma between, before it. */
function quotedInRelative(tk: Token[], k: number, sFirst: number): boolean {
  for (let w = k - 1; w > sFirst && k - w < 25; w--) {
    if (tk[w]!.quote >= 0) continue;
    if (tk[w]!.text === ',') return false;
    if (/^(who|which|whose)$/.test(tk[w]!.lower) && tk[w - 1]!.text === ',') return true;
  }
  return false;
}

/** A relative clause opens at `k`: "who …", "whose …", "many of whom …", "where she worked …". */
function opensRelative(tk: Token[], k: number): boolean {
  // (", and whose unit rotated out last week,": a second relative clause on the same noun.)
  if (/^(and|but)$/.test(tk[k]?.lower ?? '') && /^(who|whose)$/.test(tk[k + 1]?.lower ?? '')) k++;
  const w = tk[k]?.lower ?? '';
  return /^(who|which|whose|where)$/.test(w) || (/^(many|some|most|all|one|none|several|few|both|each)$/.test(w) && tk[k + 1]?.lower === 'of' && /^(whom|which)$/.test(tk[k + 2]?.lower ?? ''));
}

/** Whether a person's name (two to four proper nouns) ends just before the comma at `comma`. */
function personNameBefore(tk: Token[], comma: number, sFirst: number): boolean {
  // ("Denise Kowalczyk, 63, a retired school bus driver in Toledo, Ohio, said": over an age.)
  if (tk[comma - 1]?.pos === 'NUM' && /^\d{1,3}$/.test(tk[comma - 1]!.text) && tk[comma - 2]?.text === ',') comma -= 2;
  let k = comma - 1;
  while (k > sFirst && tk[k - 1]!.pos === 'PROPN' && comma - k < 4) k--;
  return isPersonName(tk, k, comma - 1);
}

/** Whether the words ending at `end` (before a comma) describe a name given before them: an age
 * ("Rawlings, 59,"), a place ("of Ashton,") or a state after a place ("of Ashton, Md.,"). */
function isDescriptionOfName(tk: Token[], end: number, sFirst: number): boolean {
  let k = end;
  while (k > sFirst && tk[k - 1]!.text !== ',') k--;
  if (k <= sFirst) return false;
  if (k === end && tk[k]!.pos === 'NUM' && /^\d{1,3}$/.test(tk[k]!.text)) return true;
  if (isPartyTag(tk, k, end)) return true;
  if (/^(of|from)$/.test(tk[k]!.lower) && /^\p{Lu}/u.test(tk[k + 1]?.text ?? '')) return true;
  // "Md." after "of Ashton,": one capitalised word after a place.
  if (end - k <= 1 && /^\p{Lu}/u.test(tk[k]!.text)) {
    let m = k - 2;
    while (m > sFirst && tk[m - 1]!.text !== ',') m--;
    return m > sFirst && /^(of|from)$/.test(tk[m]!.lower);
  }
  return false;
}

/** A US legislator's party and state written as one word: "R-Texas", "D-N.Y.", "I-Ariz.". */
function isPartyTag(tk: Token[], first: number, last: number): boolean {
  if (last - first < 2 || last - first > 5 || !/^[DRI]$/.test(tk[first]!.text) || tk[first + 1]!.text !== '-') return false;
  for (let k = first + 1; k <= last; k++) {
    if (tk[k]!.start !== tk[k - 1]!.end) return false;
  }
  return /^\p{Lu}/u.test(tk[first + 2]!.text);
}

/** Two to four capitalised proper nouns and nothing else: "Neil Roberts", "Mary-Jane O'Neil". */
function isPersonName(tk: Token[], first: number, last: number): boolean {
  // ("Marisa Vasquez-Hall": a hyphen inside a surname joins two of its words.)
  // ("Annelie van der Merwe": lower-case particles inside a name are part of it.)
  let hyphens = 0;
  let particles = 0;
  for (let k = first; k <= last; k++) {
    if (tk[k]!.text === '-' && k > first && k < last && attached(tk, k)) hyphens++;
    else if (k > first && k < last && NAME_PARTICLES.has(tk[k]!.text)) particles++;
    // ("Choi Min-ah": a given name's lower-case half after its hyphen.)
    else if (k > first && tk[k - 1]!.text === '-' && tk[k]!.pos === 'PROPN' && /^\p{Ll}/u.test(tk[k]!.text)) continue;
    else if (tk[k]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(tk[k]!.text)) return false;
  }
  const words = last - first + 1 - 2 * hyphens - particles;
  return words >= 2 && words <= 4;
}

/** "Sen. JD Vance of Ohio": a person's name with a title before it or a place after it; the
 * range of the title and name, or null. */
function titledName(tk: Token[], first: number, last: number): TokenRange | null {
  let end = last;
  const of = tk.slice(first, last + 1).findIndex((t) => /^(of|from)$/.test(t.lower));
  if (of > 0) end = first + of - 1;
  let start = first;
  // (The tagger may keep a title's full stop apart: "Engr" ".".)
  while (start < end && (HONORIFIC_TITLE.test(tk[start]!.text) || (tk[start]!.text === '.' && start > first && tk[start - 1]!.end === tk[start]!.start))) start++;
  if (start === first && end === last) return null;
  return isPersonName(tk, start, end) ? { first, last: end } : null;
}

/** Short titles before a name: "Sen.", "Gov.", "Rep.", "Dr.", "Gen."; and forms of address:
 * "Engr. Adewale Oyerinde", "Alhaji Musa Danjuma", "Barr. …". */
const HONORIFIC_TITLE = new RegExp(`^(?:Sen|Gov|Rep|Dr|Gen|Lt|Col|Maj|Capt|Adm|Prof|Rev|Mr|Mrs|Ms|Sgt|Insp|Supt|Barr|${FORMS_OF_ADDRESS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\.?$`);

/** "A Ukrainian marine who has fought on the left bank told …": when the noun phrase at `start`
 * ends a relative clause with no commas, the subject before "who", or null. */
function subjectBeforeRelative(tk: Token[], start: number, sFirst: number): TokenRange | null {
  // (The noun phrase before the verb ends the clause's phrase, "who has fought on the left bank",
  // or is its verb's object, "Several patients who received notification emails told …".)
  if (start - 1 <= sFirst || (tk[start - 1]!.pos !== 'ADP' && tk[start - 1]!.pos !== 'VERB')) return null;
  let who = start - 2;
  while (who > sFirst && start - who < 9 && tk[who]!.lower !== 'who' && !/^[,;:.]$/.test(tk[who]!.text) && tk[who]!.quote < 0) who--;
  if (tk[who]?.lower !== 'who' || who - 1 < sFirst || !isNominal(tk[who - 1]!) || !tk.slice(who + 1, start).some((x) => x.pos === 'VERB')) return null;
  const subject = npLeft(tk, who - 1, sFirst);
  return subject === null ? null : { first: subject, last: who - 1 };
}

/** The noun phrase before "who" when the relative clause ending at `last` (a verb or an adverb,
 * no comma in it) follows it at the start of its sentence: "A police source who asked not to be
 * named". */
function subjectBeforeVerbRelative(tk: Token[], last: number, sFirst: number, endsInNoun = false): TokenRange | null {
  let who = last - 1;
  while (who > sFirst && last - who < 10 && tk[who]!.lower !== 'who' && /^\p{L}/u.test(tk[who]!.text) && tk[who]!.quote < 0) who--;
  // (The word after "who" is its verb, whatever the tagger read: "who lives above the shop".)
  if (tk[who]?.lower !== 'who' || who - 1 < sFirst || !isNominal(tk[who - 1]!) || !(tk.slice(who + 1, last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') || /^\p{Ll}+(?:s|ed)$/u.test(tk[who + 1]?.text ?? ''))) return null;
  if (endsInNoun && !isPersonNoun(tk[who - 1])) return null;
  const subject = npLeft(tk, who - 1, sFirst);
  return subject !== null && subject === sFirst ? { first: subject, last: who - 1 } : null;
}

/** Whether a role phrase starting at `start` opens its sentence or follows punctuation, not a word
 * of a longer phrase. */
function opensPhrase(tk: Token[], start: number, sFirst: number): boolean {
  return start === sFirst || !/^\p{L}/u.test(tk[start - 1]!.text);
}

/** A hyphen written inside a word ("Poland-based"), not a dash between words. */
function attached(tk: Token[], m: number): boolean {
  return tk[m - 1]?.end === tk[m]!.start && tk[m + 1]?.start === tk[m]!.end;
}

function isInRelative(tk: Token[], from: number, at: number): boolean {
  for (let m = from; m < at; m++) if (/^(that|who|which|whose)$/.test(tk[m]!.lower)) return true;
  return false;
}

function appositiveEnd(tk: Token[], from: number, ceil: number): number {
  let k = from;
  while (k <= ceil && tk[k]!.text !== ',' && !/^[.;!?]$/.test(tk[k]!.text)) k++;
  return k - 1;
}

/** “If you have …,” he said, “you now have …”: the quotation resumed after its attribution, when
 * the first piece stopped mid-sentence (a comma) and the second goes on in lower case. */
function resumedQuote(p: AnalysedParagraph, quotes: ParagraphQuote[], first: number, afterCue: number, sLast: number): number | null {
  const tk = p.tokens;
  const q = quotes[first]!;
  const closing = p.text.slice(q.innerEnd - p.start, q.close - p.start);
  if (!closing.startsWith(',')) return null;
  let k = afterCue;
  while (k <= sLast + 1 && tk[k] && tk[k]!.quote < 0 && tk[k]!.text !== ',' && !/^[.;!?]$/.test(tk[k]!.text)) k++;
  if (tk[k]?.text !== ',') return null;
  const next = tk[k + 1];
  if (!next || next.quote < 0 || quotes[next.quote]!.first !== k + 1) return null;
  const r = quotes[next.quote]!;
  return /^\p{Ll}/u.test(p.text.slice(r.innerStart - p.start)) ? next.quote : null;
}

/** The index of a quotation that closes right before token `at` (a comma may stand between). */
function quoteEndingBefore(p: AnalysedParagraph, quotes: ParagraphQuote[], at: number, _sFirst: number): number | null {
  const tk = p.tokens;
  let k = at - 1;
  // (“… breathe,” as Eric Garner said: "as" may stand between.)
  if (tk[k]?.lower === 'as' && tk[k]!.quote < 0) k--;
  while (k >= 0 && tk[k]!.text === ',' && tk[k]!.quote < 0) k--;
  // “… important”. He cautioned …: a full stop after the closing mark ends the quotation's sentence.
  if (k < 0 || (tk[k]!.text === '.' && tk[k]!.quote < 0)) return null;
  const q = tk[k]!.quote;
  if (q < 0) return null;
  const Q = quotes[q]!;
  return Q.last === k ? q : null;
}

interface Forward {
  range: TokenRange;
  zone: TokenRange[];
  /** The content is a quotation that the cue introduces with a colon. */
  quoteOnly: boolean;
}

/** The words after a cue that carry the claim: "… said (in a video on Sunday) (that) CONTENT". */
function forwardContent(p: AnalysedParagraph, quotes: ParagraphQuote[], lemma: string, from: number, sLast: number): Forward | null {
  const tk = p.tokens;
  const zone: TokenRange[] = [];
  let k = from;
  const mark = (a: number, b: number) => {
    if (b >= a) zone.push({ first: a, last: b });
  };
  // The person told: "told Reuters", "told reporters on the sidelines of …", "told me".
  // ("told her staff …": "her" before a noun is a possessive, and the noun phrase is the one told.)
  const herPossessive = tk[k]?.lower === 'her' && /^(NOUN|ADJ|PROPN|NUM)$/.test(tk[k + 1]?.pos ?? '');
  if (OBJECT_VERBS.has(lemma) && k <= sLast && tk[k]!.pos === 'PRON' && /^(me|him|her|us|them|you|anyone|everyone|someone|anybody|everybody)$/.test(tk[k]!.lower) && !herPossessive && !/^(AUX|VERB)$/.test(tk[k + 1]?.pos ?? '')) {
    mark(k, k);
    k++;
  } else if (OBJECT_VERBS.has(lemma) && k <= sLast && tk[k]!.quote < 0 && tk[k]!.lower !== 'that' && NP_START_POS.has(tk[k]!.pos)) {
    const end = npRight(tk, k, sLast);
    // "warned the effect may be limited": a noun phrase with its own verb is the claim's subject
    // (over "of" phrases: "warned the number of homes lost was likely to rise").
    let phraseEnd = end;
    while (phraseEnd !== null && tk[phraseEnd + 1]?.lower === 'of' && phraseEnd + 2 <= sLast) phraseEnd = npRight(tk, phraseEnd + 2, sLast);
    const ownVerb = phraseEnd !== null && /^(AUX|VERB)$/.test(tk[phraseEnd + 1]?.pos ?? '') && !tk[phraseEnd + 1]!.lower.endsWith('ing') && tk[phraseEnd + 1]!.quote < 0;
    if (end !== null && !ownVerb) {
      mark(k, end);
      k = end + 1;
      // ("warned residents of hillside areas to remain alert": the one warned may have a phrase.)
      if (tk[k]?.pos === 'ADP' && tk[k]!.lower !== 'that') {
        let m = k + 1;
        while (m <= sLast && m - k < 7 && /^(NOUN|PROPN|ADJ|DET|ADP|NUM)$/.test(tk[m]!.pos) && tk[m]!.lower !== 'to' && tk[m]!.quote < 0) m++;
        if (tk[m]?.lower === 'to' && /^(VERB|AUX)$/.test(tk[m + 1]?.pos ?? '')) {
          mark(k, m - 1);
          k = m;
        }
      }
    }
  }
  // "promised the crowd that …": a promise made to someone, when a that-clause follows; without
  // one ("promised a review of the rules") the noun phrase is what was promised.
  if (lemma === 'promise' && k === from && k <= sLast && tk[k]!.quote < 0 && (NP_START_POS.has(tk[k]!.pos) || tk[k]!.pos === 'PRON')) {
    const end = /^(me|him|her|us|them|you)$/.test(tk[k]!.lower) ? k : npRight(tk, k, sLast);
    // ("promised the crowd she would vote …": with no "that", when the ones promised are people.)
    const audience = end !== null && (/^(me|him|her|us|them|you)$/.test(tk[end]!.lower) || isPersonNoun(tk[end]) || /^(crowd|audience|nation|country|public)$/.test(tk[end]!.lower));
    if (end !== null && end - k < 5 && (tk[end + 1]?.lower === 'that' || (audience && startsClause(tk, end + 1, Math.min(sLast, end + 8))))) {
      mark(k, end);
      k = end + 1;
    }
  }
  // "warned anyone who would listen that …": the one told may have a relative clause.
  if (OBJECT_VERBS.has(lemma) && k > from && /^(who|whom)$/.test(tk[k]?.lower ?? '')) {
    let m = k + 1;
    while (m <= sLast && m - k < 10 && tk[m]!.lower !== 'that' && tk[m]!.quote < 0 && !/^[,.;:!?]$/.test(tk[m]!.text)) m++;
    // (Not "told a young woman who suggested that …": that clause is the woman's own claim.)
    if (tk[m]?.lower === 'that' && !tk.slice(k + 1, m).some(isSpeechVerb)) {
      mark(k, m - 1);
      k = m;
    }
  }
  // Adverbials: "in a video posted to Telegram on Sunday night", "Sunday in a Facebook post".
  const zoneStart = k;
  let sawAdverbial = false;
  while (k <= sLast) {
    const t = tk[k]!;
    if (t.quote >= 0) break;
    // "cautioned, however, that …": an adverb set off by commas.
    if (t.text === ',' && tk[k + 1]?.pos === 'ADV' && tk[k + 2]?.text === ',' && k + 2 < sLast) {
      k += 3;
      sawAdverbial = true;
      continue;
    }
    // ("said on Oct. 9, 2023, that …", "on Tuesday, March 3, that …": a written date's commas.)
    if (commaInDate(tk, k) && /^\d{4}$/.test(tk[k + 1]!.text)) {
      k += 2;
      sawAdverbial = true;
      continue;
    }
    if (commaInDate(tk, k) || (t.text === ',' && sawAdverbial && tk[k + 1]?.lower === 'that' && (/^\d{4}$/.test(tk[k - 1]?.text ?? '') || (/^\d{1,2}$/.test(tk[k - 1]?.text ?? '') && MONTHS.test(tk[k - 2]?.lower ?? ''))))) {
      k++;
      sawAdverbial = true;
      continue;
    }
    // "TASS reported, citing the defence ministry, that …": the source cited, set off by commas.
    // (And "wrote on X, formerly Twitter, that …", "told reporters, on condition of anonymity, that …".)
    // ("said in the video, posted on his Facebook page Wednesday afternoon, that …": what the channel
    // was, set off by commas.)
    if (t.text === ',' && (opensAside(tk[k + 1]) || tk[k + 1]?.pos === 'ADP')) {
      let m = k + 2;
      while (m <= sLast && tk[m]!.text !== ',' && tk[m]!.quote < 0 && !/^[.;!?]$/.test(tk[m]!.text)) m++;
      if (tk[m]?.text === ',' && tk[m + 1]?.lower === 'that') {
        k = m + 1;
        sawAdverbial = true;
        continue;
      }
    }
    // "pleaded not guilty": a negation after the verb belongs to what was said.
    // ("says newly released footage shows …": an adverb of the participle after it, not of the verb.)
    const ofParticiple = t.pos === 'ADV' && /ly$/.test(t.lower) && tk[k + 1]?.pos === 'VERB' && /ed$/.test(tk[k + 1]!.lower) && /^(NOUN|PROPN|ADJ)$/.test(tk[k + 2]?.pos ?? '');
    if (isModifierOrTime(tk, k) && t.pos !== 'AUX' && !/^(not|never)$/.test(t.lower) && !ofParticiple) {
      k++;
      sawAdverbial = true;
      continue;
    }
    // ("said at least 20 people were killed", "said over 100 homes …": a count opens the content;
    // so does a condition, "said unless aid arrives, …".)
    if (opensCount(tk, k) || t.lower === 'unless') break;
    // ("said on Tuesday while speaking to journalists in Abeokuta that …": a participle's phrase of
    // the occasion, as a preposition's.)
    const occasion = /^(while|whilst|when)$/.test(t.lower) && /ing$/.test(tk[k + 1]?.lower ?? '');
    if ((t.pos === 'ADP' || occasion) && !/^(that|like|whether)$/.test(t.lower)) {
      // Scan the phrase to the next boundary; if it ends at "that" the content follows.
      let m = k + 1;
      // ("said in an email on March 3, 2022 that …": the commas of a date are no boundary.)
      while (m <= sLast && tk[m]!.quote < 0 && (tk[m]!.text !== ',' || commaInDate(tk, m)) && tk[m]!.text !== ':' && tk[m]!.lower !== 'that' && !/^[.;!?]$/.test(tk[m]!.text)) {
        // "said after the convention he would not …": a subject pronoun and its verb start the content.
        // ("said in a statement it had asked …": "it" too.)
        if (m > k + 1 && tk[m]!.pos === 'PRON' && /^(he|she|they|we|i|it)$/.test(tk[m]!.lower) && /^(VERB|AUX)$/.test(tk[m + 1]?.pos ?? '')) break;
        // ("warned of reduced visibility … and said the route could close “…”": a second verb of
        // saying has the words; the first has only its phrase.)
        if (tk[m]!.lower === 'and' && tk[m + 1]?.pos === 'VERB' && SPEECH_VERBS.has(tk[m + 1]!.lemma)) {
          mark(zoneStart, m - 1);
          return null;
        }
        m++;
      }
      if (m <= sLast && tk[m]!.pos === 'PRON' && tk[m]!.quote < 0 && (/^(he|she|they|we|i)$/.test(tk[m]!.lower) || (tk[m]!.lower === 'it' && /^(VERB|AUX)$/.test(tk[m + 1]?.pos ?? '')))) {
        mark(zoneStart, m - 1);
        k = m;
        sawAdverbial = false;
        break;
      }
      // "saying during the debate last week, “That makes me smart”": the quotation after the phrase.
      if (tk[m]?.text === ',' && tk[m + 1] && tk[m + 1]!.quote >= 0 && quotes[tk[m + 1]!.quote]!.first === m + 1) {
        mark(zoneStart, m - 1);
        const Q = quotes[tk[m + 1]!.quote]!;
        return { range: { first: m + 1, last: Q.last }, zone, quoteOnly: true };
      }
      // "on X, formerly Twitter, that …": an aside after the phrase (see below).
      if (tk[m]?.text === ',' && opensAside(tk[m + 1])) {
        k = m;
        sawAdverbial = true;
        continue;
      }
      // ("said on Oct. 9, 2023, that …": a date's closing comma before the that-clause.)
      if (tk[m]?.text === ',' && tk[m + 1]?.lower === 'that' && commaInDate(tk, m - 2)) {
        mark(zoneStart, m - 1);
        k = m + 1;
        sawAdverbial = false;
        break;
      }
      if (m > sLast || /^[.;!?]$/.test(tk[m]!.text) || tk[m]!.text === ',') {
        // An adverbial to the end of the clause: no content here, unless it is "to" + verb.
        if (t.lower === 'to' && tk[k + 1]?.pos === 'VERB') break;
        if (/^(with)$/.test(t.lower)) break;
        mark(zoneStart, m - 1);
        return null;
      }
      k = m;
      sawAdverbial = true;
      continue;
    }
    break;
  }
  if (sawAdverbial) mark(zoneStart, k - 1);
  if (k > sLast) return null;
  let t = tk[k]!;
  // "said that was not her view", "said that means …": "that" with a finite verb right after it is
  // the subject, not a conjunction ("said that advanced economies …" and "that profiting …" are not).
  const next = tk[k + 1];
  const thatIsSubject = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && /[^s]s$/.test(next.lower)));
  if (t.lower === 'that' && t.quote < 0 && !thatIsSubject) {
    k++;
  } else if (t.text === ':' || (t.text === '.' && tk[k + 1]?.lower === 'that')) {
    k++;
    if (tk[k]?.lower === 'that') k++;
    const q = tk[k]?.quote ?? -1;
    if (q >= 0) {
      const Q = quotes[q]!;
      return { range: { first: k, last: Q.last }, zone, quoteOnly: true };
    }
  } else if (t.text === ',' && tk[k + 1] && tk[k + 1]!.quote >= 0 && quotes[tk[k + 1]!.quote]!.first === k + 1) {
    // "he said, “What media outlet isn't taking sides?”"
    const Q = quotes[tk[k + 1]!.quote]!;
    return { range: { first: k + 1, last: Q.last }, zone, quoteOnly: true };
  } else if (t.text === ',' || /^[.;!?]$/.test(t.text)) {
    return null;
  }
  // "that, like him, …"
  const afterThat = tk[k - 1]?.lower === 'that';
  if (afterThat) while (k <= sLast && tk[k]!.text === ',' && tk[k]!.quote < 0) k++;
  if (k > sLast) return null;
  // ("Gill rejected that, saying …": "that" is what was rejected, and the participle's words are
  // its own claim, not the rejection's.)
  if (afterThat && tk[k - 1]!.text === ',' && tk[k]!.lower.endsWith('ing') && isSpeechVerb(tk[k]!)) return null;
  t = tk[k]!;
  // "said as she marched", "said when asked": a time or reason clause, not what was said.
  // (The tagger may read "when" as an adverb and "as" or "after" as a preposition.)
  if (/^(SCONJ|ADV|ADP)$/.test(t.pos) && tk[k - 1]?.lower !== 'that' && /^(as|when|while|after|before|because|since|though|although|until|once)$/.test(t.lower) && !opensCount(tk, k)) return null;
  // After "that" the clause may open with anything: "noted that, like him, Mrs. Clinton had …".
  // ("said unless aid arrives, people will starve": a condition opens the claim.)
  if (!afterThat && !opensCount(tk, k) && t.lower !== 'unless' && !(t.quote >= 0 || NP_START_POS.has(t.pos) || t.pos === 'ADV' || t.lower === 'to' || t.lower === 'not' || t.lower === 'never' || t.lower === 'whether' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'VERB')) return null;
  // ("said that geolocated footage showed …", "said armed men attacked …": a participle the tagger
  // calls a verb, before its noun, opens a subject.)
  const participleBeforeNoun = /ed$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tk[k + 1]?.pos ?? '') && /^(VERB|AUX)$/.test(tk.slice(k + 2, k + 5).find((x) => x.pos !== 'NOUN' && x.pos !== 'PROPN' && x.pos !== 'ADJ')?.pos ?? '');
  if (t.pos === 'VERB' && !COMPLEMENT_VERBS.has(lemma) && !t.lower.endsWith('ing') && !participleBeforeNoun) return null;
  // "posted a video on Telegram …", "posted an Instagram story showing …": the object is the
  // medium, not what was said.
  if (t.pos === 'DET' && (lemma === 'post' || lemma === 'share')) {
    let m = k + 1;
    while (m < k + 4 && /^(PROPN|ADJ|NOUN)$/.test(tk[m]?.pos ?? '') && !POSTED_NOUNS.test(tk[m]!.lower) && !STATEMENT_NOUNS.has(tk[m]!.lower)) m++;
    if (STATEMENT_NOUNS.has(tk[m]?.lower ?? '') || POSTED_NOUNS.test(tk[m]?.lower ?? '')) {
      // ("…, with the caption: “Not how I wanted it to end.”": the words the post carries.)
      while (m <= sLast && tk[m]!.text !== ':' && tk[m]!.quote < 0) m++;
      const q = tk[m]?.text === ':' ? (tk[m + 1]?.quote ?? -1) : -1;
      return q >= 0 && quotes[q]!.first === m + 1 ? { range: { first: m + 1, last: quotes[q]!.last }, zone, quoteOnly: true } : null;
    }
  }
  // "confirmed what I always knew": a free relative names a thing, it states nothing.
  if (!afterThat && /^(what|whatever)$/.test(t.lower) && lemma !== 'ask') return null;
  let end = contentEnd(p, quotes, k, sLast);
  if (end < k) return null;
  // "the city had added 40 officers and that crime had fallen": "add" with a plain object adds a
  // thing; it reports only a clause ("added 40 people had died") or a quotation.
  if (lemma === 'add' && !afterThat && t.quote < 0 && NP_START_POS.has(t.pos)) {
    let m = k;
    while (m < end && !(tk[m + 1]!.lower === 'that' && tk[m + 1]!.quote < 0)) m++;
    if (!isClausal(tk, { first: k, last: m })) return null;
  }
  if (NAMING_VERBS.has(lemma) && !/^(on|for|that)$/.test(tk[k - 1]?.lower ?? '') && !namesItSomething(tk, k, end)) return null;
  // ("a group which calls itself the Azawagh Liberation Front": a name taken, not a claim.)
  if (NAMING_VERBS.has(lemma) && /^(itself|themselves|himself|herself)$/.test(t.lower)) return null;
  // "declared victory in the city last month after …": an object, then when it was said.
  // (Not a that-clause: "denied that a dispute over overtime rates in April had contributed …".)
  if (t.lower !== 'that' && tk[k - 1]?.lower !== 'that' && COMPLEMENT_VERBS.has(lemma) && NP_START_POS.has(t.pos) && t.quote < 0) {
    for (let m = k + 1; m <= end; m++) {
      if (tk[m]!.quote >= 0 || tk[m]!.pos === 'VERB' || tk[m]!.pos === 'AUX' || tk[m]!.lower === 'that') break;
      if (isTime(tk, m) && /^(last|this|on|in|late|early)$/.test(tk[m]!.lower)) {
        // ("accused Kamala Harris on Wednesday of “stealing” …": the complement comes after the
        // time, which stays inside the claim but tells the date.)
        let after = m + 1;
        while (after <= end && after < m + 4 && isTime(tk, after)) after++;
        const complement = tk[after]?.lower ?? '';
        if ((ACCUSING[lemma]?.test(complement) || (complement === 'as' && (AS_ONLY_VERBS.has(lemma) || lemma === 'describe'))) && after <= end) {
          mark(m, after - 1);
          break;
        }
        // ("denied the report on Monday, calling it …": the time right after a plain object says
        // when; not after a complement, "blamed rain for long queues on Tuesday", nor "so far this year".)
        let to = m + 1;
        while (to <= end && to < m + 4 && isTime(tk, to)) to++;
        // (Nor "called Mr. Obama's remarks on Saturday …": the time of an event the object names;
        // but "called for … in a statement on Thursday" is the channel's.)
        const eventObject = /^(remarks|comments|speech|address|statement|interview|testimony|vote|decision|meeting|attack|strike|visit)$/.test(tk[m - 1]!.lower) && !tk.slice(k, m).some((x) => x.lower === 'in');
        const plainObject = !tk.slice(k, m).some((x) => /^(for|of|as|to|over|about)$/.test(x.lower)) && !eventObject;
        if (plainObject && !(tk[m]!.lower === 'this' && tk[m + 1]?.lower === 'year')) mark(m, to - 1);
        end = m - 1;
        break;
      }
    }
  }
  // "described chaos as fans left the game": an "as" with a clause after it says when, not what.
  if (lemma === 'describe' || lemma === 'cite' || AS_ONLY_VERBS.has(lemma)) {
    const as = tk.slice(k, end + 1).findIndex((x) => x.lower === 'as' && x.quote < 0);
    if (as > 0 && startsClause(tk, k + as + 1, end) && !describedNoun(tk, k + as + 1, end)) end = k + as - 1;
  }
  const words = countWords(tk, k, end);
  // ("… organisers claimed 130,000; police said 14,500.": a figure alone, set against another.)
  if (words < 2 && !(words === 1 && /\d/.test(tk[k]!.text) && tk[k]!.pos === 'NUM' && /^(say|claim|estimate)$/.test(lemma))) return null;
  // "citing hospital officials": a source cited, nothing it is cited for ("cited A as B").
  if (lemma === 'cite' && !tk.slice(k, end + 1).some((x) => x.lower === 'as' && x.quote < 0) && !isClausal(tk, { first: k, last: end })) return null;
  // "TASS cited the ministry as saying that …": the ministry's claim, found at "saying"; TASS is its channel.
  if (lemma === 'cite' && tk.slice(k, end).some((x, n) => x.lower === 'as' && /^(saying|telling|writing)$/.test(tk[k + n + 1]!.lower))) return null;
  // "dismissed the allegations as “a political smear”"; not "rejected her account", nor "criticized
  // deals such as NAFTA".
  if (AS_ONLY_VERBS.has(lemma) && !tk.slice(k + 1, end + 1).some((x, n) => x.lower === 'as' && x.quote < 0 && tk[k + n]!.lower !== 'such')) return null;
  // "accused the West of “hypocrisy”", "blamed Kyiv for the strike": who is accused, and of what;
  // "accused him" alone says nothing, and "tweets accusing her of …" describe the tweets.
  if (ACCUSING[lemma] && (!tk.slice(k + 1, end + 1).some((x) => ACCUSING[lemma]!.test(x.lower) && x.quote < 0) || (tk[k - 1]!.lower.endsWith('ing') && tk[k - 2]?.pos === 'NOUN'))) return null;
  // "accused PGMOL of “hiding behind technology” after his side threw away a lead": what the
  // accusation was ends with its complement; a clause of time after it is the reporter's.
  if (ACCUSING[lemma] && tk[k - 1]?.lower !== 'that') {
    const of = tk.findIndex((x, n) => n > k && n <= end && ACCUSING[lemma]!.test(x.lower) && x.quote < 0);
    // (Not after a gerund, whose own clause it may be: "accusing her of being asleep when the calls came in".)
    const gerund = of > 0 && /ing$/.test(tk[of + 1]?.lower ?? '') && tk[of + 1]!.quote < 0;
    for (let m = of + 2; of > 0 && !gerund && m <= end; m++) {
      if (tk[m]!.quote < 0 && /^(after|before|when|as|following|amid|since)$/.test(tk[m]!.lower) && /^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tk[m + 1]?.pos ?? '')) {
        mark(m, end);
        end = m - 1;
        while (end > k && /^[,.]$/.test(tk[end]!.text)) end--;
        break;
      }
    }
  }
  // "would declare May 15 a day of mourning", "declared a state of emergency": an act, no claim.
  if (lemma === 'declare' && tk[k - 1]?.lower !== 'that' && tk.slice(k, end + 1).some((x) => DECLARED_ACTS.test(x.lower))) return null;
  // "denying a defense request that he remain free", "denied bail": what is refused is no claim.
  if (lemma === 'deny' && tk[k - 1]?.lower !== 'that' && tk.slice(k, Math.min(end, k + 4) + 1).some((x) => x.pos === 'NOUN' && REFUSED_NOUNS.test(x.lower))) return null;
  // "clarified the matter", "specified “Christian” as their religion": these verbs report a claim
  // only with a that-clause.
  if (THAT_ONLY_VERBS.has(lemma) && tk[k - 1]?.lower !== 'that') return null;
  // ("Both sides cite that report as support.", "rejected that account.": "that" a determiner, with
  // a singular noun and nothing after it but the sentence's end or "as".)
  // (A dismissing verb's "that version as “absurd”" is its claim.)
  if (tk[k - 1]?.lower === 'that' && !AS_ONLY_VERBS.has(lemma) && tk[k]?.pos === 'NOUN' && tk[k]!.lower === tk[k]!.lemma && /^\p{Ll}/u.test(tk[k]!.text) && (k + 1 > end || /^(?:[.;]|as)$/.test(tk[k + 1]!.lower))) return null;
  // ("disputed that figure, saying …": "that" the object's determiner, not a clause.)
  if (CLAUSE_ONLY_VERBS.has(lemma)) {
    let m = k;
    while (m <= end && tk[m]!.text !== ',' && !/^(VERB|AUX)$/.test(tk[m]!.pos)) m++;
    if (m > end || tk[m]!.text === ',') return null;
  }
  // "claimed a loss of $916 million": a verb of saying with a plain object reports no claim.
  // ("vowed to hold the city", "threatened to close the port": a commitment's infinitive is its claim.)
  const commitment = COMMITMENT_VERBS.has(lemma) && tk[k]!.lower === 'to' && /^(VERB|AUX)$/.test(tk[k + 1]?.pos ?? '');
  // ("warned residents to stay indoors", "cautioned his readers not to expect …": a warning's infinitive.)
  const infinitiveAt = tk[k]!.lower === 'not' ? k + 1 : k;
  const directive = (lemma === 'warn' || lemma === 'caution') && k > from && tk[infinitiveAt]?.lower === 'to' && /^(VERB|AUX)$/.test(tk[infinitiveAt + 1]?.pos ?? '');
  // ("claimed full control of Avdiivka", "claimed responsibility for the attack": what is claimed.)
  const claimed = lemma === 'claim' && tk.slice(k, Math.min(end, k + 2) + 1).some((x) => CLAIMED_NOUNS.test(x.lower));
  // ("reported 14 Russian assaults over the past day": a count reported is a claim of it.)
  // ("organisers claimed 130,000 marchers; police said 14,500", "with unions claiming a turnout of
  // more than 1.1 million": a crowd or a toll counted by each side is a claim of it.)
  const figure = /\d/.test(tk[k]!.text) || namesAFigure(tk, k);
  const counted = (lemma === 'report' && (tk[k]!.pos === 'NUM' || opensCount(tk, k))) || (/^(claim|say|estimate)$/.test(lemma) && figure && tk.slice(k, end + 1).every((x) => /^(NUM|NOUN|ADJ|DET|ADP|PUNCT|SYM)$/.test(x.pos) && x.quote < 0));
  if (tk[k - 1]?.lower !== 'that' && !COMPLEMENT_VERBS.has(lemma) && !commitment && !directive && !claimed && !counted && !isClausal(tk, { first: k, last: end })) return null;
  // "records show the money moving …" shows a thing, not a claim: "show" needs its clause's subject and verb.
  if (lemma === 'show' && tk[k - 1]?.lower !== 'that' && (!startsClause(tk, k, Math.min(end, k + 12)) || tk.slice(k, end + 1).find((x) => x.pos === 'VERB' || x.pos === 'AUX')!.lower.endsWith('ing'))) return null;
  // "denied that Kyiv was behind the strike in an interview with the YouTube program Breakfast
  // Show": where it was said, at the claim's end, is the channel, not the claim.
  const channelAt = tk[k - 1]?.lower === 'that' || tk[k]!.quote < 0 ? trailingChannel(tk, k, end) : -1;
  if (channelAt > k) {
    mark(channelAt, end);
    end = channelAt - 1;
    while (end > k && /^[,.]$/.test(tk[end]!.text)) end--;
  }
  // "called the reports “a lie” on Sept. 19": after an object and its complement (no clause of its
  // own), a time at the end is when it was said.
  if (COMPLEMENT_VERBS.has(lemma) && tk[k - 1]?.lower !== 'that' && !tk.slice(k, end + 1).some((x) => x.quote < 0 && (x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))))) {
    let t = end;
    while (t > k && /^[.!?]$/.test(tk[t]!.text)) t--;
    let m = t;
    while (m > k && (isTime(tk, m) || tk[m]!.pos === 'NUM' || (tk[m]!.text === '.' && isTime(tk, m - 1)))) m--;
    if (m < t && /^(on|in|last|late|early)$/.test(tk[m + 1]!.lower) && m >= k) {
      mark(m + 1, end);
      end = m;
    }
  }
  return { range: { first: k, last: end }, zone, quoteOnly: tk[k]!.quote >= 0 && tk[end]!.quote === tk[k]!.quote };
}

/** Nouns of an occasion or channel of speech that may close a claim: "… in a statement", "… in an
 * interview with CNN", "… on national television", "… at a news conference on Monday". */
const CHANNEL_HEADS = /^(statement|interview|address|post|tweet|video|message|briefing|remarks|broadcast|podcast|television|tv|radio|telegram|conference|update|assessment|bulletin|readout|communique|communiqué)$/;

/** Where a phrase naming the channel begins at the end of `first`..`last` ("in an interview with
 * the YouTube program Breakfast Show."), or -1: a preposition, a determiner or possessive, modifiers,
 * a channel noun, then nothing but phrases without verbs or quotation marks to the end. */
function trailingChannel(tk: Token[], first: number, last: number): number {
  for (let m = last - 1; m > first + 2; m--) {
    const t = tk[m]!;
    // (A participle after a noun belongs to the phrase: "in a statement carried by Xinhua".)
    if (t.quote >= 0 || t.pos === 'AUX' || (t.pos === 'VERB' && !(/ed$/.test(t.lower) && tk[m - 1]?.pos === 'NOUN'))) return -1;
    if (!/^(in|on|at|during)$/.test(t.lower)) continue;
    // ("his campaign had been outspent on television": the phrase of a passive or perfect verb in
    // the claim, not where the claim was made.)
    // (The tagger may read the participle as a noun: "been outspent".)
    const participle = tk[m - 1]!;
    if (((participle.pos === 'VERB' && participle.lower !== participle.lemma) || participle.pos === 'NOUN') && /^(be|been|was|were|is|are)$/.test(tk[m - 2]?.lower ?? '')) return -1;
    let h = m + 1;
    while (h < m + 5 && h <= last && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tk[h]!.pos) || /^(his|her|its|their|our)$/.test(tk[h]!.lower))) {
      // (The phrase's head: not "a video game", nor "a conference room".)
      const head = tk[h + 1]?.pos !== 'NOUN';
      if (head && CHANNEL_HEADS.test(tk[h]!.lower) && !(tk[h]!.lower === 'conference' && !/^(news|press)$/.test(tk[h - 1]!.lower))) return m;
      h++;
    }
  }
  return -1;
}

/** "called the claim “a funny fake”", "called Clinton a liar", "called Putin's claims absurd": to
 * call something says something only with a complement after the object. "Called several senators
 * over the weekend" and "called the mayor" are telephone calls. */
function namesItSomething(tk: Token[], k: number, end: number): boolean {
  let m = k;
  if (tk[m]!.pos === 'PRON' && !/^(his|her|its|their|our)$/.test(tk[m]!.lower)) m++;
  else {
    for (;;) {
      while (m <= end && (/^(DET|ADJ|NUM)$/.test(tk[m]!.pos) || /^(his|her|its|their|our)$/.test(tk[m]!.lower)) && tk[m]!.quote < 0) m++;
      const head = m;
      while (m <= end && /^(NOUN|PROPN)$/.test(tk[m]!.pos) && tk[m]!.quote < 0) m++;
      // No noun where the object should be: leave the claim as it was found.
      if (m === head) return true;
      if (m <= end && /^['’]s$/.test(tk[m]!.text)) {
        m++;
        continue;
      }
      break;
    }
  }
  if (m > end) return false;
  const next = tk[m]!;
  if (next.quote >= 0 || /^[‘“"']$/.test(next.text) || /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(next.pos) || next.lower === 'as') return true;
  // ("called her vote in favor of the war a mistake": the object may go on through phrases, up to
  // a verb or a clause.)
  for (let n = m + 1; n <= end; n++) {
    const x = tk[n]!;
    if (/^(VERB|AUX|SCONJ)$/.test(x.pos) || x.text === ',' || x.lower === 'that') return false;
    if (x.quote >= 0 || /^[‘“"']$/.test(x.text) || (/^(DET|ADJ)$/.test(x.pos) && /^(NOUN|PROPN)$/.test(tk[n - 1]!.pos))) return true;
  }
  return false;
}

/** Whether a subject and its verb start at `from`: "fans left …", "the crowd was …", "she spoke". */
/** "dismissed it as propaganda aimed at …", "as lies spread by rivals": a noun with a past
 * participle describing it (a passive's "by", or a participle of purpose or origin) is what it was
 * dismissed as, not a clause saying when ("as fans left the game"). */
function describedNoun(tk: Token[], from: number, last: number): boolean {
  let m = from;
  while (m <= last && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tk[m]!.pos)) m++;
  const participle = tk[m];
  if (m === from || !participle || m > last || !/ed$|^(spread|made|driven|written|put)$/.test(participle.lower)) return false;
  return tk[m + 1]?.lower === 'by' || DESCRIBING_PARTICIPLES.test(participle.lower);
}

const DESCRIBING_PARTICIPLES = /^(aimed|designed|intended|meant|calculated|based|rooted|driven|motivated|orchestrated|funded|backed|fuelled|fueled|cooked|dreamed|concocted|timed)$/;

function startsClause(tk: Token[], from: number, last: number): boolean {
  let m = from;
  if (tk[m]?.pos === 'PRON' && /^(he|she|they|we|i|it)$/.test(tk[m]!.lower)) m++;
  else {
    // ("newly released body-camera footage shows …": an adverb and a participle before the noun,
    // and nouns joined by a hyphen.)
    const modifier = (k: number) =>
      tk[k]!.pos === 'DET' ||
      tk[k]!.pos === 'ADJ' ||
      tk[k]!.pos === 'NUM' ||
      (tk[k]!.pos === 'PRON' && /^(his|her|its|their|our)$/.test(tk[k]!.lower)) ||
      (tk[k]!.pos === 'ADV' && /ly$/.test(tk[k]!.lower) && /^(VERB|ADJ)$/.test(tk[k + 1]?.pos ?? '')) ||
      (tk[k]!.pos === 'VERB' && /ed$/.test(tk[k]!.lower) && k > from && /^(ADV|DET|ADJ)$/.test(tk[k - 1]!.pos) && /^(NOUN|PROPN|ADJ)$/.test(tk[k + 1]?.pos ?? ''));
    while (m <= last && modifier(m)) m++;
    const head = m;
    while (m <= last && (tk[m]!.pos === 'NOUN' || tk[m]!.pos === 'PROPN' || (tk[m]!.text === '-' && attached(tk, m) && tk[m + 1]?.pos === 'NOUN'))) m++;
    if (m === head) return false;
    // ("the lake house, on Indian Lake, was bought": a phrase set off by commas after the subject.)
    if (tk[m]?.text === ',') {
      let close = m + 1;
      while (close < m + 14 && tk[close] && tk[close]!.text !== ',' && tk[close]!.quote < 0) close++;
      if (tk[close]?.text === ',') {
        m = close + 1;
        last = Math.max(last, Math.min(tk.length - 1, m));
      }
    }
  }
  return m <= last && tk[m]!.quote < 0 && (tk[m]!.pos === 'VERB' || tk[m]!.pos === 'AUX');
}

/** Where forward content stops: the sentence end, or a clause that is not part of the claim. */
/** Whether the comma at `comma` closes ", which …" / ", who …" opened after `from` with no comma between. */
function closesRelative(tk: Token[], from: number, comma: number): boolean {
  for (let m = comma - 1; m > from; m--) {
    if (tk[m]!.text !== ',') continue;
    return /^(which|who)$/.test(tk[m + 1]?.lower ?? '') && m + 1 < comma - 1;
  }
  return false;
}

function contentEnd(p: AnalysedParagraph, quotes: ParagraphQuote[], from: number, sLast: number): number {
  const tk = p.tokens;
  let last = sLast;
  // A quotation opened in the content runs to its close even across sentences.
  for (let k = from; k <= sLast; k++) {
    const t = tk[k]!;
    if (t.quote >= 0) {
      const Q = quotes[t.quote]!;
      if (Q.last > last) last = Q.last;
      k = Math.max(k, Q.last);
      // “… a city,” adding that …: the comma inside the closing quote ends the clause too.
      const closeComma = tk[Q.last - 1]?.text === ',';
      if (closeComma && k < sLast && isBreakAfterComma(tk, k + 1, from, k)) return k;
      // ("will report its findings “as soon as possible,” Grossi said": the quotation's own attribution.)
      if (closeComma && k < sLast && looksLikeAttributionAhead(tk, k + 1, sLast)) return k;
      // (“… on day one,” a pledge her campaign has made …: the reporter's note after it.)
      if (closeComma && /^(a|an)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2]?.pos === 'NOUN' && (disputedToEnd(tk, k + 3, sLast) || echoedBy(tk, k + 2) || notedBySomeoneElse(tk, k + 2, sLast))) return k;
      continue;
    }
    if (t.text === ';') return k - 1;
    // "said he would order a review and warned against …": a second verb of saying starts its own claim.
    // Unless the content holds a verb of saying of its own ("says Machado promised … and said …"):
    // then the second verb may be that speaker's.
    // ("called the findings “consistent …” but warned that …": so does "but".)
    // ("says it takes steps … and accuses Hamas of …": in the present tense too.)
    // ("have called the scheme a “land grab” and have threatened to …": the same auxiliary again.)
    const sameAux = tk[k + 1] !== undefined && /^(has|have|had)$/.test(tk[k + 1]!.lower) && tk.slice(Math.max(0, from - 3), from).some((x) => x.lower === tk[k + 1]!.lower);
    // ("… and in a statement said …", "… and at one point said …": over a phrase of time or place.)
    const phrase = /^(and|but)$/.test(t.lower) && /^(at|in|on|during)$/.test(tk[k + 1]?.lower ?? '') && /^(DET|NUM|PRON)$/.test(tk[k + 2]?.pos ?? '') && tk[k + 3]?.pos === 'NOUN' ? 3 : 0;
    const nextVerb = tk[sameAux ? k + 2 : k + 1 + phrase];
    // ("showed no remorse” and continued to solicit money": "continue", "agree" and the like report
    // words only beside a quotation; before "to" and a verb they are the claim's own verbs.)
    const idx = sameAux ? k + 2 : k + 1 + phrase;
    const infinitiveAfter = nextVerb !== undefined && QUOTE_ONLY_VERBS.has(nextVerb.lemma) && tk[idx + 1]?.lower === 'to' && tk[idx + 2]?.pos === 'VERB';
    const secondVerb = nextVerb !== undefined && !infinitiveAfter && (isPastSpeechVerb(nextVerb) || (nextVerb.pos === 'VERB' && /[^s]s$/.test(nextVerb.lower) && isSpeechVerb(nextVerb)));
    if ((t.lower === 'and' || t.lower === 'but') && k > from && secondVerb && !tk.slice(from, k).some((x, n) => isSpeechVerb(x) && /^(PROPN|PRON)$/.test(tk[from + n - 1]?.pos ?? ''))) return k - 1;
    if (t.text !== ',' && t.text !== '—' && t.text !== '–') continue;
    // ("the authority's own consultation, which drew 2,316 responses, showed 58 per cent support":
    // the comma that closes a relative clause inside the content, before the content's own verb.)
    if (t.text === ',' && closesRelative(tk, from, k) && /^(VERB|AUX)$/.test(tk[k + 1]?.pos ?? '')) continue;
    // ("“because of the aggression” – the term the group uses for the coalition": the reporter's gloss.)
    if (t.text !== ',' && tk[k + 1]?.pos === 'DET' && /^(term|word|name|phrase|euphemism|label|nickname|acronym)$/.test(tk[k + 2]?.lower ?? '')) return k - 1;
    if (isBreakAfterComma(tk, k + 1, from, k)) return k - 1;
    // "…, a figure the opposition disputed.": the reporter's note on the claim, not part of it.
    if (t.text === ',' && /^(a|an)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2]?.pos === 'NOUN' && (disputedToEnd(tk, k + 3, sLast) || echoedBy(tk, k + 2) || notedBySomeoneElse(tk, k + 2, sLast))) return k - 1;
    // ("… have warned that prices would force them to idle rigs, and the number of rigs has fallen
    // for six weeks, according to Baker Hughes data": a new clause that a source at the sentence's
    // end vouches for is that source's, not this claim's.)
    if (t.text === ',' && tk[k + 1]?.lower === 'and' && NP_START_POS.has(tk[k + 2]?.pos ?? '') && tk.slice(k + 3, Math.min(sLast, k + 12) + 1).some((x) => x.pos === 'AUX') && sourcedAtEnd(tk, k + 2, sLast)) return k - 1;
    // ("…, in the latest sign of rising tensions", "…, a reference to an arms package approved …",
    // "…, an apparent swipe at …": the reporter's framing of the claim.)
    if (t.text === ',' && /^(in|a|an|the)$/.test(tk[k + 1]?.lower ?? '') && REPORTERS_FRAME.test(textAfter(tk, k + 1, Math.min(sLast, k + 6)))) return k - 1;
    // ", who …" / ", which …" to the end of the sentence: the reporter's background, not the claim.
    if (/^(who|which)$/.test(tk[k + 1]?.lower ?? '') && k - from >= 4 && !hasCommaBefore(tk, k + 2, sLast)) return k - 1;
    if (looksLikeAttributionAhead(tk, k + 1, sLast)) return k - 1;
  }
  return last;
}

/** "(a claim) Kyiv denied", "(a figure) the opposition disputed": a short clause to the sentence's
 * end whose verb questions what came before it. */
function disputedToEnd(tk: Token[], from: number, sLast: number): boolean {
  let k = from;
  if (tk[k]?.lower === 'that') k++;
  // (The tagger may read the verb as a noun: "a figure Republicans dispute".)
  while (k <= sLast && k - from < 6 && /^(DET|PROPN|NOUN|ADJ|PRON|PART)$/.test(tk[k]!.pos) && tk[k]!.quote < 0 && !(k > from && /^(dispute|disputes|reject|rejects|deny|denies|question|questions|challenge|challenges|contest|contests|dismiss|dismisses)$/.test(tk[k]!.lower) && (k + 1 > sLast || /^[.!?]$/.test(tk[k + 1]!.text)))) k++;
  if (k === from || k > sLast || !/^(deny|dispute|reject|contest|question|challenge|dismiss)$/.test(tk[k]!.lemma) && !/^(denied|disputed|rejected|contested|questioned|challenged|dismissed)$/.test(tk[k]!.lower)) return false;
  return k + 1 > sLast || /^[.!?]$/.test(tk[k + 1]!.text) || tk[k + 1]!.lower === 'as';
}

/** Whether the sentence from `from` to `sLast` ends with ", according to …". */
function sourcedAtEnd(tk: Token[], from: number, sLast: number): boolean {
  for (let k = sLast; k > from && sLast - k < 12; k--) {
    if (tk[k]!.lower === 'according' && tk[k + 1]?.lower === 'to' && tk[k - 1]?.text === ',') return true;
    if (tk[k]!.quote >= 0 || tk[k]!.text === ',') return false;
  }
  return false;
}

/** The reporter framing what was said: "in the latest sign of …", "a reference to …", "an apparent
 * swipe at …", "a term it uses for …". */
const REPORTERS_FRAME = /^(?:in (?:a|an|the|another) (?:(?:latest|clear|further|new|rare|fresh|apparent) )?(?:sign|signal|indication|move|step|escalation|show|display|rebuke|reversal|setback|blow|boost) |(?:a|an) (?:(?:apparent|veiled|thinly veiled|clear|oblique|pointed) )?(?:reference|allusion|nod|swipe|dig|jab) (?:to|at) |(?:a|the) (?:term|word|phrase|euphemism|name) (?:\S+ ){1,3}(?:uses|used|use) )/i;

/** The words of tokens `from` to `to`, one space apart (for patterns over a few words). */
function textAfter(tk: Token[], from: number, to: number): string {
  return `${tk.slice(from, to + 1).map((t) => t.text).join(' ')} `;
}

/** "(…, a pledge) her campaign has made the centerpiece of its ads", "(a move) analysts called
 * risky": a noun for what was said, then a clause with a subject of its own. */
function notedBySomeoneElse(tk: Token[], noun: number, sLast: number): boolean {
  if (!NOTE_NOUNS.has(tk[noun]!.lower) && !/^(pledge|promise|vow|move|remark|comment|message|boast|threat)$/.test(tk[noun]!.lower)) return false;
  let k = noun + 1;
  if (/^(that|which)$/.test(tk[k]?.lower ?? '')) k++;
  const subject = k;
  while (k <= sLast && k - subject < 5 && /^(DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(tk[k]!.pos) && tk[k]!.quote < 0) k++;
  return k > subject && k <= sLast && /^(VERB|AUX)$/.test(tk[k]!.pos) && /^(NOUN|PROPN|PRON)$/.test(tk[k - 1]!.pos);
}

/** "(a point) echoed by Western analysts", "(a claim) denied by Moscow": a noun for what was said,
 * then a past participle and "by" — the reporter's note on who else holds or rejects it. */
function echoedBy(tk: Token[], noun: number): boolean {
  if (!NOTE_NOUNS.has(tk[noun]!.lower)) return false;
  let k = noun + 1;
  if (tk[k]?.pos === 'ADV') k++;
  const verb = tk[k];
  return verb !== undefined && verb.pos === 'VERB' && /(ed|en|wn)$/.test(verb.lower) && tk[k + 1]?.lower === 'by';
}

/** Nouns for what someone said, as a reporter's note after it names it ("a point echoed by …"). */
const NOTE_NOUNS = new Set([...CLAIM_NOUNS, 'point', 'view', 'figure', 'account', 'assessment', 'estimate', 'charge', 'position', 'sentiment', 'concern', 'number', 'version', 'narrative', 'toll', 'tally', 'count']);

function nextComma(tk: Token[], from: number, sLast: number): number {
  for (let k = from; k <= sLast; k++) {
    if (tk[k]!.text !== ',') continue;
    // ("after the company said its drug, VRD-418, would arrive later": a name set off by commas
    // after a noun is an appositive inside the clause.)
    const appositive = tk[k]!.quote < 0 && k > from && isNominal(tk[k - 1]!) ? namedAppositiveEnd(tk, k + 1, sLast) : -1;
    if (appositive > 0) {
      k = appositive;
      continue;
    }
    if (tk[k]!.quote < 0) return k - 1;
    // (“When a group argued that the beds were “already ruined,” Dr. Amsel took …": a comma inside
    // a closing quotation mark ends the clause with the quotation.)
    if (k + 2 <= sLast && commaClosesQuote(tk, k)) return k + 1;
  }
  return sLast;
}

/** The comma closing a short name (capitalised words, a hyphen, digits) from `first` ("VRD-418", "Zentra")
 * that a verb follows, or -1. */
function namedAppositiveEnd(tk: Token[], first: number, sLast: number): number {
  let k = first;
  while (k <= sLast && k - first < 7 && tk[k]!.quote < 0 && (/^\p{Lu}/u.test(tk[k]!.text) || (tk[k]!.text === '-' && attached(tk, k)) || (/^\d/.test(tk[k]!.text) && k > first))) k++;
  if (k === first || tk[k]?.text !== ',' || tk[k]!.quote >= 0) return -1;
  return /^(AUX|VERB)$/.test(tk[k + 1]?.pos ?? '') ? k : -1;
}

/** Whether the comma at `k` stands inside a quotation's closing mark, with the sentence going on
 * outside it: "… “already ruined,” Dr. Amsel took". */
function commaClosesQuote(tk: Token[], k: number): boolean {
  return tk[k]!.quote >= 0 && CLOSE_MARKS.has(tk[k + 1]?.text ?? '') && tk[k + 1]!.quote === tk[k]!.quote && (tk[k + 2]?.quote ?? 0) < 0;
}

/** Where a relative clause set off by commas ends: before the comma that hands back to its
 * antecedent's own verb ("Moscow, which says it is fighting Nazis, has annexed …"). A participle's
 * phrase ("Kyiv, backed by the West, is …") or ", adding …" hands back nothing. */
function relativeClauseEnd(tk: Token[], from: number, sLast: number): number {
  // Inside a participle's phrase set off by commas, whose closing comma hands back nothing.
  let participle = false;
  for (let k = from; k < sLast; k++) {
    if (tk[k]!.text !== ',') continue;
    // (“… who told the Courier he would support “any policy …,” said …": a comma inside a closing
    // quotation mark hands back too, with the quotation.)
    const inQuote = tk[k]!.quote >= 0;
    if (inQuote && !commaClosesQuote(tk, k)) continue;
    const after = inQuote ? k + 1 : k;
    if (participle) {
      participle = false;
      continue;
    }
    let v = after + 1;
    while (v < sLast && tk[v]!.pos === 'ADV') v++;
    const t = tk[v]!;
    if (t.text !== t.lower || t.lower.endsWith('ing')) continue;
    if (t.pos === 'VERB' && tk[v + 1]?.lower === 'by') participle = true;
    else if (t.pos === 'AUX' || t.pos === 'VERB') return inQuote ? after : k - 1;
  }
  return sLast;
}

function hasCommaBefore(tk: Token[], from: number, sLast: number): boolean {
  for (let k = from; k <= sLast; k++) if (tk[k]!.text === ',' && tk[k]!.quote < 0) return true;
  return false;
}

/** Whether the words after a comma at `at - 1` open a clause that is not part of the claim. */
function isBreakAfterComma(tk: Token[], at: number, from: number, commaAt: number): boolean {
  const n = tk[at];
  const n2 = tk[at + 1];
  if (!n) return false;
  const long = commaAt - from >= 3;
  // ", adding that …", ", saying …": a new claim; ", repeating a request …": the reporter's words
  // (the tagger may take a participle with an object for a noun).
  // (", sending drones “in waves” …", ", leaving the city undefended": a participle that goes on
  // with what happened is part of the claim.)
  // (Nor a list of them: "any battery that is swelling, leaking or unusually hot".)
  const listed = /^(?:or|and|,)$/.test(n2?.lower ?? '') && (tk[at - 2]?.lower.endsWith('ing') === true || tk[at - 2]?.pos === 'ADJ');
  if (n.lower.endsWith('ing') && long && !listed && (n.pos === 'VERB' || (n.pos === 'NOUN' && n2 !== undefined && /^(DET|PRON|SCONJ)$/.test(n2.pos))) && (VERB_FORMS.has(n.lower) || !CONTINUING_PARTICIPLE.test(n.lower))) return true;
  // (", warning that …" after a short claim too: a verb of saying starts its own.)
  if (n.lower.endsWith('ing') && VERB_FORMS.has(n.lower) && n2?.lower === 'that') return true;
  // ", according to …"
  if (n.lower === 'according') return true;
  // ", without naming a specific country", ", without offering evidence": the reporter's note.
  if (n.lower === 'without' && n2?.lower.endsWith('ing')) return true;
  // ", as its forces pressed …": a clause of its own.
  if (n.lower === 'as' && long && startsClause(tk, at + 1, at + 8)) return true;
  // "X, citing hospital officials, said …": the main verb after a phrase set off by commas.
  // (Not a participle set off with its time: "Moscow's decision, announced the same day, not to …".)
  if (isPastSpeechVerb(n) && !participleWithTime(tk, at)) return true;
  // ", though he conceded …", ", while …"
  // (But a concession with no verb of saying in it goes on with the claim: "there were no
  // significant problems, though a printer malfunction forced poll workers to …".)
  // A clause in the present beside words reported in the past is the reporter's own: "denied
  // targeting civilians, though AP reporters have documented strikes …".
  const clauseVerb = tk.slice(at + 1, at + 9).find((x) => x.quote < 0 && (x.pos === 'AUX' || x.pos === 'VERB'));
  const presentClause = clauseVerb !== undefined && (/^(have|has|is|are|am|may|can|will|shall|do|does)$/.test(clauseVerb.lower) || (clauseVerb.pos === 'VERB' && /[^s]s$/.test(clauseVerb.lower)));
  const reportedInPresent = tk.slice(Math.max(0, from - 3), from).some((x) => isSpeechVerb(x) && /[^s]s$/.test(x.lower));
  const concessive = /^(though|although)$/.test(n.lower) && !tk.slice(at + 1, at + 9).some((x) => x.quote < 0 && isSpeechVerb(x));
  if (concessive && presentClause && !reportedInPresent) return true;
  if (CLAUSE_BREAKS.has(n.lower) && n.lower !== 'but' && n.lower !== 'as' && long && !concessive) return true;
  if (n.lower === 'but' && n2 && (n2.pos === 'VERB' || isSpeechVerb(n2))) return true;
  // "…, but he refuses to discuss …": the reporter goes on about the speaker.
  if (n.lower === 'but' && n2 && /^(he|she|they)$/.test(n2.lower)) return true;
  // ", a claim that …": a comment on the whole claim.
  if (n.pos === 'DET' && n2 && CLAIM_NOUNS.has(n2.lower)) return true;
  // ", a day after the Auditor-General found …", ", hours before the vote": the reporter sets the
  // claim in time.
  if (long && spanBeforeOrAfter(tk, at)) return true;
  return false;
}

/** "a day after", "two weeks before", "just hours after", "days after" at `at`. */
function spanBeforeOrAfter(tk: Token[], at: number): boolean {
  let k = at;
  if (/^(just|only|barely|some|about)$/.test(tk[k]?.lower ?? '')) k++;
  if (/^(a|an|one|two|three|four|five|six|several|few)$/.test(tk[k]?.lower ?? '') || tk[k]?.pos === 'NUM') k++;
  return k - at <= 2 && /^(days?|weeks?|hours?|months?|years?|minutes?)$/.test(tk[k]?.lower ?? '') && /^(after|before)$/.test(tk[k + 1]?.lower ?? '');
}

/** Participles that go on with what the claim says happened ("…, sending drones in waves", "…,
 * killing three people") or work as prepositions ("results, including genetic tests, would …"),
 * not the reporter's comment on it ("…, repeating a request"). */
const CONTINUING_PARTICIPLE = /^(sending|leaving|killing|wounding|injuring|damaging|destroying|forcing|causing|hitting|striking|targeting|trapping|displacing|firing|launching|shelling|bringing|including|excluding|regarding|concerning|involving|barring|pending|waiting|fleeing|hoping|trying|seeking|heading|carrying|meaning)$/;

/** "announced the same day,", "published on Monday,": a past participle and a time, then a comma. */
function participleWithTime(tk: Token[], at: number): boolean {
  let m = at + 1;
  let time = false;
  while (m < at + 6 && tk[m] && tk[m]!.text !== ',' && /^(DET|ADJ|NOUN|PROPN|ADP|ADV|NUM)$/.test(tk[m]!.pos)) {
    if (isTime(tk, m) || /^(day|week|month|year)$/.test(tk[m]!.lower)) time = true;
    m++;
  }
  return time && tk[m]?.text === ',';
}

/** A verb of saying, also where the tagger took "claims" or "says" for a noun. */
function isCueVerb(tk: Token[], i: number): boolean {
  const t = tk[i]!;
  // ("Al Said told reporters": a family name, which the tagger's retagging marked as one.)
  if (t.text === 'Said' && t.pos === 'PROPN') return false;
  if (t.pos === 'VERB') return true;
  if (t.quote >= 0) return false;
  // ("shot back that …": with its particle and a that-clause, whatever the tagger read.)
  if (PHRASAL_CUES.get(t.lemma) === tk[i + 1]?.lower && tk[i + 2]?.lower === 'that') return true;
  // "Prosecutors alleged that …": the tagger reads "alleged" as the adjective of "alleged crimes".
  // ("was seen telling soldiers that …": "telling" read as in "a telling sign".)
  if (t.pos === 'ADJ') {
    if (/ing$/.test(t.lower)) return SPEECH_VERBS.has(t.lemma) && /^(heard|seen|filmed|recorded|shown|,)$/.test(tk[i - 1]?.lower ?? '');
    // ("Sergei Shoigu informed President Vladimir Putin that …": a name, then the one told.)
    if (/ed$/.test(t.lower) && OBJECT_VERBS.has(t.lemma) && tk[i - 1]?.pos === 'PROPN' && /^(PROPN|NOUN|DET)$/.test(tk[i + 1]?.pos ?? '')) return true;
    // ("The councillor, Yetunde Alabi, alleged that …": or after an appositive's comma.)
    return /ed$/.test(t.lower) && SPEECH_VERBS.has(t.lemma) && tk[i + 1]?.lower === 'that' && !!tk[i - 1] && (isNominal(tk[i - 1]!) || tk[i - 1]!.pos === 'PRON' || tk[i - 1]!.text === ',');
  }
  if (/^(said|told)$/.test(t.lower)) return true;
  // ("The Bank's Monetary Policy Report, published alongside the decision, forecast that …": the
  // past of "forecast" is the noun's form.)
  if (t.lower === 'forecast' && tk[i + 1]?.lower === 'that' && tk[i - 1] !== undefined && (isNominal(tk[i - 1]!) || tk[i - 1]!.text === ',')) return true;
  // ("…, warning that Russian forces were regrouping": a participle after a comma read as a noun.)
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && SPEECH_VERBS.has(t.lemma) && tk[i - 1]?.text === ',' && tk[i + 1]?.lower === 'that') return true;
  // ("…, with the Bureau of Meteorology warning the river could peak …": "with", who speaks, and a
  // participle read as a noun, then a clause.)
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && SPEECH_VERBS.has(t.lemma) && withSpeakerStart(tk, i - 1, Math.max(0, i - 16)) !== null && (tk[i + 1]?.lower === 'that' || startsClause(tk, i + 1, Math.min(tk.length - 1, i + 8)))) return true;
  // "Officials claim that …", "they note that …": a plural subject, then the bare verb read as a noun.
  if (t.lower === t.lemma && SPEECH_VERBS.has(t.lemma) && tk[i + 1]?.lower === 'that' && tk[i - 1] && ((isNominal(tk[i - 1]!) && /s$/.test(tk[i - 1]!.lower) && tk[i - 1]!.lower !== "'s") || /^(they|we|i|you)$/.test(tk[i - 1]!.lower))) return true;
  // ("Court documents show the house was bought …": records, then a clause.)
  if (t.lower === 'show' && SHOWING_NOUNS.test(tk[i - 1]?.lower ?? '') && startsClause(tk, i + 1, Math.min(tk.length - 1, i + 7))) return true;
  // (Lower case: "United States companies may …" holds no verb "states".)
  if (!/s$/.test(t.lower) || !SPEECH_VERBS.has(t.lemma) || t.text !== t.lower) return false;
  const next = tk[i + 1];
  const prev = tk[i - 1];
  // ("The report, which has been sent to the minister, states that …": after a relative clause's comma.)
  const afterRelative = prev?.text === ',' && next?.lower === 'that' && closesRelative(tk, Math.max(0, i - 30), i - 1);
  if (!next || !prev || !(isNominal(prev) || prev.pos === 'PRON' || afterRelative)) return false;
  // ("signed the quarterly reserve reports that prosecutors say were false": a noun phrase that is
  // a verb's object or a preposition's is no subject, so its last word is no verb.)
  let np = i - 1;
  while (np > 0 && /^(NOUN|PROPN|ADJ|NUM)$/.test(tk[np - 1]!.pos)) np--;
  // (Not after "of": "The leader of the Wagner organization claims to have …" is one subject.)
  if (tk[np - 1]?.pos === 'DET' && (tk[np - 2]?.pos === 'VERB' || (tk[np - 2]?.pos === 'ADP' && !/^(of|for)$/.test(tk[np - 2]!.lower)))) return false;
  // ("Moscow claims the referendum was legitimate": a clause without "that", read by the tagger as
  // a noun compound.)
  return next.lower === 'that' || next.text === ':' || next.quote >= 0 || (next.lower === 'to' && /^(VERB|AUX)$/.test(tk[i + 2]?.pos ?? '')) || startsClause(tk, i + 1, Math.min(tk.length - 1, i + 7));
}

function quoteAdjacent(tk: Token[], first: number, last: number): boolean {
  let a = first - 1;
  // Back over the speaker: "”, he asked", "” a narrator in the Clinton ad asks".
  while (a >= 0 && (tk[a]!.text === ',' || /^(PRON|PROPN|NOUN|DET|ADJ|ADP|NUM|PART)$/.test(tk[a]!.pos)) && tk[a]!.quote < 0 && first - a < 9) a--;
  if (a >= 0 && tk[a]!.quote >= 0) return true;
  let b = last + 1;
  while (b < tk.length && (tk[b]!.text === ':' || tk[b]!.text === ',') ) b++;
  return b < tk.length && tk[b]!.quote >= 0 && b - last <= 2;
}

function isSpeechVerb(t: Token): boolean {
  // (Not "accept" or "dispute", which report only with a clause: "voters who accepted the reality
  // that …", "would not accept any pause" end no claim and open none.)
  return t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && !CLAUSE_ONLY_VERBS.has(t.lemma);
}

/** A verb of saying in the past tense: "warned", "said", "told", "wrote". */
function isPastSpeechVerb(t: Token): boolean {
  return isSpeechVerb(t) && /(ed|^said|^told|^wrote)$/.test(t.lower);
}

/** A noun for one who can speak: a person ("analysts", "the band leader") or a body ("campaign"). */
function canSpeak(t: Token): boolean {
  // ("Opposition parties called the scheme …": bodies in the plural speak too.)
  const singular = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.replace(/s$/, '');
  return isPersonNoun(t, true) || ORGANISATION_WORDS.has(t.lower) || ORGANISATION_WORDS.has(singular);
}

/** A participle at `i`, after a comma, whose phrase closes with a comma and the sentence's own
 * finite verb, and whose noun before the comma is a thing that cannot speak. */
function describesThing(tk: Token[], i: number, sLast: number): boolean {
  let k = i - 2;
  while (k >= 0 && !/[\p{L}\p{N}]/u.test(tk[k]!.text)) k--;
  const noun = tk[k];
  if (!noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || canSpeak(noun)) return false;
  let m = i + 1;
  while (m <= sLast && tk[m]!.text !== ',' && !/^[.;:!?]$/.test(tk[m]!.text)) m++;
  const verb = tk[m + 1];
  return tk[m]?.text === ',' && verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')));
}

/** Words that open an aside between a verb of saying and its "that": "citing …", "formerly …". */
const ASIDE_OPENERS = /^(citing|quoting|formerly)$/;

/** "a turnout of …", "the toll of …": a figure named at `k` by its noun. */
function namesAFigure(tk: Token[], k: number): boolean {
  return /^(a|an|the)$/.test(tk[k]?.lower ?? '') && /^(turnout|figure|total|toll|tally|crowd|attendance|count)$/.test(tk[k + 1]?.lower ?? '') && tk[k + 2]?.lower === 'of';
}

/** Whether `t` opens an aside after the verb's phrase: "citing …", "formerly Twitter", or what the
 * channel was ("said in the video, posted on his Facebook page Wednesday afternoon, that …"). */
function opensAside(t: Token | undefined): boolean {
  return t !== undefined && (ASIDE_OPENERS.test(t.lower) || /^(posted|published|released|recorded|broadcast|aired|filmed|shared|uploaded|issued|sent|signed|dated)$/.test(t.lower));
}

function looksLikeAttributionAhead(tk: Token[], from: number, sLast: number): boolean {
  // ("said the cuts, which the university announced in January, would gut …": a relative clause on
  // the claim's subject, handing back to its verb, is inside the claim.)
  if (/^(which|who|whom)$/.test(tk[from]?.lower ?? '') && relativeClauseEnd(tk, from + 1, sLast) < sLast) return false;
  // "…, and Anna Kowal told Reuters that …", "…, while the ministry said …": a new attribution.
  const joined = /^(and|while|whereas|but)$/.test(tk[from]?.lower ?? '');
  if (joined) from++;
  // Up to six words of a subject, then a verb of saying, then the clause ends.
  for (let k = from; k <= Math.min(sLast, from + 7); k++) {
    const t = tk[k]!;
    if (t.quote >= 0) return false;
    // ("…, and the club issued a statement describing …": a statement issued, a new attribution.)
    if (joined && k > from && STATEMENT_VERBS.has(t.lemma) && t.pos === 'VERB' && !/^(express|voice)$/.test(t.lemma)) {
      let n = k + 1;
      while (n <= sLast && /^(DET|ADJ)$/.test(tk[n]!.pos)) n++;
      if (n <= sLast && ISSUED_NOUN.test(tk[n]!.text)) return true;
    }
    if (isSpeechVerb(t) && !t.lower.endsWith('ing')) {
      const after = tk[k + 1];
      // "…, or angel dust, was found in …": a passive names no speaker ("…, who was never
      // charged, had set …": over a negation or an adverb too).
      let aux = k - 1;
      while (aux > from && (tk[aux]!.pos === 'PART' || tk[aux]!.pos === 'ADV')) aux--;
      if (k === from || isBe(tk[aux])) return false;
      // (", and should never charge one near an exit": a modal of advice or ability before the verb
      // is the claim going on, not someone reporting.)
      if (/^(should|must|can|could|might|may)$/.test(tk[aux]!.lower)) return false;
      if (joined) return true;
      return !after || after.text === ',' || /^[.;!?]$/.test(after.text) || isTime(tk, k + 1) || after.pos === 'ADP';
    }
    // ("…, two of the people said.")
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'PART' || t.pos === 'NUM' || (t.lower === 'of' && k > from) || isModifierOrTime(tk, k))) return false;
  }
  return false;
}

/** The words of the sentence before an attribution that interrupts it ("Back in Virginia, [Mr.
 * Clarke said,] he …"), after any earlier claim of the sentence; null when there are none. */
function leadBefore(p: AnalysedParagraph, attrStart: number, sFirst: number, earlier: Attribution[]): TokenRange | null {
  const tk = p.tokens;
  let first = sFirst;
  for (const a of earlier) if (a.cue.last < attrStart) first = Math.max(first, a.cue.last + 1, a.content ? tokenAt(tk, a.content.end) + 1 : 0);
  while (first < attrStart - 1 && (tk[first]!.pos === 'CCONJ' || tk[first]!.text === ',')) first++;
  const last = attrStart - 2;
  // ("… at a time when, she later wrote, women were …", "left because, he said, the pay …": words
  // that end on a conjunction are the reporter's; the claim is the clause after the attribution.)
  if (last >= sFirst && /^(when|because|that|if|although|though|since|while|where|whereas|until|unless)$/.test(tk[last]!.lower)) return null;
  return last >= first && countWords(tk, first, last) > 0 ? { first, last } : null;
}

/** The index of the first token that ends at or after `offset`. */
function tokenAt(tk: Token[], offset: number): number {
  let k = 0;
  while (k < tk.length - 1 && tk[k]!.end < offset) k++;
  return k;
}

/** "CONTENT, X said": the clause before the attribution that starts at `attrStart`. */
function contentBefore(p: AnalysedParagraph, attrStart: number, sFirst: number, earlier: Attribution[], named: boolean): { first: number; last: number } | null {
  const tk = p.tokens;
  const comma = attrStart - 1;
  if (comma < sFirst || tk[comma]!.text !== ',' || tk[comma]!.quote >= 0) return null;
  let first = sFirst;
  // Not the words of an earlier claim of this sentence, unless that claim runs up to this
  // attribution and this one names its speaker: "Ruiz has told colleagues she will not run, two
  // of the people said" reports the whole clause, the claim inside it too.
  for (const a of earlier) {
    if (a.content && !(named && tokenAt(tk, a.content.end - 1) >= comma - 1)) {
      const lastTok = a.cue.last;
      if (lastTok < comma) first = Math.max(first, lastTok + 1);
    }
  }
  // Leading connectives: "But", "And", "However,".
  while (first < comma && (tk[first]!.pos === 'CCONJ' || (tk[first]!.pos === 'ADV' && tk[first + 1]?.text === ',') || tk[first]!.text === ',')) first++;
  if (countWords(tk, first, comma - 1) < 3) return null;
  const head = tk[first]!;
  // An introductory phrase ("On Saturday,", "In a video published late on Sunday,") is no claim,
  // but it may open one: "In the Donetsk direction, Russian troops repelled five attacks, Zimin said."
  // (A count is no phrase: "At least 47 people have been killed, the ministry said.")
  if (head.quote < 0 && (head.pos === 'ADP' || head.pos === 'SCONJ') && !opensCount(tk, first)) {
    let introEnd = first + 1;
    while (introEnd < comma && !(tk[introEnd]!.text === ',' && tk[introEnd]!.quote < 0)) introEnd++;
    if (introEnd >= comma || countWords(tk, introEnd + 1, comma - 1) < 3 || !isClausal(tk, { first: introEnd + 1, last: comma - 1 })) return null;
  }
  // "Speaking to students in Philadelphia, Biden responded …": a participial opener.
  // (Not one that modifies the subject of a clause: "Affected employees in the U.S. will receive …",
  // "Rising prices have hurt …".)
  const modifiesSubject = /^(NOUN|ADJ)$/.test(tk[first + 1]?.pos ?? '') && isClausal(tk, { first: first + 2, last: comma - 1 });
  if (head.quote < 0 && head.pos === 'VERB' && /(ing|ed)$/.test(head.lower) && !modifiesSubject) return null;
  let verb = false;
  for (let k = first; k < comma; k++) if (tk[k]!.pos === 'VERB' || tk[k]!.pos === 'AUX' || tk[k]!.quote >= 0) verb = true;
  if (!verb) return null;
  return { first, last: comma - 1 };
}

/** Words that open a sentence as a comment on it ("Worse, …"), which the tagger may read as names. */
const SENTENCE_ADVERBS = /^(Worse|Better|Still|Indeed|Moreover|Instead|Yet|Now|Then|Later|Earlier|Separately|Finally|Overall|Ultimately|Nonetheless|Nevertheless|Besides|Notably|Importantly|Similarly|Likewise|Again|Ironically|Surprisingly|Unfortunately|Fortunately|Sadly|Otherwise|Furthermore|Additionally|Meanwhile|However|Today|Yesterday)$/;

/** The subject of the sentence's main clause (after an introductory phrase), for participles. */
/** Verbs whose past tense is their base form, which the tagger may read as nouns after a name. */
const SAME_FORM_PAST = /^(?:cast|put|set|hit|cut|let|shut|quit|spread|bid|upset|thrust|burst|hurt)$/;

function sentenceSubject(p: AnalysedParagraph, sFirst: number, before: number): TokenRange | null {
  const tk = p.tokens;
  let k = sFirst;
  // "GENEVA, July 16 (Example Wire) - Talks …": the dateline is not the subject.
  if (sFirst === 0) {
    const dateline = DATELINE.exec(p.text);
    if (dateline) while (k < before && tk[k]!.start < p.start + dateline[0].length) k++;
  }
  while (k < before && (tk[k]!.pos === 'CCONJ' || tk[k]!.quote >= 0 || OPEN_MARKS.has(tk[k]!.text))) k++;
  const head = tk[k];
  if (!head) return null;
  // Skip an introductory phrase to its comma: "In 2019, …", "Worse, the companies …", "Accepting
  // his award, Aagaard thanked …".
  // (And "Asked by reporters whether …, Ms. Pathak smiled and said …".)
  const participle = head.pos === 'VERB' && (head.lower.endsWith('ing') || (head.lower.endsWith('ed') && /^(ADP|SCONJ)$/.test(tk[k + 1]?.pos ?? ''))) && tk.slice(k + 1, before).some((t) => t.text === ',');
  if (participle || head.pos === 'ADP' || head.pos === 'SCONJ' || head.pos === 'ADV' || (tk[k + 1]?.text === ',' && (head.pos === 'ADJ' || SENTENCE_ADVERBS.test(head.text)))) {
    while (k < before && tk[k]!.text !== ',') k++;
    k++;
  }
  if (k >= before) return null;
  if (tk[k]!.pos === 'PRON' && /^(he|she|they|it|we)$/.test(tk[k]!.lower)) return { first: k, last: k };
  let end = npRight(tk, k, before - 1);
  if (end === null) return null;
  // ("Commissioner Bennett Cole cast the lone vote against the delay, arguing …": a verb whose past
  // is its base, which the tagger read as a noun after the name, is the subject's verb.)
  for (let m = k + 1; m <= end; m++) {
    if (SAME_FORM_PAST.test(tk[m]!.text) && /^\p{Lu}/u.test(tk[m - 1]!.text) && tk[m - 1]!.pos === 'PROPN') {
      end = m - 1;
      break;
    }
  }
  // ("Residents of several communities in Ibadan South-West LGA have lamented …, saying …": a group
  // and where it is, to the verb.)
  if (end === k && namesPeople(tk[k]!.lower) && /^(of|in|at|from|on)$/.test(tk[end + 1]?.lower ?? '')) {
    let m = end + 1;
    while (m < before && !/^(VERB|AUX)$/.test(tk[m]!.pos) && (tk[m]!.pos !== 'PUNCT' || tk[m]!.text === '-') && tk[m]!.quote < 0) m++;
    if (m < before && /^(VERB|AUX)$/.test(tk[m]!.pos) && m - 1 > end) end = m - 1;
  }
  // "the company's chief executive, Priya Raman, apologized and said …": the name after the role.
  if (tk[end + 1]?.text === ',' && /^\p{Ll}/u.test(tk[end]!.text)) {
    let nameEnd = end + 2;
    while (nameEnd < before && tk[nameEnd + 1]?.text !== ',') nameEnd++;
    if (nameEnd < before && isPersonName(tk, end + 2, nameEnd)) return { first: end + 2, last: nameEnd };
  }
  return { first: k, last: end };
}

function accordingTo(p: AnalysedParagraph, quotes: ParagraphQuote[], i: number, sFirst: number, sLast: number, earlier: Attribution[] = []): Found | null {
  const tk = p.tokens;
  let k = i + 2;
  // "according to analysis by the ISW", "according to a statement from the ministry"
  const byAt = (() => {
    for (let m = k; m <= Math.min(sLast, k + 5); m++) {
      if (!/^(by|from|of)$/.test(tk[m]!.lower) || m <= k) continue;
      // ("a study of nearly 4,700 families": what a study is of is its subject, not its author.)
      if (tk[m]!.lower === 'of' && !(/^\p{Lu}/u.test(tk[m + 1]?.text ?? '') || (tk[m + 1]?.lower === 'the' && /^\p{Lu}/u.test(tk[m + 2]?.text ?? '')))) continue;
      // "a report released by the department": the participle between the document and "by".
      // ("a preliminary report released Wednesday by the NTSB": and when it was released.)
      let participle = m - 1;
      while (participle > k && (isTime(tk, participle) || (/^(last|this|early|late)$/.test(tk[participle]!.lower) && isTime(tk, participle + 1)))) participle--;
      const doc = PUBLISHED.test(tk[participle]!.lower) && tk[m]!.lower === 'by' && participle > k ? participle - 1 : m - 1;
      if (tk[doc]!.pos === 'NOUN' && DOCUMENT_NOUNS.test(tk[doc]!.lower)) return m;
    }
    return -1;
  })();
  const zone: TokenRange[] = [];
  if (byAt > 0) {
    zone.push({ first: k, last: byAt });
    k = byAt + 1;
  }
  if (k > sLast || !NP_START_POS.has(tk[k]!.pos)) return null;
  // "According to him, …": the person just reported.
  const objectPronoun = /^(him|her|them)$/.test(tk[k]!.lower) && (tk[k + 1] === undefined || tk[k + 1]!.pos === 'PUNCT');
  let end = objectPronoun ? k : npRight(tk, k, sLast);
  if (end === null) return null;
  // "according to a report the district released last month, …": a document and who released it,
  // with no "by" between; the author is the source, the document its channel.
  if (byAt < 0 && DOCUMENT_NOUNS.test(tk[end]!.lower) && tk[end]!.pos === 'NOUN' && /^(DET|PROPN)$/.test(tk[end + 1]?.pos ?? '')) {
    const authorEnd = npRight(tk, end + 1, sLast);
    if (authorEnd !== null && PUBLISHED.test(tk[authorEnd + 1]?.lower ?? '')) {
      zone.push({ first: k, last: end });
      k = end + 1;
      end = authorEnd;
    }
  }
  // "went according to plan", "according to tradition": a bare singular noun is no source.
  if (end === k && tk[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(tk[k]!.text) && !tk[k]!.lower.endsWith('s') && !GROUP_NOUNS.has(tk[k]!.lower)) return null;
  // ("according to a filing posted by the safety agency on Tuesday": when the source spoke.)
  let timeEnd = end;
  if (/^(on|late|early)$/.test(tk[end + 1]?.lower ?? '') && isTime(tk, end + 2)) {
    timeEnd = end + 2;
    while (timeEnd + 1 <= sLast && isTime(tk, timeEnd + 1)) timeEnd++;
    zone.push({ first: end + 1, last: timeEnd });
  }
  let appositive: string | null = null;
  let after = timeEnd + 1;
  // "according to a report published in March, …", "according to the ministry in Kyiv, …": the
  // participle's or preposition's phrase is part of the source, not of the content.
  // (And "two people briefed on the discussions": a participle and its phrase.)
  const briefed = tk[after]?.pos === 'VERB' && /ed$/.test(tk[after]!.lower) && tk[after + 1]?.pos === 'ADP';
  if (PUBLISHED.test(tk[after]?.lower ?? '') || SEEN_BY.test(tk[after]?.lower ?? '') || tk[after]?.pos === 'ADP' || briefed) {
    let m = after;
    let published = false;
    while (m <= sLast && m - after < 12 && tk[m]!.text !== ',' && tk[m]!.quote < 0 && (m === after || (tk[m]!.pos !== 'VERB' && tk[m]!.pos !== 'AUX') || PUBLISHED.test(tk[m]!.lower))) {
      if (PUBLISHED.test(tk[m]!.lower)) published = true;
      m++;
    }
    // (Or to the sentence's end: "…, according to a study of 4,700 families published Thursday in JAMA Pediatrics.")
    if (tk[m]?.text === ',' || (published && (m > sLast || /^[.!?]$/.test(tk[m]!.text)))) {
      zone.push({ first: after, last: m - 1 });
      after = m;
    }
  }
  const speaker: SpeakerRef = { type: 'words', range: { first: k, last: end }, appositive: null };
  const cue = { first: i, last: i + 1 };
  // Content after: "According to X, CONTENT." / "…, according to X, CONTENT."
  const afterContent = (): TokenRange | null => {
    let m = after;
    // "According to a senior official, who spoke on condition of anonymity, …": the relative
    // clause describes the source.
    if (tk[m]?.text === ',' && /^(who|which)$/.test(tk[m + 1]?.lower ?? '')) {
      const stop = appositiveEnd(tk, m + 1, sLast);
      if (tk[stop + 1]?.text === ',') m = stop + 1;
    }
    if (tk[m]?.text === ',' && tk[m + 1] && /^(DET|ADJ|NOUN)$/.test(tk[m + 1]!.pos) && tk[m + 1]!.quote < 0) {
      // an appositive of the source: skip to its comma
      const stop = appositiveEnd(tk, m + 1, sLast);
      // Not "according to police, officers saw Scott …, and …": a clause is the content.
      // (Nor one after which too little is left to be a claim: in "According to the report, the
      // airplane departed for Kalispell, Montana." the clause is the content, not a description.)
      if (tk[stop + 1]?.text === ',' && !tk.slice(m + 1, stop + 1).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(ed|ing)$/.test(x.lower))) && countWords(tk, stop + 2, sLast) >= 3) {
        appositive = textOf(p, m + 1, stop);
        m = stop + 1;
      }
    }
    if (tk[m]?.text !== ',') return null;
    m++;
    // "According to documents seen by X, however, …": an adverb set off by commas.
    if (tk[m]?.pos === 'ADV' && tk[m + 1]?.text === ',') m += 2;
    const e = contentEnd(p, quotes, m, sLast);
    // ("…, according to Gulf South Power, the state's largest utility.": a description to the
    // sentence's end states nothing.)
    return countWords(tk, m, e) >= 3 && isClausal(tk, { first: m, last: e }) ? { first: m, last: e } : null;
  };
  // "the message was blunt, according to two people briefed on the discussions, who spoke on
  // condition of anonymity: the farm bill would reach the floor …": the words after the colon.
  const colonContent = (): TokenRange | null => {
    let m = after;
    if (tk[m]?.text === ',' && /^(who|which)$/.test(tk[m + 1]?.lower ?? '')) {
      m += 2;
      while (m <= sLast && m - after < 25 && tk[m]!.text !== ':' && tk[m]!.text !== ',' && tk[m]!.quote < 0) m++;
    }
    if (tk[m]?.text !== ':' || m >= sLast) return null;
    const e = contentEnd(p, quotes, m + 1, sLast);
    return countWords(tk, m + 1, e) >= 3 ? { first: m + 1, last: e } : null;
  };
  // Content before: "CONTENT, according to X."
  const beforeContent = (): TokenRange | null => {
    let first = sFirst;
    // ("X have warned that …, and the number of rigs has fallen, according to Baker Hughes data":
    // after the claim an earlier verb in the sentence holds.)
    // (Only when words of their own are left: "Bloomberg reports that …, according to the Roper
    // Center" vouches for the whole sentence.)
    for (const a of earlier) {
      if (!a.content || a.cue.last >= i || a.content.end > tk[i]!.start) continue;
      const after = tokenAt(tk, a.content.end) + 1;
      if (countWords(tk, after, i - 1) >= 3) first = Math.max(first, after);
    }
    while (first < i && (tk[first]!.pos === 'CCONJ' || tk[first]!.text === ',')) first++;
    let last = i - 1;
    while (last > first && tk[last]!.text === ',') last--;
    return countWords(tk, first, last) >= 3 ? { first, last } : null;
  };
  // ("About 1 in 6 children has a disability, according to …": an opening count is no opening phrase.)
  const atStart = countWords(tk, sFirst, i - 1) === 0 || (tk[sFirst]!.pos === 'ADP' && !tk.slice(sFirst, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  let range: TokenRange | null;
  if (atStart) range = afterContent();
  else {
    const b = beforeContent();
    // "“…,” Zelensky told the summit, according to a transcript released by his office": a record
    // of what someone said, after the words of saying (inflected: not "expected to testify"), is
    // where they were read, not another speaker.
    // (So is "according to a statement from his office" after "he said", and the outlet in "“…,”
    // Peskov told reporters, according to Interfax": what it reports is Peskov's claim.)
    const outlet = tk.slice(k, end + 1).every((x) => x.pos === 'PROPN');
    // ("a transcript of the deposition": the head, before its "of".)
    const ofAt = tk.slice(k, end + 1).findIndex((x) => x.lower === 'of');
    const head = ofAt > 0 ? k + ofAt - 1 : end;
    const record = byAt < 0 ? RECORD_NOUNS.test(tk[head]!.lower) || outlet : tk.slice(i + 2, byAt).some((x) => RECORD_NOUNS.test(x.lower));
    // (Not a progressive, "Kestrel is recalling SUVs": words being said are no record's.)
    // (Nor a passive, "The fire was estimated at 4,850 hectares, according to the BC Wildfire
    // Service": no one else said it.)
    if (b && record && tk.slice(b.first, b.last + 1).some((t) => t.quote < 0 && t.pos === 'VERB' && t.lower !== t.lemma && SPEECH_VERBS.has(t.lemma) && !isCourtPlea(tk, t.i) && !(t.lower.endsWith('ing') && tk[t.i - 1]?.pos === 'AUX') && !isBe(tk[t.i - 1]))) return null;
    const subordinate = b && (tk[b.first]!.pos === 'SCONJ' || /^(even|although|though|while|as)$/.test(tk[b.first]!.lower));
    const a = afterContent();
    // "The port, according to the ministry, will reopen next month": the subject before and the
    // verb after are one claim.
    let lead = sFirst;
    while (lead < i && tk[lead]!.pos === 'CCONJ') lead++;
    const verbAfter = a && (/^(VERB|AUX)$/.test(tk[a.first]!.pos) || (tk[a.first]!.pos === 'ADV' && /^(VERB|AUX)$/.test(tk[a.first + 1]?.pos ?? '')));
    if (a && verbAfter && tk[i - 1]?.text === ',' && lead < i - 1 && isNominal(tk[i - 2]!) && !tk.slice(lead, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.quote >= 0)) {
      if (appositive) (speaker as { appositive: string | null }).appositive = appositive;
      const found = finish(p, quotes, cue, speaker, a, zone, 'according');
      if (!found.content) return found;
      const first = { start: tk[lead]!.start, end: tk[i - 2]!.end };
      const second = { start: found.content.start, end: found.content.end };
      const text = `${p.text.slice(first.start - p.start, first.end - p.start)} ${p.text.slice(second.start - p.start, second.end - p.start)}`;
      return { ...found, content: { start: first.start, end: second.end, text, pieces: [first, second] } };
    }
    range = colonContent() ?? (subordinate && a ? a : b ?? a);
  }
  if (!range) return null;
  if (appositive) (speaker as { appositive: string | null }).appositive = appositive;
  return finish(p, quotes, cue, speaker, range, zone, 'according');
}

/** Documents that speak for their authors: "according to a report by the ISW". */
const DOCUMENT_NOUNS = /^(analysis|analyses|report|reports|statement|data|figures|results|findings|estimate|estimates|assessment|assessments|research|study|poll|polls|survey|surveys|account|accounts|documents|records|officials|projection|projections|forecast|forecasts|calculations|count|tally|lawsuit|suit|action|filing|motion|complaint|indictment|petition)$/;
/** "pleaded not guilty", "pleaded guilty to fraud": a plea in court, which reporters record as a
 * step of the case; nor are its words what a record ("according to court filings") transcribes. */
function isCourtPlea(tk: Token[], i: number): boolean {
  return tk[i]!.lemma === 'plead' && /^(guilty|not|innocent|no|the)$/.test(tk[i + 1]?.lower ?? '');
}

/** Verbs of accusing and the word that says of what: "accused X of Y", "blamed X for Y / Y on X". */
const ACCUSING: Readonly<Record<string, RegExp>> = { accuse: /^of$/, blame: /^(for|on)$/ };

/** Heads of a body's description beyond ORGANISATION_WORDS: "the civil aviation authority", "the state broadcaster". */
const BODY_NOUNS = /^(authority|regulator|watchdog|broadcaster|operator|utility|producer|manufacturer|carrier|airline|insurer|lender|watchdog|monitor|outlet|agency|firm|group|company|ministry)$/;

/** What is declared as an act, not a claim: "a day of mourning", "a state of emergency". */
const DECLARED_ACTS = /^(mourning|emergency|curfew|holiday|bankruptcy|candidacy|independence|quarantine)$/;

/** What is denied as a refusal, not as a claim: "denied a request", "denied bail", "denied entry". */
const REFUSED_NOUNS = /^(request|requests|motion|motions|application|applications|bail|permission|access|entry|appeal|appeals|visa|visas|asylum|petition|petitions|bid|bids)$/;

/** What is claimed as a plain object and still a claim: "claimed full control of Avdiivka",
 * "claimed responsibility for the attack", "claimed victory". */
const CLAIMED_NOUNS = /^(control|victory|responsibility|credit|capture|success|gains|advances)$/;

/** Records that "show" a claim: "court documents show …", "data show …", "filings show …". */
const SHOWING_NOUNS = /^(documents|records|filings|data|figures|statistics|numbers|polls|poll|surveys|survey|study|studies|report|reports|analysis|research|results|estimates|projections|transcripts|emails|messages|logs)$/;

/** Verbs whose object is never their speaker: "…, accused the Treasury" is no "…, said the Treasury". */
const NEVER_INVERTED = new Set([...Object.keys(ACCUSING), ...AS_ONLY_VERBS, ...NAMING_VERBS, 'inform', 'assure', 'remind', 'urge', 'describe']);

/** Participles that open a phrase about how someone spoke: "Speaking on BBC Radio 4, …". */
const SPEAKING_PARTICIPLE = /^(speaking|writing|appearing|talking)$/;

/** Documents an outlet has seen: "a military assessment seen by the AP", "a memo obtained by …". */
const DOCUMENT_SEEN = /^(assessment|memo|memorandum|draft|document|documents|report|letter|email|emails|plan|budget|log|cable|minutes|proposal|analysis|briefing|note|notes|filing|contract|agreement|dossier|file|presentation|review|audit|study|survey|invoice|records|statement|communiqué|communique|text|version|copy)$/;

/** Records of words spoken or written: "according to a transcript", "according to a readout". */
const RECORD_NOUNS = /^(transcript|transcripts|readout|recording|recordings|video|footage|minutes|copy|statement|letter|memo|filing|filings|translation|translations)$/;
/** Participles that say who put a document out: "a report released by …". */
const PUBLISHED = /^(released|published|issued|compiled|conducted|commissioned|prepared|produced|posted|shared|provided|collected|gathered|supplied|presented|reported|announced|unveiled|filed|disclosed|submitted)$/;
/** Participles that say who has a document, not who wrote it: "documents seen by Example Magazine". */
const SEEN_BY = /^(seen|obtained|reviewed|viewed|examined)$/;

/** "Moscow's assertion that the city had fallen", "his false claim that he won": the owner (the
 * claim noun at `i`, "that" after it) claims what follows "that"; when the phrase is the
 * sentence's subject, only up to the sentence's own verb. */
function possessorClaim(p: AnalysedParagraph, quotes: ParagraphQuote[], i: number, owner: TokenRange, subject: boolean, sLast: number): Found | null {
  const tk = p.tokens;
  const from = i + 2;
  let last = contentEnd(p, quotes, from, sLast);
  if (subject) last = Math.min(last, clauseEnd(tk, from, last));
  if (countWords(tk, from, last) < 3 || !isClausal(tk, { first: from, last })) return null;
  return finish(p, quotes, { first: i, last: i + 1 }, { type: 'words', range: owner, appositive: null }, { first: from, last }, [], 'claim');
}

/** The end of a that-clause standing inside a subject: before the second verb group that follows
 * a noun ("its forces held the city | could not be verified"). */
function clauseEnd(tk: Token[], from: number, last: number): number {
  let seenVerb = false;
  for (let k = from; k <= last; k++) {
    const t = tk[k]!;
    const finite = t.quote < 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));
    if (!finite) continue;
    const before = tk[k - 1]!;
    if (seenVerb && /^(NOUN|PROPN|PRON)$/.test(before.pos) && !/^(and|or|that|which|who)$/.test(before.lower) && before.pos !== 'AUX' && before.pos !== 'VERB') return k - 1;
    seenVerb = true;
    // A verb group runs on over auxiliaries, "not" and adverbs.
    while (k + 1 <= last && (tk[k + 1]!.pos === 'AUX' || tk[k + 1]!.pos === 'PART' || tk[k + 1]!.pos === 'ADV' || tk[k + 1]!.pos === 'VERB')) k++;
  }
  return last;
}

function nominalClaim(p: AnalysedParagraph, quotes: ParagraphQuote[], i: number, sLast: number): Found | null {
  const tk = p.tokens;
  const k = i + 2;
  if (k > sLast || !NP_START_POS.has(tk[k]!.pos)) return null;
  const end = npRight(tk, k, sLast);
  if (end === null || tk[end + 1]?.lower !== 'that') return null;
  const from = end + 2;
  const last = contentEnd(p, quotes, from, sLast);
  if (countWords(tk, from, last) < 3) return null;
  return finish(p, quotes, { first: i, last: i + 1 }, { type: 'words', range: { first: k, last: end }, appositive: null }, { first: from, last }, [], 'claim');
}

/** After "wrote" or "read" at `i`: the last token of a document as its object ("a victim impact
 * statement", "a letter", "an op-ed"), or -1. */
function writtenObject(tk: Token[], i: number, sLast: number): number {
  let k = i + 1;
  if (!/^(DET|PRON)$/.test(tk[k]?.pos ?? '')) return -1;
  k++;
  while (k <= sLast && k <= i + 5 && /^(ADJ|NOUN)$/.test(tk[k]!.pos) && !(STATEMENT_NOUNS.has(tk[k]!.lower) && tk[k + 1]?.pos !== 'NOUN')) k++;
  if (k > sLast || tk[k]!.quote >= 0) return -1;
  return STATEMENT_NOUNS.has(tk[k]!.lower) || WRITTEN_NOUNS.has(tk[k]!.lower) ? k : -1;
}

/** What one posts besides statements: "an Instagram story", "a photo", "a clip". */
const POSTED_NOUNS = /^(?:story|stories|photo|photos|picture|pictures|image|images|clip|clips|selfie|reel|message|thread)$/;

/** Documents one writes, besides statements: "wrote a letter", "wrote an op-ed". */
const WRITTEN_NOUNS = new Set(['letter', 'op-ed', 'column', 'essay', 'memo', 'note', 'email', 'report', 'book']);

/** "a statement that was read …", "a letter which …": a relative clause right after the noun at `k`. */
function relativeAfter(tk: Token[], k: number): boolean {
  const next = tk[k + 1];
  return next !== undefined && ((next.lower === 'that' && /^(AUX|VERB)$/.test(tk[k + 2]?.pos ?? '')) || /^(which|who)$/.test(next.lower));
}

/** A content's words before any subordinate clause: "profanities [as she hurries closer]" states
 * nothing of its own, though the clause after "as" has a verb. */
function mainClause(tk: Token[], r: TokenRange): TokenRange {
  for (let k = r.first + 1; k <= r.last; k++) {
    if (tk[k]!.quote < 0 && /^(as|when|while|because|after|before|since|until|if)$/.test(tk[k]!.lower)) return { first: r.first, last: k - 1 };
  }
  return r;
}

/** Content that states something: a finite verb, or a quotation. */
function isClausal(tk: Token[], r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const t = tk[k]!;
    // "maintained a monopoly in search, a decision that could reshape the industry": an appositive
    // set off by a comma describes the object; its verbs are not the claim's. ("the plan, a
    // compromise, would pass" goes on after the appositive's closing comma.)
    // (A list goes on: "older people, those with chronic illnesses and outdoor workers were …".)
    if (t.text === ',' && t.quote < 0 && /^(a|an)$/.test(tk[k + 1]?.lower ?? '') && /^(NOUN|PROPN)$/.test(tk[k - 1]?.pos ?? '')) {
      let close = k + 1;
      while (close <= r.last && tk[close]!.text !== ',') close++;
      if (close > r.last) return false;
      k = close;
      continue;
    }
    if (t.quote >= 0 || (t.pos === 'AUX' && !t.lower.endsWith('ing'))) return true;
    // "of having captured", "to capture": non-finite forms state nothing by themselves.
    // "repeated claims": a participle used as an adjective.
    const adjectival = tk[k + 1]?.pos === 'NOUN' && /ed$/.test(t.lower) && /^(DET|PART|ADJ)$/.test(tk[k - 1]?.pos ?? '');
    // ("fighting continues", "shelling continued": a tense after a gerund subject is finite;
    // "having captured" is not.)
    const prev = tk[k - 1]?.lower ?? '';
    // (A gerund the tagger calls a noun is a subject whatever the tense: "the fighting went on".)
    const afterGerund = prev.endsWith('ing') && (/^(having|being|getting)$/.test(prev) || (!/(?:[^s]s|ed)$/.test(t.lower) && tk[k - 1]!.pos !== 'NOUN'));
    if (t.pos === 'VERB' && !adjectival && !t.lower.endsWith('ing') && tk[k - 1]?.lower !== 'to' && !afterGerund) return true;
  }
  return false;
}

function countWords(tk: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tk[k] && isWord(tk[k]!)) n++;
  return n;
}

/** Adverbials after an attribution that ends a sentence: ", Reznikov said on Friday." */
function trailingZone(tk: Token[], from: number, sLast: number): TokenRange | null {
  let k = from;
  // Up to a comma or the sentence end, or a second verb of saying ("… and said …"), which may
  // start an attribution of its own.
  while (k <= sLast && (tk[k]!.text !== ',' || commaInDate(tk, k)) && tk[k]!.quote < 0 && !/^[.;!?]$/.test(tk[k]!.text) && !(tk[k]!.lower === 'and' && tk[k + 1] !== undefined && isSpeechVerb(tk[k + 1]!))) k++;
  return k - 1 >= from ? { first: from, last: k - 1 } : null;
}

/** A comma inside a written date: "Oct. 9, 2023" (before the year), "Tuesday, March 3" (after the weekday). */
function commaInDate(tk: Token[], k: number): boolean {
  if (tk[k]?.text !== ',') return false;
  const before = tk[k - 1]?.lower ?? '';
  const after = tk[k + 1]?.lower ?? '';
  return (/^\d{4}$/.test(after) && /^\d{1,2}$/.test(before) && MONTHS.test(tk[k - 2]?.lower ?? '')) || (WEEKDAYS.test(before) && MONTHS.test(after) && /^\p{Lu}/u.test(tk[k + 1]!.text));
}

/** The channel: a platform named in the attribution, else its medium, else the outlet told. */
function findVia(tk: Token[], zone: TokenRange[], lemma: string, afterCue: number): string | null {
  let medium: string | null = null;
  for (const z of zone) {
    for (let k = z.first; k <= z.last; k++) {
      const t = tk[k]!;
      const two = tk[k + 1] ? `${t.lower} ${tk[k + 1]!.lower}` : '';
      if (PLATFORMS.has(two) && k + 1 <= z.last) return PLATFORMS.get(two)!;
      // (At a sentence's end the tagger reads "X." as an initial: one token with its full stop.)
      const platform = t.lower.length > 1 && t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
      if (PLATFORMS.has(platform) && /^\p{Lu}/u.test(t.text) && (platform !== 'x' || /^(on|to|via)$/.test(tk[k - 1]?.lower ?? ''))) return PLATFORMS.get(platform)!;
      // ("said in an advisory on Tuesday": a noun the tagger reads as an adjective, with no noun after it.)
      if (!medium && MEDIUM_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && k > z.first && tk[k - 1]!.pos !== 'ADV' && !/^(NOUN|PROPN|ADJ)$/.test(tk[k + 1]?.pos ?? '')))) {
        let a = k;
        // Back over its modifiers: "a nightly video", "an emailed statement".
        // ("BBC Radio 4's Today programme": through a possessive too.)
        while (a > z.first && (/^(DET|ADJ|NOUN|PRON|PROPN|NUM)$/.test(tk[a - 1]!.pos) || /^['’]s$/.test(tk[a - 1]!.text) || (tk[a - 1]!.pos === 'VERB' && tk[a - 1]!.lower.endsWith('ed'))) && !/^(in|on)$/.test(tk[a - 1]!.lower)) a--;
        // A compound goes on to its head noun: "a conference call", "a video message", "BBC Radio
        // 4's Today programme".
        let b = k;
        while (b < z.last && tk[b + 1]!.pos === 'NOUN') b++;
        for (let m = b + 1; m <= z.last && (/^(NOUN|PROPN|NUM)$/.test(tk[m]!.pos) || /^['’]s$/.test(tk[m]!.text)); m++) if (MEDIUM_NOUNS.has(tk[m]!.lower)) b = m;
        // "an interview with the Daily Ledger", "a post on Facebook": the outlet belongs to it.
        if (b + 2 <= z.last && /^(with|on|to)$/.test(tk[b + 1]!.lower)) {
          let c = b + 2;
          if (/^(the|The)$/.test(tk[c]!.text)) c++;
          let e = c;
          // ("a filing with the Securities and Exchange Commission": "and" inside a name.)
          while (e <= z.last && ((/^\p{Lu}/u.test(tk[e]!.text) && !isTime(tk, e) && (tk[e]!.pos === 'PROPN' || tk[e + 1]?.pos === 'PROPN')) || (tk[e]!.lower === 'and' && e > c && /^\p{Lu}/u.test(tk[e + 1]?.text ?? '')))) e++;
          if (e > c && tk[e - 1]!.pos === 'PROPN') b = e - 1;
        }
        medium = tk.slice(a, b + 1).map((x) => x.text).join(' ').replace(/ (['’]s)/g, '$1');
      }
    }
  }
  if (medium) return medium;
  // "Writing in The Atlantic, …", "Speaking to CNN, …": the publication or broadcaster named.
  for (const z of zone) {
    if (!SPEAKING_PARTICIPLE.test(tk[z.first - 1]?.lower ?? '') || !/^(in|on|to)$/.test(tk[z.first]!.lower)) continue;
    let c = z.first + 1;
    let e = c;
    while (e <= z.last && /^\p{Lu}/u.test(tk[e]!.text)) e++;
    while (e > c && tk[e - 1]!.pos !== 'PROPN') e--;
    if (tk[c]?.text === 'The' && e === c + 1) c = e;
    if (e > c) return tk.slice(z.first + 1, e).map((t) => t.text).join(' ');
  }
  if (lemma === 'tell' || lemma === 'inform') {
    // "told Reuters", "told the BBC", "told The Associated Press": a named audience is the channel.
    let k = afterCue;
    if (tk[k]?.text === 'the') k++;
    let end = k;
    // ("told Channel 7", "told BBC Radio 4": a number after a capitalised word is part of the name.)
    while (tk[end] && tk[end]!.quote < 0 && end - k < 5 && (/^\p{Lu}/u.test(tk[end]!.text) || (end > k && /^\d{1,3}$/.test(tk[end]!.text) && tk[end]!.start === tk[end - 1]!.end + 1 && !/^(NOUN|ADJ)$/.test(tk[end + 1]?.pos ?? '')))) end++;
    // A run of capitalised words that ends in a proper noun (the tagger may read "Associated" as a verb).
    while (end > k && tk[end - 1]!.pos !== 'PROPN' && !(/^\d{1,3}$/.test(tk[end - 1]!.text) && tk[end - 2]?.pos === 'PROPN')) end--;
    // Only the person told, not the claim's subject ("told Congress would …" has none).
    // "told MPs", "told MEPs": an audience, not an outlet.
    const audience = end === k + 1 && /^\p{Lu}{2,}s$/u.test(tk[k]!.text);
    if (end > k && !audience && zone.some((z) => z.first <= afterCue && z.last >= end - 1)) return tk.slice(k, end).map((t) => t.text).join(' ');
  }
  return null;
}
