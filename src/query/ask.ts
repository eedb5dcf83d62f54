// ask(): from a query to a cited Answer — search, filter, merge the same statement reported by
// several outlets, tell who asserts and who disputes, group, number the citations, summarise.
import type { ClaimIndex, MatchTally } from '../search/index.ts';
import type { ClaimStore } from '../store/index.ts';
import type { CanonicalSpeaker, StoredClaim } from '../store/types.ts';
import { stripDiacritics } from '../text/index.ts';
import type { Answer, AnswerGroup, AnswerStatement, Citation, Help, Reply, Stance } from './answer.ts';
import { QueryError } from './errors.ts';
import { endOf, parseQuery, startOf, type Query } from './parse.ts';
import { sideOf, stanceOf, statementKey, sameStatement, type StanceText } from './stance.ts';

/** At most this many statements in one answer; the rest are counted in `omitted`. */
export const MAX_STATEMENTS = 15;
/** Hits scoring under this share of the best one are noise for this query. Low, because a claim
 * that matches one word of a two-word topic ("bakhmut" of "bakhmut control") still belongs. */
export const RELATIVE_SCORE_FLOOR = 0.04;
/** At most this many candidate claims per query, from the index or from the store's filters:
 * several times the statements an answer shows, so that the same statement from several outlets
 * and every speaker's side come with them. Each is read from the store, with its speaker's other
 * claims in the same article, which is most of ask()'s time beyond the search; what matched beyond
 * them is counted by the index (Answer.matching). */
export const CANDIDATE_LIMIT = 100;

export const HELP: Help = {
  title: 'Ask claimdesk about what sources said',
  lines: [
    '/claim bakhmut control — claims on a topic, grouped by speaker, with citations',
    '/claim "legal sense" — an exact phrase',
    '/claim from:zelensky — what one speaker said (any spelling)',
    '/claim outlet:euronews — claims reported by one outlet',
    '/claim bakhmut since:2023-04-01 until:2023-06 — claims said in a date range (YYYY, YYYY-MM or YYYY-MM-DD)',
    'Filters combine with words: /claim capture from:prigozhin since:2023-04',
  ],
};

export class QueryCore {
  constructor(
    private readonly store: ClaimStore,
    private readonly index: ClaimIndex,
  ) {}

  /** Answers `/claim TEXT`. Throws QueryError for a query it cannot answer. */
  handle(text: string, today?: string): Reply {
    const query = parseQuery(text, today);
    if (query.help) return { type: 'help', help: HELP };
    return { type: 'answer', answer: this.ask(query) };
  }

  /** `scope.claimIds`: answer from these claims only (a digest's new claims). */
  ask(query: Query, scope: { claimIds?: ReadonlySet<string> } = {}): Answer {
    const { items, wordsMatched, matching } = this.candidates(query, scope.claimIds);
    const filtered = this.withPhrases(query, items);
    if (filtered.length === 0) throw this.noResults(query, wordsMatched);
    const speakers = this.store.speakersByIds(filtered.map((i) => i.claim.speakerId));
    const speakerOf = (id: string) => speakers.get(id) ?? null;
    // Phrases are checked on the claims read, so the index's count would overstate them.
    const total = query.phrases.length === 0 && matching && matching.claims > filtered.length ? matching : null;
    return buildAnswer(query.text, filtered, speakerOf, this.contextFor(filtered.map((i) => i.claim)), total);
  }

