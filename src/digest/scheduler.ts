// Posting digests on time, once. Each tick looks at every active subscription: if its latest
// scheduled time has passed and no run exists for that local day, it takes the run (an INSERT
// that only one process can win, see src/store/digests.ts), composes the digest and hands it to
// the platform's poster. After downtime the latest missed day is posted once, marked late;
// earlier missed days are not posted at all. Failed posts are retried with backoff; a channel
// that is gone disables its subscription.
import type { ClaimStore, DigestRun, Platform, Subscription } from '../store/index.ts';
import { DigestPostError } from './errors.ts';
import { latestOccurrence, localDay, nextOccurrence } from './schedule.ts';
import type { DigestPost, DigestService } from './service.ts';

export interface DigestPoster {
  /** Posts the digest in the channel: a parent message and its thread. Throws DigestPostError. */
  post(channel: string, digest: DigestPost): Promise<void>;
}

export type DigestLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export interface SchedulerOptions {
  store: ClaimStore;
  service: DigestService;
  /** The platforms this process posts to; other platforms' subscriptions are left alone. */
  posters: Partial<Record<Platform, DigestPoster>>;
  log: DigestLog;
  /**
   * Brings the search index up to date with the store and returns the store version it is now
   * in step with (Core.catchUp). A digest then covers exactly the claims the index can find;
   * claims stored later fall in the next digest rather than being lost. Without it, the store's
   * current version is used (an index always in step, as in tests).
   */
  catchUp?: () => Promise<number>;
  now?: () => Date;
  /** A digest posted this long after its time is marked late (default 15 minutes). */
  lateAfterMs?: number;
  /** How long a run may stay 'posting' before it counts as interrupted (default 10 minutes). */
  leaseMs?: number;
  /** Waits before each retry of a failed post; after the last, it is given up (default 1, 5, 30 min). */
  retryDelaysMs?: number[];
  /** Longest wait between ticks when nothing is due sooner (default 60 s). */
  pollMs?: number;
}

export interface TickReport {
  posted: Array<{ subscription: string; day: string; late: boolean; kind: DigestPost['kind'] | 'quiet' }>;
  failed: Array<{ subscription: string; day: string; code: string; willRetry: boolean }>;
  disabled: string[];
  abandoned: Array<{ subscription: string; day: string }>;
}

