// The claim store: one SQLite file holding articles, their claims, canonical speakers, a change
// log for keeping a search index in step, and the ingest log.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import type { Article } from '../articles/index.ts';
import type { Claim } from '../claims/index.ts';
import { StoreError, toStoreError } from './errors.ts';
import { APPLICATION_ID, MIGRATIONS, migrate } from './schema.ts';
import { parsePerson } from './names.ts';
import { SpeakerBook } from './speakers.ts';
import { DigestBook } from './digests.ts';
import type { CanonicalSpeaker, IngestResult, StoredClaim } from './types.ts';

/** The database file's name inside CLAIMDESK_DATA_DIR. */
export const DB_FILE = 'claimdesk.db';

/** How long a call waits for another process's write to finish before failing with `busy`. */
const BUSY_TIMEOUT_MS = 5000;

export type IngestOutcome = 'added' | 'unchanged' | 'replaced' | 'failed';

export interface IngestLogEntry {
  at: string;
  source: string;
  outcome: string;
  detail: string | null;
}

export interface StoreOptions {
  /** The clock for ingested_at and the ingest log (tests). Default: now. */
  now?: () => Date;
}

export interface Changes {
  added: StoredClaim[];
  /** Claims to drop from an index. Apply before `added`: a claim removed and added back is in both. */
  removedIds: string[];
  /** The store version these changes bring an index to: pass it to the next changesSince. */
  version: number;
}

interface ClaimRow {
  id: string;
  article_id: string;
  speaker_id: string;
  speaker_name: string;
  speaker_role: string | null;
  speaker_kind: Claim['speaker']['kind'];
  speaker_mention: string;
  cue: string;
  kind: Claim['kind'];
  content: string;
  start_offset: number;
  end_offset: number;
  sentence: string;
  said_on: string | null;
  via: string | null;
  outlet: string | null;
  headline: string | null;
  published_at: string | null;
  url: string | null;
  source: string;
}

interface ArticleRow {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  headline: string | null;
  published_at: string | null;
  body: string;
  provenance: string;
  ingested_at: string;
}

/** Claims per page when reading them all (claimPages). */
const CLAIM_PAGE = 5000;

const CLAIM_SELECT = `
  SELECT c.*, a.outlet, a.headline, a.published_at, a.url, a.source
  FROM claims c JOIN articles a ON a.id = c.article_id`;

export class ClaimStore {
  private readonly book: SpeakerBook;
  /** Digest subscriptions and runs (src/digest schedules and posts them). */
  readonly digests: DigestBook;
  private readonly q: ReturnType<typeof storeStatements>;
  private open_ = true;
  private outletCache: { version: number; outlets: string[] } | null = null;

  private constructor(
    private readonly db: Db,
    /** The database file, for messages. */
    readonly file: string,
    private readonly now: () => Date,
  ) {
    this.book = new SpeakerBook(db);
    this.digests = new DigestBook(db, (doing, fn) => this.read(doing, fn));
    this.q = storeStatements(db);
  }

  /** Opens (creating if need be) `claimdesk.db` in `dataDir`, creating the folder too. */
  static open(dataDir: string, options: StoreOptions = {}): ClaimStore {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (e) {
      throw toStoreError(e, resolve(dataDir, DB_FILE), `creating the data folder ${dataDir}`);
    }
    return ClaimStore.openFile(join(dataDir, DB_FILE), options);
  }

  /** Opens (creating if need be) one database file; ':memory:' gives a private in-memory store. */
  static openFile(path: string, options: StoreOptions = {}): ClaimStore {
    const file = path === ':memory:' ? path : resolve(path);
    let db: Db | undefined;
    try {
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      // WAL: readers (the chat server) never block the writer (an ingest from the CLI), and a
      // commit is one append to the log, so a killed process leaves either all of a transaction
      // or none of it. synchronous=NORMAL: in WAL mode this is still safe against a process crash
      // (committed pages are in the OS's hands); only a power cut or OS crash can lose the last
      // few commits, never consistency. Losing the last ingests is harmless here: ingest is
      // idempotent, and the index is rebuilt from the store at start. FULL would fsync every
      // article, making bulk ingest disk-bound for no gain in what users see.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      checkIdentity(db, file);
      migrate(db);
      return new ClaimStore(db, file, options.now ?? (() => new Date()));
    } catch (e) {
      db?.close();
      throw toStoreError(e, file, 'opening the claim store');
    }
  }

