// Autocomplete for /claim (and /digest's topic): known speakers and topics, from lists held in
// memory. Discord gives an autocomplete 3 seconds and no deferral, so these never scan the store:
// the lists are built at start and rebuilt in the background when the store has changed (checked
// at most once a minute, after an answer has gone out). /digest's time zones come from the
// runtime, and unsubscribe's digests from one indexed read of the channel's subscriptions.
import { isTimeZone } from '../../src/digest/index.ts';
import type { CanonicalSpeaker, StoredClaim, Subscription } from '../../src/store/index.ts';
import { truncate } from './render.ts';

export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;

/** What the lists are built from: the claim store fits it. */
export interface SuggestionSource {
  speakers(): CanonicalSpeaker[];
  claimTexts(): Array<Pick<StoredClaim, 'speakerId' | 'content'>>;
  version(): number;
}

export interface Choice {
  name: string;
  value: string;
}

export interface SuggestionsOptions {
  /** How often at most the store's version is checked for changes. Default one minute. */
  ttlMs?: number;
  now?: () => number;
}

interface SpeakerEntry {
  name: string;
  claims: number;
  /** Folded words of the name and every alias: "zelensky", "zelenskyy", "volodymyr". */
  words: string[];
}

interface TopicEntry {
  /** As most often written: "Bakhmut", "Wagner Group". */
  text: string;
  folded: string;
  /** Claims that use it. */
  claims: number;
}

/** At most this many topics are kept, the most used first. */
const TOPICS_MAX = 3000;
/** Claims counted between two yields to the event loop while rebuilding. */
const REBUILD_SLICE = 2000;