  /** Claims for the query, best first; `wordsMatched`: whether any claim had the words, filters aside. */
  private candidates(
    query: Query,
    onlyIds?: ReadonlySet<string>,
  ): { items: Array<{ claim: StoredClaim; score: number }>; wordsMatched: boolean; matching?: MatchTally } {
    const words = [...query.terms, ...query.phrases.flatMap((p) => p.split(/\s+/))];
    const outlets = query.outlets.length > 0 ? this.matchingOutlets(query.outlets) : undefined;
    // The filters go into the index, so that they pick from every claim, not only from the
    // best-scoring few hundred.
    const filters = {
      limit: CANDIDATE_LIMIT,
      onlyIds,
      speakerIds: query.from.length > 0 ? new Set(this.speakerIds(query.from)) : undefined,
      outlets: outlets ? new Set(outlets) : undefined,
      since: query.since ? startOf(query.since) : undefined,
      until: query.until ? endOf(query.until) : undefined,
    };
    if (words.length === 0) {
      // Filters only: the newest claims that pass them.
      const { hits, tally } = this.index.newest(filters);
      return { items: this.load(hits), wordsMatched: false, matching: tally };
    }
    const { hits, matchedWords, tally } = this.index.search(words, { ...filters, tallyFloor: RELATIVE_SCORE_FLOOR });
    if (hits.length === 0) return { items: [], wordsMatched: matchedWords > 0 };
    const floor = hits[0]!.score * RELATIVE_SCORE_FLOOR;
    return { items: this.load(hits.filter((h) => h.score >= floor)), wordsMatched: true, matching: tally };
  }

  /** The hits' claims from the store, in the hits' order. */
  private load(hits: Array<{ id: string; score: number }>): Array<{ claim: StoredClaim; score: number }> {
    const byId = new Map(this.store.claimsByIds(hits.map((h) => h.id)).map((c) => [c.id, c]));
    return hits.flatMap((h) => {
      const claim = byId.get(h.id);
      return claim ? [{ claim, score: h.score }] : [];
    });
  }

  /** Claims holding every `"exact phrase"` (the index matched its words, not their order). The
   * other filters were applied by the index. */
  private withPhrases(query: Query, items: Array<{ claim: StoredClaim; score: number }>): Array<{ claim: StoredClaim; score: number }> {
    if (query.phrases.length === 0) return items;
    const phrases = query.phrases.map(fold);
    return items.filter((i) => phrases.every((p) => fold(i.claim.content).includes(p) || fold(i.claim.sentence).includes(p)));
  }

  /** The canonical speakers `from:` names; none is an error that suggests a near name. */
  private speakerIds(names: string[]): string[] {
    const ids = [...new Set(names.flatMap((name) => this.store.findSpeakers(name).map((s) => s.id)))];
    if (ids.length === 0) {
      throw new QueryError('no_results', `No speaker called "${names.join('" or "')}" is in the claim index.`, this.speakerSuggestion(names[0]!));
    }
    return ids;
  }

  /** Stored outlet names containing any of the `outlet:` words (case and accents folded). */
  private matchingOutlets(names: string[]): string[] {
    const wanted = names.map(fold);
    return this.store.outlets().filter((outlet) => wanted.some((w) => fold(outlet).includes(w)));
  }

  /**
   * A speaker's other claims in the same articles: their side on the story, beyond the sentences
   * that matched the words. Read for every candidate article in one query, cue and content only.
   */
  private contextFor(claims: StoredClaim[]): (claims: StoredClaim[]) => StanceText[] {
    const bySpeakerArticle = new Map<string, StanceText[]>();
    for (const row of this.store.stanceTextsIn(unique(claims.map((c) => c.articleId)), unique(claims.map((c) => c.speakerId)))) {
      const key = `${row.speakerId}|${row.articleId}`;
      const list = bySpeakerArticle.get(key) ?? [];
      list.push(row);
      bySpeakerArticle.set(key, list);
    }
    return (mine) => {
      const speaker = mine[0]?.speakerId;
      return unique(mine.map((c) => c.articleId)).flatMap((article) => bySpeakerArticle.get(`${speaker}|${article}`) ?? []);
    };
  }

  private noResults(query: Query, hadMatches: boolean): QueryError {
    if (hadMatches) {
      return new QueryError('no_results', 'Claims match those words, but none pass the filters.', query.terms.join(' ') || undefined);
    }
    const suggestions = this.index.suggest([...query.terms, ...query.phrases].join(' '));
    const suggestion = suggestions[0];
    return new QueryError(
      'no_results',
      suggestion ? `No claims match "${query.text}". Did you mean "${suggestion}"?` : `No claims match "${query.text}". Try fewer or broader words, or from:NAME.`,
      suggestion,
    );
  }

