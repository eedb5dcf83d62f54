// RSS 0.9/1/2 and Atom → the few fields the poller needs, through rss-parser. Fields come out
// of XML as strings or as { _: text, $: attributes } objects; anything else is treated as absent.
import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import { toIsoDate } from '../articles/index.ts';

export interface FeedItem {
  /** What identifies the item across polls: its guid (Atom id), else its link, else a hash. */
  key: string;
  /** Absolute http(s) URL of the article, or null. */
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD as the item states it, or null. */
  publishedAt: string | null;
  /** The item's own HTML (content:encoded, content, description or Atom content/summary), the longest one. */
  html: string | null;
  /** Characters of text in `html`. */
  textLength: number;
  /** Changes when the publisher revises the item: its stated update time, title and own HTML. */
  revision: string;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

type Raw = Record<string, unknown>;

// rss-parser turns Atom dates into UTC ISO strings, which can move the publisher's own day;
// the raw values keep it.
const parser = new Parser<Raw, Raw>({ customFields: { item: ['published', 'updated'] } });

/** Throws (with rss-parser's message) when the text is not an RSS or Atom feed. */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const feed = await parser.parseString(xml);
  return {
    title: text(feed.title),
    items: feed.items.map((item) => toItem(item, feedUrl)),
  };
}

function toItem(item: Raw, feedUrl: string): FeedItem {
  const link = absoluteHttp(text(item.link), feedUrl);
  const title = text(item.title);
  const candidates = [item['content:encoded'], item.content, item.summary].map(text).filter((h): h is string => h !== null);
  let html: string | null = null;
  let textLength = 0;
  for (const candidate of candidates) {
    const length = textLengthOf(candidate);
    if (length > textLength) [html, textLength] = [candidate, length];
  }
  const date = [item.published, item.updated, item.pubDate, item.date].map(text).find((d) => d !== null) ?? null;
  const key =
    text(item.guid) ?? text(item.id) ?? link ?? `sha256:${createHash('sha256').update(`${title ?? ''}\n${html ?? ''}`).digest('hex').slice(0, 32)}`;
  const revision = createHash('sha256').update(`${text(item.updated) ?? ''}\n${title ?? ''}\n${html ?? ''}`).digest('hex').slice(0, 16);
  return { key, link, title, publishedAt: date ? toIsoDate(date) : null, html, textLength, revision };
}

function text(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && '_' in value) value = (value as { _: unknown })._;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Links may be relative to the feed; only http(s) pages are fetched. */
function absoluteHttp(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Roughly how much text an HTML fragment holds: tags dropped, entities counted as one character.
 * Only compared with a threshold, for every item of every fetched feed, so a DOM parse is not worth it.
 */
export function textLengthOf(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, '_').replace(/\s+/g, ' ').trim().length;
}
