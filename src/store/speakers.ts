// Canonical speakers: deciding, at ingest, which stored speaker a claim's speaker is, and keeping
// each speaker's aliases, roles and display name in step with the claims stored for it.
// Every method runs inside the caller's transaction (ingest), or reads only.
import type { Database as Db } from 'better-sqlite3';
import type { Speaker, SpeakerKind } from '../claims/index.ts';
import { canonicalKey, initialOf, middlesAgree, parsePerson, roleKey, type PersonName } from './names.ts';
import type { CanonicalSpeaker } from './types.ts';

interface SpeakerRow {
  id: string;
  name: string;
  kind: SpeakerKind;
  roles: string;
  descriptive: number;
}

interface AliasRow {
  speaker_id: string;
  alias: string;
  uses: number;
}

/** What a stored person is known as: the parsed names of its aliases. */
interface PersonProfile {
  id: string;
  names: PersonName[];
  /** Has at least one alias with a first name or initial ("Joe Biden", "J. Biden"). */
  named: boolean;
}

type Relation = 'exact' | 'initial' | 'different';

/**
 * How a name with a first name relates to a stored person:
 *   exact      an alias has the same first name (or initial) and agreeing middle names
 *   initial    an alias's first name is the other's initial ("J. Biden" ~ "Joe Biden")
 *   different  a full first name differs from one of the person's ("Hunter" vs "Joe"),
 *              or nothing is compatible
 */
function relation(p: PersonName, profile: PersonProfile): Relation {
  const first = p.first!;
  let exact = false;
  let initial = false;
  for (const a of profile.names) {
    if (a.first === null) continue;
    if (a.first.length > 1 && first.length > 1 && a.first !== first) return 'different';
    if (a.first === first) {
      if (!middlesAgree(a.middle, p.middle)) return 'different';
      exact = true;
    } else if (initialOf(a.first, first) && middlesAgree(a.middle, p.middle)) {
      initial = true;
    }
  }
  return exact ? 'exact' : initial ? 'initial' : 'different';
}

export class SpeakerBook {
  private readonly q: ReturnType<typeof speakerStatements>;

  constructor(db: Db) {
    this.q = speakerStatements(db);
  }

  /**
   * The stored speaker for a claim's speaker, created if there is none. `scope` holds the
   * speakers resolved for the current article: a role description ("the Wagner chief") is one
   * speaker within its article and never merged across articles.
   */
  resolve(speaker: Pick<Speaker, 'name' | 'kind'>, scope: Map<string, string>): string {
    const name = speaker.name.trim();
    const scopeKey = `${speaker.kind}\u0000${name}`;
    const known = scope.get(scopeKey);
    if (known) return known;
    let id: string;
    const { key, last, person } = aliasKeys(name, speaker.kind);
    if (person?.descriptive) {
      // Spelled differently but folding the same within this article: still one speaker.
      const scoped = scope.get(`described\u0000${key}`);
      id = scoped ?? this.create(name, 'person', true);
      scope.set(`described\u0000${key}`, id);
    } else if (person) {
      id = this.resolvePerson(person, name);
    } else {
      const found = this.q.byKey.all(key, speaker.kind) as Array<{ speaker_id: string }>;
      id = found[0]?.speaker_id ?? this.create(name, speaker.kind, false);
    }
    this.q.insertAlias.run(id, name, key, last);
    scope.set(scopeKey, id);
    return id;
  }

  /**
   * People. In order:
   *   1. a full name already stored, folded the same, for one person → that person;
   *   2. a surname alone ("Biden") → the only person with that surname and a first name; if there
   *      are several, a separate "surname only" speaker (never one of them);
   *   3. a full name → the one person with the same surname whose first name is the same
   *      (or, failing that, whose first name or initial is compatible: "Joe Biden" ~ "J. Biden");
   *      different first names are different people ("Hunter Biden" ≠ "Joe Biden");
   *      an initial ("J. Biden") → the one compatible person, only if there is exactly one;
   *   4. a full name whose surname so far only appeared alone ("Prigozhin") → that speaker;
   *   5. else a new person.
   */
  private resolvePerson(p: PersonName, name: string): string {
    if (p.first !== null && p.first.length > 1) {
      // A full first name spelled (after folding) as before: the earlier decision stands.
      const sameKey = this.q.byKey.all(p.key, 'person') as Array<{ speaker_id: string }>;
      if (sameKey.length === 1) return sameKey[0]!.speaker_id;
    }
    const profiles = this.profilesByLast(p.last);
    const named = profiles.filter((s) => s.named);
    const surnameOnly = profiles.filter((s) => !s.named);
    if (p.first === null) {
      if (named.length === 1) return named[0]!.id;
      return surnameOnly[0]?.id ?? this.create(name, 'person', false);
    }
    const related = named.map((s) => ({ s, r: relation(p, s) }));
    const exact = related.filter((x) => x.r === 'exact').map((x) => x.s);
    const initial = related.filter((x) => x.r === 'initial').map((x) => x.s);
    if (p.first.length > 1) {
      if (exact.length === 1) return exact[0]!.id;
      if (exact.length === 0 && initial.length === 1) return initial[0]!.id;
    } else {
      // An initial ("J. Biden") joins a person only when exactly one is compatible; when several
      // are, it keeps to the speaker made for that ambiguity (one known by initials only).
      const compatible = [...exact, ...initial];
      if (compatible.length === 1) return compatible[0]!.id;
      const byInitials = exact.filter((s) => s.names.every((n) => n.first === null || n.first.length === 1));
      if (byInitials.length === 1) return byInitials[0]!.id;
    }
    if (named.length === 0 && surnameOnly[0]) return surnameOnly[0].id;
    return this.create(name, 'person', false);
  }

