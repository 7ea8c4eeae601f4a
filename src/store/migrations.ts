import { StoreError } from './store-error.js';

/** The SQL dialects the store speaks. */
export type Dialect = 'sqlite' | 'postgres';

/** One step of the schema, applied once per database, in version order. */
export interface Migration {
  /** Positive, strictly increasing along MIGRATIONS; never reused or renumbered once released. */
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The table that records which migrations a database has had. */
export const SCHEMA_MIGRATIONS_TABLE: Record<Dialect, string> = {
  sqlite: 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT',
  postgres: 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
};

/*
 * Ids are never reused (AUTOINCREMENT, identity columns): buttons carry answer ids, and an old button must not
 * vote on a newer answer after the old one was pruned. Text columns hold ids as the platforms give them.
 * Indexes: chat + time (digest, prune), chat + message (lookups, pins), question key (digest groups).
 */
const INIT_SQLITE = `
CREATE TABLE answers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, message_id TEXT,
  question TEXT NOT NULL, question_key TEXT NOT NULL, answer_json TEXT NOT NULL,
  sent_at INTEGER NOT NULL
) STRICT;
CREATE INDEX answers_chat_sent ON answers (platform, chat_id, sent_at);
CREATE INDEX answers_chat_message ON answers (platform, chat_id, message_id);
CREATE INDEX answers_sent ON answers (sent_at);

CREATE TABLE pins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, message_id TEXT NOT NULL,
  pinned_by TEXT NOT NULL, pinned_at INTEGER NOT NULL, unpinned_at INTEGER
) STRICT;
CREATE UNIQUE INDEX pins_live_message ON pins (platform, chat_id, message_id) WHERE unpinned_at IS NULL;
CREATE INDEX pins_live_chat ON pins (platform, chat_id, pinned_at) WHERE unpinned_at IS NULL;
CREATE INDEX pins_answer ON pins (answer_id);

CREATE TABLE votes (
  answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  value INTEGER NOT NULL CHECK (value IN (1, -1)),
  voted_at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, user_id)
) STRICT;

CREATE TABLE unanswered (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL,
  question TEXT NOT NULL, question_key TEXT NOT NULL, asked_at INTEGER NOT NULL
) STRICT;
CREATE INDEX unanswered_chat_asked ON unanswered (platform, chat_id, asked_at);
CREATE INDEX unanswered_chat_key ON unanswered (platform, chat_id, question_key, asked_at);
CREATE INDEX unanswered_asked ON unanswered (asked_at);

CREATE TABLE short_keys (
  short_key TEXT PRIMARY KEY, value TEXT NOT NULL,
  created_at INTEGER NOT NULL, used_at INTEGER NOT NULL
) STRICT;
CREATE INDEX short_keys_used ON short_keys (used_at);
`;

const INIT_POSTGRES = `
CREATE TABLE answers (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, message_id TEXT,
  question TEXT NOT NULL, question_key TEXT NOT NULL, answer_json TEXT NOT NULL,
  sent_at BIGINT NOT NULL
);
CREATE INDEX answers_chat_sent ON answers (platform, chat_id, sent_at);
CREATE INDEX answers_chat_message ON answers (platform, chat_id, message_id);
CREATE INDEX answers_sent ON answers (sent_at);

CREATE TABLE pins (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  answer_id BIGINT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, message_id TEXT NOT NULL,
  pinned_by TEXT NOT NULL, pinned_at BIGINT NOT NULL, unpinned_at BIGINT
);
CREATE UNIQUE INDEX pins_live_message ON pins (platform, chat_id, message_id) WHERE unpinned_at IS NULL;
CREATE INDEX pins_live_chat ON pins (platform, chat_id, pinned_at) WHERE unpinned_at IS NULL;
CREATE INDEX pins_answer ON pins (answer_id);

CREATE TABLE votes (
  answer_id BIGINT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  value SMALLINT NOT NULL CHECK (value IN (1, -1)),
  voted_at BIGINT NOT NULL,
  PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE unanswered (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL, chat_id TEXT NOT NULL,
  question TEXT NOT NULL, question_key TEXT NOT NULL, asked_at BIGINT NOT NULL
);
CREATE INDEX unanswered_chat_asked ON unanswered (platform, chat_id, asked_at);
CREATE INDEX unanswered_chat_key ON unanswered (platform, chat_id, question_key, asked_at);
CREATE INDEX unanswered_asked ON unanswered (asked_at);

CREATE TABLE short_keys (
  short_key TEXT PRIMARY KEY, value TEXT NOT NULL,
  created_at BIGINT NOT NULL, used_at BIGINT NOT NULL
);
CREATE INDEX short_keys_used ON short_keys (used_at);
`;

/*
 * Questions answered publicly, per scope (a Discord server), for autocomplete: before, a JSON file beside the
 * database. One row per question key (the same question reworded counts once, its latest wording kept); the key is
 * stored as its SHA-256, so the primary key stays small whatever the question.
 */
function recentQuestions(dialect: Dialect): string {
  const [integer, strict] = dialect === 'sqlite' ? ['INTEGER', ' STRICT'] : ['BIGINT', ''];
  return `
CREATE TABLE recent_questions (
  platform TEXT NOT NULL, scope_id TEXT NOT NULL, key_hash TEXT NOT NULL,
  question TEXT NOT NULL, asked_at ${integer} NOT NULL,
  PRIMARY KEY (platform, scope_id, key_hash)
)${strict};
CREATE INDEX recent_questions_scope_asked ON recent_questions (platform, scope_id, asked_at);
CREATE INDEX recent_questions_asked ON recent_questions (asked_at);
`;
}

/*
 * Claims on incoming events (Telegram updates, Discord interactions), so that each is answered once across instances
 * and restarts. An open claim (done_at NULL) keeps the event as received (names removed) until it is answered, so
 * another instance can take it over once its owner's lease lapses; done, it keeps only the ids and times.
 * rate_limits is rate-limiter-flexible's PostgreSQL table, created here (its own CREATE is turned off) so that one
 * migration owns the schema; SQLite counts questions in memory and never writes it.
 */
function eventClaims(dialect: Dialect): string {
  const [integer, strict] = dialect === 'sqlite' ? ['INTEGER', ' STRICT'] : ['BIGINT', ''];
  const rateLimits = dialect === 'postgres'
    ? 'CREATE TABLE IF NOT EXISTS rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);'
    : '';
  return `
CREATE TABLE event_claims (
  platform TEXT NOT NULL, event_id TEXT NOT NULL, owner TEXT NOT NULL, payload TEXT,
  claimed_at ${integer} NOT NULL, lease_until ${integer} NOT NULL, done_at ${integer},
  PRIMARY KEY (platform, event_id)
)${strict};
CREATE INDEX event_claims_open ON event_claims (platform, lease_until) WHERE done_at IS NULL;
CREATE INDEX event_claims_owner ON event_claims (owner) WHERE done_at IS NULL;
CREATE INDEX event_claims_claimed ON event_claims (claimed_at);
${rateLimits}
`;
}

/*
 * Settings a chat's moderators chose (where the bot listens: issue 14 §4), one row per chat and setting, kept until
 * changed (never pruned). `updated_by` names the moderator, for the record.
 */
function chatSettings(dialect: Dialect): string {
  const [integer, strict] = dialect === 'sqlite' ? ['INTEGER', ' STRICT'] : ['BIGINT', ''];
  return `
CREATE TABLE chat_settings (
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
  updated_by TEXT, updated_at ${integer} NOT NULL,
  PRIMARY KEY (platform, chat_id, name)
)${strict};
`;
}

/*
 * Issue 14: an answer that followed up an earlier one keeps the topic it was read with and its turn in the chain (so
 * the next follow-up, on any instance, knows both); a 👎 may say why; moderators take items off the digest for good.
 * A dismissal is keyed by the item's hash (question keys can be long), the question key kept whole for the digest's join.
 */
function followUpsAndFeedback(dialect: Dialect): string {
  const [integer, strict] = dialect === 'sqlite' ? ['INTEGER', ' STRICT'] : ['BIGINT', ''];
  return `
ALTER TABLE answers ADD COLUMN follow_up_topic TEXT;
ALTER TABLE answers ADD COLUMN follow_up_turn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE votes ADD COLUMN reason TEXT CHECK (reason IN ('wrong_passage', 'not_answered', 'outdated', 'other'));
CREATE TABLE digest_dismissals (
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, item_kind TEXT NOT NULL CHECK (item_kind IN ('unanswered', 'disliked')),
  item_hash TEXT NOT NULL, item_key TEXT NOT NULL, dismissed_by TEXT NOT NULL, dismissed_at ${integer} NOT NULL,
  PRIMARY KEY (platform, chat_id, item_kind, item_hash)
)${strict};
`;
}

/*
 * Documents added from a chat (corpus files stay in the corpus folder). A removed one keeps its row (removed_at,
 * removed_by) so that other instances learn of the removal. seq orders every change: an instance re-reads the rows
 * whose seq is above the last it applied. At most one live row per content hash (the same text is not added twice).
 */
function addedDocuments(dialect: Dialect): string {
  const [integer, strict] = dialect === 'sqlite' ? ['INTEGER', ' STRICT'] : ['BIGINT', ''];
  return `
CREATE TABLE documents (
  id TEXT PRIMARY KEY, content_hash TEXT NOT NULL,
  title TEXT NOT NULL, outlet TEXT, date TEXT, url TEXT, via TEXT, origin TEXT,
  text TEXT NOT NULL,
  added_by TEXT NOT NULL, added_at ${integer} NOT NULL, removed_at ${integer}, removed_by TEXT,
  seq ${integer} NOT NULL
)${strict};
CREATE UNIQUE INDEX documents_live_hash ON documents (content_hash) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX documents_seq ON documents (seq);
`;
}

/*
 * Notes for chats of a platform another process runs (a document removed on Telegram drops pins in Discord channels,
 * whose bot may run elsewhere). The process running that platform claims them with a lease, posts them and marks them
 * sent; attempts bounds the retries of a note that keeps failing.
 */
function queuedNotes(dialect: Dialect): string {
  const [id, integer, strict] = dialect === 'sqlite'
    ? ['INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER', ' STRICT']
    : ['BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT', ''];
  return `
CREATE TABLE chat_notes (
  id ${id},
  platform TEXT NOT NULL, chat_id TEXT NOT NULL, body TEXT NOT NULL,
  queued_at ${integer} NOT NULL, lease_until ${integer} NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, sent_at ${integer}
)${strict};
CREATE INDEX chat_notes_unsent ON chat_notes (platform, id) WHERE sent_at IS NULL;
`;
}

/** A masthead's posts and names for an added document (DocumentMeta.credits), as JSON: none for those added before. */
const MASTHEAD_CREDITS = 'ALTER TABLE documents ADD COLUMN credits TEXT;';

/** The line an added document's date was read from, as its page prints it (DocumentMeta.dateline). */
const DATELINES = 'ALTER TABLE documents ADD COLUMN dateline TEXT;';

/** Every migration, oldest first. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'answers, pins, votes, unanswered questions, short keys', sqlite: INIT_SQLITE, postgres: INIT_POSTGRES },
  { version: 2, name: 'recent questions', sqlite: recentQuestions('sqlite'), postgres: recentQuestions('postgres') },
  { version: 3, name: 'event claims, shared rate limits', sqlite: eventClaims('sqlite'), postgres: eventClaims('postgres') },
  { version: 4, name: 'chat settings', sqlite: chatSettings('sqlite'), postgres: chatSettings('postgres') },
  { version: 5, name: 'follow-ups, reasons for 👎, dismissed digest items', sqlite: followUpsAndFeedback('sqlite'), postgres: followUpsAndFeedback('postgres') },
  { version: 6, name: 'documents added from a chat', sqlite: addedDocuments('sqlite'), postgres: addedDocuments('postgres') },
  { version: 7, name: 'notes for chats of other processes', sqlite: queuedNotes('sqlite'), postgres: queuedNotes('postgres') },
  { version: 8, name: 'masthead credits of added documents', sqlite: MASTHEAD_CREDITS, postgres: MASTHEAD_CREDITS },
  { version: 9, name: 'datelines of added documents', sqlite: DATELINES, postgres: DATELINES },
];

/**
 * The migrations a database still needs, in order. Throws StoreError when the database has a version this code does
 * not know: it was written by a newer sanad, and guessing at its schema could damage it.
 */
export function pendingMigrations(applied: readonly number[], migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  migrations.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1 || (i > 0 && m.version <= migrations[i - 1]!.version)) {
      throw new Error(`migration ${m.version} (${m.name}): versions must be positive whole numbers in increasing order`);
    }
  });
  const known = new Set(migrations.map((m) => m.version));
  const unknown = applied.filter((v) => !known.has(v)).sort((a, b) => a - b);
  if (unknown.length > 0) {
    const newest = migrations.at(-1)?.version ?? 0;
    throw new StoreError(
      `the database has schema version ${unknown.join(', ')}, unknown to this sanad (it knows versions up to ${newest}): ` +
        'it was used by a newer sanad. Upgrade sanad or point it at another database; nothing was changed.',
    );
  }
  const done = new Set(applied);
  return migrations.filter((m) => !done.has(m.version));
}
