import type { Article } from '../articles/index.ts';
import type { Claim, SpeakerKind } from '../claims/index.ts';

/** One person or body across the whole store, with every spelling it was seen under. */
export interface CanonicalSpeaker {
  /** Stable id (e.g. "s12"). */
  id: string;
  /** The display name: the fullest, most frequent spelling. */
  name: string;
  kind: SpeakerKind;
  /** Roles seen, most recent first. */
  roles: string[];
  /** Every spelling seen ("Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"), display name included. */
  aliases: string[];
}

/** A claim as the query core sees it: the claim, its canonical speaker and its article's citation data. */
export interface StoredClaim extends Claim {
  speakerId: string;
  outlet: string | null;
  headline: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string;
}

export type IngestStatus = 'added' | 'unchanged' | 'replaced';

export interface IngestResult {
  status: IngestStatus;
  articleId: string;
  /** Claims now stored for the article. */
  claims: number;
  /** The id of the article this one replaced (same source or URL, new body). */
  replaced?: string;
}

export type { Article };