  private profilesByLast(last: string): PersonProfile[] {
    const byId = new Map<string, PersonProfile>();
    for (const row of this.q.personsByLast.all(last) as Array<{ speaker_id: string; alias: string }>) {
      let profile = byId.get(row.speaker_id);
      if (!profile) byId.set(row.speaker_id, (profile = { id: row.speaker_id, names: [], named: false }));
      const parsed = parsePerson(row.alias);
      profile.names.push(parsed);
      if (parsed.first !== null) profile.named = true;
    }
    return [...byId.values()];
  }

  private create(name: string, kind: SpeakerKind, descriptive: boolean): string {
    const { value } = this.q.nextId.get() as { value: number };
    const id = `s${value}`;
    this.q.insertSpeaker.run(id, name, kind, descriptive ? 1 : 0);
    return id;
  }

  /** Counts one stored claim under its speaker's spelling and role. */
  use(speakerId: string, speaker: Speaker, version: number): void {
    this.q.useAlias.run(1, speakerId, speaker.name.trim());
    if (speaker.role && speaker.role.trim()) this.q.useRole.run(speakerId, roleKey(speaker.role), speaker.role.trim(), 1, version);
  }

  /** Uncounts the claims of an article about to be deleted; returns the speakers concerned. */
  unuseArticle(articleId: string): string[] {
    const touched = new Set<string>();
    const rows = this.q.articleUses.all(articleId) as Array<{ speaker_id: string; speaker_name: string; speaker_role: string | null; n: number }>;
    for (const row of rows) {
      touched.add(row.speaker_id);
      this.q.useAlias.run(-row.n, row.speaker_id, row.speaker_name.trim());
      if (row.speaker_role && row.speaker_role.trim()) this.q.useRole.run(row.speaker_id, roleKey(row.speaker_role), row.speaker_role.trim(), -row.n, 0);
    }
    return [...touched];
  }

  /**
   * After an ingest: drops spellings and roles no stored claim uses any more, deletes speakers
   * left without claims, and recomputes the display name and role list of the others.
   */
  refresh(ids: Iterable<string>): void {
    for (const id of new Set(ids)) {
      this.q.dropUnusedAliases.run(id);
      this.q.dropUnusedRoles.run(id);
      if (!this.q.hasClaims.get(id)) {
        this.q.deleteSpeaker.run(id);
        continue;
      }
      const row = this.q.speaker.get(id) as SpeakerRow;
      const aliases = this.q.aliasesOf.all(id) as AliasRow[];
      const roles = (this.q.rolesOf.all(id) as Array<{ role: string }>).map((r) => r.role);
      this.q.updateSpeaker.run(displayName(row.kind, aliases) ?? row.name, JSON.stringify(roles), id);
    }
  }

  get(id: string): CanonicalSpeaker | null {
    const row = this.q.speaker.get(id) as SpeakerRow | undefined;
    return row ? toSpeaker(row, (this.q.aliasesOf.all(id) as AliasRow[]).map((a) => a.alias)) : null;
  }

  /** Several speakers in two queries (an answer names up to a hundred or so). */
  getMany(ids: string[]): Map<string, CanonicalSpeaker> {
    const json = JSON.stringify([...new Set(ids)]);
    const aliases = new Map<string, string[]>();
    for (const a of this.q.aliasesOfMany.all(json) as AliasRow[]) {
      const list = aliases.get(a.speaker_id);
      if (list) list.push(a.alias);
      else aliases.set(a.speaker_id, [a.alias]);
    }
    return new Map((this.q.speakersByIds.all(json) as SpeakerRow[]).map((row) => [row.id, toSpeaker(row, aliases.get(row.id) ?? [])]));
  }

