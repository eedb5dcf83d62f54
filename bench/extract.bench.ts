// `npm run bench:extract`: throughput of the whole pipeline (cleaning + claim extraction) on one
// thread over >= 5 MiB of news text, beside wink-nlp's bare tokenisation of the same cleaned
// bodies. Prints a table and writes bench/results/extract.json. It reports, never asserts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText, type Article, type ArticleMeta } from '../src/articles/index.ts';
import { extractClaims } from '../src/claims/index.ts';

const MIN_BYTES = 5 * 1024 * 1024;
const TARGET_ARTICLES_PER_SEC = 150;
const TARGET_RATIO = 3;

const root = resolve(fileURLToPath(import.meta.url), '../..');
const shared = resolve(root, '../shared');

interface Text {
  name: string;
  text: string;
  meta: Partial<ArticleMeta>;
}

/** The .txt files of a folder, with their metadata from a manifest.json beside them if any. */
function readFolder(dir: string): Text[] {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Partial<ArticleMeta>>) : {};
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const { outlet, headline, publishedAt, url } = manifest[name] ?? {};
      const meta = Object.fromEntries(Object.entries({ outlet, headline, publishedAt, url }).filter(([, v]) => v !== undefined));
      return { name, text: readFileSync(join(dir, name), 'utf8'), meta };
    });
}

function chooseCorpus(): { label: string; texts: Text[] } {
  const override = process.env.CLAIMDESK_BENCH_CORPUS;
  if (override) return { label: `CLAIMDESK_BENCH_CORPUS=${override}`, texts: readFolder(resolve(override)) };
  // The repo's seeds are the shared seeds plus the manifest that gives them their metadata.
  const seeds = readFolder(join(root, 'seeds'));
  const polnearDir = join(shared, 'eval/polnear-dev/text');
  if (!existsSync(polnearDir)) return { label: `repo seeds/ only (no ${polnearDir})`, texts: seeds };
  const polnear = readFolder(polnearDir);
  return { label: `polnear-dev (${polnear.length}) + seeds (${seeds.length})`, texts: [...polnear, ...seeds] };
}

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const sumOf = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

// --- corpus: the distinct texts repeated until there are MIN_BYTES of raw text -----------------
const { label, texts } = chooseCorpus();
if (texts.length === 0) throw new Error(`bench: no .txt files in the corpus (${label})`);
const distinctBytes = sumOf(texts, (t) => Buffer.byteLength(t.text));
const repeats = Math.ceil(MIN_BYTES / distinctBytes);
// A distinct source per repetition, so nothing keyed on it can be reused; the file name stays
// last because the pipeline reads a date from it.
const jobs = Array.from({ length: repeats }, (_, r) => texts.map((t) => ({ ...t, rep: r, source: `bench/r${r}/${t.name}` }))).flat();

// --- warm-up: one pass over the distinct texts, so the timed run sees JIT-compiled code --------
for (const t of texts) {
  try {
    extractClaims(articleFromText(t.text, `warm-up/${t.name}`, t.meta));
  } catch {
    // An article the cleaner rejects (nothing left) is counted in the timed run.
  }
}

// --- timed run ------------------------------------------------------------------------------------
const bodies: string[] = [];
let claims = 0;
let rejected = 0;
/** Bodies of the first repetition: one pass over the distinct texts, the child's warm-up. */
let firstPass = 0;
let cleanNs = 0n;
let extractNs = 0n;
const start = process.hrtime.bigint();
for (const job of jobs) {
  const t0 = process.hrtime.bigint();
  let article: Article;
  try {
    article = articleFromText(job.text, job.source, job.meta);
  } catch {
    rejected++;
    continue;
  }
  const t1 = process.hrtime.bigint();
  claims += extractClaims(article).length;
  cleanNs += t1 - t0;
  extractNs += process.hrtime.bigint() - t1;
  bodies.push(article.body);
  if (job.rep === 0) firstPass++;
}
const pipelineMs = Number(process.hrtime.bigint() - start) / 1e6;
const peakRssKB = process.resourceUsage().maxRSS;
const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;

const articles = bodies.length;
const rawBytes = distinctBytes * repeats;
const rawWords = sumOf(jobs, (j) => words(j.text));
const bodyWords = sumOf(bodies, words);

