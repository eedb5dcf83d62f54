// The one wink-nlp instance of the process. PACKAGES.md: a second `winkNLP(model)` changes the
// first one's state, so every caller goes through `analyseParagraph`.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

/** Tokens with parts of speech and body offsets, and sentences, for one paragraph. */
export function analyseParagraph(text: string, offset: number): AnalysedParagraph {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink types `its.lemma` as a token function of another shape; it is a valid `out` argument.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  // wink's tokenizer is lossless, so offsets come from walking the text; indexOf guards against
  // any character it normalised.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0) at = cursor;
    const lower = value.toLowerCase().replace(/[’‘]/g, "'");
    tokens.push({
      i,
      text: value,
      lower,
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      pos: pos[i]!,
      start: offset + at,
      end: offset + at + value.length,
      sentence: 0,
      quote: -1,
    });
    cursor = at + value.length;
  }
  const spans: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    spans.push([span[0], span[1]]);
  });
  const sentences = mergeBrokenSentences(spans, tokens);
  sentences.forEach((s, n) => {
    for (let i = s.first; i <= s.last; i++) tokens[i]!.sentence = n;
  });
  return { start: offset, end: offset + text.length, text, tokens, sentences };
}

/** wink ends sentences inside "(D-N.C.)" and after "Gen." style abbreviations: join a sentence
 * to the next when it leaves a bracket open or the next one starts in lower case. */
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
      if (open > 0 || /^[a-z]/.test(firstToken.text)) {
        prev.last = last;
        prev.end = tokens[last]!.end;
        continue;
      }
    }
    out.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end });
  }
  return out;
}
