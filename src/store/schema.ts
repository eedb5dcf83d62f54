// The store's schema, as an ordered list of migrations. PRAGMA user_version holds how many have
// been applied; each runs in its own transaction together with the user_version bump, so a
// crash during a migration leaves the previous schema intact. A migration is SQL, or a function
// for what SQL cannot compute (speaker keys are folded in TypeScript).
import type { Database } from 'better-sqlite3';
import { rekeySpeakers } from './speakers.ts';

/** Marks a SQLite file as a claimdesk store ("ClDk"), so another program's database is refused. */
export const APPLICATION_ID = 0x436c446b;

export const MIGRATIONS: ReadonlyArray<string | ((db: Database) => void)> = [
  // 1: articles, claims, canonical speakers, the change log for the search index, the ingest log.
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );
  -- version: bumped by every ingest that writes; speaker_seq: the last speaker number handed out
  -- (never reused, so a speaker id removed by a correction does not come back as someone else).
  INSERT INTO meta (key, value) VALUES ('version', 0), ('speaker_seq', 0);

  CREATE TABLE articles (
    id           TEXT PRIMARY KEY,            -- hash of the cleaned body
    source       TEXT NOT NULL UNIQUE,        -- path or URL; one stored article per source
    url          TEXT UNIQUE,                 -- NULLs are distinct: many articles without a URL
    outlet       TEXT,
    headline     TEXT,
    published_at TEXT,
    body         TEXT NOT NULL,
    provenance   TEXT NOT NULL CHECK (json_valid(provenance)),
    ingested_at  TEXT NOT NULL,
    version      INTEGER NOT NULL             -- store version of the ingest that wrote it
  );

  CREATE TABLE speakers (
    id          TEXT PRIMARY KEY,             -- "s12"
    name        TEXT NOT NULL,                -- display name: most used full spelling (cache of speaker_aliases)
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group')),
    roles       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)), -- most recent first (cache of speaker_roles)
    descriptive INTEGER NOT NULL DEFAULT 0    -- a role description ("the Wagner chief"): never merged
  );

  -- Every spelling a speaker was stored under, with how many stored claims use it.
  CREATE TABLE speaker_aliases (
    speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,                 -- as written: "Volodymyr Zelenskyy"
    key        TEXT NOT NULL,                 -- canonicalKey(): "volodymyr zelensky"
    last       TEXT,                          -- folded surname, people only: "zelensky"
    uses       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, alias)
  );
  CREATE INDEX speaker_aliases_key ON speaker_aliases(key);
  CREATE INDEX speaker_aliases_last ON speaker_aliases(last) WHERE last IS NOT NULL;

  CREATE TABLE speaker_roles (
    speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,                 -- folded role
    role       TEXT NOT NULL,                 -- latest spelling
    uses       INTEGER NOT NULL DEFAULT 0,
    last_seen  INTEGER NOT NULL,              -- store version it was last seen in
    PRIMARY KEY (speaker_id, key)
  );

  CREATE TABLE claims (
    id              TEXT PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id      TEXT NOT NULL REFERENCES speakers(id),
    speaker_name    TEXT NOT NULL,            -- the name as the article gave it
    speaker_role    TEXT,
    speaker_kind    TEXT NOT NULL CHECK (speaker_kind IN ('person', 'organisation', 'group')),
    speaker_mention TEXT NOT NULL,
    cue             TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    content         TEXT NOT NULL,
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset >= start_offset),
    sentence        TEXT NOT NULL,
    said_on         TEXT,
    via             TEXT
  );
  CREATE INDEX claims_article ON claims(article_id);
  CREATE INDEX claims_speaker ON claims(speaker_id);

  -- What each ingest did to the set of claims, for keeping a search index in step (changesSince).
  CREATE TABLE changes (
    seq      INTEGER PRIMARY KEY,
    version  INTEGER NOT NULL,
    claim_id TEXT NOT NULL,
    op       TEXT NOT NULL CHECK (op IN ('add', 'remove'))
  );
  CREATE INDEX changes_version ON changes(version);

  CREATE TABLE ingest_log (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    source  TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('added', 'unchanged', 'replaced', 'failed')),
    detail  TEXT
  );
  `,
  // 2: digest subscriptions and their runs (one row per subscription and local day: the row is
  // what makes a digest go out at most once, across restarts and processes).
  `
  INSERT INTO meta (key, value) VALUES ('subscription_seq', 0);
  CREATE INDEX articles_version ON articles(version);

  CREATE TABLE subscriptions (
    id              TEXT PRIMARY KEY,          -- "d3": short, to type in "unsubscribe d3"
    platform        TEXT NOT NULL,             -- slack | discord | console
    channel         TEXT NOT NULL,
    topic           TEXT NOT NULL,             -- any /claim query
    at              TEXT NOT NULL,             -- HH:MM, local time in time_zone
    time_zone       TEXT NOT NULL,             -- IANA zone
    quiet           INTEGER NOT NULL DEFAULT 0, -- 1: no post on a day with nothing new
    created_by      TEXT,
    created_at      TEXT NOT NULL,             -- ISO instant
    from_version    INTEGER NOT NULL,          -- store version at subscription: the first digest covers later claims
    disabled_at     TEXT,
    disabled_reason TEXT,
    UNIQUE (platform, channel, topic)
  );

  CREATE TABLE digest_runs (
    subscription_id TEXT NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    day             TEXT NOT NULL,             -- the local date (time_zone) the digest is for
    scheduled_for   TEXT NOT NULL,             -- ISO instant of the scheduled time
    status          TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'failed', 'abandoned')),
    late            INTEGER NOT NULL DEFAULT 0,
    from_version    INTEGER NOT NULL,          -- claims of articles stored after this version…
    to_version      INTEGER NOT NULL,          -- …up to and including this one
    claims          INTEGER,                   -- how many new claims the post carried
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,                      -- failed: when to try again (null: given up)
    lease_until     TEXT,                      -- posting: the claim on the post expires then
    posted_at       TEXT,
    error           TEXT,
    PRIMARY KEY (subscription_id, day)
  );
  `,
  // 3: a random identity, so a saved search index can tell this store from another one (a
  // restored backup, a replaced file) that happens to be at the same version.
  `
  INSERT INTO meta (key, value) VALUES ('store_id', abs(random()));
  `,
  // 4: names fold letters that have no accent to strip ("Wałęsa" → "walesa", "Øresund" →
  // "oresund"): speakers stored before are found by the same spellings as those stored after.
  rekeySpeakers,
];

/**
 * Brings the schema up to date, all pending migrations in one write transaction. The version is
 * read again once the write lock is held: another process may have migrated the file meanwhile.
 * Returns the schema version found before migrating.
 */
export function migrate(db: Database): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found >= MIGRATIONS.length) return found;
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      const migration = MIGRATIONS[v]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    // PRAGMA user_version lives in the file header and rolls back with the transaction.
    db.pragma(`user_version = ${MIGRATIONS.length}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
  return found;
}