  /**
   * Stores an article and its claims in one transaction:
   *   - an article with this id (same cleaned body) is already stored → 'unchanged', nothing written;
   *   - another article has the same source, or the same URL → it and its claims are deleted and
   *     this one stored → 'replaced' (a corrected version);
   *   - else → 'added'.
   * If anything fails, nothing of the article is stored (StoreError 'constraint', 'bad_input'…).
   */
  ingest(article: Article, claims: Claim[]): IngestResult {
    this.check();
    checkInput(article, claims);
    // The common case when re-reading a folder: known already, answered without the write lock.
    const known = this.read('checking an article', () => this.q.articleExists.get(article.id));
    if (known) return { status: 'unchanged', articleId: article.id, claims: this.countClaims(article.id) };
    const run = this.db.transaction((): IngestResult => {
      if (this.q.articleExists.get(article.id)) {
        return { status: 'unchanged', articleId: article.id, claims: this.countClaims(article.id) };
      }
      const version = (this.q.bumpVersion.get() as { value: number }).value;
      const touched: string[] = [];
      const replaced = (this.q.sameSourceOrUrl.all(article.id, article.source, article.url, article.url) as Array<{ id: string }>).map((r) => r.id);
      for (const old of replaced) {
        for (const { id } of this.q.claimIdsOf.all(old) as Array<{ id: string }>) this.q.logChange.run(version, id, 'remove');
        touched.push(...this.book.unuseArticle(old));
        this.q.deleteArticle.run(old); // its claims go with it (ON DELETE CASCADE)
      }
      this.q.insertArticle.run({
        id: article.id,
        source: article.source,
        url: article.url,
        outlet: article.outlet,
        headline: article.headline,
        publishedAt: article.publishedAt,
        body: article.body,
        provenance: JSON.stringify(article.provenance ?? {}),
        ingestedAt: this.now().toISOString(),
        version,
      });
      // Full names before surnames alone, so "Biden" in an article that also says "Joe Biden"
      // finds the person the article means.
      const scope = new Map<string, string>();
      const distinct = new Map(claims.map((c) => [`${c.speaker.kind}\u0000${c.speaker.name.trim()}`, c.speaker]));
      const order = [...distinct.values()].map((speaker) => ({ speaker, weight: fullness(speaker) })).sort((a, b) => b.weight - a.weight);
      for (const { speaker } of order) this.book.resolve(speaker, scope);
      for (const claim of claims) {
        const speakerId = this.book.resolve(claim.speaker, scope);
        this.q.insertClaim.run({
          id: claim.id,
          articleId: article.id,
          speakerId,
          speakerName: claim.speaker.name.trim(),
          speakerRole: claim.speaker.role,
          speakerKind: claim.speaker.kind,
          speakerMention: claim.speaker.mention,
          cue: claim.cue,
          kind: claim.kind,
          content: claim.content,
          start: claim.start,
          end: claim.end,
          sentence: claim.sentence,
          saidOn: claim.saidOn,
          via: claim.via,
        });
        this.book.use(speakerId, claim.speaker, version);
        this.q.logChange.run(version, claim.id, 'add');
        touched.push(speakerId);
      }
      this.book.refresh(touched);
      const result: IngestResult = { status: replaced.length > 0 ? 'replaced' : 'added', articleId: article.id, claims: claims.length };
      if (replaced[0]) result.replaced = replaced[0];
      return result;
    });
    try {
      // IMMEDIATE: take the write lock before reading, so two processes ingesting at once
      // cannot both decide "new speaker" from the same snapshot.
      return run.immediate();
    } catch (e) {
      throw toStoreError(e, this.file, `ingesting ${article.source}`);
    }
  }

  /** Every claim at once, in storage order: for small stores (tests, tools); see claimPages. */
  allClaims(): StoredClaim[] {
    return [...this.claimPages()].flat();
  }

  /**
   * Every claim, in storage order, a page at a time: a million claims read at once would hold
   * over a gigabyte of heap while the index is built from them. Claims stored or removed between
   * pages may or may not be seen; a caller that needs them reads changesSince afterwards.
   */
  *claimPages(pageSize = CLAIM_PAGE): Generator<StoredClaim[]> {
    let after = -1;
    for (;;) {
      const rows = this.read('reading claims', () => this.q.claimPage.all(after, pageSize) as Array<ClaimRow & { seq: number }>);
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      yield rows.map(toStoredClaim);
    }
  }

