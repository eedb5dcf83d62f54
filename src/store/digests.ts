// Digest subscriptions and their runs. A run row, keyed by (subscription, local day), is taken
// with one INSERT before anything is posted: whichever process inserts it posts that day's
// digest, every other process (or a restarted one) sees the row and does not. That row is the
// whole exactly-once mechanism; the scheduler (src/digest) decides when to try.
import type { Database as Db } from 'better-sqlite3';

export type Platform = 'slack' | 'discord' | 'console';

export interface Subscription {
  id: string;
  platform: Platform;
  channel: string;
  topic: string;
  /** HH:MM, local time in `timeZone`. */
  at: string;
  timeZone: string;
  /** No post on a day with nothing new. */
  quiet: boolean;
  createdBy: string | null;
  createdAt: string;
  /** The store version when subscribed: the first digest covers claims stored after it. */
  fromVersion: number;
  disabledAt: string | null;
  disabledReason: string | null;
}

export type NewSubscription = Pick<Subscription, 'platform' | 'channel' | 'topic' | 'at' | 'timeZone' | 'quiet' | 'createdBy'>;

export type RunStatus = 'posting' | 'posted' | 'failed' | 'abandoned';

export interface DigestRun {
  subscriptionId: string;
  day: string;
  scheduledFor: string;
  status: RunStatus;
  late: boolean;
  fromVersion: number;
  toVersion: number;
  claims: number | null;
  attempts: number;
  nextAttemptAt: string | null;
  leaseUntil: string | null;
  postedAt: string | null;
  error: string | null;
}

interface SubscriptionRow {
  id: string;
  platform: Platform;
  channel: string;
  topic: string;
  at: string;
  time_zone: string;
  quiet: number;
  created_by: string | null;
  created_at: string;
  from_version: number;
  disabled_at: string | null;
  disabled_reason: string | null;
}

interface RunRow {
  subscription_id: string;
  day: string;
  scheduled_for: string;
  status: RunStatus;
  late: number;
  from_version: number;
  to_version: number;
  claims: number | null;
  attempts: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  posted_at: string | null;
  error: string | null;
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  platform: r.platform,
  channel: r.channel,
  topic: r.topic,
  at: r.at,
  timeZone: r.time_zone,
  quiet: r.quiet === 1,
  createdBy: r.created_by,
  createdAt: r.created_at,
  fromVersion: r.from_version,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
});

const toRun = (r: RunRow): DigestRun => ({
  subscriptionId: r.subscription_id,
  day: r.day,
  scheduledFor: r.scheduled_for,
  status: r.status,
  late: r.late === 1,
  fromVersion: r.from_version,
  toVersion: r.to_version,
  claims: r.claims,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  leaseUntil: r.lease_until,
  postedAt: r.posted_at,
  error: r.error,
});

/** How a run ended, as recorded by finishRun. */
export type RunOutcome =
  | { status: 'posted'; claims: number; at: Date }
  /** `retryAt` null: given up. */
  | { status: 'failed'; error: string; retryAt: Date | null };

/**
 * Every method runs in its own transaction (or reads only); `guard` maps errors to StoreError.
 * Times come from the caller (`now`), whose clock tests control.
 */
