// From a cleaned article to its attributed claims: paragraphs → tokens and quotes → attributions
// → speakers resolved across the article → dates and channels → claims.
import { createHash } from 'node:crypto';
import type { Article } from '../articles/types.ts';
import { findTimeExpressions, type TimeExpression } from '../dates/index.ts';
import { findAttributions, type Attribution, type ParagraphQuote, type TokenRange } from './attribution.ts';
import { analyseParagraph, type AnalysedParagraph } from './nlp.ts';
import { findQuotes } from './quotes.ts';
import { describeSpeaker, SpeakerResolver, type Entity, type Mention } from './speakers.ts';
import type { Claim, ClaimKind } from './types.ts';

/** Quotes shorter than this, with no attribution of their own, are scare quotes, not claims. */
const MIN_CONTINUATION_WORDS = 4;

interface Paragraph {
  p: AnalysedParagraph;
  quotes: ParagraphQuote[];
  attributions: Attribution[];
}

interface Draft {
  paragraph: number;
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
}

export function extractClaims(article: Article): Claim[] {
  const paragraphs = splitParagraphs(article.body).map(({ text, start }) => analyse(text, start));
  const resolver = new SpeakerResolver(namedPeople(paragraphs));
  const drafts: Draft[] = [];
  let lastDirect: Draft | null = null;
  let lastAttribution: { draft: Draft | null; speaker: Entity | null; mention: Mention | null; attribution: Attribution; paragraph: number } | null = null;

  paragraphs.forEach((para, pi) => {
    const { p, quotes } = para;
    const bySentence = new Map<number, Draft[]>();
    const usedQuotes = new Set<number>();
    const covered: Array<{ start: number; end: number }> = [];
    const events: Array<{ at: number; kind: 'attr'; a: Attribution } | { at: number; kind: 'quote'; q: number }> = [];
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
      if (ev.kind === 'attr') {
        const a = ev.a;
        const { mention, entity } = speakerOf(p, a, bySentence.get(a.sentence) ?? [], resolver);
        const sentence = p.sentences[a.sentence]!;
        let draft: Draft | null = null;
        if (a.content && entity) {
          draft = {
            paragraph: pi,
            attribution: a,
            mention,
            entity,
            content: a.content,
            kind: a.kind,
            cue: a.cueText,
            via: a.via,
            sentenceSpan: spanOf(p, a, sentence),
            zone: a.zone,
            continues: null,
            saidOn: null,
          };
          drafts.push(draft);
          const list = bySentence.get(a.sentence) ?? [];
          list.push(draft);
          bySentence.set(a.sentence, list);
          if (a.kind !== 'indirect') lastDirect = draft;
        }
        if (entity) lastAttribution = { draft, speaker: entity, mention, attribution: a, paragraph: pi };
      } else {
        const q = quotes[ev.q]!;
        if (usedQuotes.has(ev.q)) continue;
        if (covered.some((c) => overlap(q.innerStart, q.innerEnd, c.start, c.end) > (q.innerEnd - q.innerStart) / 2)) continue;
        if (q.words < MIN_CONTINUATION_WORDS) continue;
        // A quotation with no attribution of its own continues the last speaker's words: in this
        // paragraph, or from the paragraph before when this one opens with the quotation.
        const prev = lastAttribution;
        if (!prev || !prev.speaker) continue;
        const samePara = prev.paragraph === pi;
        const opensParagraph = q.first === 0 || q.open - p.start <= 1;
        // Across paragraphs only where news style says the words go on: the quotation before
        // was left open at the paragraph's end, or the attribution ended with "said:" / "in a
        // statement." and no words of its own.
        const previous = paragraphs[pi - 1];
        const leftOpen = previous?.quotes.at(-1)?.unclosed === true;
        const announced = !prev.attribution.content && prev.attribution.cueText !== ':';
        if (!samePara && !(opensParagraph && prev.paragraph === pi - 1 && (leftOpen || announced))) continue;
        if (prev.attribution.cueText === ':' && !samePara) continue;
        const sentence = p.sentences[p.tokens[q.first]!.sentence]!;
        const base = prev.draft;
        const draft: Draft = {
          paragraph: pi,
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
        lastDirect = draft;
        lastAttribution = { ...prev, draft, paragraph: pi };
      }
    }
  });
  void lastDirect;

  resolveDates(article, paragraphs, drafts);
  return toClaims(article, drafts);
}

function overlap(a1: number, a2: number, b1: number, b2: number): number {
  return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
}

function analyse(text: string, start: number): Paragraph {
  const p = analyseParagraph(text, start);
  const quotes: ParagraphQuote[] = findQuotes(text).map((q) => {
    const open = start + q.open;
    const close = start + q.close;
    let first = -1;
    let last = -1;
    for (const t of p.tokens) {
      if (t.start >= open && t.end <= close) {
        if (first < 0) first = t.i;
        last = t.i;
      }
    }
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
      if (a.speaker.type !== 'words') continue;
      const words = p.tokens.slice(a.speaker.range.first, a.speaker.range.last + 1).map((t) => t.text);
      const m = describeSpeaker(words, p.tokens[a.speaker.range.first]!.start, a.speaker.appositive);
      if (m.kind === 'person' && !m.needsAntecedent && m.name.split(' ').length >= 2) {
        out.push({ at: m.at, words: m.name.split(' '), role: m.role });
      }
    }
  }
  return out;
}