  all(): CanonicalSpeaker[] {
    const aliases = new Map<string, string[]>();
    for (const a of this.q.allAliases.all() as AliasRow[]) {
      const list = aliases.get(a.speaker_id);
      if (list) list.push(a.alias);
      else aliases.set(a.speaker_id, [a.alias]);
    }
    return (this.q.speakers.all() as SpeakerRow[]).map((row) => toSpeaker(row, aliases.get(row.id) ?? []));
  }

  /**
   * Speakers a user means by `name` (from:NAME). Most claims first.
   *   - a surname ("zelensky", "Zelenskiy") → every person with that folded surname;
   *   - a full name → the people whose first name (or initial) is compatible;
   *   - any speaker with exactly that folded name;
   *   - organisations, groups and role descriptions whose name holds all the words ("wagner");
   *   - failing all that, people whose name holds all the words ("volodymyr").
   */
  find(name: string): CanonicalSpeaker[] {
    const p = parsePerson(name);
    if (!p.key) return [];
    const ids = new Set<string>();
    if (p.last) {
      for (const profile of this.profilesByLast(p.last)) {
        if (p.first === null || (profile.named && relation(p, profile) !== 'different')) ids.add(profile.id);
      }
    }
    const orgKey = canonicalKey(name, 'organisation');
    for (const key of new Set([p.key, orgKey])) {
      for (const row of this.q.anyByKey.all(key) as Array<{ speaker_id: string }>) ids.add(row.speaker_id);
    }
    const words = orgKey.split(' ').filter((w) => w.length > 1 && !['the', 'of', 'and', 'for', 'a', 'an', 'in', 'on', 'at'].includes(w));
    if (words.length > 0) {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const rows = this.q.keyContains.all(longest) as Array<{ speaker_id: string; key: string; kind: SpeakerKind; descriptive: number }>;
      const holds = (key: string) => {
        const have = new Set(key.split(' '));
        return words.every((w) => have.has(w));
      };
      for (const row of rows) if ((row.kind !== 'person' || row.descriptive) && holds(row.key)) ids.add(row.speaker_id);
      if (ids.size === 0) for (const row of rows) if (holds(row.key)) ids.add(row.speaker_id);
    }
    const found = [...ids].map((id) => ({ speaker: this.get(id), uses: this.uses(id) }));
    return found
      .filter((f): f is { speaker: CanonicalSpeaker; uses: number } => f.speaker !== null)
      .sort((a, b) => b.uses - a.uses)
      .map((f) => f.speaker);
  }

  private uses(id: string): number {
    return (this.q.aliasesOf.all(id) as AliasRow[]).reduce((n, a) => n + a.uses, 0);
  }
}

/**
 * What an alias is looked up by: its canonical key and, for a person who is not a role
 * description, the folded surname (speaker_aliases.key and .last).
 */
function aliasKeys(name: string, kind: SpeakerKind): { key: string; last: string | null; person: PersonName | null } {
  if (kind !== 'person') return { key: canonicalKey(name, kind), last: null, person: null };
  const person = parsePerson(name);
  return { key: person.key, last: person.descriptive ? null : person.last, person };
}

/**
 * Recomputes every alias's and role's key with the current folding (a schema migration runs it
 * when the folding changes, so that names stored before still meet the ones stored after). Roles
 * whose keys now coincide are merged into one, their uses added up.
 */
export function rekeySpeakers(db: Db): void {
  const aliases = db.prepare(`SELECT a.rowid AS id, a.alias, a.key, a.last, s.kind FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id`);
  const setAlias = db.prepare(`UPDATE speaker_aliases SET key = ?, last = ? WHERE rowid = ?`);
  for (const row of aliases.all() as Array<{ id: number; alias: string; key: string; last: string | null; kind: SpeakerKind }>) {
    const now = aliasKeys(row.alias, row.kind);
    if (now.key !== row.key || now.last !== row.last) setAlias.run(now.key, now.last, row.id);
  }
  const roles = db.prepare(`SELECT rowid AS id, speaker_id, key, role, uses, last_seen FROM speaker_roles ORDER BY rowid`);
  const existing = db.prepare(`SELECT rowid AS id FROM speaker_roles WHERE speaker_id = ? AND key = ?`);
  const merge = db.prepare(`UPDATE speaker_roles SET uses = uses + ?, last_seen = max(last_seen, ?) WHERE rowid = ?`);
  const drop = db.prepare(`DELETE FROM speaker_roles WHERE rowid = ?`);
  const setRole = db.prepare(`UPDATE speaker_roles SET key = ? WHERE rowid = ?`);
  type RoleRow = { id: number; speaker_id: string; key: string; role: string; uses: number; last_seen: number };
  for (const row of roles.all() as RoleRow[]) {
    const key = roleKey(row.role);
    if (key === row.key) continue;
    const into = existing.get(row.speaker_id, key) as { id: number } | undefined;
    if (into) {
      merge.run(row.uses, row.last_seen, into.id);
      drop.run(row.id);
    } else {
      setRole.run(key, row.id);
    }
  }
}