export class DigestBook {
  private readonly q: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly guard: <T>(doing: string, fn: () => T) => T,
  ) {
    this.q = statements(db);
  }

  /**
   * Subscribes a channel to a topic; the same topic again in the same channel updates its time,
   * zone and quietness (and re-enables it) rather than adding a second digest.
   */
  subscribe(input: NewSubscription, now: Date): { subscription: Subscription; created: boolean } {
    return this.guard('saving a subscription', () =>
      this.db
        .transaction(() => {
          const existing = this.q.byTopic.get(input.platform, input.channel, input.topic) as SubscriptionRow | undefined;
          if (existing) {
            this.q.update.run({ id: existing.id, at: input.at, timeZone: input.timeZone, quiet: input.quiet ? 1 : 0 });
            return { subscription: toSubscription(this.q.byId.get(existing.id) as SubscriptionRow), created: false };
          }
          const seq = (this.q.nextId.get() as { value: number }).value;
          const version = (this.q.version.get() as { value: number }).value;
          const id = `d${seq}`;
          this.q.insert.run({ ...input, id, quiet: input.quiet ? 1 : 0, createdAt: now.toISOString(), fromVersion: version });
          return { subscription: toSubscription(this.q.byId.get(id) as SubscriptionRow), created: true };
        })
        .immediate(),
    );
  }

  get(id: string): Subscription | null {
    return this.guard('reading subscriptions', () => {
      const row = this.q.byId.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    });
  }

  /** A channel's subscriptions, disabled ones included, oldest first. */
  inChannel(platform: Platform, channel: string): Subscription[] {
    return this.guard('reading subscriptions', () => (this.q.inChannel.all(platform, channel) as SubscriptionRow[]).map(toSubscription));
  }

  /** Every subscription that is not disabled, on the given platforms. */
  active(platforms: Platform[]): Subscription[] {
    return this.guard('reading subscriptions', () => (this.q.active.all(JSON.stringify(platforms)) as SubscriptionRow[]).map(toSubscription));
  }

  /** Removes a channel's subscription named by id ("d3") or by its exact topic; null if none. */
  unsubscribe(platform: Platform, channel: string, idOrTopic: string): Subscription | null {
    return this.guard('removing a subscription', () =>
      this.db
        .transaction(() => {
          const row = (this.q.byIdInChannel.get(idOrTopic.toLowerCase(), platform, channel) ?? this.q.byTopic.get(platform, channel, idOrTopic)) as SubscriptionRow | undefined;
          if (!row) return null;
          this.q.remove.run(row.id);
          return toSubscription(row);
        })
        .immediate(),
    );
  }

  disable(id: string, reason: string, now: Date): void {
    this.guard('disabling a subscription', () => this.q.disable.run(now.toISOString(), reason, id));
  }

  /**
   * Takes the run of (subscription, day) for this caller, or returns null when a run for that
   * day exists already (posted, failed, or being posted by someone else). The run covers claims
   * stored after the last posted run (or the subscription) up to `toVersion` (default: the
   * current store version; a caller searching an index passes the version the index is at).
   */
  takeRun(subscriptionId: string, day: string, scheduledFor: Date, late: boolean, now: Date, leaseMs: number, toVersion?: number): DigestRun | null {
    return this.guard('starting a digest', () =>
      this.db
        .transaction(() => {
          const sub = this.q.byId.get(subscriptionId) as SubscriptionRow | undefined;
          if (!sub || sub.disabled_at) return null;
          const lastPosted = this.q.lastPosted.get(subscriptionId) as { to_version: number } | undefined;
          const fromVersion = lastPosted?.to_version ?? sub.from_version;
          // Never a window that ends before it starts (an index behind a new subscription).
          const upTo = Math.max(fromVersion, toVersion ?? (this.q.version.get() as { value: number }).value);
          const inserted = this.q.takeRun.run({
            subscriptionId,
            day,
            scheduledFor: scheduledFor.toISOString(),
            late: late ? 1 : 0,
            fromVersion,
            toVersion: upTo,
            leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
          });
          return inserted.changes === 1 ? toRun(this.q.run.get(subscriptionId, day) as RunRow) : null;
        })
        .immediate(),
    );
  }

  /** Failed runs whose retry time has come, oldest first. */
  dueRetries(now: Date): DigestRun[] {
    return this.guard('reading digest runs', () => (this.q.dueRetries.all(now.toISOString()) as RunRow[]).map(toRun));
  }

  /** Takes a failed run back for another attempt; null when another process took it first. */
  retakeRun(subscriptionId: string, day: string, now: Date, leaseMs: number): DigestRun | null {
    return this.guard('retrying a digest', () => {
      const changed = this.q.retake.run(new Date(now.getTime() + leaseMs).toISOString(), subscriptionId, day, now.toISOString());
      return changed.changes === 1 ? toRun(this.q.run.get(subscriptionId, day) as RunRow) : null;
    });
  }

  /**
   * Runs left 'posting' past their lease: their process died mid-post. They are marked
   * abandoned, never retried: part of the digest may have gone out, and at most once beats twice.
   */
  abandonExpired(now: Date): DigestRun[] {
    return this.guard('checking digest runs', () =>
      this.db
        .transaction(() => {
          const expired = (this.q.expired.all(now.toISOString()) as RunRow[]).map(toRun);
          for (const run of expired) this.q.abandon.run(run.subscriptionId, run.day);
          return expired;
        })
        .immediate(),
    );
  }

  finishRun(subscriptionId: string, day: string, outcome: RunOutcome): void {
    this.guard('recording a digest', () => {
      if (outcome.status === 'posted') this.q.posted.run(outcome.claims, outcome.at.toISOString(), subscriptionId, day);
      else this.q.failed.run(outcome.error, outcome.retryAt?.toISOString() ?? null, subscriptionId, day);
    });
  }

  runs(subscriptionId: string): DigestRun[] {
    return this.guard('reading digest runs', () => (this.q.runs.all(subscriptionId) as RunRow[]).map(toRun));
  }

  /** Ids of the claims in articles stored after `fromVersion` up to `toVersion`. */
  claimIdsBetween(fromVersion: number, toVersion: number): string[] {
    return this.guard('reading new claims', () => (this.q.claimIdsBetween.all(fromVersion, toVersion) as Array<{ id: string }>).map((r) => r.id));
  }
}

