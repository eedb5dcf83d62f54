// A local fake of Discord for end-to-end tests of the real discord.js client: the REST API
// (http://127.0.0.1:PORT/api/v10/…) and the gateway (ws://127.0.0.1:PORT/gateway) on one port.
// It plays the gateway handshake (HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs),
// dispatches INTERACTION_CREATE payloads complete enough for discord.js, records every REST
// request, and answers the routes the adapter uses. Failures are injected per route.
//
// It also models one Discord rule that matters to the adapter: a follow-up sent while a deferred
// response is still loading edits that response and ignores its flags (the reply stays public).
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { PermissionFlagsBits } from 'discord.js';

// `ws` ships no types (and @types/ws is not installed): the little of it used here, typed.
interface WsSocket {
  send(data: string): void;
  terminate(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'close', listener: () => void): void;
}
interface WsServer {
  handleUpgrade(req: IncomingMessage, socket: Socket, head: Buffer, done: (ws: WsSocket) => void): void;
  close(): void;
}
const { WebSocketServer } = createRequire(import.meta.url)('ws') as { WebSocketServer: new (options: { noServer: true }) => WsServer };

const EPOCH = 1420070400000n;
let counter = 0n;
/** A valid snowflake for now (discord.js reads timestamps from ids). */
export function snowflake(): string {
  counter += 1n;
  return String(((BigInt(Date.now()) - EPOCH) << 22n) + (counter % 4096n));
}

export const IDS = {
  app: '1200000000000000001',
  guild: '1200000000000000002',
  channel: '1200000000000000003',
  /** A thread that already exists in the channel (a /claim may be run inside it). */
  thread: '1200000000000000004',
  /** A text channel the gateway never announced (not in GUILD_CREATE): discord.js has no cache of it. */
  uncached: '1200000000000000007',
  user: '1200000000000000005',
  command: '1200000000000000006',
} as const;

/** What the bot may do in the channel unless a test says otherwise. */
export const DEFAULT_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

export interface RecordedRequest {
  method: string;
  /** Decoded, without the /api/v10 prefix: `/webhooks/APP/TOKEN/messages/@original`. */
  path: string;
  query: Record<string, string>;
  body: any;
  authorization: string | undefined;
  status: number;
  /** Set when the fake applied a Discord rule the test may want to see, or a failure it was told to inject. */
  note?: 'followup-edited-loading-response' | 'injected-failure';
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  times: number;
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  /** new → deferred (loading) → edited; or replied; or deleted. */
  state: 'new' | 'loading' | 'edited' | 'replied' | 'deleted';
  ephemeral: boolean;
  originalId: string | null;
}

export interface OptionValue {
  name: string;
  /** A string option (type 3) or a boolean one (type 5). */
  value: string | boolean;
  focused?: boolean;
}

export interface InteractionOptions {
  channelId?: string;
  appPermissions?: bigint;
  /** The member's permissions in the channel (`member.permissions`); default: a plain member's, without Manage Channels. */
  memberPermissions?: bigint;
  /** The command's name; default `claim`. */
  command?: string;
  /** The options are this subcommand's (an option of type 1 holding them). */
  subcommand?: string;
}