function speakerOf(p: AnalysedParagraph, a: Attribution, sameSentence: Draft[], resolver: SpeakerResolver): { mention: Mention | null; entity: Entity | null } {
  if (a.speaker.type === 'previous') {
    const prev = sameSentence.at(-1);
    if (prev?.entity) return { mention: prev.mention, entity: prev.entity };
    const range = a.speaker.fallback;
    if (!range) return { mention: null, entity: null };
    const words = p.tokens.slice(range.first, range.last + 1).map((t) => t.text);
    const mention = describeSpeaker(words, p.tokens[range.first]!.start);
    return { mention, entity: resolver.resolve(mention) };
  }
  const words = p.tokens.slice(a.speaker.range.first, a.speaker.range.last + 1).map((t) => t.text);
  const mention = describeSpeaker(words, p.tokens[a.speaker.range.first]!.start, a.speaker.appositive);
  return { mention, entity: resolver.resolve(mention) };
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
 * Saturday, X wrote"); the date of another claim of the same speaker in the same sentence, or of
 * the attribution a quotation continues; the same speaker's last dated claim in the paragraph
 * before; a weekday-style date inside the content itself ("fighting was ongoing Monday").
 */
function resolveDates(article: Article, paragraphs: Paragraph[], drafts: Draft[]): void {
  const ref = article.publishedAt;
  const cache = new Map<string, TimeExpression[]>();
  const expressionsIn = (pi: number, s: number): TimeExpression[] => {
    const key = `${pi}:${s}`;
    let found = cache.get(key);
    if (!found) {
      const p = paragraphs[pi]!.p;
      const sent = p.sentences[s]!;
      const text = article.body.slice(sent.start, sent.end);
      found = findTimeExpressions(text, ref).map((e) => ({ ...e, start: e.start + sent.start, end: e.end + sent.start }));
      cache.set(key, found);
    }
    return found;
  };
  const contentsOfSentence = (d: Draft) => drafts.filter((o) => o.paragraph === d.paragraph && o.attribution.sentence === d.attribution.sentence).map((o) => o.content);

  for (const d of drafts) {
    if (d.continues !== null || d.attribution.content === null) continue;
    const exprs = expressionsIn(d.paragraph, d.attribution.sentence);
    const contents = contentsOfSentence(d);
    const outside = exprs.filter((e) => !contents.some((c) => e.start < c.end && e.end > c.start));
    if (outside.length > 0) {
      const cueAt = paragraphs[d.paragraph]!.p.tokens[d.attribution.cue.first]!.start;
      outside.sort((x, y) => Math.abs(x.start - cueAt) - Math.abs(y.start - cueAt));
      d.saidOn = outside[0]!.value;
    }
  }
  for (const d of drafts) {
    if (d.saidOn) continue;
    if (d.continues?.saidOn) {
      d.saidOn = d.continues.saidOn;
      continue;
    }
    const sibling = drafts.find((o) => o !== d && o.saidOn && o.entity === d.entity && o.paragraph === d.paragraph && o.attribution.sentence === d.attribution.sentence);
    if (sibling) {
      d.saidOn = sibling.saidOn;
      continue;
    }
    if (d.continues === null && d.attribution.content === null) continue;
    // A continuation of an attribution with no content of its own ("X released a statement.").
    if (d.continues === null && d.attribution.content && (d.content.start !== d.attribution.content.start)) {
      const exprs = expressionsIn(d.paragraph, d.attribution.sentence);
      if (exprs.length) d.saidOn = exprs[0]!.value;
    }
  }
  for (const d of drafts) {
    if (d.saidOn) continue;
    // The same speaker's words a paragraph or two on are usually from the same occasion.
    const i = drafts.indexOf(d);
    const before = drafts.slice(0, i).reverse().find((o) => o.entity === d.entity && o.saidOn && d.paragraph - o.paragraph <= 2);
    if (before && (d.kind === 'direct' || d.continues)) {
      d.saidOn = before.saidOn;
      continue;
    }
    if (d.continues || d.attribution.content === null) continue;
    const inside = expressionsIn(d.paragraph, d.attribution.sentence).filter(
      (e) => e.precision === 'day' && e.start >= d.content.start && e.end <= d.content.end && /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|tonight)\b/i.test(e.text),
    );
    if (inside.length) d.saidOn = inside[0]!.value;
  }
  // Statement-only attributions that a quote continues: date from the statement's sentence.
  for (const d of drafts) {
    if (d.saidOn || !d.continues && d.attribution.content !== null) continue;
    const exprs = expressionsIn(paragraphIndexOf(paragraphs, d.attribution), d.attribution.sentence);
    if (exprs.length) d.saidOn = exprs[0]!.value;
  }
}

function paragraphIndexOf(paragraphs: Paragraph[], a: Attribution): number {
  return paragraphs.findIndex((p) => p.attributions.includes(a));
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
    });
  }
  return claims;
}


