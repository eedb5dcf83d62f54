export type SpeakerKind = 'person' | 'organisation' | 'group';

export interface Speaker {
  /** Canonical name within the article: "Yevgeny Prigozhin" for "he", "Mr. Prigozhin", "the Wagner chief". */
  name: string;
  /** Title or appositive: "head of the Wagner mercenary group". */
  role: string | null;
  kind: SpeakerKind;
  /** The words that stood for the speaker at this claim ("he", "Mr. Prigozhin"). */
  mention: string;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export interface Claim {
  /** Stable: article id + offsets. */
  id: string;
  articleId: string;
  speaker: Speaker;
  /** The reporting words: "said", "told", "wrote", "according to", "released a statement". */
  cue: string;
  kind: ClaimKind;
  /** The claim only, without speaker and cue. */
  content: string;
  /** Offsets of `content` in the article body: `body.slice(start, end) === content`, except for a
   * claim interrupted by its attribution (“A,” she said, “b.”; "The museum, he said, would …"),
   * whose content joins the pieces listed in `pieces` (with ", ", or a space between a subject
   * and its verb) while start/end span them all. */
  start: number;
  end: number;
  /** Only for an interrupted claim: the body spans its content is made of, in order. */
  pieces?: Array<{ start: number; end: number }>;
  /** The full sentence(s) the claim was found in, as in the body. */
  sentence: string;
  /** When it was said: YYYY-MM-DD, YYYY-MM, or null when the text does not say. */
  saidOn: string | null;
  /** The channel: "Telegram", "a video", "Facebook", the outlet told ("Reuters")… */
  via: string | null;
}