export class DigestScheduler {
  private readonly now: () => Date;
  private readonly lateAfterMs: number;
  private readonly leaseMs: number;
  private readonly retryDelaysMs: number[];
  private readonly pollMs: number;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<TickReport> | null = null;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? (() => new Date());
    this.lateAfterMs = options.lateAfterMs ?? 15 * 60_000;
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [60_000, 5 * 60_000, 30 * 60_000];
    this.pollMs = options.pollMs ?? 60_000;
  }

  /** Ticks now, then again whenever the next digest is due (and at least every pollMs). */
  start(): void {
    this.stopped = false;
    const loop = async () => {
      this.timer = null;
      try {
        await this.tick();
      } catch (error) {
        this.options.log('error', 'digest: tick failed', { error: error instanceof Error ? error.message : String(error) });
      }
      if (!this.stopped) this.timer = setTimeout(loop, this.delayToNext()).unref();
    };
    void loop();
  }

  /** Stops the timer and waits for a tick in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.ticking?.catch(() => {});
  }

  /** One pass: due digests, due retries, interrupted posts. Ticks never overlap. */
  tick(): Promise<TickReport> {
    this.ticking ??= this.pass().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { posted: [], failed: [], disabled: [], abandoned: [] };
    const digests = this.options.store.digests;
    for (const run of digests.abandonExpired(this.now())) {
      report.abandoned.push({ subscription: run.subscriptionId, day: run.day });
      this.options.log('warn', 'digest: a post was interrupted and is not repeated', { subscription: run.subscriptionId, day: run.day });
    }
    const now = this.now();
    const subscriptions = digests.active(this.platforms());
    const indexed = subscriptions.length > 0 ? await this.options.catchUp?.() : undefined;
    for (const subscription of subscriptions) {
      const scheduled = latestOccurrence(subscription.at, subscription.timeZone, now);
      // Subscribed after today's time: the first digest is tomorrow's.
      if (scheduled.getTime() < Date.parse(subscription.createdAt)) continue;
      const day = localDay(scheduled, subscription.timeZone);
      const late = now.getTime() - scheduled.getTime() > this.lateAfterMs;
      const run = digests.takeRun(subscription.id, day, scheduled, late, now, this.leaseMs, indexed);
      if (run) await this.post(subscription, run, report);
    }
    for (const due of digests.dueRetries(this.now())) {
      const subscription = digests.get(due.subscriptionId);
      if (!subscription || subscription.disabledAt || !this.options.posters[subscription.platform]) continue;
      const run = digests.retakeRun(due.subscriptionId, due.day, this.now(), this.leaseMs);
      if (run) await this.post(subscription, run, report);
    }
    return report;
  }

  private async post(subscription: Subscription, run: DigestRun, report: TickReport): Promise<void> {
    const digests = this.options.store.digests;
    const poster = this.options.posters[subscription.platform]!;
    const fields = { subscription: subscription.id, day: run.day, platform: subscription.platform, channel: subscription.channel };
    try {
      const digest = this.options.service.compose(subscription, run);
      if (digest.kind === 'nothing' && subscription.quiet) {
        digests.finishRun(subscription.id, run.day, { status: 'posted', claims: 0, at: this.now() });
        report.posted.push({ subscription: subscription.id, day: run.day, late: run.late, kind: 'quiet' });
        return;
      }
      await poster.post(subscription.channel, digest);
      const claims = digest.kind === 'answer' ? digest.answer.counts.claims : 0;
      digests.finishRun(subscription.id, run.day, { status: 'posted', claims, at: this.now() });
      report.posted.push({ subscription: subscription.id, day: run.day, late: run.late, kind: digest.kind });
      this.options.log('info', 'digest: posted', { ...fields, claims, late: run.late });
    } catch (error) {
      const code = error instanceof DigestPostError ? error.code : 'unexpected';
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof DigestPostError && error.options.channelGone) {
        digests.finishRun(subscription.id, run.day, { status: 'failed', error: code, retryAt: null });
        digests.disable(subscription.id, `the channel is gone (${code})`, this.now());
        report.disabled.push(subscription.id);
        report.failed.push({ subscription: subscription.id, day: run.day, code, willRetry: false });
        this.options.log('warn', 'digest: the channel is gone; subscription disabled', { ...fields, code });
        return;
      }
      // A post that got partly out is not retried: at most once beats twice.
      const partly = error instanceof DigestPostError && error.options.partly === true;
      const delay = partly ? undefined : this.retryDelaysMs[run.attempts];
      const retryAt = delay === undefined ? null : new Date(this.now().getTime() + delay);
      digests.finishRun(subscription.id, run.day, { status: 'failed', error: `${code}: ${message}`, retryAt });
      report.failed.push({ subscription: subscription.id, day: run.day, code, willRetry: retryAt !== null });
      this.options.log('error', 'digest: posting failed', { ...fields, code, attempt: run.attempts + 1, retryAt: retryAt?.toISOString() ?? null });
    }
  }

  private platforms(): Platform[] {
    return (Object.keys(this.options.posters) as Platform[]).filter((p) => this.options.posters[p]);
  }

  /** Until the soonest next digest, at most pollMs (retries fall due, other processes add subscriptions). */
  private delayToNext(): number {
    const now = this.now();
    let soonest = now.getTime() + this.pollMs;
    for (const s of this.options.store.digests.active(this.platforms())) {
      soonest = Math.min(soonest, nextOccurrence(s.at, s.timeZone, now).getTime());
    }
    return Math.max(1000, soonest - now.getTime());
  }
}
