// From a cleaned article to its attributed claims: paragraphs → tokens and quotes → attributions
// → speakers resolved across the article → dates and channels → claims.
import { createHash } from 'node:crypto';
import { isDayHeading, type Article } from '../articles/index.ts';
import { findTimeExpressions } from '../dates/index.ts';
import { bareAnswer, dottedAnswer, findAttributions, HEADLINE_LABEL, SOURCE_LABEL, speakerLabel, textOf, type Attribution, type ParagraphQuote, type TokenRange } from './attribution.ts';
import { BUSINESS_NOUNS, CLAIM_NOUNS, DATELINE, GIVEN_NAME, mayHoldClaims, NAME_PARTICLES, namesAPerson, namesPeople, OCCUPATIONS, ORGANISATION_WORDS, ROLE_NOUNS, SENTENCE_OPENERS, TITLE_WORDS } from './lexicon.ts';
import { analyseParagraphs, type AnalysedParagraph } from './nlp.ts';
import { findQuotes } from './quotes.ts';
import { describeSpeaker, mergeGender, SpeakerResolver, type Entity, type Mention } from './speakers.ts';
import type { Claim, ClaimKind } from './types.ts';

/** Quotes shorter than this, with no attribution of their own, are scare quotes, not claims. */
const MIN_CONTINUATION_WORDS = 4;

interface Paragraph {
  p: AnalysedParagraph;
  quotes: ParagraphQuote[];
  attributions: Attribution[];
}

interface Draft {
  /** Paragraph of the content; of the attribution, which differs for a quotation that goes on. */
  paragraph: number;
  attributionParagraph: number;
  attribution: Attribution;
  mention: Mention | null;
  entity: Entity | null;
  content: { start: number; end: number };
  kind: ClaimKind;
  cue: string;
  via: string | null;
  sentenceSpan: { start: number; end: number };
  zone: TokenRange[];
  /** A quote that continues an earlier attribution inherits its speaker and date. */
  continues: Draft | null;
  saidOn: string | null;
  /** saidOn is a day the content itself names ("fighting was ongoing Monday"), not when it was said. */
  datedByContent?: boolean;
}

export function extractClaims(article: Article): Claim[] {
  const paragraphs = analyseBody(article.body);
  const resolver = new SpeakerResolver(namedPeople(paragraphs), article.body);
  const drafts: Draft[] = [];
  /** Quotations left open at a paragraph's end that no earlier attribution claimed. */
  const orphans: Array<{ paragraph: number; q: ParagraphQuote }> = [];
  // The last attribution seen, for quotations that go on without one. `paragraph` is where its
  // words were last continued; `attributionParagraph` where the attribution itself stands.
  let lastAttribution: { draft: Draft | null; speaker: Entity | null; mention: Mention | null; attribution: Attribution; paragraph: number; attributionParagraph: number } | null = null;

  paragraphs.forEach((para, pi) => {
    const { p, quotes } = para;
    const bySentence = new Map<number, Draft[]>();
    const usedQuotes = new Set<number>();
    const covered: Array<{ start: number; end: number }> = [];
    const events: Array<{ at: number; kind: 'attr'; a: Attribution } | { at: number; kind: 'quote'; q: number } | { at: number; kind: 'notice'; m: Mention }> = [];
    // (An interview's answer is the interviewee's words, not the reporter's narration: "A: … And
    // Elizabeth Strout, always." names no subject for a later "she".)
    const answer = para.attributions.some((a) => a.speaker.type === 'interviewee');
    if (!answer) for (const m of narrativeSubjects(p)) events.push({ at: m.at, kind: 'notice', m });
    for (const a of para.attributions) events.push({ at: p.tokens[a.cue.first]!.start, kind: 'attr', a });
    quotes.forEach((q, qi) => events.push({ at: q.open, kind: 'quote', q: qi }));
    // Attributions first, so a quote knows whether one of them claimed it.
    for (const a of para.attributions) {
      if (a.quote !== null) usedQuotes.add(a.quote);
      if (a.resumedQuote !== undefined) usedQuotes.add(a.resumedQuote);
    }
    for (const a of para.attributions) if (a.content) covered.push(a.content);
    events.sort((x, y) => x.at - y.at);

    for (const ev of events) {
      if (ev.kind === 'notice') {
        resolver.notice(ev.m);
      } else if (ev.kind === 'attr') {
        const a = ev.a;
        if (a.nested) continue;
        const { mention, entity } = speakerOf(p, a, bySentence.get(a.sentence) ?? [], resolver, para.attributions);
        const sentence = p.sentences[a.sentence]!;
        let draft: Draft | null = null;
        if (a.content && entity) {
          draft = {
            paragraph: pi,
            attributionParagraph: pi,
            attribution: a,
            mention,
            entity,
            content: a.content,
            kind: a.kind,
            cue: a.cueText,
            // ("a ministry statement said": the statement is the channel.)
            via: a.via ?? mention?.medium ?? null,
            sentenceSpan: spanOf(p, a, sentence),
            zone: a.zone,
            continues: null,
            saidOn: null,
          };
          drafts.push(draft);
          const list = bySentence.get(a.sentence) ?? [];
          list.push(draft);
          bySentence.set(a.sentence, list);
        }
        if (entity && mention && !mention.needsAntecedent) learnGender(p, a, entity);
        if (entity) resolver.spokeThrough(entity, a.via ?? mention?.medium ?? null);
        // ("In a statement posted on Facebook, …": the statement too, for a later "the statement added".)
        if (entity && a.via) for (const z of a.zone) resolver.spokeThrough(entity, textOf(p, z.first, z.last));
        if (entity) lastAttribution = { draft, speaker: entity, mention, attribution: a, paragraph: pi, attributionParagraph: pi };
      } else {
        const q = quotes[ev.q]!;
        if (usedQuotes.has(ev.q)) continue;
        if (covered.some((c) => overlap(q.innerStart, q.innerEnd, c.start, c.end) > (q.innerEnd - q.innerStart) / 2)) continue;
        // (A short quotation that is a whole sentence of its own, “Bakhmut is ours.”, goes on too.)
        if (q.words < MIN_CONTINUATION_WORDS && !(q.words >= 2 && isWholeSentence(p, q))) continue;
        // A quotation with no attribution of its own continues the last speaker's words: in this
        // paragraph, or from the paragraph before when this one opens with the quotation.
        const prev = lastAttribution;
        // A paragraph that opens a quotation and leaves it open, with no one to continue, may be
        // said by whoever the next paragraph's quotation is attributed to (see below).
        const orphan = q.unclosed && (q.first === 0 || q.open - p.start <= 1) && para.attributions.length === 0;
        if (!prev || !prev.speaker) {
          if (orphan) orphans.push({ paragraph: pi, q });
          continue;
        }
        const samePara = prev.paragraph === pi;
        // Not the object of a sentence of its own with no verb of saying: "They checked the
        // Tribune and found there had been “3,210 shooting victims”" quotes the Tribune's count.
        if (samePara && prev.attribution.sentence !== p.tokens[q.first]!.sentence && quotedInsideNarrative(p, q)) continue;
        // ("Quote: “…”": a paragraph labelled as the quotation of the one before, as Ukrainska Pravda writes.)
        const labelled = /^\s*Quotes?\s*:\s*$/i.test(p.text.slice(0, q.open - p.start));
        const opensParagraph = q.first === 0 || q.open - p.start <= 1 || labelled;
        // Across paragraphs only where news style says the words go on: the quotation before
        // was left open at the paragraph's end, or the attribution ended with "said:" / "in a
        // statement." and no words of its own.
        const previous = paragraphs[pi - 1];
        const leftOpen = previous?.quotes.at(-1)?.unclosed === true;
        const announced = !prev.attribution.content && prev.attribution.cueText !== ':';
        // A paragraph that is all quotation, right after the same speaker was quoted, goes on.
        // (Or quoted in part: "Judge Ashworth said Curtis had made “a choice, not a mistake” …" then
        // "“You had a taxi number in your phone. …".)
        // (After words reported indirectly too, when the quotation speaks in the first person and the
        // one reported is a person: "Brenda Hollis, 71, said her hip replacement had been cancelled …"
        // then "‘I’ve been on crutches since February. …’".)
        const firstPerson = () => prev.speaker!.kind === 'person' && /(?:^|[^\p{L}])(?:I|I['’](?:ve|m|d|ll)|my|me|we|our)(?![\p{L}'’])/u.test(article.body.slice(q.innerStart, q.innerEnd));
        const quoteParagraph = para.attributions.length === 0 && q.words >= 0.8 * wordCount(p.text) && (prev.attribution.kind !== 'indirect' || firstPerson());
        // (Not a crosshead that quotes someone further down, "‘I just want to know what’s happening’":
        // a short paragraph that is only a quotation with no stop of its own.)
        const crosshead = para.attributions.length === 0 && q.words <= 12 && p.text.trim().length === q.close - q.open && !/[.!?…,;:]\s*$/.test(article.body.slice(q.innerStart, q.innerEnd));
        if (crosshead) continue;
        if (!samePara && !(opensParagraph && prev.paragraph === pi - 1 && (leftOpen || announced || quoteParagraph || labelled))) {
          if (orphan) orphans.push({ paragraph: pi, q });
          continue;
        }
        if (prev.attribution.cueText === ':' && !samePara) continue;
        const sentence = p.sentences[p.tokens[q.first]!.sentence]!;
        const base = prev.draft;
        const draft: Draft = {
          paragraph: pi,
          attributionParagraph: prev.attributionParagraph,
          attribution: prev.attribution,
          mention: prev.mention,
          entity: prev.speaker,
          content: { start: q.innerStart, end: q.innerEnd },
          kind: 'direct',
          cue: prev.attribution.cueText,
          via: prev.attribution.via,
          sentenceSpan: { start: sentence.start, end: Math.max(sentence.end, q.close) },
          zone: [],
          continues: base,
          saidOn: null,
        };
        drafts.push(draft);
        lastAttribution = { ...prev, draft, paragraph: pi };
      }
    }
  });

  // "“Why are you letting these drones fly to Moscow? …" then "“Get out of your offices …,”
  // Prigozhin said.": a quotation run over paragraphs is attributed in the last of them.
  for (const { paragraph, q } of orphans) {
    const next = paragraphs[paragraph + 1];
    const opening = next?.quotes[0];
    if (!next || !opening || opening.first !== 0) continue;
    const owner = drafts.find((d) => d.paragraph === paragraph + 1 && d.continues === null && d.kind === 'direct' && next.attributions.indexOf(d.attribution) >= 0 && d.attribution.quote === 0);
    if (!owner) continue;
    const p = paragraphs[paragraph]!.p;
    const sentence = p.sentences[p.tokens[q.first]!.sentence]!;
    drafts.push({ ...owner, paragraph, content: { start: q.innerStart, end: q.innerEnd }, sentenceSpan: { start: sentence.start, end: Math.max(sentence.end, q.close) }, zone: [], continues: owner, saidOn: null });
  }

  resolveDates(article, paragraphs, drafts);
  return toClaims(article, drafts);
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function overlap(a1: number, a2: number, b1: number, b2: number): number {
  return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
}

/** Paragraphs with their tokens, quotes and attributions; a paragraph with no quotation mark and
 * no reporting word is kept (paragraph order matters for quotes that go on) but not tagged. */
function analyseBody(body: string): Paragraph[] {
  const parts = splitParagraphs(body);
  const labels = interviewLabels(parts, body);
  // Each paragraph's interview label, if the article has any.
  const labelled = new Map(labels.size > 0 ? parts.map((p) => [p.start, LABEL.exec(p.text)?.[1]] as const).filter(([, l]) => l !== undefined && labels.has(l)) : []);
  // An interview printed as "Q. …" and "A. …" paragraphs: each answer is the interviewee's.
  const dotted = parts.some((p) => DOTTED_QUESTION.test(p.text)) && parts.filter((p) => DOTTED_ANSWER.test(p.text)).length >= 2;
  const answers = new Set(dotted ? parts.filter((p) => DOTTED_ANSWER.test(p.text)).map((p) => p.start) : []);
  // Or with no labels: a question, and its answer on the very next line ("Is there anything that
  // gives you hope?" / "Honestly, my students."), twice or more.
  const unlabelled = parts.filter((p, i) => i > 0 && isQuestion(parts[i - 1]!.text) && !isQuestion(p.text) && body.slice(parts[i - 1]!.start + parts[i - 1]!.text.length, p.start) === '\n');
  const bare = new Set(unlabelled.length >= 2 ? unlabelled.map((p) => p.start) : []);
  // After an editor's note ("The conversation has been edited for length and clarity."), the
  // questions and answers may be paragraphs of their own, and a question may quote a word.
  const note = parts.findIndex((p) => EDITED_NOTE.test(p.text));
  if (note >= 0) {
    const spaced = parts.filter((p, i) => i > note + 1 && endsWithQuestion(parts[i - 1]!.text) && !endsWithQuestion(p.text));
    if (spaced.length >= 2) {
      for (const p of spaced) bare.add(p.start);
      // Between the first and the last answer, a prompt need not be a question ("So you rewrote
      // it."): a short line the interviewee answers in the first person.
      const first = parts.indexOf(spaced[0]!);
      const last = parts.indexOf(spaced.at(-1)!);
      for (let i = first + 2; i < last; i++) {
        const prompt = parts[i - 1]!.text;
        const answer = parts[i]!.text;
        if (bare.has(parts[i]!.start) || bare.has(parts[i - 1]!.start) || endsWithQuestion(prompt) || wordCount(prompt) > 12) continue;
        if (FIRST_PERSON.test(answer) && !FIRST_PERSON.test(prompt) && !/^["“‘']/.test(answer.trimStart()) && !/["”’'],? (?:she|he) (?:says|said)\b/.test(answer)) bare.add(parts[i]!.start);
      }
    }
  }
  // The first paragraph may be a headline in the "Speaker: claim" form, with no reporting word.
  const wanted = parts.filter((p, i) => mayHoldClaims(p.text) || (i === 0 && HEADLINE_LABEL.test(p.text)) || labelled.has(p.start) || answers.has(p.start) || bare.has(p.start) || SOURCE_LABEL.test(p.text));
  const analysed = new Map(analyseParagraphs(wanted).map((a) => [a.start, a]));
  return parts.map((part) => {
    const p = analysed.get(part.start);
    if (!p) return { p: { start: part.start, end: part.start + part.text.length, text: part.text, tokens: [], sentences: [] }, quotes: [], attributions: [] };
    const para = withQuotes(p);
    const label = labelled.get(part.start);
    if (label && para.attributions.length === 0) {
      const answer = speakerLabel(p, label);
      if (answer) para.attributions.push(answer);
    }
    if (answers.has(part.start) && para.attributions.length === 0) {
      const answer = dottedAnswer(p);
      if (answer) para.attributions.push(answer);
    }
    // (An answer may report others' words, "People say “there is still hope”": the answer is the
    // interviewee's all the same, and comes first.)
    if (bare.has(part.start) && !para.attributions.some((a) => a.speaker.type === 'interviewee')) {
      const answer = bareAnswer(p);
      if (answer) para.attributions.unshift(answer);
    }
    return para;
  });
}

/** A party member's noun, the head of an epithet such as "the Ohio Democrat". */
const PARTY_MEMBER = /^(?:Democrat|Republican|Tory|Conservative|Independent|Socialist|Liberal)$/;

/** A paragraph that is a question: it ends with a question mark and holds no quotation. */
const isQuestion = (text: string) => /\?\s*$/.test(text) && !/["“”]/.test(text);

/** An interview's editorial note: "This interview has been edited for length and clarity." */
/** The first person outside a quotation's marks: an interviewee answering. */
const FIRST_PERSON = /(?:^|[\s(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|me|My)(?=[\s,.;:!?)])/;

const EDITED_NOTE = /\b(?:edited|condensed) (?:(?:and condensed|and edited|lightly) )?for (?:length|clarity|brevity)\b|\bhas been (?:lightly )?(?:edited and condensed|condensed and edited)\b/i;
/** A paragraph of at most 60 words that ends with a question mark (after any closing quotation mark). */
const endsWithQuestion = (text: string) => /\?["”’]?\s*$/.test(text) && text.split(/\s+/).length <= 60;

const DOTTED_QUESTION = /^\s*Q\.\s+\S/;
const DOTTED_ANSWER = /^\s*A\.\s+\S/;

/** "Tarnavskyi: We are ready.": a paragraph opened by a name and a colon. */
const LABEL = /^\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}):\s+\S/u;

/**
 * The labels of an interview written out under the interviewee's name ("Tarnavskyi: …"): a label
 * that opens two paragraphs or more and is the end of a longer name the article writes
 * ("Brigadier General Oleksandr Tarnavskyi"). The interviewer's label ("Kyiv Independent:"),
 * "Update:" or "Background:" name no one written that way, so their paragraphs claim nothing.
 */
function interviewLabels(parts: Array<{ text: string }>, body: string): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of parts) {
    const label = LABEL.exec(text)?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [label, n] of counts) {
    if (n < 2) continue;
    // A capitalised word before the whole label: a first name before a surname.
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`\\p{Lu}[\\p{L}'’.-]+ ${escaped}(?![\\p{L}])`, 'u').test(body)) out.add(label);
  }
  return out;
}