/** A plain member: may use commands, read and post, but not manage the channel. */
export const DEFAULT_MEMBER_PERMISSIONS = 2248473465835073n;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** The IDENTIFY payload's `d`, once received. */
  identify: any = null;
  apiUrl = '';
  gatewayUrl = '';

  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WsSocket>();
  private readonly failures: Failure[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly channels = new Map<string, Record<string, unknown>>();
  private seq = 0;
  private readonly wss = new WebSocketServer({ noServer: true });

  private constructor(
    private readonly server: Server,
    readonly token: string,
  ) {
    this.channels.set(IDS.channel, {
      id: IDS.channel,
      type: 0,
      guild_id: IDS.guild,
      name: 'newsroom',
      position: 0,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    });
    this.channels.set(IDS.thread, this.threadObject(IDS.thread, IDS.channel, 'an existing thread'));
    this.channels.set(IDS.uncached, { ...this.channels.get(IDS.channel), id: IDS.uncached, name: 'uncached' });
  }

  static async start(options: { token: string }): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options.token);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onGateway(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    return fake;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` requests matching method and path get this error. */
  failNext(method: string, path: RegExp, status: number, body: unknown, times = 1): void {
    this.failures.push({ method, path, status, body, times });
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(predicate: (r: RecordedRequest) => boolean, what = 'a request', timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('request', listener);
        reject(new Error(`fake discord: no ${what} within ${timeoutMs} ms; saw:\n${this.requests.map((r) => `  ${r.method} ${r.path} → ${r.status}`).join('\n')}`));
      }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(r);
      };
      this.events.on('request', listener);
    });
  }

  /** Requests made on behalf of one interaction (its callback and its webhook routes). */
  requestsOf(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${token}`));
  }

  /** The message id of an interaction's original response, once it exists. */
  originalMessageId(token: string): string | null {
    return this.interactions.get(token)?.originalId ?? null;
  }

  // --- gateway -------------------------------------------------------------------------------

  dispatch(t: string, d: unknown): void {
    this.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  private onGateway(ws: WsSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { op: number; d: unknown };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (frame.op === 2) {
        this.identify = frame.d;
        this.dispatch('READY', this.readyPayload());
        this.dispatch('GUILD_CREATE', this.guildPayload());
      }
    });
  }

  private botUser() {
    return { id: IDS.app, username: 'claimdesk', discriminator: '0000', global_name: null, avatar: null, bot: true, flags: 0, public_flags: 0 };
  }

  private person() {
    return { id: IDS.user, username: 'moderator', discriminator: '0', global_name: 'Moderator', avatar: null, public_flags: 0, flags: 0 };
  }

  private readyPayload() {
    return {
      v: 10,
      user: { ...this.botUser(), verified: true, mfa_enabled: false, email: null },
      guilds: [{ id: IDS.guild, unavailable: true }],
      session_id: 'fake-session',
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: IDS.app, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
    };
  }

  private guildPayload() {
    const now = new Date().toISOString();
    return {
      id: IDS.guild,
      name: 'Newsroom',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: IDS.user,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      application_id: null,
      features: [],
      roles: [{ id: IDS.guild, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null }],
      emojis: [],
      stickers: [],
      joined_at: now,
      large: false,
      unavailable: false,
      member_count: 2,
      max_members: 500000,
      max_video_channel_users: 25,
      voice_states: [],
      members: [{ user: this.botUser(), roles: [], joined_at: now, deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null }],
      channels: [this.channels.get(IDS.channel)],
      threads: [this.channels.get(IDS.thread)],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Dispatches a /claim (or `more.command`); returns the interaction's id and token. */
  chatInput(options: OptionValue[], more: InteractionOptions = {}): { id: string; token: string } {
    return this.interaction(2, options, more);
  }

  /** Dispatches an autocomplete for /claim (one option should be `focused`). */
  autocomplete(options: OptionValue[], more: InteractionOptions = {}): { id: string; token: string } {
    return this.interaction(4, options, more);
  }

  private interaction(type: 2 | 4, options: OptionValue[], more: InteractionOptions): { id: string; token: string } {
    const id = snowflake();
    // Long, like Discord's: the adapter must keep it out of its logs.
    const token = `aW50ZXJhY3Rpb246${id}:${'T'.repeat(120)}`;
    const channelId = more.channelId ?? IDS.channel;
    const permissions = (more.appPermissions ?? DEFAULT_APP_PERMISSIONS).toString();
    this.interactions.set(token, { id, token, channelId, state: 'new', ephemeral: false, originalId: null });
    const values = options.map((o) => ({ type: typeof o.value === 'boolean' ? 5 : 3, name: o.name, value: o.value, ...(o.focused ? { focused: true } : {}) }));
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type,
      token,
      version: 1,
      data: {
        id: IDS.command,
        name: more.command ?? 'claim',
        type: 1,
        guild_id: IDS.guild,
        options: more.subcommand ? [{ type: 1, name: more.subcommand, options: values }] : values,
      },
      guild_id: IDS.guild,
      guild: { id: IDS.guild, locale: 'en-US', features: [] },
      channel_id: channelId,
      channel: { ...this.channels.get(channelId), permissions },
      member: {
        user: this.person(),
        roles: [],
        premium_since: null,
        permissions: (more.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS).toString(),
        pending: false,
        nick: null,
        mute: false,
        joined_at: new Date().toISOString(),
        deaf: false,
        flags: 0,
        avatar: null,
        banner: null,
        communication_disabled_until: null,
        unusual_dm_activity_until: null,
      },
      app_permissions: permissions,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: 0,
      attachment_size_limit: 10485760,
    });
    return { id, token };
  }

  // --- REST ----------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '').split('/').map(decodeURIComponent).join('/');
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: raw && (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw || null,
      authorization: req.headers.authorization,
      status: 0,
    };
    const reply = (status: number, body?: unknown) => {
      record.status = status;
      this.requests.push(record);
      // A 204 carries no body and no JSON content type (discord.js would try to parse it).
      if (body === undefined) {
        res.writeHead(status);
        res.end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }
      this.events.emit('request', record);
    };

    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      record.note = 'injected-failure';
      return reply(failure.status, failure.body);
    }
    const botRoute = !/^\/(interactions|webhooks)\//.test(path);
    if (botRoute && req.headers.authorization !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14400000, max_concurrency: 1 } });
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const [, app, guild] = m;
      if (app !== IDS.app) return reply(404, { message: 'Unknown Application', code: 10002 });
      const commands = (record.body as Array<Record<string, unknown>>).map((c) => ({ ...c, id: IDS.command, application_id: app, version: snowflake(), type: c.type ?? 1, ...(guild ? { guild_id: guild } : {}) }));
      return reply(200, commands);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const state = this.interactions.get(m[2]!);
      if (!state || state.id !== m[1]) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (state.state !== 'new') return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const { type, data } = record.body as { type: number; data?: { flags?: number } };
      state.ephemeral = Boolean((data?.flags ?? 0) & 64);
      if (type === 5) state.state = 'loading';
      if (type === 4) {
        state.state = 'replied';
        state.originalId = snowflake();
      }
      if (type === 8) state.state = 'replied';
      if (record.query.with_response === 'true') return reply(200, { interaction: { id: state.id, type: 2 } });
      return reply(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const [, app, token, target] = m;
      const state = this.interactions.get(token!);
      if (app !== IDS.app || !state || state.state === 'new') return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (target === '@original') {
        if (method === 'PATCH') {
          if (state.state === 'deleted') return reply(404, { message: 'Unknown Message', code: 10008 });
          state.originalId ??= snowflake();
          if (state.state === 'loading') state.state = 'edited';
          return reply(200, this.messageObject(state.originalId, state.channelId, record.body, state.ephemeral ? 64 : 0, 20));
        }
        if (method === 'DELETE') {
          state.state = 'deleted';
          return reply(204);
        }
      }
      if (method === 'POST' && target === undefined) {
        if (state.state === 'loading') {
          // Discord's backwards-compatible rule: this edits the loading response, flags ignored.
          record.note = 'followup-edited-loading-response';
          state.originalId ??= snowflake();
          state.state = 'edited';
          return reply(200, this.messageObject(state.originalId, state.channelId, record.body, state.ephemeral ? 64 : 0, 20));
        }
        const flags = (record.body as { flags?: number }).flags ?? 0;
        return reply(200, this.messageObject(snowflake(), state.channelId, record.body, flags & 64, 0));
      }
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const [, channelId, messageId] = m;
      if (!this.channels.has(channelId!)) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const body = record.body as { name?: string };
      if (!body.name || body.name.length > 100) return reply(400, { message: 'Invalid Form Body', code: 50035 });
      const thread = this.threadObject(messageId!, channelId!, body.name);
      this.channels.set(messageId!, thread);
      return reply(201, thread);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      if (!this.channels.has(m[1]!)) return reply(404, { message: 'Unknown Channel', code: 10003 });
      return reply(200, this.messageObject(snowflake(), m[1]!, record.body, 0, 0));
    }
    if (method === 'GET' && (m = /^\/channels\/(\d+)$/.exec(path))) {
      const channel = this.channels.get(m[1]!);
      return channel ? reply(200, channel) : reply(404, { message: 'Unknown Channel', code: 10003 });
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private threadObject(id: string, parentId: string, name: string): Record<string, unknown> {
    const now = new Date().toISOString();
    return {
      id,
      type: 11,
      guild_id: IDS.guild,
      parent_id: parentId,
      owner_id: IDS.app,
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false, create_timestamp: now },
    };
  }

  private messageObject(id: string, channelId: string, body: { content?: string; embeds?: unknown[] } | null, flags: number, type: number) {
    return {
      id,
      channel_id: channelId,
      type,
      author: this.botUser(),
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags,
      application_id: IDS.app,
      ...(type === 20 ? { webhook_id: IDS.app } : {}),
    };
  }
}
