// HTTP for the feed poller: one GET with a timeout and a size limit, the body decoded with the
// charset the response declares. Failures say whether trying again later could help.

export type FetchFn = typeof fetch;

/** A request that failed. `transient`: a later attempt may succeed (network, 5xx, 429, timeout). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export interface GetOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** Aborts the request when the poller stops. */
  signal?: AbortSignal;
  /** Content types accepted (prefixes of the media type); others are refused. */
  accept?: string[];
}

export interface GetResult {
  status: number;
  headers: Headers;
  /** The decoded body ('' for 304). */
  text: string;
}

const USER_AGENT = 'claimdesk/0.1 (newsroom feed reader)';

export async function get(fetchFn: FetchFn, url: string, options: GetOptions): Promise<GetResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { 'user-agent': USER_AGENT, ...options.headers }, signal, redirect: 'follow' });
  } catch (error) {
    throw asFetchError(error, timeout);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 304, headers: response.headers, text: '' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    // Server trouble and rate limits pass; a 404 or 410 will not fix itself.
    const transient = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, transient);
  }
  const type = response.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0]!.trim().toLowerCase();
  if (options.accept && !options.accept.some((a) => mediaType.startsWith(a))) {
    await response.body?.cancel();
    throw new FetchError(`the response is ${mediaType || 'of no stated type'}, not ${options.accept.join(' or ')}`, false);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`the response is ${declared} bytes, over the ${options.maxBytes}-byte limit`, false);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(response, options.maxBytes);
  } catch (error) {
    throw error instanceof FetchError ? error : asFetchError(error, timeout);
  }
  return { status: response.status, headers: response.headers, text: decode(bytes, type) };
}

/** Reads the body, giving up as soon as it passes `maxBytes` (a missing or lying Content-Length). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError(`the response is over the ${maxBytes}-byte limit`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function asFetchError(error: unknown, timeout: AbortSignal): FetchError {
  if (timeout.aborted) return new FetchError('the request timed out', true);
  // fetch hides the network cause (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError(`${message}${cause}`, true);
}

/**
 * Bytes → text in the charset the response declares: the Content-Type header, else a byte
 * order mark, an XML declaration or an HTML <meta charset>; UTF-8 when none does. Many news
 * sites still serve windows-1251, windows-1252 or ISO-8859-x.
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  let label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  if (!label) {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
    label =
      /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
      /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label (RangeError): UTF-8 is the best guess on the web.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
