// Raw bytes → text, refusing what is not text (with a reason a user can act on), and the
// guess of which article format a file holds.
import { extname } from 'node:path';
import { articleErrors } from './errors.ts';

export type Format = 'text' | 'html' | 'json' | 'jsonl';

/** Binary files announce themselves early: only this much is sniffed. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file is not text (text has ~0). */
const MAX_CONTROL_SHARE = 0.1;

// Well-known binary formats people may pass by mistake, named in the error.
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
];

/**
 * Decode a file's bytes as UTF-8 text. A UTF-8 BOM is dropped. Throws ArticleError 'empty'
 * (no bytes, or only whitespace), 'binary' (NUL bytes, many control bytes, a known binary
 * signature) or 'invalid_utf8' (UTF-16, or bytes that are not UTF-8).
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw articleErrors.empty(source, 'the file is empty (0 bytes)');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw articleErrors.invalidUtf8(source, 'it is UTF-16 text, not UTF-8');
  }
  sniffBinary(bytes, source);
  let text: string;
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD in the middle of a quote.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw articleErrors.invalidUtf8(source, `byte ${at} is not valid UTF-8 (Latin-1 or Windows-1252 text?)`);
  }
  if (text.trim() === '') throw articleErrors.empty(source, 'it holds only whitespace');
  return text;
}

function sniffBinary(bytes: Uint8Array, source: string): void {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw articleErrors.binary(source, `${what}, not a text, HTML or JSON article`);
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw articleErrors.binary(source);
    // Tab, newline, form feed, carriage return and escape occur in text files; others do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (controls / head.length > MAX_CONTROL_SHARE) throw articleErrors.binary(source);
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md', '.markdown']);

/**
 * Which reader to use: the extension decides for HTML and JSON files; a text file is HTML
 * only if it plainly starts as a page; a file of any other name is sniffed.
 */
export function detectFormat(path: string, text: string): Format {
  const ext = extname(path.replace(/#\d+$/, '')).toLowerCase();
  if (HTML_EXT.has(ext)) return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  const head = text.replace(/^\ufeff/, '').trimStart().slice(0, 2048);
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return 'html';
  if (TEXT_EXT.has(ext)) return 'text';
  if (/^<(?:head|body|article|main|div|p|section)[\s>]/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(text.replace(/^\ufeff/, ''));
      return 'json';
    } catch {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) return 'jsonl';
    }
  }
  return 'text';
}

/** Whether a string (a JSON body field) is HTML markup rather than text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|article|section|span|a|h[1-6]|ul|ol|li|blockquote|em|strong|b|i|figure|img)\b[^>]*>/i.test(text);
}
