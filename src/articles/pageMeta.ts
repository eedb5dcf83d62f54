// Metadata a news page states about itself: schema.org JSON-LD, Open Graph and article meta
// tags, the canonical link and <time datetime>. Read before Readability runs, because
// Readability strips the <head> and scripts from the document it is given.
import type { DomDocument, DomElement } from './dom.ts';
import { toIsoDate } from './isoDate.ts';
import { outletName, plainString } from './metadata.ts';
import type { ArticleMeta } from './types.ts';

const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle',
]);

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date',
  'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued',
];

/** Page metadata, each field null when the page does not state it. */
export function pageMeta(doc: DomDocument): Partial<ArticleMeta> {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const pick = <T>(...values: (T | null | undefined)[]) => values.find((v) => v !== null && v !== undefined) ?? null;
  return {
    headline: pick(plainString(ld?.headline), plainString(tags.get('og:title')), plainString(tags.get('twitter:title'))),
    outlet: pick(outletName(ld?.publisher), plainString(tags.get('og:site_name'))),
    publishedAt: pick(toIsoDate(ld?.datePublished), ...DATE_META.map((k) => toIsoDate(tags.get(k))), timeElementDate(doc)),
    url: pick(plainString(ld?.url), ldId(ld?.mainEntityOfPage), canonicalLink(doc), plainString(tags.get('og:url'))),
  };
}

type LdObject = Record<string, unknown>;

/** The first schema.org article object in the page's JSON-LD (arrays and @graph included). */
function jsonLdArticle(doc: DomDocument): LdObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources still apply
    }
    const found = flattenLd(data).find((o) => types(o).some((t) => ARTICLE_TYPES.has(t)));
    if (found) return found;
  }
  return null;
}

function flattenLd(data: unknown): LdObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data === null || typeof data !== 'object') return [];
  const o = data as LdObject;
  return [o, ...flattenLd(o['@graph'])];
}

function types(o: LdObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function ldId(value: unknown): string | null {
  if (typeof value === 'string') return plainString(value);
  if (value !== null && typeof value === 'object' && '@id' in value) return plainString(value['@id']);
  return null;
}

/** <meta property|name|itemprop=… content=…>, keys lower-cased; the first of each key wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function canonicalLink(doc: DomDocument): string | null {
  const link = Array.from(doc.querySelectorAll('link')).find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return plainString(link?.getAttribute('href'));
}

/** <time datetime>: the one marked as the publication date, else the first in the article, else the first. */
function timeElementDate(doc: DomDocument): string | null {
  const times: DomElement[] = Array.from(doc.querySelectorAll('time[datetime]'));
  const marked = times.find((t) => t.getAttribute('pubdate') !== null || t.getAttribute('itemprop') === 'datePublished');
  const inArticle = Array.from(doc.querySelectorAll('article time[datetime]'))[0];
  const chosen = marked ?? inArticle ?? times[0];
  return chosen ? toIsoDate(chosen.getAttribute('datetime')) : null;
}
