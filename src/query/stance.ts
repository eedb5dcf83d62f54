// Two small judgements the answer needs: are two claims the same statement (reported by several
// outlets), and does a claim assert something or dispute it. Both are plain word rules: they
// hold across topics because they look at how English states a denial, not at what is denied.
import type { StoredClaim } from '../store/types.ts';
import { stripDiacritics } from '../text/index.ts';
import type { Stance } from './answer.ts';

const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'it', 'its', 'that', 'this', 'they', 'their', 'he', 'she', 'his', 'her', 'we',
  'our', 'has', 'have', 'had', 'from', 'there', 'so', 'if', 'will', 'would',
]);

/** Content words reduced to a rough stem ("legally" → "legal", "captured" → "captur"). */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of stripDiacritics(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP.has(raw)) continue;
    out.add(raw.replace(/(?:ly|ing|ed|es|s)$/, '') || raw);
  }
  return out;
}

// A claim is compared with every other statement of its speaker in an answer: its stems are
// worked out once per claim object, not once per comparison.
const stemsOfClaim = new WeakMap<StoredClaim, Set<string>>();
function contentStems(c: StoredClaim): Set<string> {
  let s = stemsOfClaim.get(c);
  if (!s) {
    s = stems(c.content);
    stemsOfClaim.set(c, s);
  }
  return s;
}

/** A key for exact duplicates: speaker and folded content. */
export function statementKey(c: StoredClaim): string {
  return `${c.speakerId}|${[...stems(c.content)].sort().join(' ')}`;
}

/**
 * The same speaker's same words in two reports: most content words of the shorter one are in the
 * longer one (outlets quote and paraphrase the same video differently), and the dates agree.
 */
export function sameStatement(a: StoredClaim, b: StoredClaim): boolean {
  if (a.speakerId !== b.speakerId || a.articleId === b.articleId) return false;
  if (a.saidOn && b.saidOn && !a.saidOn.startsWith(b.saidOn) && !b.saidOn.startsWith(a.saidOn)) return false;
  const sa = contentStems(a);
  const sb = contentStems(b);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  const smaller = Math.min(sa.size, sb.size);
  return shared >= 2 && shared / Math.max(1, smaller) >= 0.6;
}

/** What a stance is judged from: the cue and the content. */
export type StanceText = Pick<StoredClaim, 'cue' | 'content'>;

/** Words that call something false or deny it outright: strong evidence of disputing. */
const FALSITY = /\b(deny|denies|denied|denial|reject(s|ed)?|refute[sd]?|dismiss(es|ed)?|fakes?|false(ly)?|untrue|lies|lying|nonsense|propaganda|fabricat\w*|baseless|myth|hoax|bogus|debunk\w*)\b/i;
/** Negation, and words that say a state goes on against a claimed change ("still control",
 * "fighting is ongoing"): weaker evidence, as they also appear in plain assertions. */
const NEGATION = /\b(not|no|never|nothing|none|neither|nor|cannot)\b|n['’]t\b/i;
const PERSISTENCE = /\b(still|continues?|continuing|remains?|holding|holds|ongoing)\b/i;
/** Cues that concede a point: what follows is not a denial by the speaker. */
const CONCESSION = /^(conced|acknowledg|admit|grant|recogni)/i;
const DENIAL_CUE = /^(den|reject|refut|dismiss|counter|rebut|contradict)/i;

/** How strongly one claim disputes: 2 for a denial or a word of falsity, 1 for negation or
 * persistence, 0 for a plain assertion; null for a concession, which takes no side. */
export function disputeWeight(c: StanceText): number | null {
  if (CONCESSION.test(c.cue)) return null;
  if (DENIAL_CUE.test(c.cue) || FALSITY.test(c.content)) return 2;
  return NEGATION.test(c.content) || PERSISTENCE.test(c.content) ? 1 : 0;
}

export function stanceOf(c: StoredClaim): Stance {
  const w = disputeWeight(c);
  return w === null ? 'neutral' : w > 0 ? 'disputes' : 'asserts';
}

/**
 * A speaker's side on a topic, from all their claims: people take sides, single sentences vary
 * ("It is not blitzkrieg but the progress is clear" negates while asserting). The speaker
 * disputes when the weight of their disputing words outweighs their plain assertions.
 */
export function sideOf(claims: StanceText[]): Stance {
  let disputing = 0;
  let asserting = 0;
  for (const c of claims) {
    const w = disputeWeight(c);
    if (w === null) continue;
    if (w === 0) asserting++;
    else disputing += w;
  }
  if (disputing === 0 && asserting === 0) return 'neutral';
  return disputing > asserting ? 'disputes' : 'asserts';
}
