// HTML → Article: page metadata first, then Readability finds the article, its HTML becomes
// paragraphs, and the same text pipeline as plain text cleans them (Readability leaves in-article
// "Advertisement" labels and share bars in place).
import { Readability } from '@mozilla/readability';
import { articleErrors } from './errors.ts';
import { ELEMENT_NODE, TEXT_NODE, parseDocument, type DomElement, type DomNode } from './dom.ts';
import { isProse, wordCount } from './lines.ts';
import type { MetaLayer, MetaProvenance } from './metadata.ts';
import { pageMeta } from './pageMeta.ts';
import { textToArticle } from './text.ts';
import { ArticleError, type Article, type ArticleMeta } from './types.ts';

/** An "article" with fewer words than this is a stub, a menu or an error page. */
const MIN_ARTICLE_WORDS = 15;

// Elements whose text is never article prose.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'FIGCAPTION', 'SVG', 'IFRAME', 'FORM', 'NAV', 'ASIDE',
  'SELECT', 'INPUT', 'TEXTAREA', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS', 'IMG', 'PICTURE', 'HEAD',
]);
// Elements that start and end a paragraph. Everything else (a, em, span…) is inline.
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL',
  'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'FIGURE', 'HR',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'BODY',
]);

/**
 * Build an Article from a web page. `meta` (provenance 'record' unless `provenance` says
 * otherwise) outranks what the page states. Throws ArticleError('no_article') when the page has
 * no article (Readability finds nothing, or what it finds is not prose).
 */
export function articleFromHtml(
  html: string,
  source: string,
  meta: Partial<ArticleMeta> = {},
  provenance: Partial<MetaProvenance> = {},
): Article {
  return pageToArticle(html, source, [{ meta, source: provenance }]);
}

/** `above` outranks the page's own metadata; `below` (a manifest, the catalogue) comes after it. */
export function pageToArticle(html: string, source: string, above: MetaLayer[], below: MetaLayer[] = []): Article {
  const doc = parseDocument(html);
  const page = pageMeta(doc);
  // Readability's types name the DOM Document, which this server project does not load.
  const found = new Readability(doc as never, { keepClasses: false }).parse();
  if (!found?.content) throw articleErrors.noArticle(source);
  const text = htmlToText(found.content);
  const fallback: Partial<ArticleMeta> = {
    headline: found.title ?? null,
    outlet: found.siteName ?? null,
    publishedAt: found.publishedTime ?? null,
  };
  let article: Article;
  try {
    article = textToArticle(text, source, {
      above: [...above, { meta: page, source: 'record' }, ...below, { meta: fallback, source: 'record' }],
    });
  } catch (e) {
    if (e instanceof ArticleError && e.code === 'empty') throw articleErrors.noArticle(source);
    throw e;
  }
  if (!isArticleText(article.body)) throw articleErrors.noArticle(source);
  return article;
}

/** Prose, not a list of links: some sentences, and more than a handful of words. */
function isArticleText(body: string): boolean {
  return wordCount(body) >= MIN_ARTICLE_WORDS && body.split('\n').some(isProse);
}

/**
 * Article HTML → text: one paragraph per block (p, h2–h4, li, blockquote, pre…) separated by a
 * blank line, `<br>` as a line break, HTML whitespace collapsed except inside <pre>. Images,
 * figure captions, buttons and scripts are left out.
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html);
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current += pre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as DomElement).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'PRE');
    if (block) flush();
  };
  const root = doc.body ?? doc.documentElement;
  if (root) walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