// --- baseline: wink-nlp alone, in a child process (one wink instance per process) ---------------
interface Timing {
  ms: number;
  tokens: number;
}
let baseline: { tokenise: Timing; sbdPos: Timing; sbdPosParagraphs: Timing } | null = null;
const work = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
try {
  const corpusFile = join(work, 'bodies.json');
  writeFileSync(corpusFile, JSON.stringify({ bodies, distinct: firstPass }));
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/tokenize-baseline.ts'), corpusFile], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = child.stdout?.trim().split('\n').at(-1) ?? '';
  try {
    baseline = JSON.parse(line);
  } catch {
    console.error(`bench: the tokenisation baseline failed (exit ${child.status}): ${child.stderr?.trim() || child.error?.message}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// --- report -----------------------------------------------------------------------------------
const perSec = (n: number, ms: number) => (ms > 0 ? n / (ms / 1000) : 0);
const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const articlesPerSec = perSec(articles, pipelineMs);
const ratio = baseline ? pipelineMs / baseline.tokenise.ms : null;
const wink = (t: Timing | undefined) => (t ? { ms: round(t.ms, 1), tokens: t.tokens, wordsPerSec: round(perSec(bodyWords, t.ms)) } : null);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  threads: 1,
  corpus: {
    source: label,
    distinctTexts: texts.length,
    repeats,
    articles,
    rejected,
    mib: round(rawBytes / 2 ** 20, 2),
    rawWords,
    bodyWords,
  },
  pipeline: {
    ms: round(pipelineMs, 1),
    cleaningMs: round(Number(cleanNs) / 1e6, 1),
    extractionMs: round(Number(extractNs) / 1e6, 1),
    articlesPerSec: round(articlesPerSec, 1),
    wordsPerSec: round(perSec(bodyWords, pipelineMs)),
    claims,
  },
  wink: {
    tokenise: wink(baseline?.tokenise),
    sbdPos: wink(baseline?.sbdPos),
    sbdPosPerParagraph: wink(baseline?.sbdPosParagraphs),
  },
  ratioPipelineToTokenise: ratio === null ? null : round(ratio, 2),
  memory: { peakRssKB, heapUsedMB: round(heapUsedMB, 1) },
  targets: {
    articlesPerSec: { target: TARGET_ARTICLES_PER_SEC, met: articlesPerSec >= TARGET_ARTICLES_PER_SEC },
    ratioPipelineToTokenise: { target: TARGET_RATIO, met: ratio === null ? null : ratio <= TARGET_RATIO },
  },
};

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const row = (name: string, ms: number | undefined, arts: string, wps: string) =>
  `${name.padEnd(32)}${ms === undefined ? 'n/a'.padStart(10) : `${(ms / 1000).toFixed(2)} s`.padStart(10)}${arts.padStart(12)}${wps.padStart(13)}`;
const winkRow = (name: string, t: Timing | undefined) => row(name, t?.ms, '', t ? n(perSec(bodyWords, t.ms)) : 'n/a');
const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT met');

console.log(`claimdesk extraction benchmark  ${results.date}`);
console.log(`${results.node}, ${results.cpu}, one thread`);
console.log(`corpus: ${label}: ${texts.length} texts x ${repeats} = ${n(jobs.length)} articles${rejected ? ` (${rejected} rejected by the cleaner)` : ''}`);
console.log(`        ${results.corpus.mib} MiB raw, ${n(rawWords)} words raw, ${n(bodyWords)} words in the cleaned bodies`);
console.log('');
console.log(row('', undefined, 'articles/s', 'words/s').replace('n/a', '   '));
console.log(row('pipeline (clean + extract)', pipelineMs, n(articlesPerSec), n(perSec(bodyWords, pipelineMs))));
console.log(row('  cleaning (articleFromText)', Number(cleanNs) / 1e6, '', ''));
console.log(row('  extraction (extractClaims)', Number(extractNs) / 1e6, '', ''));
console.log(winkRow('wink tokenise only', baseline?.tokenise));
console.log(winkRow('wink sbd+pos, whole bodies', baseline?.sbdPos));
console.log(winkRow('wink sbd+pos, per paragraph', baseline?.sbdPosParagraphs));
console.log('');
console.log(`claims found: ${n(claims)}`);
console.log(`articles/s: ${n(articlesPerSec)}  (target >= ${TARGET_ARTICLES_PER_SEC}: ${verdict(results.targets.articlesPerSec.met)})`);
console.log(`pipeline / tokenise: ${ratio === null ? 'n/a' : `${ratio.toFixed(2)}x`}  (target <= ${TARGET_RATIO}x: ${verdict(results.targets.ratioPipelineToTokenise.met)})`);
console.log(`peak RSS ${n(peakRssKB / 1024)} MiB, heap used ${n(heapUsedMB)} MiB (after the timed run)`);

const outDir = join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'extract.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results/extract.json`);