  /** Every claim's speaker and content only, by rowid: for lists of speakers and topics, which
   * need neither the article nor the sentence that allClaims() reads for each claim. */
  claimTexts(): Array<{ speakerId: string; content: string }> {
    return this.read('reading claims', () => this.q.claimTexts.all() as Array<{ speakerId: string; content: string }>);
  }

  /** The stored claims with these ids, in the order given; unknown ids are skipped. */
  claimsByIds(ids: string[]): StoredClaim[] {
    if (ids.length === 0) return [];
    return this.read('reading claims', () => {
      const byId = new Map((this.q.claimsByIds.all(JSON.stringify(ids)) as ClaimRow[]).map((r) => [r.id, toStoredClaim(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    });
  }

  /** Every outlet named by a stored article. Kept until the store's version moves (by this process
   * or another): listing them reads every article (33 ms at 10k articles, bench:query). */
  outlets(): string[] {
    return this.read('reading outlets', () => {
      const version = (this.q.version.get() as { value: number }).value;
      if (this.outletCache?.version !== version) {
        this.outletCache = { version, outlets: (this.q.outlets.all() as Array<{ outlet: string }>).map((r) => r.outlet) };
      }
      return this.outletCache.outlets;
    });
  }

  /** What these speakers said in these articles, cue and content only (for judging sides), in body order. */
  stanceTextsIn(articleIds: string[], speakerIds: string[]): Array<{ speakerId: string; articleId: string; cue: string; content: string }> {
    if (articleIds.length === 0 || speakerIds.length === 0) return [];
    return this.read(
      'reading claims',
      () => this.q.stanceTextsIn.all(JSON.stringify(articleIds), JSON.stringify(speakerIds)) as Array<{ speakerId: string; articleId: string; cue: string; content: string }>,
    );
  }

  /** An article's claims in body order. */
  claimsOfArticle(articleId: string): StoredClaim[] {
    return this.read('reading claims', () => (this.q.claimsOfArticle.all(articleId) as ClaimRow[]).map(toStoredClaim));
  }

  article(id: string): (Article & { ingestedAt: string }) | null {
    return this.read('reading an article', () => {
      const row = this.q.article.get(id) as ArticleRow | undefined;
      if (!row) return null;
      return {
        id: row.id,
        source: row.source,
        url: row.url,
        outlet: row.outlet,
        headline: row.headline,
        publishedAt: row.published_at,
        body: row.body,
        provenance: JSON.parse(row.provenance) as Article['provenance'],
        ingestedAt: row.ingested_at,
      };
    });
  }

  speakers(): CanonicalSpeaker[] {
    return this.read('reading speakers', () => this.book.all());
  }

  speaker(id: string): CanonicalSpeaker | null {
    return this.read('reading speakers', () => this.book.get(id));
  }

  /** The canonical speakers with these ids (unknown ids are left out). */
  speakersByIds(ids: string[]): Map<string, CanonicalSpeaker> {
    return this.read('reading speakers', () => this.book.getMany(ids));
  }

  /** Canonical speakers whose name or alias matches the words (folded: case, diacritics, transliteration). */
  findSpeakers(name: string): CanonicalSpeaker[] {
    return this.read('finding speakers', () => this.book.find(name));
  }

  /** A random number fixed when the store was created: tells it apart from other stores. */
  identity(): string {
    return this.read('reading the store identity', () => String((this.q.identity.get() as { value: number | bigint }).value));
  }

  /** The store version: bumped by every ingest that writes. */
  version(): number {
    return this.read('reading the version', () => (this.q.version.get() as { value: number }).value);
  }

  /**
   * What changed after `version` (a value of version() or of a previous result's `version`):
   * claims added and claim ids removed. Read in one snapshot, so `version` is exactly the
   * version these changes lead to, even while another process ingests.
   */
  changesSince(version: number): Changes {
    return this.read('reading changes', () =>
      this.db
        .transaction((): Changes => {
          const { addedIds, removedIds, version: now } = this.changedIdsSince(version);
          return { added: this.claimsByIds(addedIds), removedIds, version: now };
        })
        .deferred(),
    );
  }

  /**
   * The ids behind changesSince, for a reader that loads the added claims a page at a time
   * (claimsByIds): an added id whose claim is gone by then was removed by a later change, which
   * the next call reports.
   */
  changedIdsSince(version: number): { addedIds: string[]; removedIds: string[]; version: number } {
    return this.read('reading changes', () =>
      this.db
        .transaction(() => {
          const now = (this.q.version.get() as { value: number }).value;
          if (version >= now) return { addedIds: [], removedIds: [], version: now };
          const last = new Map<string, 'add' | 'remove'>();
          const removed = new Set<string>();
          for (const row of this.q.changesSince.all(version) as Array<{ claim_id: string; op: 'add' | 'remove' }>) {
            last.set(row.claim_id, row.op);
            if (row.op === 'remove') removed.add(row.claim_id);
          }
          // In the order they were first added.
          const addedIds = [...last].filter(([, op]) => op === 'add').map(([id]) => id);
          return { addedIds, removedIds: [...removed], version: now };
        })
        .deferred(),
    );
  }

  counts(): { articles: number; claims: number; speakers: number } {
    return this.read('counting', () => this.q.counts.get() as { articles: number; claims: number; speakers: number });
  }

  logIngest(source: string, outcome: IngestOutcome, detail?: string): void {
    this.check();
    try {
      this.q.logIngest.run(this.now().toISOString(), source, outcome, detail ?? null);
    } catch (e) {
      throw toStoreError(e, this.file, 'writing the ingest log');
    }
  }

  /** The latest ingest log entries, newest first. */
  ingestLog(limit = 50): IngestLogEntry[] {
    return this.read('reading the ingest log', () => this.q.ingestLog.all(Math.max(0, Math.floor(limit))) as IngestLogEntry[]);
  }

  /**
   * Checks the file and the store's own invariants: SQLite's integrity check, foreign keys, and
   * that each speaker's alias counts add up to its stored claims. Returns the problems found.
   */
  verify(): string[] {
    return this.read('checking the store', () => {
      const problems: string[] = [];
      const integrity = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
      for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
      const fk = this.db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
      for (const row of fk) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
      const uses = this.db
        .prepare(
          `SELECT s.id, (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id) AS claims,
                  (SELECT COALESCE(SUM(uses), 0) FROM speaker_aliases a WHERE a.speaker_id = s.id) AS uses
           FROM speakers s`,
        )
        .all() as Array<{ id: string; claims: number; uses: number }>;
      for (const row of uses) {
        if (row.claims !== row.uses) problems.push(`speaker ${row.id}: ${row.claims} claims but alias uses add up to ${row.uses}`);
        if (row.claims === 0) problems.push(`speaker ${row.id} has no claims`);
      }
      return problems;
    });
  }

  close(): void {
    if (!this.open_) return;
    this.open_ = false;
    this.db.close();
  }

  private countClaims(articleId: string): number {
    return (this.q.countClaims.get(articleId) as { n: number }).n;
  }

  private check(): void {
    if (!this.open_) throw new StoreError('closed', `claim store ${this.file}: used after close()`, this.file);
  }

  private read<T>(doing: string, fn: () => T): T {
    this.check();
    try {
      return fn();
    } catch (e) {
      throw toStoreError(e, this.file, doing);
    }
  }
}

/** Refuses another program's SQLite database, or one written by a newer claimdesk. */
function checkIdentity(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const schema = db.pragma('user_version', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new StoreError('not_a_store', `claim store ${file}: this SQLite file belongs to another program`, file);
  }
  if (appId === 0 && schema === 0) {
    const tables = (db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema`).get() as { n: number }).n;
    if (tables > 0) throw new StoreError('not_a_store', `claim store ${file}: this SQLite file holds other tables; it is not a claimdesk store`, file);
  }
  if (schema > MIGRATIONS.length) {
    throw new StoreError('too_new', `claim store ${file}: written by a newer claimdesk (schema ${schema}, this one knows ${MIGRATIONS.length})`, file);
  }
}

/** Checks made before any write, so a bad call fails with a clear message. */
function checkInput(article: Article, claims: Claim[]): void {
  const bad = (why: string) => new StoreError('bad_input', `claim store: cannot ingest ${article.source || '(no source)'}: ${why}`);
  if (!article.id) throw bad('the article has no id');
  if (!article.source) throw bad('the article has no source');
  for (const c of claims) {
    if (c.articleId !== article.id) throw bad(`claim ${c.id} belongs to article ${c.articleId}, not ${article.id}`);
    if (!c.speaker?.name?.trim()) throw bad(`claim ${c.id} has no speaker name`);
  }
}

/** Sort weight: people with a first name first, then surnames alone, then the rest. */
function fullness(speaker: Claim['speaker']): number {
  if (speaker.kind !== 'person') return 0;
  const p = parsePerson(speaker.name);
  return p.descriptive ? 0 : p.first !== null ? 2 : 1;
}

function toStoredClaim(r: ClaimRow): StoredClaim {
  return {
    id: r.id,
    articleId: r.article_id,
    speaker: { name: r.speaker_name, role: r.speaker_role, kind: r.speaker_kind, mention: r.speaker_mention },
    cue: r.cue,
    kind: r.kind,
    content: r.content,
    start: r.start_offset,
    end: r.end_offset,
    sentence: r.sentence,
    saidOn: r.said_on,
    via: r.via,
    speakerId: r.speaker_id,
    outlet: r.outlet,
    headline: r.headline,
    publishedAt: r.published_at,
    url: r.url,
    source: r.source,
  };
}

/** The prepared statements, made once per connection. */
function storeStatements(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  return {
    version: p(`SELECT value FROM meta WHERE key = 'version'`),
    identity: p(`SELECT value FROM meta WHERE key = 'store_id'`).safeIntegers(true),
    bumpVersion: p(`UPDATE meta SET value = value + 1 WHERE key = 'version' RETURNING value`),
    articleExists: p(`SELECT 1 FROM articles WHERE id = ?`),
    sameSourceOrUrl: p(`SELECT id FROM articles WHERE id <> ? AND (source = ? OR (? IS NOT NULL AND url = ?)) ORDER BY rowid`),
    claimIdsOf: p(`SELECT id FROM claims WHERE article_id = ? ORDER BY rowid`),
    countClaims: p(`SELECT COUNT(*) AS n FROM claims WHERE article_id = ?`),
    deleteArticle: p(`DELETE FROM articles WHERE id = ?`),
    insertArticle: p(
      `INSERT INTO articles (id, source, url, outlet, headline, published_at, body, provenance, ingested_at, version)
       VALUES (@id, @source, @url, @outlet, @headline, @publishedAt, @body, @provenance, @ingestedAt, @version)`,
    ),
    insertClaim: p(
      `INSERT INTO claims (id, article_id, speaker_id, speaker_name, speaker_role, speaker_kind, speaker_mention,
         cue, kind, content, start_offset, end_offset, sentence, said_on, via)
       VALUES (@id, @articleId, @speakerId, @speakerName, @speakerRole, @speakerKind, @speakerMention,
         @cue, @kind, @content, @start, @end, @sentence, @saidOn, @via)`,
    ),
    logChange: p(`INSERT INTO changes (version, claim_id, op) VALUES (?, ?, ?)`),
    claimPage: p(
      `SELECT c.rowid AS seq, c.*, a.outlet, a.headline, a.published_at, a.url, a.source
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?`,
    ),
    claimTexts: p(`SELECT speaker_id AS speakerId, content FROM claims ORDER BY rowid`),
    claimsByIds: p(`${CLAIM_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`),
    claimsOfArticle: p(`${CLAIM_SELECT} WHERE c.article_id = ? ORDER BY c.start_offset, c.rowid`),
    outlets: p(`SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet`),
    stanceTextsIn: p(
      `SELECT speaker_id AS speakerId, article_id AS articleId, cue, content FROM claims
       WHERE article_id IN (SELECT value FROM json_each(?)) AND speaker_id IN (SELECT value FROM json_each(?))
       ORDER BY article_id, start_offset, rowid`,
    ),
    article: p(`SELECT * FROM articles WHERE id = ?`),
    changesSince: p(`SELECT claim_id, op FROM changes WHERE version > ? ORDER BY seq`),
    counts: p(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM claims) AS claims, (SELECT COUNT(*) FROM speakers) AS speakers`),
    logIngest: p(`INSERT INTO ingest_log (at, source, outcome, detail) VALUES (?, ?, ?, ?)`),
    ingestLog: p(`SELECT at, source, outcome, detail FROM ingest_log ORDER BY seq DESC LIMIT ?`),
  };
}
