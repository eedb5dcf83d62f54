// The synthetic claim corpus for query.bench.ts: real claim sentences, found by running the real
// reader and extractor over polnear-dev and seeds/, recombined deterministically (seeded PRNG)
// with a few thousand speakers, ~50 outlets and dates spread over two years, into Articles of
// about ten claims each. The same seed and size always give the same articles, and the first
// N claims of a larger corpus are the corpus of size N.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId, readArticles, type Article } from '../src/articles/index.ts';
import { extractClaims, type Claim, type ClaimKind, type Speaker, type SpeakerKind } from '../src/claims/index.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const POLNEAR_DIR = resolve(root, '../shared/eval/polnear-dev/text');
export const SEEDS_DIR = join(root, 'seeds');

// --- seeded randomness -----------------------------------------------------------------------

/** mulberry32: small, fast and good enough to pick words; the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** An index in [0, n) drawn from a Zipf-like law (exponent `s`): a few items are drawn often. */
function zipfSampler(n: number, s: number): (rand: () => number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return (rand) => {
    const u = rand();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// --- the real material -----------------------------------------------------------------------

/** What a real claim lends the generator. */
export interface RealClaim {
  content: string;
  cue: string;
  kind: ClaimKind;
  via: string | null;
  speaker: Speaker;
}

export interface Material {
  /** Where the real claims came from, for the report. */
  label: string;
  articles: number;
  claims: RealClaim[];
  /** Content clauses (>= 3 words) cut from the real claims, the pieces documents are made of. */
  clauses: string[];
  /** Real speakers (distinct names) and real outlets, headlines and roles seen. */
  speakers: Speaker[];
  outlets: string[];
  headlines: string[];
  roles: string[];
  /** Wall time of reading + extracting, ms. */
  ms: number;
}

/** Runs the real reader and extractor over polnear-dev and seeds/ (seeds only if polnear-dev is missing). */
export async function loadMaterial(): Promise<Material> {
  const t0 = performance.now();
  const havePolnear = existsSync(POLNEAR_DIR);
  const paths = havePolnear ? [POLNEAR_DIR, SEEDS_DIR] : [SEEDS_DIR];
  const { articles } = await readArticles(paths);
  const claims: RealClaim[] = [];
  const speakers = new Map<string, Speaker>();
  const outlets = new Set<string>();
  const headlines = new Set<string>();
  const roles = new Set<string>();
  for (const article of articles) {
    if (article.outlet) outlets.add(article.outlet);
    if (article.headline) headlines.add(article.headline);
    for (const c of extractClaims(article)) {
      const content = c.content.replace(/\s+/g, ' ').trim();
      if (content.split(' ').length < 3) continue;
      claims.push({ content, cue: c.cue, kind: c.kind, via: c.via, speaker: c.speaker });
      if (!speakers.has(c.speaker.name)) speakers.set(c.speaker.name, { ...c.speaker, mention: c.speaker.name });
      if (c.speaker.role) roles.add(c.speaker.role);
    }
  }
  if (claims.length === 0) throw new Error(`bench corpus: the extractor found no claims in ${paths.join(', ')}`);
  const clauses = [...new Set(claims.flatMap((c) => clausesOf(c.content)))];
  return {
    label: havePolnear ? `polnear-dev + seeds/ (${articles.length} articles)` : `seeds/ only (${articles.length} articles; no ${POLNEAR_DIR})`,
    articles: articles.length,
    claims,
    clauses,
    speakers: [...speakers.values()],
    outlets: [...outlets],
    headlines: [...headlines],
    roles: [...roles],
    ms: performance.now() - t0,
  };
}

/** Clauses of a claim: cut at , ; : and before "and", "but", "while", "because", "as", "which". */
function clausesOf(content: string): string[] {
  return content
    .replace(/[“”"]/g, '')
    .split(/(?<=[,;:])\s+|\s+(?=(?:and|but|while|because|although|as|which|after|before)\s)/u)
    .map((s) => s.replace(/^[,;:\s]+|[,;:.\s]+$/gu, '').replace(/^(?:and|but)\s+/u, '').trim())
    .filter((s) => s.split(' ').length >= 3);
}

// --- speakers, outlets, dates ----------------------------------------------------------------

const FIRST_NAMES = (
  'James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica ' +
  'Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Steven Sandra Paul Ashley Andrew ' +
  'Kimberly Joshua Emily Kenneth Donna Kevin Michelle Brian Carol George Amanda Timothy Melissa Ronald Deborah Jason ' +
  'Stephanie Edward Rebecca Jeffrey Laura Ryan Helen Jacob Sharon Gary Cynthia Nicholas Kathleen Eric Amy Jonathan ' +
  'Angela Olena Oleksandr Dmytro Iryna Andriy Yulia Serhiy Natalia Mykola Tetiana Sergei Anna Dmitry Elena Alexei ' +
  'Olga Ivan Maria Pierre Camille Jean Claire Luca Giulia Marco Chiara Hans Greta Klaus Ingrid Ahmed Fatima Omar ' +
  'Layla Wei Mei Hiroshi Yuki Raj Priya Arjun Ananya Carlos Lucia Diego Sofia Mateus Ana Kwame Amara Tomasz Agnieszka'
).split(' ');
const LAST_NAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson ' +
  'Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young ' +
  'Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter ' +
  'Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers ' +
  'Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez ' +
  'Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez ' +
  'Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Petrenko Marchenko Lysenko Ivanov Petrov ' +
  'Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Novikov Morozov Volkov Dubois Laurent Lefebvre Moreau Fontaine ' +
  'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Muller Schmidt Schneider Fischer Weber Meyer Wagner ' +
  'Becker Hoffmann Schulz Nowak Kowalski Wisniewski Wojcik Kaminski Haddad Khalil Nasser Mansour Rahman Hussein ' +
  'Chen Wang Zhang Liu Tanaka Suzuki Watanabe Yamamoto Sharma Gupta Singh Kumar Mehta Reddy Silva Santos Oliveira ' +
  'Pereira Costa Mensah Okafor Adeyemi Mwangi Kariuki Andersen Nielsen Hansen Larsen Jensen Eriksson Lindqvist'
).split(' ');
const ROLE_TEMPLATES = [
  'foreign minister', 'defence minister', 'spokesperson for the ministry', 'senator', 'member of parliament', 'governor',
  'mayor', 'military analyst', 'senior fellow at the institute', 'campaign manager', 'press secretary', 'economist',
  'professor of political science', 'head of the regional administration', 'chief of staff', 'union leader',
  'commander of the eastern group', 'pollster', 'former ambassador', 'deputy prime minister', 'party chairman',
];
const OUTLETS = [
  'Reuters', 'Associated Press', 'AFP', 'BBC News', 'CNN', 'The New York Times', 'The Washington Post', 'The Guardian',
  'Al Jazeera', 'Euronews', 'Politico', 'Bloomberg', 'Financial Times', 'The Wall Street Journal', 'NBC News', 'CBS News',
  'ABC News', 'Fox News', 'NPR', 'Newsweek', 'The Times', 'The Telegraph', 'The Independent', 'Deutsche Welle',
  'France 24', 'Kyiv Independent', 'Ukrainska Pravda', 'Meduza', 'The Moscow Times', 'RFE/RL', 'Axios', 'The Hill',
  'USA Today', 'Los Angeles Times', 'Chicago Tribune', 'The Atlantic', 'Vox', 'Sky News', 'ITV News', 'Le Monde',
  'Der Spiegel', 'El País', 'Corriere della Sera', 'Times of India', 'South China Morning Post', 'Japan Times',
  'Sydney Morning Herald', 'Globe and Mail', 'UPI', 'Breitbart',
];
const CONTEXTS = ['', '', '', ' on Monday', ' on Tuesday', ' on Wednesday', ' on Thursday', ' on Friday', ' in a statement', ' in an interview', ' at a news conference', ' on Telegram', ' late on Sunday'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
/** Two years of publication dates. */
export const DATE_SPAN_DAYS = 730;
export const DATE_RANGE = { from: '2023-01-01', to: '2024-12-30' };

export interface CorpusOptions {
  seed?: number;
  claimsPerArticle?: number;
  /** How many generated people besides the real speakers. */
  generatedSpeakers?: number;
}

export interface CorpusSpeaker extends Speaker {
  last: string;
}

/** The fixed pools the generator draws from: the same for every size, so corpora nest. */
export interface Pools {
  speakers: CorpusSpeaker[];
  outlets: string[];
  drawSpeaker: (rand: () => number) => number;
  drawOutlet: (rand: () => number) => number;
}

export function makePools(material: Material, options: CorpusOptions = {}): Pools {
  const rand = prng((options.seed ?? 20240611) ^ 0x5eed);
  const n = options.generatedSpeakers ?? 3000;
  const names = new Set<string>();
  const generated: CorpusSpeaker[] = [];
  while (generated.length < n) {
    const first = pick(rand, FIRST_NAMES);
    const last = pick(rand, LAST_NAMES);
    const name = `${first} ${last}`;
    if (names.has(name)) continue;
    names.add(name);
    const role = rand() < 0.8 ? (rand() < 0.3 && material.roles.length ? pick(rand, material.roles) : pick(rand, ROLE_TEMPLATES)) : null;
    generated.push({ name, role, kind: 'person', mention: name, last });
  }
  const real: CorpusSpeaker[] = material.speakers.map((s) => ({ ...s, last: s.name.split(/\s+/).at(-1) ?? s.name }));
  // Interleave, so both real and generated speakers are among the frequent ones.
  const speakers: CorpusSpeaker[] = [];
  let r = 0;
  for (let i = 0; i < generated.length; i++) {
    speakers.push(generated[i]!);
    if (i % 3 === 0 && r < real.length) speakers.push(real[r++]!);
  }
  while (r < real.length) speakers.push(real[r++]!);
  const outlets = [...new Set([...OUTLETS, ...material.outlets])].slice(0, 56);
  return { speakers, outlets, drawSpeaker: zipfSampler(speakers.length, 0.9), drawOutlet: zipfSampler(outlets.length, 0.6) };
}

const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Numbers in a clause get other values of the same size, so figures vary between documents. */
function varyNumbers(rand: () => number, text: string): string {
  return text.replace(/\b\d{1,4}\b/g, (d) => (rand() < 0.5 ? d : String(Math.floor(rand() * 10 ** d.length))));
}

/** A content made of real clauses: a real claim as is, its first clause with another, or 2–3 clauses. */
function makeContent(rand: () => number, material: Material, base: RealClaim): string {
  const r = rand();
  let content: string;
  if (r < 0.25) content = base.content.replace(/[“”"]/g, '').replace(/[.,;:\s]+$/u, '');
  else if (r < 0.65) {
    const own = clausesOf(base.content)[0] ?? base.content;
    content = `${own}${pick(rand, [', ', ' and ', ', but ', '; '])}${pick(rand, material.clauses)}`;
  } else {
    const k = 2 + Math.floor(rand() * 2);
    content = Array.from({ length: k }, () => pick(rand, material.clauses)).join(pick(rand, [', ', ' and ', '; ']));
  }
  return varyNumbers(rand, content);
}

/** The mention of a speaker at one claim: full name, surname, title + surname, pronoun. */
function mentionOf(rand: () => number, s: CorpusSpeaker): string {
  if (s.kind !== 'person') return rand() < 0.5 ? s.name : `the ${s.name}`;
  const r = rand();
  if (r < 0.55) return s.name;
  if (r < 0.8) return s.last;
  if (r < 0.9) return `${pick(rand, ['Mr.', 'Ms.', 'Dr.'])} ${s.last}`;
  return pick(rand, ['he', 'she']);
}

export interface GeneratedArticle {
  article: Article;
  claims: Claim[];
}

/**
 * The articles of a corpus of `total` claims, generated lazily: `claimsPerArticle` claims each
 * (the last article may have fewer), by 2–5 speakers, one outlet, one date.
 */
export function* generateArticles(material: Material, pools: Pools, total: number, options: CorpusOptions = {}): Generator<GeneratedArticle> {
  const rand = prng(options.seed ?? 20240611);
  const perArticle = options.claimsPerArticle ?? 10;
  let made = 0;
  for (let n = 0; made < total; n++) {
    const count = Math.min(perArticle, total - made);
    const outlet = pools.outlets[pools.drawOutlet(rand)]!;
    const day = Math.floor(rand() * DATE_SPAN_DAYS);
    const publishedAt = isoDay(day);
    const cast = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pools.speakers[pools.drawSpeaker(rand)]!);
    const parts: Array<{ speaker: Speaker; cue: string; kind: ClaimKind; content: string; sentence: string; saidOn: string | null; via: string | null }> = [];
    for (let i = 0; i < count; i++) {
      const s = pick(rand, cast);
      const base = pick(rand, material.claims);
      const content = makeContent(rand, material, base);
      const mention = mentionOf(rand, s);
      const ctx = pick(rand, CONTEXTS);
      const said = base.cue || 'said';
      // A direct quotation or reported speech, as news sentences have them. The claim's content
      // is exactly the part of the sentence it covers, as the extractor gives it.
      let shown = capitalise(content);
      let sentence: string;
      if (base.kind === 'direct') sentence = `“${shown},” ${mention} ${said}${ctx}.`;
      else if (rand() < 0.5) {
        shown = content;
        sentence = `${capitalise(mention)}${s.role && mention === s.name ? `, ${s.role},` : ''} ${said}${ctx} that ${shown}.`;
      } else sentence = `${shown}, ${mention} ${said}${ctx}.`;
      const r = rand();
      const saidOn = r < 0.5 ? publishedAt : r < 0.7 ? isoDay(Math.max(0, day - 1)) : null;
      const variant = s.kind === 'person' && rand() < 0.04 ? `${s.name.charAt(0)}. ${s.last}` : s.name;
      parts.push({
        speaker: { name: variant, role: s.role, kind: s.kind as SpeakerKind, mention },
        cue: said,
        kind: base.kind,
        content: shown,
        sentence,
        saidOn,
        via: base.via,
      });
    }
    const lead = parts[0]!;
    const headline =
      material.headlines.length && rand() < 0.3
        ? pick(rand, material.headlines)
        : `${lead.speaker.name.split(' ').at(-1)} says ${lead.content.split(' ').slice(0, 7).join(' ').replace(/[,;:]$/, '')}`;
    const body = parts.map((p) => p.sentence).join('\n\n');
    const id = articleId(body);
    const article: Article = {
      id,
      source: `bench-corpus/${n}.txt`,
      url: rand() < 0.8 ? `https://${slug(outlet)}.example/${publishedAt.slice(0, 7)}/${n}` : null,
      outlet,
      headline,
      publishedAt,
      body,
      provenance: { outlet: 'record', headline: 'record', publishedAt: 'record', url: 'record' },
    };
    const claims: Claim[] = [];
    let offset = 0;
    for (const p of parts) {
      const start = offset + p.sentence.indexOf(p.content);
      const end = start + p.content.length;
      claims.push({
        id: createHash('sha256').update(`${id}:${start}:${end}`).digest('hex').slice(0, 16),
        articleId: id,
        speaker: p.speaker,
        cue: p.cue,
        kind: p.kind,
        content: p.content,
        start,
        end,
        sentence: p.sentence,
        saidOn: p.saidOn,
        via: p.via,
      });
      offset += p.sentence.length + 2;
    }
    made += count;
    yield { article, claims };
  }
}

// --- the fixed queries -----------------------------------------------------------------------

const STOP = new Set(
  ('about after again against also because been before being between both could down during each even first from further ' +
    'going have here into just like made make many more most much must never only other over said says same should since ' +
    'some such than that their them then there these they this those through under until very were what when where which ' +
    'while will with would year years your people told according time last').split(' '),
);

export interface BenchQuery {
  text: string;
  /** What the query exercises. */
  kind: 'words' | 'two words' | 'three words' | 'from' | 'phrase' | 'typo' | 'date' | 'outlet' | 'prefix' | 'name';
}

/**
 * About 30 queries from the corpus itself: topic words at spread-out frequency ranks of the real
 * claims, pairs of them, speakers with from:, a phrase, typos, date and outlet filters. Fixed for
 * a given material and pools. Also one filter-only query (no words), reported apart.
 */
export function makeQueries(material: Material, pools: Pools): { queries: BenchQuery[]; filterOnly: string } {
  const df = new Map<string, number>();
  for (const c of material.claims) {
    for (const w of new Set(c.content.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) if (!STOP.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const ranked = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const at = (rank: number) => ranked[Math.min(rank, ranked.length - 1)]!;
  const long = (from: number) => ranked.slice(from).find((w) => w.length >= 7) ?? at(from);
  const person = pools.speakers.filter((s) => s.kind === 'person');
  const top = person[0]!;
  const real = person.find((s) => !FIRST_NAMES.includes(s.name.split(' ')[0]!)) ?? person[1]!;
  // Phrases: runs of words of 5+ letters in real claims, so they are not stop words.
  const runs = material.claims.flatMap((c) => c.content.replace(/[“”"]/g, '').match(/\p{L}{5,} \p{L}{5,}(?: \p{L}{5,})?/gu) ?? []);
  const phrase3 = runs.find((r) => r.split(' ').length === 3) ?? runs[0] ?? at(0);
  const phrase2 = runs.filter((r) => r !== phrase3)[Math.floor(runs.length / 2)] ?? at(1);
  const typo1 = long(30);
  const typo2 = long(60);
  const queries: BenchQuery[] = [
    ...[0, 1, 2, 4, 8, 16, 32, 64, 128, 256].map((r): BenchQuery => ({ text: at(r), kind: 'words' })),
    ...[[0, 5], [3, 10], [7, 20], [12, 40], [25, 80], [50, 150]].map(([a, b]): BenchQuery => ({ text: `${at(a!)} ${at(b!)}`, kind: 'two words' })),
    { text: `${at(6)} ${at(15)} ${at(33)}`, kind: 'three words' },
    { text: `${at(2)} from:${top.last.toLowerCase()}`, kind: 'from' },
    { text: `${at(9)} from:${real.name.split(' ').at(-1)!.toLowerCase()}`, kind: 'from' },
    { text: `from:"${top.name}" ${at(11)}`, kind: 'from' },
    { text: `"${phrase3}"`, kind: 'phrase' },
    { text: `"${phrase2.split(' ').slice(0, 2).join(' ')}" ${at(4)}`, kind: 'phrase' },
    { text: `${typo1.slice(0, 2)}${typo1[3]}${typo1[2]}${typo1.slice(4)}`, kind: 'typo' },
    { text: `${typo2.slice(0, 3)}${typo2.slice(4)}`, kind: 'typo' },
    { text: `${at(3)} since:2024-03 until:2024-05`, kind: 'date' },
    { text: `${at(13)} since:2023-06-01`, kind: 'date' },
    { text: `${at(1)} outlet:${pools.outlets[2]!.split(' ')[0]!.toLowerCase()}`, kind: 'outlet' },
    { text: long(10).slice(0, 5), kind: 'prefix' },
    { text: top.name.toLowerCase(), kind: 'name' },
    { text: `${at(5)} from:${top.last.toLowerCase()} since:2024`, kind: 'from' },
  ];
  return { queries, filterOnly: `from:${top.last.toLowerCase()}` };
}