/**
 * The display name: the most used full spelling ("Volodymyr Zelensky" over "Zelensky" or
 * "Mr. Zelensky"), ties to the longest, then the first seen. Aliases come most used first.
 */
function displayName(kind: SpeakerKind, aliases: AliasRow[]): string | undefined {
  const full = kind === 'person' ? aliases.filter((a) => parsePerson(a.alias).first !== null) : aliases;
  const pool = full.length > 0 ? full : aliases;
  let best: AliasRow | undefined;
  for (const a of pool) {
    if (!best || a.uses > best.uses || (a.uses === best.uses && a.alias.length > best.alias.length)) best = a;
  }
  return best?.alias;
}

function toSpeaker(row: SpeakerRow, aliases: string[]): CanonicalSpeaker {
  // The display name first, then the other spellings, most used first.
  const ordered = [row.name, ...aliases.filter((a) => a !== row.name)];
  return { id: row.id, name: row.name, kind: row.kind, roles: JSON.parse(row.roles) as string[], aliases: ordered };
}

/** The prepared statements, made once per connection. */
function speakerStatements(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  return {
    nextId: p(`UPDATE meta SET value = value + 1 WHERE key = 'speaker_seq' RETURNING value`),
    insertSpeaker: p(`INSERT INTO speakers (id, name, kind, descriptive) VALUES (?, ?, ?, ?)`),
    insertAlias: p(`INSERT INTO speaker_aliases (speaker_id, alias, key, last, uses) VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING`),
    useAlias: p(`UPDATE speaker_aliases SET uses = uses + ? WHERE speaker_id = ? AND alias = ?`),
    useRole: p(
      `INSERT INTO speaker_roles (speaker_id, key, role, uses, last_seen) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (speaker_id, key) DO UPDATE SET uses = uses + excluded.uses,
         role = CASE WHEN excluded.uses > 0 THEN excluded.role ELSE role END,
         last_seen = CASE WHEN excluded.uses > 0 THEN excluded.last_seen ELSE last_seen END`,
    ),
    personsByLast: p(
      `SELECT a.speaker_id, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
       WHERE a.last = ? AND s.kind = 'person' AND s.descriptive = 0 ORDER BY s.rowid, a.rowid`,
    ),
    byKey: p(
      `SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
       WHERE a.key = ? AND s.descriptive = 0 AND (s.kind = 'person') = (? = 'person') ORDER BY s.rowid`,
    ),
    anyByKey: p(`SELECT DISTINCT speaker_id FROM speaker_aliases WHERE key = ?`),
    keyContains: p(
      `SELECT a.speaker_id, a.key, s.kind, s.descriptive FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
       WHERE instr(a.key, ?) > 0 ORDER BY s.rowid`,
    ),
    articleUses: p(`SELECT speaker_id, speaker_name, speaker_role, COUNT(*) AS n FROM claims WHERE article_id = ? GROUP BY 1, 2, 3`),
    dropUnusedAliases: p(`DELETE FROM speaker_aliases WHERE speaker_id = ? AND uses <= 0`),
    dropUnusedRoles: p(`DELETE FROM speaker_roles WHERE speaker_id = ? AND uses <= 0`),
    hasClaims: p(`SELECT 1 FROM claims WHERE speaker_id = ? LIMIT 1`),
    deleteSpeaker: p(`DELETE FROM speakers WHERE id = ?`),
    aliasesOf: p(`SELECT speaker_id, alias, uses FROM speaker_aliases WHERE speaker_id = ? AND uses > 0 ORDER BY uses DESC, rowid`),
    allAliases: p(`SELECT speaker_id, alias, uses FROM speaker_aliases WHERE uses > 0 ORDER BY uses DESC, rowid`),
    rolesOf: p(`SELECT role FROM speaker_roles WHERE speaker_id = ? AND uses > 0 ORDER BY last_seen DESC, rowid`),
    updateSpeaker: p(`UPDATE speakers SET name = ?, roles = ? WHERE id = ?`),
    speaker: p(`SELECT id, name, kind, roles, descriptive FROM speakers WHERE id = ?`),
    speakersByIds: p(`SELECT id, name, kind, roles, descriptive FROM speakers WHERE id IN (SELECT value FROM json_each(?))`),
    aliasesOfMany: p(
      `SELECT speaker_id, alias, uses FROM speaker_aliases
       WHERE speaker_id IN (SELECT value FROM json_each(?)) AND uses > 0 ORDER BY speaker_id, uses DESC, rowid`,
    ),
    speakers: p(`SELECT id, name, kind, roles, descriptive FROM speakers ORDER BY rowid`),
  };
}
