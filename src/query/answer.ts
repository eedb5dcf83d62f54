// The Answer every adapter renders. Plain data: no platform markup anywhere.
import type { SpeakerKind } from '../claims/index.ts';

export type Stance = 'asserts' | 'disputes' | 'neutral';

export interface Citation {
  /** 1-based, in the order the claims appear in the answer. */
  n: number;
  claimId: string;
  outlet: string | null;
  headline: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Where the article was read from (a file or a feed URL), for an article with no URL. */
  source: string;
  /** The exact sentence the claim was found in. */
  sentence: string;
}

export interface AnswerSpeaker {
  id: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
}

/** One statement: the same words of one speaker, however many outlets reported them. */
export interface AnswerStatement {
  speaker: AnswerSpeaker;
  content: string;
  kind: 'direct' | 'indirect' | 'mixed';
  cue: string;
  saidOn: string | null;
  via: string | null;
  stance: Stance;
  /** Citation numbers, one per report of the statement. */
  citations: number[];
  /** Distinct outlets that reported it. */
  outlets: string[];
}

export interface AnswerGroup {
  /** "Asserts", "Disputes", or a speaker's name. */
  label: string;
  side: Stance | null;
  statements: AnswerStatement[];
}

export interface Answer {
  query: string;
  /** One paragraph: how many claims, from whom, over which dates, and whether sources disagree. */
  summary: string;
  /** What the answer is made of: the most relevant matching claims (at most a few hundred). */
  counts: { claims: number; statements: number; speakers: number; outlets: number };
  dates: { from: string; to: string } | null;
  /** Totals over every matching claim, when more matched than the answer read; null otherwise. */
  matching: { claims: number; speakers: number; outlets: number; dates: { from: string; to: string } | null } | null;
  /** Set when claims on the topic contradict each other: who asserts and who disputes. */
  dispute: { asserting: string[]; disputing: string[] } | null;
  groups: AnswerGroup[];
  citations: Citation[];
  /** Statements left out of `groups` for length. */
  omitted: number;
}

export interface Help {
  title: string;
  lines: string[];
}

export type Reply = { type: 'answer'; answer: Answer } | { type: 'help'; help: Help };