// Words that make poor topics (they are also what the search ignores or cannot rank on).
const STOP = new Set(
  (
    'a about above after again against all also although among an and any are as at be because been before being below between both but by ' +
    'can cannot could did do does doing down during each even ever every few for from further had has have having he her here hers him his ' +
    'how however i if in into is it its itself just last like made make many may me might more most much must my near new no nor not now ' +
    'of off on once one only or other our out over own per said same say saying says she should since so some still such than that the ' +
    'their them then there these they this those though three through to told too two under until up upon us very was we were what when ' +
    'where whether which while who whom whose why will with within without would yet you your according added claimed stated wrote ' +
    'reported asked called going get got already around across back well way '
  )
    .trim()
    .split(/\s+/),
);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export class Suggestions {
  private speakers: SpeakerEntry[] = [];
  private topics: TopicEntry[] = [];
  private builtVersion = Number.NaN;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private rebuilding: Promise<void> | null = null;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: SuggestionSource,
    options: SuggestionsOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Builds the lists (at start, before the first autocomplete can arrive). */
  async load(): Promise<void> {
    this.checkedAt = this.now();
    await this.rebuild();
  }

  /**
   * Rebuilds the lists in the background when they are older than the TTL and the store has
   * changed. Call it after answering, never before. The promise is for tests and errors.
   */
  refreshIfStale(): Promise<void> | null {
    if (this.rebuilding || this.now() - this.checkedAt < this.ttlMs) return null;
    this.checkedAt = this.now();
    if (this.source.version() === this.builtVersion) return null;
    this.rebuilding = this.rebuild().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  get size(): { speakers: number; topics: number } {
    return { speakers: this.speakers.length, topics: this.topics.length };
  }

  private async rebuild(): Promise<void> {
    const version = this.source.version();
    const claims = this.source.claimTexts();
    const perSpeaker = new Map<string, number>();
    const topicClaims = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    for (let i = 0; i < claims.length; i++) {
      if (i > 0 && i % REBUILD_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      const claim = claims[i]!;
      perSpeaker.set(claim.speakerId, (perSpeaker.get(claim.speakerId) ?? 0) + 1);
      for (const [key, surface] of topicsOf(claim.content)) {
        topicClaims.set(key, (topicClaims.get(key) ?? 0) + 1);
        const forms = surfaces.get(key) ?? new Map<string, number>();
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
        surfaces.set(key, forms);
      }
    }
    this.speakers = this.source
      .speakers()
      .map((s) => ({
        name: s.name,
        claims: perSpeaker.get(s.id) ?? 0,
        words: [...new Set([s.name, ...s.aliases].flatMap((a) => fold(a).split(/[\s\-‐–]+/)).filter(Boolean))],
      }))
      .filter((s) => s.claims > 0)
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    this.topics = [...topicClaims]
      .map(([folded, count]) => ({ folded, claims: count, text: mostUsed(surfaces.get(folded)!) }))
      .sort((a, b) => b.claims - a.claims || a.folded.length - b.folded.length || a.folded.localeCompare(b.folded))
      .slice(0, TOPICS_MAX);
    this.builtVersion = version;
  }

  /**
   * Choices for the `query` option. The typed text first (as is), then ways to finish it: a
   * speaker for the last word (`… from:"Yevgeny Prigozhin"`), topics that continue the whole text
   * ("bakhmut co" → "Bakhmut control"), then words that complete the last one, the most used first.
   */
  forQuery(input: string): Choice[] {
    const raw = input.replace(/\s+/g, ' ').replace(/^ /, '');
    const typed = raw.trim();
    const [, head = '', partial = ''] = /^(.*?)(\S*)$/.exec(raw) ?? [];
    const out = new ChoiceList();
    if (typed) out.add(typed, '', typed);

    const filter = /^from:["“]?(.*)$/i.exec(partial);
    if (filter) {
      for (const s of this.matchSpeakers(filter[1]!, AUTOCOMPLETE_CHOICES_MAX)) {
        out.add(`${head}from:"${s.name}"`, ` — ${claimsText(s.claims)}`, `${head}from:"${s.name}"`);
      }
      return out.choices;
    }
    if (!typed) {
      for (const s of this.speakers.slice(0, 8)) out.add(s.name, ` — speaker, ${claimsText(s.claims)}`, `from:"${s.name}"`);
      for (const t of this.topics) if (!out.full) out.add(t.text, ` — topic, ${claimsText(t.claims)}`, t.text);
      return out.choices;
    }
    const p = fold(partial);
    // Three letters before guessing a speaker mid-query: "co" would offer every "Co…" name.
    if (p.length >= 3 || (p.length >= 2 && !head)) {
      for (const s of this.matchSpeakers(p, 5)) out.add(`${head}from:"${s.name}"`, ` — ${claimsText(s.claims)}`, `${head}from:"${s.name}"`);
    }
    const whole = fold(typed) + (raw.endsWith(' ') ? ' ' : '');
    for (const t of this.topics) {
      if (out.full) break;
      if (t.folded.startsWith(whole) && t.folded !== whole.trim()) out.add(t.text, ` — topic, ${claimsText(t.claims)}`, t.text);
    }
    if (p) {
      for (const t of this.topics) {
        if (out.full) break;
        if (!t.folded.includes(' ') && t.folded.startsWith(p) && t.folded !== p) out.add(`${head}${t.text}`, ` — ${claimsText(t.claims)}`, `${head}${t.text}`);
      }
    }
    return out.choices;
  }

  /** Choices for the `from` option: speakers whose name or any spelling matches. */
  forSpeaker(input: string): Choice[] {
    const out = new ChoiceList();
    for (const s of this.matchSpeakers(fold(input), AUTOCOMPLETE_CHOICES_MAX)) out.add(s.name, ` — ${claimsText(s.claims)}`, s.name);
    return out.choices;
  }

  private matchSpeakers(text: string, limit: number): SpeakerEntry[] {
    const words = fold(text).split(' ').filter(Boolean);
    if (words.length === 0) return this.speakers.slice(0, limit);
    return this.speakers.filter((s) => words.every((w) => s.words.some((sw) => sw.startsWith(w)))).slice(0, limit);
  }
}

/** At most 25 choices, names and values within 100 characters, no value twice. */
class ChoiceList {
  readonly choices: Choice[] = [];
  private readonly seen = new Set<string>();

  get full(): boolean {
    return this.choices.length >= AUTOCOMPLETE_CHOICES_MAX;
  }

  /** `label` is cut from the left when long (its end is what the user is choosing); `note` is kept when it fits. */
  add(label: string, note: string, value: string): void {
    if (this.full || !value || value.length > CHOICE_VALUE_MAX || this.seen.has(value)) return;
    this.seen.add(value);
    let name = label + note;
    if (name.length > CHOICE_NAME_MAX) {
      const keep = note.length <= CHOICE_NAME_MAX / 2 ? note : '';
      // Cut from the left, never between the halves of a surrogate pair.
      const tail = label.slice(label.length - (CHOICE_NAME_MAX - keep.length - 1)).replace(/^[\uDC00-\uDFFF]/, '');
      name = `…${tail}${keep}`;
    }
    this.choices.push({ name, value });
  }
}

function claimsText(n: number): string {
  return `${n} claim${n === 1 ? '' : 's'}`;
}

function mostUsed(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) {
    if (n > count) {
      best = form;
      count = n;
    }
  }
  return best;
}

/** A claim's topics, once each: its words (4+ letters) and pairs of neighbouring words, folded, with how they were written. */
function topicsOf(content: string): Map<string, string> {
  const found = new Map<string, string>();
  const tokens = (content.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((surface) => {
    const key = fold(surface).replace(/'s$/, '');
    const useful = key.length >= 3 && !STOP.has(key) && !/^\d+$/.test(key);
    return { surface: surface.replace(/['’]s$/, ''), key, useful };
  });
  tokens.forEach((t, i) => {
    if (!t.useful) return;
    if (t.key.length >= 4 && !found.has(t.key)) found.set(t.key, t.surface);
    const next = tokens[i + 1];
    if (next?.useful) {
      const key = `${t.key} ${next.key}`;
      if (!found.has(key)) found.set(key, `${t.surface} ${next.surface}`);
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Time zones for /digest's tz option

/** Offered first, and when nothing is typed: zones newsrooms commonly work in. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Warsaw',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Hong_Kong',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
];

let allZones: string[] | null = null;

/**
 * Zones matching what was typed (any part of the name, case and "_" ignored), common ones first,
 * then the runtime's list; what was typed comes first when it is a zone itself (the runtime's list
 * may name a zone by an older spelling, "Europe/Kiev", that the user did not type).
 */
export function zoneChoices(typed: string): Choice[] {
  const norm = (text: string) => text.toLowerCase().replace(/[_\s]+/g, ' ').trim();
  const q = norm(typed);
  if (!q) return COMMON_ZONES.map((zone) => ({ name: zone, value: zone }));
  allZones ??= Intl.supportedValuesOf('timeZone');
  const found = new Set<string>();
  for (const zone of [...COMMON_ZONES, ...allZones]) {
    if (found.size >= AUTOCOMPLETE_CHOICES_MAX) break;
    if (norm(zone).includes(q)) found.add(zone);
  }
  const exact = typed.trim();
  const listed = [...found].some((zone) => zone.toLowerCase() === exact.toLowerCase());
  const choices = !listed && exact.length <= CHOICE_VALUE_MAX && isTimeZone(exact) ? [exact, ...found] : [...found];
  return choices.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((zone) => ({ name: zone, value: zone }));
}

/**
 * A channel's digests to stop, for /digest unsubscribe's target: those whose id or topic holds
 * what was typed. The value is the id, which names one digest whatever its topic holds.
 */
export function subscriptionChoices(subscriptions: Subscription[], typed: string): Choice[] {
  const q = typed.trim().toLowerCase();
  return subscriptions
    .filter((s) => !q || s.id.toLowerCase().includes(q) || s.topic.toLowerCase().includes(q))
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((s) => ({ name: truncate(`${s.id} · ${s.topic} · ${s.at} ${s.timeZone}${s.disabledAt ? ' · disabled' : ''}`, CHOICE_NAME_MAX), value: s.id }));
}
