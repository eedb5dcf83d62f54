// The claim index: full-text search over claims with minisearch. Only ids and the index live
// in memory; the claims themselves stay in the store and are loaded for the results.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { StoredClaim } from '../store/types.ts';

/** What the index reads of a claim. Speaker aliases make every spelling findable. */
export interface IndexedClaim {
  id: string;
  content: string;
  speaker: string;
  role: string;
  sentence: string;
  headline: string;
  outlet: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Query terms this claim matched. */
  terms: string[];
}

export interface SearchOptions {
  /** At most this many hits. */
  limit?: number;
  /** Only claims with these ids (applied before the limit). */
  onlyIds?: ReadonlySet<string>;
}

const FIELDS = ['content', 'speaker', 'role', 'sentence', 'headline', 'outlet'] as const;
/** Names what a saved index holds: change it whenever FIELDS, toIndexed or normaliseTerm change. */
export const INDEX_FORMAT = 'claims-v2';
/** Speaker and content say what a claim is; the sentence and headline only support it. */
const BOOST = { content: 2, speaker: 3, role: 1, sentence: 0.6, headline: 0.3, outlet: 1 };
/** Fuzzy matching is costly on a large index: it is tried only when exact and prefix find too little. */
const FEW_RESULTS = 3;
/** Prefix matching only for words long enough to mean something ("bakh" → Bakhmut). */
const PREFIX_MIN = 4;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he',
  'her', 'his', 'i', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'they',
  'this', 'to', 'was', 'we', 'were', 'what', 'which', 'who', 'with', 'said', 'says', 'say', 'did', 'do', 'does',
]);

/** Lower case, no diacritics, no possessive: "Zelenskyy’s" → "zelenskyy". */
export function normaliseTerm(term: string): string | null {
  const t = term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  return t.length === 0 || STOP_WORDS.has(t) ? null : t;
}

export class ClaimIndex {
  private search_: MiniSearch<IndexedClaim>;

  constructor(snapshot?: string) {
    const options = {
      fields: [...FIELDS],
      storeFields: [] as string[],
      processTerm: normaliseTerm,
    };
    this.search_ = snapshot ? MiniSearch.loadJSON<IndexedClaim>(snapshot, options) : new MiniSearch<IndexedClaim>(options);
  }

  get size(): number {
    return this.search_.documentCount;
  }

  add(claims: Iterable<StoredClaim>, aliasesOf: (speakerId: string) => string[] = () => []): void {
    const docs: IndexedClaim[] = [];
    for (const c of claims) {
      if (this.search_.has(c.id)) continue;
      docs.push(toIndexed(c, aliasesOf(c.speakerId)));
    }
    this.search_.addAll(docs);
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) if (this.search_.has(id)) this.search_.discard(id);
  }

  has(id: string): boolean {
    return this.search_.has(id);
  }

  /** Ranked hits for the words. Claims that match every word rank first (minisearch scores a
   * document higher for each query term it holds); claims that match some still come, so a topic
   * query ("bakhmut control") also finds the claims about Bakhmut that do not say "control". */
  search(words: string[], options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 200;
    const text = words.join(' ');
    if (!text.trim()) return [];
    const only = options.onlyIds;
    const base = {
      boost: BOOST,
      prefix: (t: string) => t.length >= PREFIX_MIN,
      combineWith: 'OR' as const,
      ...(only ? { filter: (r: SearchResult) => only.has(String(r.id)) } : {}),
    };
    let results: SearchResult[] = this.search_.search(text, base);
    if (results.length < FEW_RESULTS) {
      const more = this.search_.search(text, { ...base, fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) });
      results = merge(results, more);
    }
    return results.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Spellings close to the words, for "did you mean" when nothing matched. */
  suggest(text: string): string[] {
    return this.search_
      .autoSuggest(text, { fuzzy: 0.3, prefix: true, boost: BOOST })
      .slice(0, 3)
      .map((s) => s.suggestion);
  }

  toJSON(): string {
    return JSON.stringify(this.search_);
  }
}

function merge(a: SearchResult[], b: SearchResult[]): SearchResult[] {
  const seen = new Set(a.map((r) => r.id));
  return [...a, ...b.filter((r) => !seen.has(r.id))];
}

/**
 * The sentence's words beyond the content: the cue, the channel ("on Telegram", "in a video"), the
 * circumstances ("as fighting raged in Bakhmut"). The content is indexed on its own; indexing it
 * again inside the sentence doubled the index for no match that content alone does not give.
 */
function sentenceRest(c: StoredClaim): string {
  const at = c.sentence.indexOf(c.content);
  return at < 0 ? c.sentence : c.sentence.slice(0, at) + ' ' + c.sentence.slice(at + c.content.length);
}

function toIndexed(c: StoredClaim, aliases: string[]): IndexedClaim {
  return {
    id: c.id,
    content: c.content,
    speaker: [c.speaker.name, c.speaker.mention, ...aliases].join(' '),
    role: c.speaker.role ?? '',
    sentence: sentenceRest(c),
    headline: c.headline ?? '',
    outlet: c.outlet ?? '',
  };
}
export { saveSnapshot, loadSnapshot, type SnapshotHeader } from './snapshot.ts';