function statements(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  return {
    version: p(`SELECT value FROM meta WHERE key = 'version'`),
    nextId: p(`UPDATE meta SET value = value + 1 WHERE key = 'subscription_seq' RETURNING value`),
    insert: p(
      `INSERT INTO subscriptions (id, platform, channel, topic, at, time_zone, quiet, created_by, created_at, from_version)
       VALUES (@id, @platform, @channel, @topic, @at, @timeZone, @quiet, @createdBy, @createdAt, @fromVersion)`,
    ),
    update: p(`UPDATE subscriptions SET at = @at, time_zone = @timeZone, quiet = @quiet, disabled_at = NULL, disabled_reason = NULL WHERE id = @id`),
    byId: p(`SELECT * FROM subscriptions WHERE id = ?`),
    byIdInChannel: p(`SELECT * FROM subscriptions WHERE id = ? AND platform = ? AND channel = ?`),
    byTopic: p(`SELECT * FROM subscriptions WHERE platform = ? AND channel = ? AND topic = ?`),
    inChannel: p(`SELECT * FROM subscriptions WHERE platform = ? AND channel = ? ORDER BY rowid`),
    active: p(`SELECT * FROM subscriptions WHERE disabled_at IS NULL AND platform IN (SELECT value FROM json_each(?)) ORDER BY rowid`),
    remove: p(`DELETE FROM subscriptions WHERE id = ?`),
    disable: p(`UPDATE subscriptions SET disabled_at = ?, disabled_reason = ? WHERE id = ?`),
    lastPosted: p(`SELECT to_version FROM digest_runs WHERE subscription_id = ? AND status = 'posted' ORDER BY to_version DESC LIMIT 1`),
    takeRun: p(
      `INSERT INTO digest_runs (subscription_id, day, scheduled_for, status, late, from_version, to_version, lease_until)
       VALUES (@subscriptionId, @day, @scheduledFor, 'posting', @late, @fromVersion, @toVersion, @leaseUntil)
       ON CONFLICT (subscription_id, day) DO NOTHING`,
    ),
    run: p(`SELECT * FROM digest_runs WHERE subscription_id = ? AND day = ?`),
    runs: p(`SELECT * FROM digest_runs WHERE subscription_id = ? ORDER BY day`),
    dueRetries: p(`SELECT * FROM digest_runs WHERE status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY next_attempt_at`),
    retake: p(
      `UPDATE digest_runs SET status = 'posting', lease_until = ?
       WHERE subscription_id = ? AND day = ? AND status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?`,
    ),
    expired: p(`SELECT * FROM digest_runs WHERE status = 'posting' AND lease_until < ?`),
    abandon: p(`UPDATE digest_runs SET status = 'abandoned', lease_until = NULL, error = 'interrupted while posting' WHERE subscription_id = ? AND day = ? AND status = 'posting'`),
    posted: p(`UPDATE digest_runs SET status = 'posted', attempts = attempts + 1, claims = ?, posted_at = ?, lease_until = NULL, error = NULL WHERE subscription_id = ? AND day = ?`),
    failed: p(`UPDATE digest_runs SET status = 'failed', attempts = attempts + 1, error = ?, next_attempt_at = ?, lease_until = NULL WHERE subscription_id = ? AND day = ?`),
    claimIdsBetween: p(`SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.version > ? AND a.version <= ? ORDER BY c.rowid`),
  };
}
