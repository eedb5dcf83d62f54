// `claimdesk extract [--json] FILE|DIR...`: claims of each article, as JSON (the contract the
// evaluation uses) or as a readable listing. Unreadable files are reported on stderr with their
// error code; the rest are still extracted.
import { basename } from 'node:path';
import { readArticles, type Article } from '../articles/index.ts';
import { extractClaims, type Claim } from '../claims/index.ts';

export interface ExtractOptions {
  json: boolean;
  maxBytes: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Returns the process exit code: 0 when every input was read, 1 when some were not, 2 when none. */
export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  const { articles, errors } = await readArticles(paths, { maxBytes: options.maxBytes });
  for (const { source, error } of errors) options.err(`claimdesk: ${source}: ${error.code}: ${error.message}`);
  const results = articles.map((article) => ({ article, claims: extractClaims(article) }));
  if (options.json) {
    const byName: Record<string, Claim[]> = {};
    for (const { article, claims } of results) byName[keyOf(article)] = claims;
    options.out(JSON.stringify(byName, null, 2));
  } else {
    for (const { article, claims } of results) options.out(listing(article, claims));
  }
  if (articles.length === 0 && errors.length > 0) return 2;
  return errors.length > 0 ? 1 : 0;
}

/** The file's base name (with `#n` for the n-th record of a JSON file), as the gold files name documents. */
function keyOf(article: Article): string {
  const [path, record] = article.source.split('#');
  return record ? `${basename(path!)}#${record}` : basename(path!);
}

function listing(article: Article, claims: Claim[]): string {
  const lines: string[] = [];
  const meta = [article.outlet ?? 'outlet unknown', article.publishedAt ? `${article.publishedAt}${inferred(article, 'publishedAt')}` : 'date unknown']
    .join(', ');
  lines.push(`== ${keyOf(article)}: ${article.headline ?? '(no headline)'} (${meta})`);
  if (claims.length === 0) lines.push('   no attributed claims found');
  for (const c of claims) {
    const who = c.speaker.role && c.speaker.role !== c.speaker.name ? `${c.speaker.name} (${c.speaker.role})` : c.speaker.name;
    const when = c.saidOn ? ` on ${c.saidOn}` : '';
    const via = c.via ? ` via ${c.via}` : '';
    lines.push(`   - ${who} ${c.cue}${when}${via} [${c.kind}]:`);
    lines.push(`     “${c.content}”`);
  }
  return lines.join('\n') + '\n';
}

function inferred(article: Article, field: 'publishedAt'): string {
  const how = article.provenance[field];
  return how === 'record' || how === 'front-matter' || how === 'manifest' ? '' : ` (from the ${how})`;
}