function withQuotes(p: AnalysedParagraph): Paragraph {
  const { text, start } = p;
  // Quotes and tokens are both in text order: one sweep maps each quote to its tokens.
  let k = 0;
  const quotes: ParagraphQuote[] = findQuotes(text).map((q) => {
    const open = start + q.open;
    const close = start + q.close;
    while (k < p.tokens.length && p.tokens[k]!.start < open) k++;
    const first = k < p.tokens.length && p.tokens[k]!.end <= close ? k : -1;
    while (k < p.tokens.length && p.tokens[k]!.end <= close) k++;
    const last = first < 0 ? -1 : k - 1;
    const inner = text.slice(q.innerStart, q.innerEnd);
    const words = (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    return { open, close, innerStart: start + q.innerStart, innerEnd: start + q.innerEnd, first, last, words, unclosed: q.unclosed };
  });
  quotes.forEach((q, qi) => {
    if (q.first < 0) return;
    for (let k = q.first; k <= q.last; k++) p.tokens[k]!.quote = qi;
  });
  return { p, quotes, attributions: findAttributions(p, quotes) };
}

/** ", Tom Price, accused": a name of two or more words set off by commas before a lower-case word. */
const APPOSITIVE_NAME = /,\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[^,]{0,40},\s+\p{Ll}/u;

const PRONOUN_WORDS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your']);


/** Lower-case role nouns that may stand inside a subject's name: "Rovers manager Tomasz Wójcik",
 * "City coach Marco Bellini". */
const ROLE_WORDS = `(?:${[...ROLE_NOUNS, ...OCCUPATIONS].filter((w) => /^[a-z]+$/.test(w)).join('|')})`;

/** Lower-case particles inside a name: "Ursula von der Leyen arrived". */
const PARTICLE_WORDS = `(?:${[...NAME_PARTICLES].join('|')})`;

/** " and council leader Tom Hart traded": the second of two subjects, a role and a name, then a verb. */
const SECOND_SUBJECT = /^\s+and\s+((?:[\p{L}'’.-]+\s+){0,4}\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll})/u;

/** A sentence's subject, after what may open the sentence (`opener`), at the start of a paragraph
 * (after its dateline) or after a full stop (not the stop of an initial: "U.S. Attorney Maria
 * Gomez" is one name). */
const subjectAfter = (opener: string) =>
  new RegExp(`(?:${DATELINE.source}?|[.!?](?<![\\s.]\\p{Lu}.)["”’)]?\\s+)${opener}((?:(?:\\p{Lu}[\\p{L}'’.-]*|${ROLE_PHRASE}|${PARTICLE_WORDS})\\s+){0,6}\\p{Lu}[\\p{L}'’-]+)`, 'gu');

/** A role word, with a word of its field or a prefix before it: "chief", "campaign chief", "co-leader". */
// ("Civil Defence controller Ben Hapeta", "Opposition emergency management spokesperson Wiremu
// Tātana": up to three words of the field, and any noun for a person by its ending.)
// (Not a clause's small words: "As far as whether Sanders …", "She added that neither Moscow …".)
const NOT_FIELD = `(?!(?:a|an|the|and|or|but|nor|as|of|for|to|in|on|at|by|with|from|that|whether|never|ever|however|other|under|after|over|rather|either|neither|together|further|later|earlier|former|whatever|whenever|per|into|than|then|when|where|while|who|which|if|so|not|no|his|her|their|its|our|this|these|those)\\b)`;
const ROLE_PHRASE = `(?:(?:${NOT_FIELD}\\p{Ll}+\\s+|\\p{Ll}+-){0,3}(?:${ROLE_WORDS}|${NOT_FIELD}\\p{Ll}{3,}(?:er|or|ist)))`;

/** "Tom Hart said", "On Monday, Anna Kowal toured", "Later that day, Kowal said". */
// (Or a place: "A few blocks away, Trang Nguyen stood …", "Outside the courthouse, Ruiz said".)
// ("Only last week Pryce had appeared secure", "On Monday Kowal toured …": a time with no comma.)
const SENTENCE_SUBJECT = subjectAfter(`(?:(?:On|In|At|Last|Early|Late|For|After|Before|Since|During|Until|Over|Within|By|Earlier|Later|Back|Despite|Throughout|A|An|Outside|Inside|Near|Across|Along|Around)\\s[^,.]{1,40},\\s+|(?:(?:Only|Just)\\s+(?:last|this|earlier)|Last|This|Earlier)\\s+(?:week|month|year|weekend|season|night)\\s+|On\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?`);

/** The main clause's subject after an opening clause or adverb: "When the shelling started, Iryna
 * Koval did not leave", "Moments later, Samoa's lead negotiator …", "Meanwhile, Kowal said". A
 * second pass, because a name opening the clause ("If Donald Trump could …, Sanders …") counts too. */
const SUBJECT_AFTER_CLAUSE = subjectAfter(
  `(?:(?:When|While|As|Although|Though|Because|If|Once|Moments|Minutes|Hours|Days|Weeks|Months|Years|Shortly|Soon)\\s[^,.]{1,40},\\s+|(?:Asked|Pressed|Questioned|Speaking|Responding|Addressing)\\s[^,.]{1,160},\\s+|(?:Meanwhile|However|Separately|Still|Then|Now|Instead),\\s+)`,
);

/** A short paragraph with most of its words capitalised: a headline or a kicker. */
function isTitleCase(p: AnalysedParagraph): boolean {
  if (p.tokens.length >= 25) return false;
  let words = 0;
  let capitalised = 0;
  for (const t of p.tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (t.text !== t.lower) capitalised++;
  }
  return words >= 4 && capitalised > words * 0.7;
}

/** A paragraph opening with a heading of three to eight words and a colon: "Limited Tools to Fight Terrorism: …". */
const RUN_IN_HEADING = /^((?:[\p{L}'’-]+\s+){2,7}[\p{L}'’-]+):\s/u;

/** ", the Kremlin's spokesman, declined": a description opening with an article, set off by commas,
 * then a lower-case word. (Not ", who …," or ", however,": those describe nothing.) */
const NAME_THEN_ROLE = /^,\s+((?:the|a|an)\s[^,.;:"“”]{2,70}?),\s+\p{Ll}/u;
/** "The Conservative backbencher Giles Hartree went …": "The", a role ending in a lower-case
 * person noun, a name of two or three words, and a lower-case word after it. */
const ROLE_THEN_NAME = /(?:^|[.!?]["”’)]?\s+)The\s+((?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}-]*)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s+\p{Ll})/gu;

/** People and bodies named as the subject at the start of a sentence ("Lena Ortiz toured …", "On
 * Monday, Anna Kowal …", "Nordvik Motors cut …", "Ortiz toured …"): pronouns that follow usually
 * mean them. Found with a pattern, so paragraphs the tagger skipped count too. A single word is
 * passed on only as the subject of a verb; the resolver uses it only for someone already named. */
function narrativeSubjects(p: AnalysedParagraph): Mention[] {
  const out: Mention[] = [];
  // A headline in title case ("Retired General Reveals ‘Demoralizing’ Experience") names no one.
  if (isTitleCase(p)) return out;
  // ("Limited Tools to Fight Terrorism: The United Nations was …": a run-in heading names no one.)
  const runIn = RUN_IN_HEADING.exec(p.text);
  // (Every word capitalised but the small ones: not "President Volodymyr Zelensky said: …".)
  const headingEnd = runIn && runIn[1]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:to|of|the|and|for|in|on|a|an|with|at|by|from|vs)$/.test(w)) ? runIn[0].length : 0;
  // A sentence starts a paragraph (after its dateline, if any: "June 5 (Reuters) - ", "KYIV, Ukraine
  // (AP) — ", "WASHINGTON — ") or follows a full stop.
  for (const re of [SENTENCE_SUBJECT, SUBJECT_AFTER_CLAUSE]) {
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      if (m.index < headingEnd) continue;
      const next = p.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // A name longer than the pattern takes ("Manhattan Supreme Court Justice Frank …") is cut, not read.
      if (/^\s+\p{Lu}/u.test(next)) continue;
      const words = m[1]!.split(/\s+/);
      // ("Donald Trump’s yearslong obsession is …": a possessor is not the sentence's subject; nor is
      // a heading, "Gender Equality.", with no verb after it.)
      // (Though the one whose it is is the one the paragraph is about: "Negi's remark is not the first
      // of its kind. Last month, he had described …" — "he" is Negi.)
      // (Only a surname alone opening the sentence, which the resolver matches to someone named.)
      if (re === SENTENCE_SUBJECT && words.length === 1 && /^\p{Lu}\p{Ll}+['’]s$/u.test(words[0]!) && !/^\s*(?:[.:;!?]|$)/.test(next)) {
        const owner = words[0]!.replace(/['’]s$/, '');
        const at = p.start + m.index + m[0].length - m[1]!.length;
        // (Not after a title's full stop, which ends no sentence: "… as the voice of Mr. Tribe's client".)
        const wordBefore = p.text.slice(0, at - p.start).trimEnd().split(/\s+/).at(-1) ?? '';
        const afterTitle = /^(?:Mr|Ms|Dr|St|Lt)\.$/.test(wordBefore) || TITLE_ABBREVIATION.test(wordBefore);
        if (!afterTitle && !PRONOUN_WORDS.has(owner) && !SENTENCE_OPENERS.has(owner) && !quoted(p, at)) out.push({ text: owner, kind: 'person', name: owner, role: null, needsAntecedent: null, at });
        continue;
      }
      if (/['’]s$/.test(words.at(-1)!) || /^\s*(?:[.:;!?]|$)/.test(next)) continue;
      const opener = words[0];
      while (words.length && SENTENCE_OPENERS.has(words[0]!)) words.shift();
      // ("The Ohio Democrat said": with its article, an epithet for someone named before.)
      if (opener === 'The' && words.length > 0 && words.length <= 2 && PARTY_MEMBER.test(words.at(-1)!) && describeSpeaker(['The', ...words], 0).needsAntecedent) continue;
      // A dateline ("MIDWAY ATOLL —") or a transcript label is not a name.
      // (Initials with full stops, "U.S. Air Force", are part of a name.)
      // (An acronym before a title is part of the subject: "RFS Commissioner Dean Mahony".)
      const capitals = (w: string) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w);
      const titled = (w: string | undefined) => w !== undefined && (TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
      if (words.length === 0 || words.some((w, n) => capitals(w) && (w.length > 5 || !titled(words[n + 1])))) continue;
      // ("A. Honestly? …": an interview's answer label is nobody's initial.)
      if (m.index === 0 && /^[QA]\.$/.test(words[0]!) && /^\s*[QA]\.\s/.test(p.text)) continue;
      // ("A. It’s a nice line": a pronoun's contraction is nobody's name.)
      if (words.some((w) => /^(?:It|He|She|They|We|I|You|That|There|This|What|Who)['’](?:s|re|ll|d|ve|m)$/.test(w))) continue;
      // ("Doyle, who was shown a red card, posted …": a relative clause may come between; so may a
      // participle's phrase, "Mahler, wearing an orange jumpsuit, turned …".)
      // (Nor an age: "Stenholm, 54, did not speak to reporters"; nor an appositive, "Vaaler, a former
      // defense minister, brushed off questions".)
      // (Or a past participle's, "Whitlock, dressed in a grey suit, showed no visible reaction".)
      if (words.length === 1 && !/^\s+\p{Ll}/u.test(next) && !/^, (?:who\b|whose\b|\p{Ll}+ing\s|\p{Ll}+ed (?:in|by|on|at|with)\s|\d{1,3}, \p{Ll}|(?:a|an|the) \p{Ll})/u.test(p.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const at = p.start + m.index + m[0].length - m[1]!.length;
      // ("“No one is writing songs for Hillary. Obama had will.i.am,” he said": a name the speaker
      // says is no subject of the reporter's.)
      if (quoted(p, at)) continue;
      // ("… no plan for housing. None. They have …": a word with a full stop inside a name is an
      // initial or a title, "Gen. Mark Milley"; otherwise a sentence ended there.)
      if (words.slice(0, -1).some((w) => /^\p{Lu}\p{Ll}{2,}\.$/u.test(w) && !TITLE_ABBREVIATION.test(w))) continue;
      // A single word can only be a surname the resolver already knows: no need to classify it.
      if (words.length === 1) {
        if (!PRONOUN_WORDS.has(words[0]!)) out.push({ text: words[0]!, kind: 'person', name: words[0]!, role: null, needsAntecedent: null, at });
        continue;
      }
      // "Dmitry Peskov, the Kremlin's spokesman, declined …": the description after the name is the role.
      const described = next.startsWith(',') ? NAME_THEN_ROLE.exec(p.text.slice(m.index + m[0].length, m.index + m[0].length + 90)) : null;
      const mention = describeSpeaker(words, at, described?.[1] ?? null);
      // ("The Salt Keepers is a masterpiece": after "The", capitalised words are a title or a body, not a person.)
      if (mention.kind !== 'group' && !mention.needsAntecedent && !(opener === 'The' && mention.kind === 'person' && !mention.role)) out.push(mention);
      // "Mayor Sarah Lindqvist and council leader Tom Hart traded …": a second subject, with its role.
      if (next.startsWith(' an')) {
        const end = m.index + m[0].length;
        const second = SECOND_SUBJECT.exec(p.text.slice(end, end + 80));
        if (second) {
          const other = describeSpeaker(second[1]!.split(/\s+/), p.start + end + second[0].length - second[1]!.length);
          if (other.kind === 'person' && !other.needsAntecedent && other.role) out.push(other);
        }
      }
    }
  }
  // "The Conservative backbencher Giles Hartree went further.": a role after "The", then the name,
  // opening a sentence, is whom the next "he" means.
  if (/(?:^|[.!?]\s+)The\s/.test(p.text)) {
    for (const m of p.text.matchAll(ROLE_THEN_NAME)) {
      const role = m[1]!;
      // (A person noun ends the role: not "The spokesman for President Joe Biden", whose "for" ends
      // a phrase about someone else.)
      const head = role.split(/\s+/).at(-1)!;
      if (/^(?:of|for|to|at|in|on|with|from|by|and|or|the|a|an)$/.test(head) || !namesAPerson(head)) continue;
      const at = p.start + m.index! + m[0].length - m[2]!.length;
      if (quoted(p, at)) continue;
      const mention = describeSpeaker(m[2]!.split(/\s+/), at, `the ${role}`);
      if (mention.kind === 'person' && !mention.needsAntecedent && mention.name.includes(' ')) out.push(mention);
    }
  }
  // "But Labour's housing spokesman, Tom Price, accused …": a role, then the name set off by commas.
  const appositive = /(?:^|[.!?]["”’)]?\s+)(?:(?:But|And|Meanwhile|However)\s+)?((?:[\p{L}'’-]+\s+){0,6}\p{Ll}[\p{L}'’-]*),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+\p{Ll}/dgu;
  // The pattern backtracks a lot; a plain scan for ", Name Name, lower" first passes 3% of paragraphs.
  const mayHaveAppositive = APPOSITIVE_NAME.test(p.text);
  for (let m = mayHaveAppositive ? appositive.exec(p.text) : null; m; m = appositive.exec(p.text)) {
    // "In the end, Tom Price, …" opens with an adverbial, not a role.
    if (/^(?:in|on|at|after|before|during|when|while|as|for|with|by|from|since|until|if|although|though|because|of|to|like|unlike)\s/i.test(m[1]!)) continue;
    // ("Her new book, The Salt Year, is …": a work's title, not a person.)
    const head = m[1]!.split(/\s(?:of|at|for|in|with|from)\s/)[0]!.split(/\s+/).at(-1)!.toLowerCase();
    if (WORK_NOUNS.test(head)) continue;
    const mention = describeSpeaker(m[2]!.split(/\s+/), p.start + m.indices![2]![0], m[1]!);
    if (mention.kind === 'person' && !mention.needsAntecedent && mention.name.includes(' ')) out.push(mention);
  }
  // "A negotiator for the Like-Minded Developing Countries group rejected that argument.": someone
  // unnamed, described as the sentence's subject, is whom "the negotiator" or "he" means next.
  if (/(?:^|\s)An? /.test(p.text)) {
    for (const m of [...p.text.matchAll(UNNAMED_SUBJECT), ...p.text.matchAll(UNNAMED_LOCAL)]) {
      const description = m[1]!.trim();
      const head = m[2]!;
      if (!namesAPerson(head) || quoted(p, p.start + m.index! + m[0].indexOf(description))) continue;
      out.push({ text: m[0].trim(), kind: 'person', name: description, role: description, needsAntecedent: null, at: p.start + m.index! + m[0].indexOf(description) });
    }
  }
  // "The report did not identify any accident. But it said …": a document as a sentence's subject
  // is what a later "it" means.
  for (const m of p.text.matchAll(DOCUMENT_SUBJECT)) {
    const words = m[1]!.split(/\s+/);
    out.push({ ...describeSpeaker(['The', ...words], p.start + m.index! + m[0].indexOf(m[1]!)), document: true });
  }
  // "In a letter to the chancellor, Edward Ashcombe, …": a role, then the name set off by commas,
  // anywhere in a sentence, tells who holds the role when "the chancellor said" comes later.
  if (ROLE_BEFORE_NAME_HINT.test(p.text)) {
    ROLE_BEFORE_NAME.lastIndex = 0;
    for (let m = ROLE_BEFORE_NAME.exec(p.text); m; m = ROLE_BEFORE_NAME.exec(p.text)) {
      const at = p.start + m.indices![2]![0];
      const mention = describeSpeaker(m[2]!.split(/\s+/), at, m[1]!);
      if (mention.kind !== 'person' || mention.needsAntecedent || !mention.name.includes(' ') || !mention.role) continue;
      // (The same name may have been read as the subject after an opening phrase, with no role.)
      const same = out.findIndex((o) => o.at === at);
      if (same >= 0 && out[same]!.role) continue;
      if (same >= 0) out[same] = mention;
      else out.push(mention);
    }
  }
  // "The day belonged to Wales winger Tomos Evans, who scored twice …": someone the sentence goes
  // on to describe is whom a later "he" or "the 29-year-old" means, wherever the name stands.
  if (p.text.includes(', who ')) {
    ROLE_NAME_WHO.lastIndex = 0;
    for (let m = ROLE_NAME_WHO.exec(p.text); m; m = ROLE_NAME_WHO.exec(p.text)) {
      const mention = describeSpeaker(m[1]!.split(/\s+/), p.start + m.index);
      if (mention.kind === 'person' && !mention.needsAntecedent && mention.name.includes(' ') && mention.role && !out.some((o) => o.name === mention.name)) out.push(mention);
    }
  }
  // "Among the last to speak was Jaylen Ortiz, …": a subject put after its verb, whom the next "he" means.
  if (INVERTED_SUBJECT_HINT.test(p.text)) {
    for (const { m, at } of unquotedMatches(p, INVERTED_SUBJECT)) {
      if (out.some((o) => o.at === at)) continue;
      const mention = describeSpeaker(m[1]!.split(/\s+/), at);
      if (mention.kind === 'person' && !mention.needsAntecedent && mention.name.includes(' ')) out.push(mention);
    }
  }
  // "… something that concerns Henry Crespo, president of the Florida Democratic Black Caucus.
  // “…,” he said.": a full name described by a role after it, anywhere in a sentence, is someone
  // the reporter is introducing, whom the next "he" likely means.
  if (NAME_THEN_OFFICE_HINT.test(p.text)) {
    for (const { m, at } of unquotedMatches(p, NAME_THEN_OFFICE)) {
      if (out.some((o) => o.at === at)) continue;
      const mention = describeSpeaker(m[1]!.split(/\s+/), at, m[2]!);
      if (mention.kind === 'person' && !mention.needsAntecedent && mention.name.includes(' ')) out.push(mention);
    }
  }
  // "But the judge was sharply critical …": a role as a sentence's subject brings back the one it
  // means, for a later "she".
  if (ROLE_SUBJECT_HINT.test(p.text)) {
    for (const { m, at } of unquotedMatches(p, ROLE_SUBJECT)) {
      const mention = describeSpeaker(m[1]!.split(/\s+/), at);
      if (mention.needsAntecedent === 'role') out.push(mention);
    }
  }
  // "Donald Trump’s campaign is defending his tweets. It’s denouncing …": a body that belongs to
  // someone, as a sentence's subject, is what a later "it" means.
  for (const { m, at } of unquotedMatches(p, OWNED_BODY_SUBJECT)) {
    const head = m[2]!.toLowerCase();
    if (!ORGANISATION_WORDS.has(head) && !BUSINESS_NOUNS.has(head)) continue;
    const mention = describeSpeaker(m[1]!.split(/\s+/), at);
    if (mention.kind === 'organisation') out.push(mention);
  }
  // "Doyle asked Okoye why he had not gone to the press. “Because …,” he replied.": the one asked
  // a question answers it, so a later "he" may mean them rather than the asker.
  if (p.text.includes('asked ')) {
    for (const { m, at } of unquotedMatches(p, ASKED_SOMEONE)) {
      const words = m[1]!.split(/\s+/);
      if (words.some((w) => PRONOUN_WORDS.has(w))) continue;
      const mention = describeSpeaker(words, at);
      if (mention.kind === 'person' && !mention.needsAntecedent) out.push(mention);
    }
  }
  // "Residents of the flats above the shops were also split. One, who …, said": a group as the
  // narration's subject, whom "one" or "several" may come from.
  if (GROUP_SUBJECT_HINT.test(p.text)) {
    for (const { m, at } of unquotedMatches(p, GROUP_SUBJECT)) {
      const head = m[2]!.toLowerCase();
      if (!namesPeople(head)) continue;
      const mention = describeSpeaker(m[1]!.split(/\s+/), at);
      if (mention.kind === 'group' && !mention.needsAntecedent) out.push(mention);
    }
  }
  // "A man who gave his name only as Ray, 54, addressed the council. He said …": someone unnamed
  // goes by the name the clause gives, for a later "he".
  if (p.text.includes(' who ')) {
    for (const { m, at } of unquotedMatches(p, GIVEN_NAME_SUBJECT)) {
      const mention = describeSpeaker(m[1]!.split(/\s+/), at, m[2]!);
      if (mention.kind === 'person' && !mention.needsAntecedent) out.push(mention);
    }
  }
  // ("Sentencing Ashton in the District Court yesterday, Judge Quill said …": a participle opening
  // the sentence, with its object, names no one speaking.)
  // (Not "Shipping analyst Fiona Hargreaves", "Managing director Neil Barraclough": a role.)
  const participle = (m: Mention) => !m.role && p.tokens.some((t) => t.start === m.at && t.pos === 'VERB' && t.lower.endsWith('ing') && m.text.includes(' '));
  return out.filter((m) => !participle(m)).sort((a, b) => a.at - b.at);
}

/** Matches of a global pattern in a paragraph whose words (group 1) stand outside quotation marks,
 * with the body offset where those words start. */
function* unquotedMatches(p: AnalysedParagraph, pattern: RegExp): Generator<{ m: RegExpMatchArray; at: number }> {
  for (const m of p.text.matchAll(pattern)) {
    const at = p.start + m.index! + m[0].indexOf(m[1]!);
    if (!quoted(p, at)) yield { m, at };
  }
}

/** The shapes of ROLE_SUBJECT and NAME_THEN_OFFICE with any lower-case word for the role: cheap
 * scans that let the full patterns (with every role word) run on a few paragraphs in ten. */
const ROLE_SUBJECT_HINT = /(?:^|[.!?]["”’)]?\s+)(?:(?:But|And|Yet|Still)\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+\s+(?:was|is|had|has|did|also|then|later|\p{Ll}+ed)\b/u;
const NAME_THEN_OFFICE_HINT = /, (?:the |a |an )?(?:[\p{Ll}-]+ ){0,2}[\p{Ll}]+ (?:of|at|for) /u;

/** "But the judge was …", "The minister has …": the role (group 1) as a sentence's subject, then a verb. */
const ROLE_SUBJECT = new RegExp(`(?:^|[.!?]["”’)]?\\s+)(?:(?:But|And|Yet|Still)\\s+)?((?:The|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${ROLE_WORDS})\\s+(?:was|is|had|has|did|also|then|later|\\p{Ll}+ed)\\b`, 'gu');

/** "Donald Trump’s campaign is …": a name's body (group 1, its noun group 2) opening a sentence, then a verb. */
const OWNED_BODY_SUBJECT = /(?:^|[.!?]["”’)]?\s+)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+))\s+(?:is|was|has|had|said|says|\p{Ll}+ed)\b/gu;

/** Things with titles that an appositive may name: "her new book, The Salt Year,". */
const WORK_NOUNS = /^(?:book|novel|film|movie|album|song|single|play|show|series|memoir|documentary|debut|record|title|podcast|exhibition|opera|musical|painting|poem|collection)$/;

/** "Henry Crespo, president of the …": a full name (group 1), then an office held somewhere (group 2). */
const NAME_THEN_OFFICE = new RegExp(`(?<![\\p{L}.’'])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+),\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${ROLE_WORDS}\\s+(?:of|at|for)\\s+[^,.;:"“”]{2,70})`, 'gu');

/** "Among the last to speak was Jaylen Ortiz", "Also at the meeting was …", "Next came …": a
 * sentence that puts its subject (group 1, a full name) after "was", "were" or "came". */
const INVERTED_SUBJECT = /(?:^|[.!?]["”’)]?\s+)(?:Among|Also|Next|First|Last|Joining|Then)\b[^.!?"“”]{0,80}?\s(?:was|were|came)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=[,.;]|\s+\p{Ll})/gu;
const INVERTED_SUBJECT_HINT = /\b(?:was|were|came) \p{Lu}/u;

/** "asked Okoye why …", "asked Ms. Ruiz whether …": a person asked a question (group 1), then the question word (group 2). */
/** "Residents of the flats above the shops were also split": a plural noun (group 2) opening a
 * sentence, with where they are, as the subject (group 1) of a verb of being or having. */
const GROUP_SUBJECT = /(?:^|[.!?]["”’)]?\s+)((\p{Lu}\p{Ll}+)(?:\s+(?:of|in|at|from|on|near)\s+[^.,;:!?"“”]{1,40}?)?)\s+(?:were|are|have|had|remain|remained)\b/gu;
// (A cheap scan first: a capitalised plural opening a sentence, then a place or the verb.)
const GROUP_SUBJECT_HINT = /(?:^|[.!?]["”’)]?\s+)\p{Lu}\p{Ll}+s\s+(?:of|in|at|from|on|near|were|are|have|had|remain|remained)\b/u;

/** "A man who gave his name only as Ray": the one described (group 1) and the clause (group 2). */
// ("In the video, a man who identifies himself only as “Engineer Rod” holds …": after an opening phrase too.)
const GIVEN_NAME_SUBJECT = new RegExp(`(?:^|[.!?]["”’)]?\\s+)(?:(?:In|On|At|During)\\s[^,.]{1,40},\\s+)?((?:A|An|One|Another|a|an)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}),?\\s+(who\\s+${GIVEN_NAME.source.replace(/^\\b/, '')})`, 'gu');
const ASKED_SOMEONE = /\basked ((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+) (why|whether|if|how|what|when|about)\b/gu;

/** "Wales winger Tomos Evans, who …": a role and a full name, then a relative clause about them. */
const ROLE_NAME_WHO = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]*\\s+)?${ROLE_WORDS}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}\\p{Lu}[\\p{L}'’-]+),\\s+who\\b`, 'gu');

/** Titles written short with a full stop: "Gen.", "Sen.", "Capt.". */
const TITLE_ABBREVIATION = /^(?:Gens|Sens|Reps|Govs|Gen|Sen|Rep|Gov|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cmdr|Insp|Supt|Mrs|Messrs|Lieut|Cpl|Pvt|Hon|Atty|Amb|Pres)\.$/;

/** "A negotiator for the Like-Minded Developing Countries group rejected …", "A spokeswoman for
 * Halvern, …": an unnamed person (group 2 the head noun) of a named body, opening a sentence. */
const UNNAMED_SUBJECT = /(?:^|[.!?]["”’)]?\s+)(?:But |And )?An? ((?:[\p{Ll}-]+ ){0,2}(\p{Ll}+) (?:for|from|with|of|at) (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|and|for))*(?: (?:group|bloc|party|delegation|team|campaign|coalition|alliance|union|movement))?)(?=,| \p{Ll})/gu;
/** "A Grove City man who struck …", "A Texas woman was charged …": someone unnamed, described by
 * where they are from, opening a sentence. */
const UNNAMED_LOCAL = /(?:^|[.!?]["”’)]?\s+)An? ((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Ll}+))(?=,|\s+(?:who|was|is|has|had|accused|charged)\b)/gu;

/** Whether the body offset `at` lies inside a quotation of the paragraph. */
function quoted(p: AnalysedParagraph, at: number): boolean {
  for (const t of p.tokens) if (t.start <= at && at < t.end) return t.quote >= 0;
  return false;
}

/** A document opening a sentence as its subject: "The report did not …", "The 48-page study found …". */
// ("The Halden report recommends …": the report may carry its author's name.)
const DOCUMENT_SUBJECT = /(?:^|[.!?]["”’)]?\s+)(?:But |And )?The ((?:[\p{L}\d-]+ ){0,2}(?:report|study|survey|poll|review|audit|analysis|assessment|investigation|inquiry|paper))\s+(?=\p{Ll})/gu;

/** "the chancellor, Edward Ashcombe,", "Ukraine's defence minister, Oleksii Reznikov,": a role
 * noun after "the" or a possessive, then a full name set off by commas. */
const ROLE_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])((?:the|[\\p{Lu}][\\p{L}]+['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${ROLE_WORDS}),\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+),`,
  'dgu',
);
/** A cheap pre-test for it: a comma, then two capitalised words and a comma. */
const ROLE_BEFORE_NAME_HINT = /,\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+,/u;

/** "Zelensky said in his nightly address", "Maliar wrote on her Telegram channel": a possessive in
 * the words around the verb of saying tells a named speaker's gender, so that a later "she" passes
 * over him. (Only for a speaker named there: a pronoun's guess teaches nothing.) */
function learnGender(p: AnalysedParagraph, a: Attribution, entity: Entity): void {
  // (It overrides a given name's usual gender: "Nino Beridze said in her acceptance speech".)
  if (entity.kind !== 'person' || (entity.gender && !entity.genderGuessed)) return;
  let his = false;
  let her = false;
  for (const z of a.zone) {
    for (let k = z.first; k <= z.last; k++) {
      const w = p.tokens[k]!.lower;
      // (A possessive after a preposition, "in her acceptance speech"; not an object, "urged her to".)
      if (p.tokens[k - 1]?.pos !== 'ADP') continue;
      if (w === 'his') his = true;
      else if (w === 'her') her = true;
    }
  }
  if (his !== her) mergeGender(entity, { gender: his ? 'm' : 'f' });
  // ("Mats Hedberg says he found out from the post": a reported clause opening with "he" or "she"
  // is most often about the speaker; a guess, which a title or a given name's gender overrides, and
  // which keeps a later "she says" off him.)
  else if (a.content && a.kind !== 'direct' && !entity.gender) {
    const first = /^(he|she)\b/i.exec(p.text.slice(a.content.start - p.start, a.content.start - p.start + 4));
    if (first) mergeGender(entity, { gender: first[1]!.toLowerCase() === 'he' ? 'm' : 'f', genderGuessed: true });
  }
}

/** A quotation inside a sentence whose own subject and verb come before it, with no colon or
 * comma leading into it: "… and found there had been “3,210 shooting victims”". */
function quotedInsideNarrative(p: AnalysedParagraph, q: ParagraphQuote): boolean {
  const tk = p.tokens;
  const sentence = p.sentences[tk[q.first]!.sentence]!;
  if (q.first - sentence.first < 3) return false;
  const lead = tk[q.first - 1]!;
  if (lead.text === ':' || lead.text === ',') return false;
  let verb = false;
  for (let k = sentence.first; k < q.first; k++) if (tk[k]!.quote < 0 && tk[k]!.pos === 'VERB') verb = true;
  return verb;
}

/** A quotation that opens its sentence with a capital and closes it: “Bakhmut is ours.” */
function isWholeSentence(p: AnalysedParagraph, q: ParagraphQuote): boolean {
  const inner = p.text.slice(q.innerStart - p.start, q.innerEnd - p.start);
  const before = p.text.slice(0, q.open - p.start).trimEnd();
  return /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && (before === '' || /[.!?]["”’]?$/.test(before));
}

function splitParagraphs(body: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** Full names of people (two or more capitalised words) as they appear, for look-ahead. */
function namedPeople(paragraphs: Paragraph[]): Array<{ at: number; words: string[]; role: string | null }> {
  const out: Array<{ at: number; words: string[]; role: string | null }> = [];
  for (const { p, attributions } of paragraphs) {
    for (const a of attributions) {
      // A participle's subject ("Yevgeny Prigozhin … is seen …, saying …") names a person too.
      const m = mentionOf(p, a);
      if (!m) continue;
      if (m.kind === 'person' && !m.needsAntecedent && m.name.split(' ').length >= 2 && m.name.split(' ').every((w) => /^\p{Lu}/u.test(w))) {
        out.push({ at: m.at, words: m.name.split(' '), role: m.role });
      }
    }
  }
  return out;
}

function speakerOf(p: AnalysedParagraph, a: Attribution, sameSentence: Draft[], resolver: SpeakerResolver, inParagraph: Attribution[]): { mention: Mention | null; entity: Entity | null } {
  if (a.speaker.type === 'previous') {
    // The last speaker of the sentence, passing over a claim named inside its object: in "The
    // military denied Russian claims that …, saying …" the one saying is the military.
    // ("Ukraine's military has rejected Moscow's claim that …, saying …": with only a named claim
    // before, the sentence's subject says it.)
    // (But "repeated his false claim that …, telling …" is the subject's own claim.)
    // ("The think tank noted that milbloggers had claimed gains, but said …": nor one whose verb
    // lies inside a claim that ended before this verb; the think tank says it.)
    const at = p.tokens[a.cue.first]!.start;
    const nested = (d: Draft) => {
      const cue = p.tokens[d.attribution.cue.first]!.start;
      return sameSentence.some((e) => e !== d && e.attribution.content !== null && e.attribution.content.start <= cue && e.attribution.content.end > cue && e.attribution.content.end <= at);
    };
    const own = sameSentence.findLast((d) => !nested(d) && (!CLAIM_NOUNS.has(d.attribution.cueText.split(' ')[0]!.toLowerCase()) || (d.attribution.speaker.type === 'words' && /^(his|her|their)$/.test(p.tokens[d.attribution.speaker.range.first]!.lower))));
    const prev = own ?? (a.speaker.fallback ? undefined : sameSentence.at(-1));
    if (prev?.entity) return { mention: prev.mention, entity: prev.entity };
    // ("The minister warned of delays and said …": a verb before it that claimed nothing still
    // names who speaks.)
    const silent = !prev && !a.speaker.fallback ? inParagraph.findLast((b) => b !== a && b.sentence === a.sentence && b.cue.last < a.cue.first && b.content === null && b.speaker.type === 'words') : undefined;
    const named = silent ? mentionOf(p, silent) : null;
    if (named) return { mention: named, entity: resolver.resolve(named) };
  }
  const mention = mentionOf(p, a);
  // (A feature's present tense, "she says", tells the resolver its main person may be meant.)
  return mention ? { mention, entity: resolver.resolve(mention.pronoun && tenseOf(p.tokens, a) === 'present' ? { ...mention, present: true } : mention) } : { mention: null, entity: null };
}

/** The publication's own copy as a subject: "this article", "an earlier version of this story". */
const OWN_COPY = /\b(?:this|our)\s+(?:article|story|piece|column|newsletter)$|^(?:\p{L}+:\s+)?(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\b/iu;

/** Each attribution's speaker words, classified once: the look-ahead and the resolution both ask. */
const mentions = new WeakMap<Attribution, Mention | null>();

/** The speaker an attribution's own words name (or, for an elided subject, its clause's subject). */
function mentionOf(p: AnalysedParagraph, a: Attribution): Mention | null {
  if (mentions.has(a)) return mentions.get(a)!;
  if (a.speaker.type === 'interviewee') {
    // Whoever the interview is with: the resolver finds them once for the whole article.
    const answer: Mention = { text: 'A', kind: 'person', name: 'A', role: null, needsAntecedent: 'pronoun', pronoun: 'interviewee', at: p.start };
    mentions.set(a, answer);
    return answer;
  }
  const range = a.speaker.type === 'words' ? a.speaker.range : a.speaker.fallback;
  let mention: Mention | null = null;
  if (range) {
    let words = p.tokens.slice(range.first, range.last + 1).map((t) => t.text);
    // "PENCE:" in a transcript is a person, not an acronym: "Pence".
    if (a.speaker.type === 'words' && a.speaker.label) words = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    // "according to projections by national broadcaster NOS.": the tokenizer keeps a sentence's
    // full stop on an acronym that ends it.
    const lastWord = words.at(-1)!;
    if (/^\p{Lu}{2,}\.$/u.test(lastWord)) words = [...words.slice(0, -1), lastWord.slice(0, -1)];
    // (A correction's "An earlier version of this article said …" reports the paper's own error,
    // not anyone's claim.)
    const subject = p.text.slice(p.sentences[a.sentence]!.start - p.start, p.tokens[range.last]!.end - p.start);
    if (!OWN_COPY.test(subject)) mention = describeSpeaker(words, p.tokens[range.first]!.start, a.speaker.type === 'words' ? a.speaker.appositive : null);
  }
  mentions.set(a, mention);
  return mention;
}

function spanOf(p: AnalysedParagraph, a: Attribution, sentence: { start: number; end: number }): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  if (a.content) {
    start = Math.min(start, a.content.start);
    end = Math.max(end, a.content.end);
    // Extend to whole sentences around a content that crosses a boundary.
    for (const s of p.sentences) {
      if (s.start <= start && s.end >= start) start = s.start;
      if (s.start <= end && s.end >= end) end = s.end;
    }
  }
  return { start, end };
}

/**
 * saidOn, in order of trust: a date in the attribution's own words ("said on Friday", "On
 * Saturday, X wrote"); for a quotation that continues an attribution, that attribution's date;
 * another claim of the same speaker in the same sentence; the same speaker's dated words a
 * paragraph or two before (direct quotes are usually from the same occasion); a weekday-style
 * date inside the content itself ("fighting was ongoing Monday").
 */
function resolveDates(article: Article, paragraphs: Paragraph[], drafts: Draft[]): void {
  const ref = article.publishedAt;
  // A date belongs to the attribution whose words hold it ("said on Friday", "on Thursday said"),
  // or, before the first attribution of a sentence, to that one ("On Saturday, X wrote …"). Only
  // those words go to the date parser: they are short, and a date inside a claim is what the
  // claim is about, not when it was said.
  const cache = new Map<string, string | null>();
  const dateIn = (start: number, end: number): string | null => {
    const key = `${start}:${end}`;
    // (Never a time after publication: "wants to halve emissions by 2030, a target it says …".)
    // (Nor a day something is due or lasts until: "Her album, due June 20, was written …, she jokes";
    // "By Wednesday night, observers said" is that night.)
    if (!cache.has(key)) {
      const text = end > start ? article.body.slice(start, end) : '';
      // (But "since March, when he wrote …", "since Monday night's debate, when Clinton cited …" is
      // the day of what "when" tells.)
      cache.set(key, text ? findTimeExpressions(text, ref).find((e) => !after(e.value, ref) && !((DUE_BY.test(text.slice(Math.max(0, e.start - 16), e.start)) || /^(?:since|until|till|from)\b/i.test(e.text)) && !/^(?:['’]s(?:\s+\p{L}+){1,3})?,?\s+when\b/u.test(text.slice(e.end))))?.value ?? null : null);
    }
    return cache.get(key)!;
  };
  const ownDate = (d: Draft): string | null => {
    const para = paragraphs[d.attributionParagraph]!;
    const tk = para.p.tokens;
    for (const z of d.attribution.zone) {
      const found = dateIn(tk[z.first]!.start, tk[z.last]!.end);
      if (found) return found;
    }
    // "In October last year, a truck bomb … Moscow said at the time that …": the time the sentence
    // before named.
    if (d.attribution.sentence > 0 && atTheTime(tk, d.attribution)) {
      const before = para.p.sentences[d.attribution.sentence - 1]!;
      const found = dateIn(before.start, before.end);
      if (found) return found;
    }
    const inSentence = para.attributions.filter((a) => a.sentence === d.attribution.sentence);
    // "argued at Wednesday's hearing for a lighter sentence, saying …": a participle speaks on the
    // occasion of the verb it hangs from.
    const at = inSentence.indexOf(d.attribution);
    if (d.attribution.speaker.type === 'previous' && at > 0) {
      for (const z of inSentence[at - 1]!.zone) {
        const found = dateIn(tk[z.first]!.start, tk[z.last]!.end);
        if (found) return found;
      }
    }
    if (at !== 0) return null;
    // ("She earned a doctorate in 1968, at a time when, she later wrote, …": an attribution that
    // places itself later or earlier than the sentence's own time is not dated by it.)
    if (d.attribution.zone.some((z) => tk.slice(z.first, z.last + 1).some((t) => /^(later|afterwards|afterward|subsequently|earlier|previously)$/.test(t.lower)))) return null;
    const sentence = para.p.sentences[d.attribution.sentence]!;
    // (Not the dateline's day, "BRASÍLIA, Aug 4 (HPA) –": the day the story was filed.)
    return dateIn(sentence.start + datelineLength(para, sentence), Math.min(...inSentence.map((a) => attributionStart(tk, a))));
  };

  drafts.forEach((d, i) => {
    d.saidOn = d.continues ? d.continues.saidOn ?? ownDate(d) : ownDate(d);
    if (d.saidOn) return;
    const back = !d.continues && looksBack(paragraphs[d.attributionParagraph]!.p.tokens, d.attribution);
    // (Not from a relative clause's verb: "Price, who told the Courier last week …, said …".)
    const sibling = back ? undefined : drafts.find((o) => o !== d && o.saidOn && o.entity === d.entity && o.attributionParagraph === d.attributionParagraph && o.attribution.sentence === d.attribution.sentence && !inRelativeClause(paragraphs[o.attributionParagraph]!.p.tokens, o.attribution));
    if (sibling) {
      d.saidOn = sibling.saidOn;
      return;
    }
    if (d.kind === 'direct' || d.continues) {
      // (Not from words said on an earlier occasion: "…,” Graham told The New York Times then.")
      const before = drafts.slice(0, i).reverse().find((o) => o.entity === d.entity && o.saidOn && d.paragraph - o.paragraph <= 2 && (o.continues !== null || !atTheTime(paragraphs[o.attributionParagraph]!.p.tokens, o.attribution)));
      if (before) {
        d.saidOn = before.saidOn;
        return;
      }
    }
    // "Zimin said on Friday … He said 41 people were injured": the same speaker's next words, in the
    // same paragraph or the next, with no one else reported and no other time named in between,
    // come from the same occasion — unless the verb looks back ("has said", "had warned").
    if (!d.continues && !back) {
      const before = drafts[i - 1];
      // (Nor from past to present: "Clinton cited it at Monday's debate. … Clinton says Trump's
      // latest meltdown is unhinged" is another occasion.)
      const tense = before ? [tenseOf(paragraphs[d.attributionParagraph]!.p.tokens, d.attribution), tenseOf(paragraphs[before.attributionParagraph]!.p.tokens, before.attribution)] : [];
      const sameTense = tense[0] === null || tense[1] === null || tense[0] === tense[1];
      // (Nor from one channel to another: "In a sentencing memo filed last month, he wrote …" then
      // "Speaking to reporters after the hearing, Brandt said …". "In a statement emailed to KXYZ"
      // and "the statement" are one.)
      const otherChannel = before !== undefined && before.via !== null && d.via !== null && !shareAWord(before.via, d.via);
      if (before && sameTense && !otherChannel && before.entity === d.entity && before.saidOn && !before.datedByContent && !inRelativeClause(paragraphs[before.attributionParagraph]!.p.tokens, before.attribution) && d.attributionParagraph - before.attributionParagraph <= 1 && !atTheTime(paragraphs[before.attributionParagraph]!.p.tokens, before.attribution)) {
        const from = before.sentenceSpan.end;
        const to = attributionStart(paragraphs[d.attributionParagraph]!.p.tokens, d.attribution);
        if (to <= from || findTimeExpressions(article.body.slice(from, to), ref).every((e) => e.value === before.saidOn)) {
          d.saidOn = before.saidOn;
          return;
        }
      }
    }
    if (d.continues) return;
    // "Ukraine's General Staff did not mention Novoselivka in its daily report late on Monday. It
    // said …": a pronoun's claim right after a sentence about the same speaker that names a day.
    // (Not after an attribution: a day there is what its claim is about.)
    // ("Speaking at his press conference on Thursday, Pryce was asked …" then "“…,” he said." in the
    // next paragraph: the sentence before may end the paragraph before.)
    const narrated = (para: Paragraph, sentence: number) => !para.attributions.some((a) => a.sentence === sentence);
    const previousPara = paragraphs[d.attributionParagraph - 1];
    // (Its last sentence with words, since the tagger may leave the blank line after it as one; a
    // paragraph the tagger skipped, with no reporting word, is one narrated sentence.)
    const last = previousPara ? previousPara.p.sentences.findLastIndex((s) => /[\p{L}\p{N}]/u.test(article.body.slice(s.start, s.end))) : -1;
    const before =
      d.attribution.sentence > 0
        ? { span: paragraphs[d.attributionParagraph]!.p.sentences[d.attribution.sentence - 1]!, narrated: narrated(paragraphs[d.attributionParagraph]!, d.attribution.sentence - 1) }
        : previousPara
          ? { span: last >= 0 ? previousPara.p.sentences[last]! : { start: previousPara.p.start, end: previousPara.p.end }, narrated: narrated(previousPara, last) }
          : null;
    if (d.mention?.needsAntecedent === 'pronoun' && d.entity && before?.narrated && !back) {
      const previous = before.span;
      const surname = d.entity.name.split(' ').at(-1)!;
      const narration = article.body.slice(previous.start, previous.end);
      // (Not an event the narration names by its day: "… during Monday's debate".)
      // (Nor the bound of a span: "adjourned the inquest until Friday".)
      const day = narration.includes(surname) ? (findTimeExpressions(narration, ref).find((e) => !after(e.value, ref) && !/^['’]s\b/.test(narration.slice(e.end)) && !boundsASpan(narration, e.start))?.value ?? null) : null;
      if (day && day.length === 10) {
        d.saidOn = day;
        return;
      }
    }
    const content = article.body.slice(d.content.start, d.content.end);
    // (Not inside a speaker's own words: "“Tonight Bellhaven chose …,” she said" in the next
    // morning's paper means the night she spoke, not the day of publication.)
    if (d.kind !== 'direct' && /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|tonight)\b/i.test(content)) {
      // Only a day the claim reports on ("fighting was ongoing Monday"), not one it looks ahead to
      // ("traffic would be rerouted starting Monday"): resolved toward the past, that would be wrong.
      // The whole content before the date is looked at: "would discuss the strikes with European
      // leaders on Wednesday" looks ahead from its first words.
      // Nor one it looks back from: "had lost it in an hour on Sunday morning" (the past perfect of
      // reported speech) tells of an event before the words, not the day they were said; "had been
      // reported as of early Wednesday" is the day they were said.
      const inside = findTimeExpressions(content, ref).find((e) => e.precision === 'day' && !LOOKS_AHEAD.test(content.slice(0, e.start)) && !(LOOKS_BACK.test(content.slice(0, e.start)) && !/\bas of\s+(?:\w+\s+)?$/i.test(content.slice(0, e.start))));
      if (inside) {
        d.saidOn = inside.value;
        d.datedByContent = true;
      }
    }
  });
  // A sibling dated by a later verb of the same sentence: "denied the government was refusing to
  // talk, insisting in the Commons on Monday that …".
  for (const d of drafts) {
    if (d.saidOn || d.continues || looksBack(paragraphs[d.attributionParagraph]!.p.tokens, d.attribution)) continue;
    // (Not from a relative clause's verb: "…, said Kowalczyk, who testified last month" is another occasion.)
    const tk = paragraphs[d.attributionParagraph]!.p.tokens;
    const sibling = drafts.find((o) => o !== d && o.saidOn && !o.datedByContent && !inRelativeClause(tk, o.attribution) && o.entity === d.entity && o.attributionParagraph === d.attributionParagraph && o.attribution.sentence === d.attribution.sentence);
    if (sibling) d.saidOn = sibling.saidOn;
  }
  // A profile's meeting ("she says when we meet in a hotel bar in Galway in late January"): what
  // the one met says in the present tense, and her answers, were said then.
  const meeting = drafts.some((d) => !d.saidOn) ? interviewMeeting(article, drafts) : null;
  if (meeting) {
    for (const d of drafts) {
      if (d.saidOn || d.entity !== meeting.entity) continue;
      const tk = paragraphs[d.attributionParagraph]!.p.tokens;
      if (d.attribution.speaker.type === 'interviewee' || d.attribution.cueText === ':' || tenseOf(tk, d.attribution) === 'present') d.saidOn = meeting.day;
    }
  }
  // "told a news conference after the meeting", "said outside the hearing": the day the story gave
  // that meeting or hearing ("The communique, issued late on Sunday after a nine-hour meeting").
  for (const d of drafts) {
    if (d.saidOn || d.continues || !ref) continue;
    const tk = paragraphs[d.attributionParagraph]!.p.tokens;
    const said = d.attribution.zone.map((z) => article.body.slice(tk[z.first]!.start, tk[z.last]!.end)).join(' ');
    const occasion = OCCASION_REFERRED.exec(said)?.[1];
    if (!occasion) continue;
    // (Its month too, when the verb looks back, "had argued at the plea hearing" after "during the
    // plea hearing in March": the story's own day is not it.)
    const day = occasionNamedBefore(article.body.slice(0, d.sentenceSpan.start), occasion, ref, looksBack(tk, d.attribution));
    if (day) d.saidOn = day;
  }
  // What is left, in the past tense and pointing at no other time, was said on the day the story's
  // lead reports: "… was sentenced Friday" then "Lindqvist told Mahler", "Orozco told the court".
  // (Read only when some claim is still undated: it asks the date parser about the lead.)
  // On a live page, the day of the entry: "Irina Havel says she is “cautiously delighted”" under
  // "22.41" is said that evening, whatever the tense.
  let occasion: string | null | undefined;
  let live: Array<string | null> | null | undefined;
  for (const d of drafts) {
    if (d.saidOn) continue;
    if (occasion === undefined) occasion = occasionDay(article, paragraphs);
    if (!occasion) return;
    if (d.continues) {
      d.saidOn = d.continues.saidOn;
      continue;
    }
    const para = paragraphs[d.attributionParagraph]!;
    const tk = para.p.tokens;
    if (live === undefined) live = liveDays(article, paragraphs);
    if ((live === null && tenseOf(tk, d.attribution) !== 'past') || looksBack(tk, d.attribution)) continue;
    // Not when the sentence, outside what is claimed, points at another time: "a day after Kyiv
    // said …", "In an interview earlier in the week, …", "has said since 2019".
    const sentence = para.p.sentences[d.attribution.sentence]!;
    // (Quoted words are what is claimed, not when: "“… all week …,” he said" points at no time.)
    // (Nor the dateline's day, "OSLO, Sept 17 (Reuters) -", which is the occasion's own.)
    const dateline = datelineLength(para, sentence);
    // (Nor what the same speaker claims beside it: "He said he had spoken to his squad on Thursday
    // morning and told them …" names the day of the squad talk, not another occasion.)
    const claimed = [d, ...drafts.filter((o) => o !== d && o.entity === d.entity && o.attributionParagraph === d.attributionParagraph && o.attribution.sentence === d.attribution.sentence)].map((o) => o.content);
    let outside = article.body.slice(sentence.start + dateline, sentence.end);
    for (const c of claimed) {
      const from = Math.max(0, c.start - sentence.start - dateline);
      const to = Math.min(outside.length, c.end - sentence.start - dateline);
      if (to > from) outside = outside.slice(0, from) + ' '.repeat(to - from) + outside.slice(to);
    }
    // (Nor what describes the speaker: "Kathy Lindgren, who has owned a bakery for 19 years, told …".)
    outside = outside.replace(QUOTED, ' ').replace(/,\s+(?:who|whose)\b[^,]*,/g, ' ');
    // (A time named there that the rules above did not give this claim is someone else's: "A said
    // …, while B said on Sunday …".)
    if (OTHER_TIME.test(outside) || findTimeExpressions(outside, ref).length > 0) continue;
    d.saidOn = live?.[d.attributionParagraph] ?? occasion;
  }
}

/** An occasion the attribution refers back to: "after the meeting", "outside the hearing", "at
 * the end of the summit". */
const OCCASION_REFERRED = /\b(?:after|at|during|following|outside|on the sidelines of|at the end of|at the close of)\s+(?:the|this|that|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(meeting|summit|hearing|match|game|vote|debate|session|rally|trial|race|ceremony|talks|sentencing|verdict|funeral|vigil|march|protest|launch)\b/u;

/** The day the latest sentence before that names `occasion` gives it ("issued late on Sunday after
 * a nine-hour meeting"), within a week of publication, or its month within the year; null without one. */
function occasionNamedBefore(before: string, occasion: string, ref: string, monthToo = false): string | null {
  // (The occasion itself, not its plural: "had the votes to pass" is no vote.)
  const word = new RegExp(`\\b${occasion}\\b(?!['’]?s\\b)`, 'gi');
  // Sentence by sentence from the nearest, through the paragraphs before.
  const sentences = before.split(/(?<=[.!?]["”’]?)\s+|\n+/);
  for (let k = sentences.length - 1; k >= 0; k--) {
    const sentence = sentences[k]!;
    const names = [...sentence.matchAll(word)].map((m) => m.index);
    if (names.length === 0) continue;
    // (A day in the same phrase as the occasion: "issued late on Sunday after a nine-hour meeting",
    // "passed … on Thursday on a 4-3 party-line vote"; not "Before the game, the boss had warned
    // on Thursday", where the day is the warning's.)
    const day = findTimeExpressions(sentence, ref).find((e) => {
      // (Or its month, "during the plea hearing in March", within the year before, when asked.)
      const month = monthToo && e.precision === 'month' && (Date.parse(ref.slice(0, 10)) - Date.parse(`${e.value}-01`)) / 86_400_000 <= 366;
      if ((e.precision !== 'day' && !month) || after(e.value, ref) || (e.precision === 'day' && (Date.parse(ref.slice(0, 10)) - Date.parse(e.value)) / 86_400_000 > 7) || boundsASpan(sentence, e.start)) return false;
      return names.some((at) => {
        const between = at < e.start ? sentence.slice(at, e.start) : sentence.slice(e.end, at);
        return between.length <= 45 && !/[,;:—–]/.test(between);
      });
    });
    if (day) return day.value;
  }
  return null;
}

/** "when we meet", "we spoke on Tuesday", "the interview took place in January": the reporter's meeting. */
// ("The Straits Ledger spoke to her on Tuesday at her office": the paper as the one who met her;
// not "the father who never spoke to her".) (Case matters now: "The", a name, "I".)
// ("Episode 212 of Long Lunch, released on Tuesday, was recorded … on Friday": a programme's
// recording is its meeting too.)
const MEETING = /\b(?:[Ww][Ee]|I)\s+(?:[Mm]eet|[Mm]et|[Ss]poke|[Ss]peak|[Tt]alk|[Tt]alked|[Ss]at down)\b|\b[Tt]he (?:interview|conversation) (?:took place|was conducted|was recorded)\b|\b(?:[Ii]nterview|[Cc]onversation|[Ee]pisode|[Pp]odcast|[Pp]rogramme)\b[^.!?"“”]{0,80}?\bwas (?:recorded|taped|filmed)\b|\b(?:The (?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*|[Tt]his (?:newspaper|paper|reporter|writer))\s+(?:spoke|talked|sat down) (?:to|with) (?:him|her|them)\b/g;

/**
 * The day or month a profile's interview took place, and who was met: the sentence that tells of
 * the meeting names the time, and the one who speaks in that sentence, or else the one the
 * interview's answers are by, is who was met. Null without such a sentence.
 */
function interviewMeeting(article: Article, drafts: Draft[]): { day: string; entity: Entity } | null {
  const body = article.body;
  if (!article.publishedAt) return null;
  // ("the Harbour Lights star, 34, sat down with Starlight … in late April": the one met, with the
  // publication itself.)
  // (By its name or without a word of its kind: "Starlight" for "Starlight Weekly".)
  const outletName = article.outlet && /^[\p{L}\d][\p{L}\d&'’ .-]{1,40}$/u.test(article.outlet) ? article.outlet.replace(/^The /, '') : null;
  const outlet = outletName ? [outletName, outletName.replace(/\s+(?:Weekly|Daily|Magazine|Online|Digital|News|Today)$/, '')].map((n) => n.replace(/[.&]/g, '\\$&')).join('|') : null;
  const withOutlet = outlet ? new RegExp(`\\b(?:sat down|spoke|talked)\\s+(?:exclusively\\s+)?(?:with|to)\\s+(?:the\\s+)?(?:${outlet})\\b`, 'g') : null;
  // (Not a speaker's own words: "“… we talk about it every day,” Rudenko said".)
  const m = [...body.matchAll(MEETING), ...(withOutlet ? body.matchAll(withOutlet) : [])].sort((a, b) => a.index! - b.index!).find((x) => {
    const line = body.slice(body.lastIndexOf('\n', x.index!) + 1, x.index!);
    return (line.match(/“/g) ?? []).length <= (line.match(/”/g) ?? []).length && (line.match(/"/g) ?? []).length % 2 === 0;
  });
  if (!m) return null;
  const from = Math.max(body.lastIndexOf('\n', m.index!), body.lastIndexOf('. ', m.index!) + 1, 0);
  let to = body.slice(m.index!).search(/[.!?]["”’]?(?:\s|$)/);
  to = to < 0 ? body.length : m.index! + to;
  const sentence = body.slice(from, to);
  // (The time after the meeting's words before any other: "released on Tuesday, was recorded …
  // on Friday".)
  const times = findTimeExpressions(sentence, article.publishedAt).filter((e) => e.precision !== 'year' && !after(e.value, article.publishedAt));
  const time = times.find((e) => from + e.start >= m.index! + m[0].length) ?? times[0];
  if (!time) return null;
  const speaking = drafts.find((d) => d.sentenceSpan.start <= to && d.sentenceSpan.end >= from && d.entity)?.entity;
  const answering = drafts.find((d) => d.attribution.speaker.type === 'interviewee' && d.entity)?.entity;
  // (Or, when the sentence quotes no one, the person most of the claims are by: whom it is about.)
  const count = new Map<Entity, number>();
  for (const d of drafts) if (d.entity?.kind === 'person') count.set(d.entity, (count.get(d.entity) ?? 0) + 1);
  const most = [...count].sort((a, b) => b[1] - a[1])[0];
  const entity = speaking ?? answering ?? (most && most[1] >= 3 ? most[0] : undefined);
  return entity ? { day: time.value, entity } : null;
}

/** Whether an attribution's verb stands in a relative clause ("…, who testified last month"). */
function inRelativeClause(tk: AnalysedParagraph['tokens'], a: Attribution): boolean {
  return tk.slice(Math.max(0, a.cue.first - 3), a.cue.first).some((t) => /^(who|which)$/.test(t.lower));
}

/** Whether two phrases share a word other than a determiner or a preposition. */
function shareAWord(a: string, b: string): boolean {
  const words = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  const first = new Set(words(a));
  return words(b).some((w) => first.has(w));
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'in', 'on', 'at', 'to', 'of', 'with', 'by', 'for', 'from', 'and']);

/** A quotation in double marks, straight or curly. */
const QUOTED = /[“"][^“”"]*[”"]/g;

/** A paragraph that is only a clock time, as a live page heads its entries: "16:31 GMT", "4:52 PM EST";
 * or a clock time and a dash before the entry's words ("16:05 —", "10.42am - The council said …"). */
const CLOCK_TIME = /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?(?:\s+[A-Z]{2,4})?\s*(?:$|[—–-](?:\s|$))/;

/** A live page: three entries or more headed by a clock time, on a line of its own ("16:31 GMT")
 * or on the first line of the entry ("22.14" then the entry's words on the next line). */
function isLivePage(paragraphs: Paragraph[]): boolean {
  let entries = 0;
  for (const { p } of paragraphs) if (CLOCK_TIME.test(p.text.split('\n', 1)[0]!) && ++entries >= 3) return true;
  return false;
}

/** Words that place an attribution at a time of its own, which the lead's day may not be. */
// ("Shelby later said …" may be days later, "In an earlier interview, …" before; "Speaking later
// in the day, …" is the same day. "a day after Kyiv said" is another day; "after the hearing",
// "before the vote" are the occasion.)
const OTHER_TIME = /\b(?:week|weeks|month|months|year|years|ago|previously|yesterday|last|since|\d{4})\b(?!-)|\bdays? (?:before|after|earlier|later)\b|\b(?:later|earlier)\b(?! (?:in the day|that day|on|today)\b)/i;

/**
 * The day a story's lead reports ("was sentenced Friday", "said on Monday", "NEW YORK, June 10"):
 * the first day named in the first three paragraphs of prose (20 words or more: not a byline or a
 * short caption; a long headline and its standfirst may be two of them), if it is the day of publication or one of the two before (a lead further
 * back reports an earlier event, not the occasion of the quotations); for a live page, its day of
 * publication. Null without one, or without a publication date to resolve it against.
 */
function occasionDay(article: Article, paragraphs: Paragraph[]): string | null {
  const ref = article.publishedAt;
  if (!ref) return null;
  // A live page ("16:31 GMT", "4:52 PM EST" heading each entry) reports the day it is published.
  if (isLivePage(paragraphs)) return ref.slice(0, 10);
  const prose: Paragraph[] = [];
  let long = 0;
  for (const para of paragraphs) {
    // (A page's date and weather strip, "Tuesday 29 April 2025 | … Abu Dhabi 34°C …", is no lead.)
    // (A short sentence with its full stop is prose too: "The hearing at Pontypridd Coroner's Court
    // on Wednesday was the second day of a three-day inquest into his death.")
    // (It is read, but counts toward none of the three.)
    const words = wordCount(para.p.text);
    if (/\s\|\s/.test(para.p.text)) continue;
    if (words >= 20) long++;
    if (words >= 20 || (words >= 12 && /[.!?]["”’]?$/.test(para.p.text.trim()))) prose.push(para);
    if (long === 4) break;
  }
  for (const para of prose) {
    const { p } = para;
    // (The latest such day of the paragraph: "The blaze, which started on Sunday afternoon, was
    // still burning on Tuesday morning" reports Tuesday; the earlier day is background.)
    // (The dateline's, "DENVER, July 1 (Atlas) - … won … on Tuesday", only when the paragraph
    // names no other: it is the day the story was filed, "OSLO, Sept 17 (Reuters) - … people
    // familiar with the matter said".)
    const dateline = datelineLength(para, p);
    const latest = latestDayOf(p.text.slice(dateline), ref, (at) => boundsASpan(p.text, dateline + at)) ?? (dateline > 0 ? latestDayOf(p.text.slice(0, dateline), ref, () => false) : null);
    if (latest) return latest;
  }
  return null;
}

/** The latest day named in `text` that is the day of `ref` or one of the two before, leaving out
 * those `skip` rejects by their offset; null without one. */
function latestDayOf(text: string, ref: string, skip: (at: number) => boolean): string | null {
  let latest: string | null = null;
  for (const e of findTimeExpressions(text, ref)) {
    if (e.precision !== 'day' || after(e.value, ref)) continue;
    // ("… evacuated since Friday", "… until Monday": the bound of a span is no occasion.)
    if (skip(e.start)) continue;
    const days = (Date.parse(ref.slice(0, 10)) - Date.parse(e.value)) / 86_400_000;
    if (days >= 0 && days <= 2 && (latest === null || e.value > latest)) latest = e.value;
  }
  return latest;
}

/** Whether the time named at `at` in `text` bounds a span ("evacuated since Friday", "adjourned
 * until Monday", "next Tuesday") rather than naming when something happened. */
function boundsASpan(text: string, at: number): boolean {
  return /\b(?:since|until|till|through|from|by|next|before|after|starting|beginning)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * For a live page (three entries or more headed by a clock time), the day each paragraph was
 * posted on: the day of publication, or the day heading above it ("Friday 9 May", "Thursday, May
 * 8") — a page that runs past midnight states the next day, which may be after the date it was
 * first published on. Null for a page that is not live.
 */
function liveDays(article: Article, paragraphs: Paragraph[]): Array<string | null> | null {
  const ref = article.publishedAt;
  if (!ref || !isLivePage(paragraphs)) return null;
  // Headings are read against the day after publication, and no later.
  const nextDay = new Date(Date.parse(ref.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10);
  let day: string = ref.slice(0, 10);
  return paragraphs.map(({ p }) => {
    if (isDayHeading(p.text)) day = findTimeExpressions(p.text, nextDay).find((e) => e.precision === 'day')?.value ?? day;
    return day;
  });
}

/** The tense of an attribution's verb: "says", "claim", "argues" are present (a stance, or a new
 * occasion); "said", "wrote" past; "according to" and a quotation's colon have none. */
function tenseOf(tk: AnalysedParagraph['tokens'], a: Attribution): 'present' | 'past' | null {
  const { lower, lemma, pos } = tk[a.cue.first]!;
  if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ') return null;
  if (lower === 'according') return null;
  // ("“…,” he read": a verb whose past is its present is past after "he", "she" or "it", which take
  // "reads" in the present.)
  if (lower === 'read' || lower === 'forecast') return a.speaker.type === 'words' && /^(he|she|it)$/.test(tk[a.speaker.range.last]!.lower) ? 'past' : null;
  return lower === lemma || lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`) ? 'present' : 'past';
}

/** The length of the dateline ("OSLO, Sept 17 (Reuters) -") opening `sentence`, if it opens its paragraph. */
function datelineLength(para: Paragraph, sentence: { start: number }): number {
  return sentence.start === para.p.start ? (DATELINE.exec(para.p.text)?.[0].length ?? 0) : 0;
}

/** Whether a date ("2030", "2024-07", "2024-07-05") begins after the reference day. */
function after(value: string, ref: string | null): boolean {
  return ref !== null && value > ref.slice(0, value.length);
}

/** "has said", "had warned", "previously said", "has long argued": words before the verb that put
 * what is reported before the occasion the article last reported. */
function looksBack(tk: AnalysedParagraph['tokens'], a: Attribution): boolean {
  // (With no subject of its own, "…, but has said …", the auxiliary just before the verb counts.)
  let first = a.speaker.type === 'words' ? Math.min(a.speaker.range.first, a.cue.first) : Math.max(0, a.cue.first - 2);
  // (Not an auxiliary in what describes the speaker: "Tricia Vandermolen, who has two children at
  // Cedar Ridge High, said …" — only the words after the last comma before the verb.)
  for (let k = a.cue.first - 1; k > first; k--) {
    if (tk[k]!.text === ',') {
      first = k + 1;
      break;
    }
  }
  for (let k = first; k < a.cue.last; k++) {
    const t = tk[k]!;
    if ((t.pos === 'AUX' && /^(has|have|had|'ve|'d|’ve|’d)$/.test(t.lower)) || /^(previously|earlier|repeatedly|long|often|always|once|formerly)$/.test(t.lower)) return true;
  }
  // ("“…,” Cruz said at the time.")
  return atTheTime(tk, a);
}

/** "said at the time": the occasion is the time the text named before. */
function atTheTime(tk: AnalysedParagraph['tokens'], a: Attribution): boolean {
  // (And "…,” Graham told The New York Times then.": "then" closing the attribution.)
  return a.zone.some((z) => tk.slice(z.first, z.last + 1).some((t, n) => (t.lower === 'time' && tk[z.first + n - 1]?.lower === 'the' && tk[z.first + n - 2]?.lower === 'at') || (t.lower === 'then' && /^[.,;]$/.test(tk[z.first + n + 1]?.text ?? ''))));
}

/** Words before a date that make it a future one, or the start or bound of a span ("evacuated
 * since Friday", "before Sunday"), which is not when anything was said either. */
/** Words before a time that make it a deadline or a bound, not when something was said. */
const DUE_BY = /\b(?:due|until|till|starting|beginning|from|since)\s+(?:on\s+)?$/i;
const LOOKS_AHEAD = /\b(will|would|shall|could|may|might|should|'ll|’ll|starting|beginning|from|until|till|through|by|next|expected|scheduled|planned|due|set to|going to|since|after|before|between)\b/i;
/** A past perfect before a date inside reported words ("had lost it on Sunday"): an event before
 * the words were said. */
const LOOKS_BACK = /\bhad\b/i;

/** Where an attribution's words begin: its speaker, its cue or its content, whichever is first. */
function attributionStart(tk: AnalysedParagraph['tokens'], a: Attribution): number {
  const starts = [tk[a.cue.first]!.start];
  if (a.speaker.type === 'words') starts.push(tk[a.speaker.range.first]!.start);
  if (a.content) starts.push(a.content.start);
  return Math.min(...starts);
}

function toClaims(article: Article, drafts: Draft[]): Claim[] {
  const seen = new Set<string>();
  const claims: Claim[] = [];
  for (const d of drafts.sort((x, y) => x.content.start - y.content.start)) {
    const e = d.entity!;
    const content = (d.attribution.content?.text && d.continues === null ? d.attribution.content.text : article.body.slice(d.content.start, d.content.end)).trim();
    if (!/[\p{L}\p{N}]/u.test(content)) continue;
    const key = `${d.content.start}:${d.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push({
      id: createHash('sha256').update(`${article.id}:${d.content.start}:${d.content.end}`).digest('hex').slice(0, 16),
      articleId: article.id,
      speaker: { name: e.name, role: e.role, kind: e.kind, mention: d.mention?.text ?? e.name },
      cue: d.cue,
      kind: d.kind,
      content,
      start: d.content.start,
      end: d.content.end,
      sentence: article.body.slice(d.sentenceSpan.start, d.sentenceSpan.end).trim(),
      saidOn: d.saidOn,
      via: d.via,
      ...(d.continues === null && d.attribution.content?.pieces ? { pieces: d.attribution.content.pieces } : {}),
    });
  }
  return claims;
}


