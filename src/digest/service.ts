// Digest subscriptions as the adapters see them: carrying out `/claim digest …` for a channel,
// and composing a subscription's digest (an Answer over the claims stored since the last one,
// rendered by the adapters exactly as a /claim answer is).
import { parseQuery, QueryError, type Answer, type Help, type QueryCore } from '../query/index.ts';
import type { ClaimStore, DigestRun, Platform, Subscription } from '../store/index.ts';
import { DIGEST_HELP, parseDigestCommand } from './commands.ts';
import { DigestError } from './errors.ts';
import { localDay, nextOccurrence } from './schedule.ts';

export const DEFAULT_DIGEST_TIME = '08:00';

/** Who asks, and where: adapters fill this from the platform's request. */
export interface DigestContext {
  platform: Platform;
  channel: string;
  user: string | null;
  /** May this person manage the channel's digests (see each adapter's rule)? */
  isEditor: boolean;
}

/** What a scheduler hands an adapter to post. */
export type DigestPost =
  | { kind: 'answer'; subscription: Subscription; day: string; late: boolean; answer: Answer }
  /** Nothing new since the last digest: a one-line post. */
  | { kind: 'nothing'; subscription: Subscription; day: string; late: boolean; text: string };

export interface DigestServiceOptions {
  /** IANA zone for subscriptions that name none. */
  defaultZone: string;
  now?: () => Date;
}

export class DigestService {
  private readonly now: () => Date;

  constructor(
    private readonly store: ClaimStore,
    private readonly query: QueryCore,
    private readonly options: DigestServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Carries out `/claim digest …`; the reply is for the asker only. Throws DigestError. */
  handle(context: DigestContext, text: string): Help {
    const command = parseDigestCommand(text);
    if (command.action === 'help') return { title: 'Daily digests of new claims', lines: DIGEST_HELP };
    if (command.action === 'list') return this.list(context);
    if (!context.isEditor) throw new DigestError('not_editor', 'Only editors can change the digests of this channel. /claim digest list shows them.');
    const digests = this.store.digests;
    if (command.action === 'unsubscribe') {
      const removed = digests.unsubscribe(context.platform, context.channel, command.target);
      if (!removed) throw new DigestError('not_found', `This channel has no digest "${command.target}". /claim digest list shows its digests.`);
      return { title: 'Digest stopped', lines: [`${removed.id} · ${removed.topic}: no more digests in this channel.`] };
    }
    const { subscription, created } = digests.subscribe({
      platform: context.platform,
      channel: context.channel,
      topic: command.topic,
      at: command.at ?? DEFAULT_DIGEST_TIME,
      timeZone: command.timeZone ?? this.options.defaultZone,
      quiet: command.quiet,
      createdBy: context.user,
    }, this.now());
    return {
      title: created ? 'Digest subscribed' : 'Digest updated',
      lines: [
        describe(subscription, this.now()),
        ...(created ? ['Each digest covers the claims of articles stored since the one before (the first: since now).'] : []),
        `Stop it with /claim digest unsubscribe ${subscription.id}.`,
      ],
    };
  }

  /** A channel's subscriptions, oldest first (for choosing one to stop). */
  subscriptionsIn(platform: DigestContext['platform'], channel: string): Subscription[] {
    return this.store.digests.inChannel(platform, channel);
  }

  private list(context: DigestContext): Help {
    const subs = this.subscriptionsIn(context.platform, context.channel);
    if (subs.length === 0) return { title: 'No digests in this channel', lines: ['Start one with /claim digest subscribe TOPIC [at HH:MM] [tz ZONE].'] };
    return { title: `Digests in this channel (${subs.length})`, lines: subs.map((s) => describe(s, this.now())) };
  }

  /** The digest a run posts: the topic's answer over the claims stored in the run's window. */
  compose(subscription: Subscription, run: DigestRun): DigestPost {
    const base = { subscription, day: run.day, late: run.late };
    const since = this.sinceLabel(subscription, run);
    const lateNote = run.late ? `Posted late: claimdesk was not running at ${subscription.at} ${subscription.timeZone}. ` : '';
    const ids = this.store.digests.claimIdsBetween(run.fromVersion, run.toVersion);
    let answer: Answer | null = null;
    if (ids.length > 0) {
      try {
        answer = this.query.ask(parseQuery(subscription.topic), { claimIds: new Set(ids) });
      } catch (error) {
        if (!(error instanceof QueryError && error.code === 'no_results')) throw error;
      }
    }
    if (!answer) return { ...base, kind: 'nothing', text: `${lateNote}Digest “${subscription.topic}” for ${run.day}: nothing new since ${since}.` };
    return {
      ...base,
      kind: 'answer',
      answer: { ...answer, query: `Digest: ${subscription.topic} · ${run.day}${run.late ? ' (late)' : ''}`, summary: `${lateNote}New since ${since}: ${answer.summary}` },
    };
  }

  /** When the window of new claims began: the last posted digest, else the subscription. */
  private sinceLabel(subscription: Subscription, run: DigestRun): string {
    const previous = this.store.digests
      .runs(subscription.id)
      .filter((r) => r.status === 'posted' && r.day < run.day)
      .at(-1);
    if (previous) return `the digest of ${previous.day}`;
    return `the subscription on ${localDay(new Date(subscription.createdAt), subscription.timeZone)}`;
  }
}

function describe(s: Subscription, now: Date): string {
  const when = `daily at ${s.at} ${s.timeZone}${s.quiet ? ', quiet on days with nothing new' : ''}`;
  if (s.disabledAt) return `${s.id} · ${s.topic} · ${when} · disabled: ${s.disabledReason ?? 'no reason recorded'}`;
  const next = nextOccurrence(s.at, s.timeZone, now);
  return `${s.id} · ${s.topic} · ${when} · next: ${localDay(next, s.timeZone)} ${s.at}`;
}
