// Child process of extract.bench.ts: how long wink-nlp alone takes over the same cleaned bodies.
// It runs apart because the project keeps one wink instance per process (src/claims/nlp.ts): a
// second `winkNLP(model)` beside the extractor's would disturb it and skew both figures.
// Usage: node --import tsx bench/tokenize-baseline.ts <corpus.json>  ({ bodies, distinct })
// Prints one JSON line: { tokenise, sbdPos, sbdPosParagraphs } each { ms, tokens }.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

interface Corpus {
  /** Every cleaned body the pipeline timed, in the same order. */
  bodies: string[];
  /** The first `distinct` bodies are one pass over the distinct texts: the warm-up. */
  distinct: number;
}

const file = process.argv[2];
if (!file) throw new Error('usage: tokenize-baseline.ts <corpus.json>');
const { bodies, distinct } = JSON.parse(readFileSync(file, 'utf8')) as Corpus;

type Nlp = ReturnType<typeof winkNLP>;

/** Read each text and its token count (reading the count makes sure wink did the work). */
function run(nlp: Nlp, texts: string[]): number {
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  return tokens;
}

function measure(nlp: Nlp, texts: string[], warmUp: string[]): { ms: number; tokens: number } {
  run(nlp, warmUp);
  const t0 = process.hrtime.bigint();
  const tokens = run(nlp, texts);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, tokens };
}

// Tokenisation only (empty pipe), measured first and to the end before the second instance
// exists, so the warning above cannot touch it.
const tokenise = measure(winkNLP(model, []), bodies, bodies.slice(0, distinct));

// What the extractor's instance does: sentences and parts of speech. Whole bodies, then the way
// the extractor reads them, one paragraph (non-blank line) per readDoc.
const withPos = winkNLP(model, ['sbd', 'pos']);
const sbdPos = measure(withPos, bodies, bodies.slice(0, distinct));
const paragraphs = (texts: string[]) => texts.flatMap((b) => b.split('\n').filter((l) => l.trim() !== ''));
const sbdPosParagraphs = measure(withPos, paragraphs(bodies), paragraphs(bodies.slice(0, distinct)));

console.log(JSON.stringify({ tokenise, sbdPos, sbdPosParagraphs }));