  private speakerSuggestion(name: string): string | undefined {
    const words = fold(name).split(' ');
    const near = this.store.speakers().find((s) => s.aliases.some((a) => words.some((w) => w.length > 3 && fold(a).includes(w.slice(0, 4)))));
    return near ? `from:${near.name.split(' ').at(-1)!.toLowerCase()}` : undefined;
  }
}

export function fold(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

interface Statement {
  claims: StoredClaim[];
  score: number;
  stance: Stance;
}

/** Builds the Answer from the matching claims, best first. Exported for tests. */
export function buildAnswer(
  queryText: string,
  items: Array<{ claim: StoredClaim; score: number }>,
  speakerOf: (id: string) => CanonicalSpeaker | null,
  /** A speaker's claims around the matched ones, to judge their side; defaults to the matched ones. */
  contextOf: (claims: StoredClaim[]) => StanceText[] = (claims) => claims,
  /** Totals over every matching claim, when more matched than `items` holds. */
  matching: MatchTally | null = null,
): Answer {
  // 1. The same statement reported by several outlets becomes one, with every citation.
  const statements: Statement[] = [];
  const bySpeaker = new Map<string, Statement[]>();
  for (const { claim, score } of [...items].sort((a, b) => b.score - a.score)) {
    const list = bySpeaker.get(claim.speakerId) ?? [];
    const same = list.find((s) => sameStatement(s.claims[0]!, claim));
    if (same) {
      if (!same.claims.some((c) => c.id === claim.id)) same.claims.push(claim);
      same.score = Math.max(same.score, score);
      continue;
    }
    const statement: Statement = { claims: [claim], score, stance: stanceOf(claim) };
    list.push(statement);
    bySpeaker.set(claim.speakerId, list);
    statements.push(statement);
  }

  // 2. Disputes: some speakers assert, others dispute (each speaker's side from all their claims).
  const speakerOrder = unique(statements.map((s) => s.claims[0]!.speakerId));
  const side = new Map(speakerOrder.map((id) => [id, sideOf(contextOf(statements.filter((s) => s.claims[0]!.speakerId === id).flatMap((s) => s.claims)))]));
  const asserting = speakerOrder.filter((id) => side.get(id) === 'asserts');
  const disputing = speakerOrder.filter((id) => side.get(id) === 'disputes');
  const disputed = asserting.length > 0 && disputing.length > 0;

  // 3. Order: speakers by the relevance of their best statement; their statements by relevance.
  const kept = selectStatements(statements, speakerOrder);
  const omitted = statements.length - kept.length;

  const nameOf = (id: string) => speakerOf(id)?.name ?? statements.find((s) => s.claims[0]!.speakerId === id)!.claims[0]!.speaker.name;
  const groups: AnswerGroup[] = [];
  const citations: Citation[] = [];
  const render = (s: Statement): AnswerStatement => toAnswerStatement(s, citations, speakerOf);
  if (disputed) {
    for (const which of ['asserts', 'disputes', 'neutral'] as const) {
      const inSide = speakerOrder.filter((id) => side.get(id) === which).flatMap((id) => kept.filter((s) => s.claims[0]!.speakerId === id));
      if (inSide.length) groups.push({ label: which === 'asserts' ? 'Asserting' : which === 'disputes' ? 'Disputing' : 'Other claims', side: which, statements: inSide.map(render) });
    }
  } else {
    for (const id of speakerOrder) {
      const mine = kept.filter((s) => s.claims[0]!.speakerId === id);
      if (mine.length) groups.push({ label: nameOf(id), side: null, statements: mine.map(render) });
    }
  }

  const allClaims = statements.flatMap((s) => s.claims);
  const outlets = unique(allClaims.map((c) => c.outlet ?? 'an unnamed outlet'));
  const dates = allClaims.map((c) => c.saidOn ?? c.publishedAt).filter((d): d is string => !!d).sort();
  const dateRange = dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null;
  const dispute = disputed ? { asserting: asserting.map(nameOf), disputing: disputing.map(nameOf) } : null;
  const counts = { claims: allClaims.length, statements: statements.length, speakers: speakerOrder.length, outlets: outlets.length };
  return {
    query: queryText,
    summary: summarise(counts, dateRange, dispute, statements, speakerOrder.map(nameOf), matching),
    counts,
    matching,
    dates: dateRange,
    dispute,
    groups,
    citations,
    omitted,
  };
}

/** Best statements first, but every speaker gets a say before anyone gets a third. */
function selectStatements(statements: Statement[], speakerOrder: string[]): Statement[] {
  if (statements.length <= MAX_STATEMENTS) return statements;
  const chosen = new Set<Statement>();
  for (let round = 0; chosen.size < MAX_STATEMENTS && round < MAX_STATEMENTS; round++) {
    for (const id of speakerOrder) {
      const next = statements.filter((s) => s.claims[0]!.speakerId === id && !chosen.has(s))[0];
      if (next && chosen.size < MAX_STATEMENTS) chosen.add(next);
    }
  }
  return statements.filter((s) => chosen.has(s));
}

function toAnswerStatement(s: Statement, citations: Citation[], speakerOf: (id: string) => CanonicalSpeaker | null): AnswerStatement {
  const first = s.claims[0]!;
  const canonical = speakerOf(first.speakerId);
  // Oldest report first: that is where the statement was first published.
  const reports = [...s.claims].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999'));
  const numbers = reports.map((c) => {
    const n = citations.length + 1;
    citations.push({ n, claimId: c.id, outlet: c.outlet, headline: c.headline, publishedAt: c.publishedAt, url: c.url, source: c.source, sentence: c.sentence });
    return n;
  });
  const saidOn = s.claims.map((c) => c.saidOn).filter((d): d is string => !!d).sort()[0] ?? null;
  return {
    speaker: { id: first.speakerId, name: canonical?.name ?? first.speaker.name, role: first.speaker.role ?? canonical?.roles[0] ?? null, kind: first.speaker.kind },
    content: first.content,
    kind: first.kind,
    cue: first.cue,
    saidOn,
    via: s.claims.map((c) => c.via).find((v) => !!v) ?? null,
    stance: s.stance,
    citations: numbers,
    outlets: unique(s.claims.map((c) => c.outlet ?? 'an unnamed outlet')),
  };
}

function summarise(
  counts: Answer['counts'],
  dates: Answer['dates'],
  dispute: Answer['dispute'],
  statements: Statement[],
  speakerNames: string[],
  matching: MatchTally | null,
): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const span = (d: Answer['dates']) => (!d ? 'undated' : d.from === d.to ? `on ${d.from}` : `from ${d.from} to ${d.to}`);
  const who = speakerNames.length <= 3 ? listOf(speakerNames) : `${speakerNames.slice(0, 3).join(', ')} and ${plural(speakerNames.length - 3, 'other')}`;
  const parts = [`${plural(counts.claims, 'claim')} from ${plural(counts.speakers, 'speaker')} (${who}), reported by ${plural(counts.outlets, 'outlet')}, ${span(dates)}.`];
  if (matching) {
    parts.unshift(
      `${plural(matching.claims, 'claim')} match, from ${plural(matching.speakers, 'speaker')} and ${plural(matching.outlets, 'outlet')}, ${span(matching.dates)}. The most relevant:`,
    );
  }
  if (dispute) {
    const few = (names: string[], n: number) => (names.length <= n ? listOf(names) : `${names.slice(0, n).join(', ')} and ${plural(names.length - n, 'other')}`);
    parts.push(`Sources disagree: ${few(dispute.asserting, 3)} ${dispute.asserting.length === 1 ? 'asserts' : 'assert'}, while ${few(dispute.disputing, 4)} ${dispute.disputing.length === 1 ? 'disputes' : 'dispute'}.`);
  }
  const widest = [...statements].sort((a, b) => outletsOf(b) - outletsOf(a))[0];
  if (widest && outletsOf(widest) > 1) {
    const c = widest.claims[0]!;
    parts.push(`${c.speaker.name}'s “${short(c.content)}” was reported by ${outletsOf(widest)} outlets.`);
  }
  return parts.join(' ');
}

function outletsOf(s: Statement): number {
  return new Set(s.claims.map((c) => c.outlet ?? c.source)).size;
}

function short(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text.replace(/[.,;:]$/, '') : `${words.slice(0, 8).join(' ')}…`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export { statementKey };
