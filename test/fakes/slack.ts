// A local fake of the parts of Slack the adapter talks to, on 127.0.0.1 and a random port:
//   POST /api/<method>      the Web API (form-encoded or JSON bodies, token in Authorization)
//   POST /response/<id>     response_url endpoints (ephemeral replies to slash commands)
//   GET  /link (WebSocket)  Socket Mode: apps.connections.open hands out this URL; the fake sends
//                           `hello`, then envelopes, and records the app's acks.
// Plus helpers to sign requests the way Slack does. Everything is recorded for assertions.
import { createHmac } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  seq: number;
  method: string;
  /** The Authorization header's bearer token. */
  token: string | null;
  /** Arguments, with JSON-string values (`blocks`) parsed back. */
  args: Record<string, unknown>;
  /** The body exactly as received (decoded), for "nothing raw leaks" checks. */
  raw: string;
  /** What the fake answered. */
  reply?: Record<string, unknown>;
}

export interface ResponseUrlCall {
  seq: number;
  id: string;
  body: Record<string, unknown>;
  raw: string;
}

export interface FakeSlackOptions {
  botToken: string;
  appToken?: string;
  botUserId?: string;
}

export class FakeSlack extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  /** Channels where chat.postMessage answers `not_in_channel`. */
  readonly notInChannel = new Set<string>();
  /** Per channel, an error chat.postMessage answers with (e.g. `is_archived`). */
  readonly failures = new Map<string, string>();
  /** After this many successful postMessage calls in a channel, the next ones fail with this error. */
  readonly failAfter = new Map<string, { after: number; error: string }>();
  /** User groups (S…) and their members, for usergroups.users.list. */
  readonly userGroups = new Map<string, string[]>();
  readonly botUserId: string;
  private seq = 0;
  private tsCounter = 0;
  private responseIds = 0;
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private envelopes = 0;
  port = 0;

  constructor(private readonly options: FakeSlackOptions) {
    super();
    // Every waitFor() is a listener; a bench has hundreds at once.
    this.setMaxListeners(0);
    this.botUserId = options.botUserId ?? 'UBOT';
  }

  /** Socket Mode connections currently open. */
  get openSockets(): number {
    return this.sockets.size;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get apiUrl(): string {
    return `${this.url}/api/`;
  }
  /** A fresh response_url hosted by the fake. */
  responseUrl(): string {
    this.responseIds += 1;
    return `${this.url}/response/${this.responseIds}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/link' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
        this.acks.push(message);
        this.emit('ack', message);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
      this.emit('socket', socket);
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Sends a Socket Mode envelope to the connected app and resolves with its ack. */
  async sendEnvelope(type: string, payload: unknown, extra: Record<string, unknown> = {}): Promise<{ envelope_id: string; payload?: unknown }> {
    const socket = [...this.sockets][0];
    if (!socket) throw new Error('fake slack: no Socket Mode connection');
    this.envelopes += 1;
    const envelope_id = `env-${this.envelopes}`;
    const acked = this.waitFor('ack', (a: { envelope_id: string }) => a.envelope_id === envelope_id);
    socket.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return acked;
  }

  /** Resolves with the first `event` emitted (or already recorded, for 'call'/'response') that matches. */
  waitFor<T>(event: 'call' | 'response' | 'ack', match: (item: T) => boolean, timeoutMs = 5000): Promise<T> {
    const past = (event === 'call' ? this.calls : event === 'response' ? this.responses : this.acks) as unknown as T[];
    const found = past.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, listener);
        reject(new Error(`fake slack: no matching ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (item: T) => {
        if (!match(item)) return;
        clearTimeout(timer);
        this.off(event, listener);
        resolve(item);
      };
      this.on(event, listener);
    });
  }

  posts(channel?: string): ApiCall[] {
    return this.calls.filter((c) => c.method === 'chat.postMessage' && (!channel || c.args.channel === channel));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', this.url).pathname;

    if (req.method === 'POST' && path.startsWith('/response/')) {
      const call = { seq: ++this.seq, id: path.slice('/response/'.length), body: JSON.parse(raw) as Record<string, unknown>, raw };
      this.responses.push(call);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      this.emit('response', call);
      return;
    }
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const args = parseArgs(raw, req.headers['content-type']);
      const auth = req.headers.authorization;
      const call: ApiCall = { seq: ++this.seq, method, token: auth?.startsWith('Bearer ') ? auth.slice(7) : null, args, raw: decodeRaw(raw, req.headers['content-type']) };
      this.calls.push(call);
      const reply = this.reply(call);
      call.reply = reply;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      this.emit('call', call);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  private reply(call: ApiCall): Record<string, unknown> {
    const expected = call.method === 'apps.connections.open' ? this.options.appToken : this.options.botToken;
    if (!call.token || call.token !== expected) return { ok: false, error: 'invalid_auth' };
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Newsroom', user: 'claimdesk', team_id: 'T1', user_id: this.botUserId, bot_id: 'B1', is_enterprise_install: false };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link?ticket=fake` };
      case 'chat.postMessage': {
        const channel = String(call.args.channel);
        if (this.notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        const failure = this.failures.get(channel);
        if (failure) return { ok: false, error: failure };
        const limit = this.failAfter.get(channel);
        if (limit) {
          if (limit.after <= 0) return { ok: false, error: limit.error };
          limit.after -= 1;
        }
        this.tsCounter += 1;
        const ts = `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
        return { ok: true, channel, ts, message: { type: 'message', text: call.args.text, ts, thread_ts: call.args.thread_ts } };
      }
      case 'usergroups.users.list': {
        const users = this.userGroups.get(String(call.args.usergroup));
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'chat.postEphemeral':
        this.tsCounter += 1;
        return { ok: true, message_ts: `1700000000.${String(this.tsCounter).padStart(6, '0')}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // Nested values (blocks, attachments) arrive as JSON strings.
    out[key] = (key === 'blocks' || key === 'attachments') && value.startsWith('[') ? JSON.parse(value) : value;
  }
  return out;
}

function decodeRaw(raw: string, contentType: string | undefined): string {
  if (contentType?.includes('application/json')) return raw;
  return [...new URLSearchParams(raw)].map(([k, v]) => `${k}=${v}`).join('\n');
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 over `v0:<timestamp>:<body>`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch (default: now). */
  timestamp?: number;
  /** Override the signature (to send a wrong one). */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs `body` to `url` signed as Slack signs it. */
export async function signedPost(url: string, body: string, options: SignedPostOptions): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** The form body of a slash command, as Slack sends it. */
export function commandBody(fake: FakeSlack, fields: { text: string; channel?: string; user?: string; command?: string }): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: 'T1',
    team_domain: 'newsroom',
    channel_id: fields.channel ?? 'C1',
    channel_name: 'desk',
    user_id: fields.user ?? 'U1',
    user_name: 'reporter',
    command: fields.command ?? '/claim',
    text: fields.text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fake.responseUrl(),
    trigger_id: '1.2.3',
  }).toString();
}

/** The JSON body of an `app_mention` event callback. */
export function mentionBody(fields: { eventId: string; text: string; ts: string; channel?: string; user?: string; clientMsgId?: string; threadTs?: string }): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: fields.eventId,
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'app_mention',
      user: fields.user ?? 'U1',
      text: fields.text,
      ts: fields.ts,
      channel: fields.channel ?? 'C1',
      event_ts: fields.ts,
      ...(fields.clientMsgId ? { client_msg_id: fields.clientMsgId } : {}),
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    },
  };
}
