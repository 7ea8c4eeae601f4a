/*
 * The store's SQL, written once for both back ends: only portable SQL (ON CONFLICT, RETURNING, window functions),
 * `?` placeholders (the PostgreSQL driver numbers them). Times are epoch milliseconds in integer columns.
 */

/** The columns toSentAnswer reads, from `answers a`. */
const ANSWER_COLUMNS = 'a.id, a.platform, a.chat_id, a.message_id, a.question, a.question_key, a.answer_json, a.sent_at, a.follow_up_topic, a.follow_up_turn';

/** Answers sent before a time that no live pin keeps. */
const PRUNABLE_ANSWER_IDS = `SELECT a.id FROM answers a WHERE a.sent_at < ?
  AND NOT EXISTS (SELECT 1 FROM pins p WHERE p.answer_id = a.id AND p.unpinned_at IS NULL)`;

/** Every statement of the store, by what it does. */
export const SQL = {
  insertAnswer: `INSERT INTO answers (platform, chat_id, message_id, question, question_key, answer_json, sent_at, follow_up_topic, follow_up_turn)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  setAnswerMessage: 'UPDATE answers SET message_id = ? WHERE id = ?',
  answerById: `SELECT ${ANSWER_COLUMNS} FROM answers a WHERE a.id = ?`,
  // Newest first: should a platform ever reuse a message id in a chat, the latest answer is the one on screen.
  answerByMessage: `SELECT ${ANSWER_COLUMNS} FROM answers a WHERE a.platform = ? AND a.chat_id = ? AND a.message_id = ?
    ORDER BY a.id DESC LIMIT 1`,
  answerExists: 'SELECT id FROM answers WHERE id = ?',

  // The partial unique index allows one live pin per message: pinning it again is a no-op.
  insertPin: `INSERT INTO pins (answer_id, platform, chat_id, message_id, pinned_by, pinned_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, chat_id, message_id) WHERE unpinned_at IS NULL DO NOTHING`,
  unpin: 'UPDATE pins SET unpinned_at = ? WHERE platform = ? AND chat_id = ? AND message_id = ? AND unpinned_at IS NULL',
  pinnedAnswers: `SELECT p.platform AS pin_platform, p.chat_id AS pin_chat_id, p.message_id AS pin_message_id, p.pinned_by,
      p.pinned_at, ${ANSWER_COLUMNS}
    FROM pins p JOIN answers a ON a.id = p.answer_id
    WHERE p.platform = ? AND p.chat_id = ? AND p.unpinned_at IS NULL
    ORDER BY p.pinned_at DESC, p.id DESC LIMIT ?`,

  // A 👍 clears the reason of an earlier 👎; 👎 again keeps it.
  upsertVote: `INSERT INTO votes (answer_id, user_id, value, voted_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (answer_id, user_id) DO UPDATE SET value = excluded.value, voted_at = excluded.voted_at,
      reason = CASE WHEN excluded.value = 1 THEN NULL ELSE votes.reason END`,
  setVoteReason: 'UPDATE votes SET reason = ? WHERE answer_id = ? AND user_id = ? AND value = -1',
  latestAnswerIn: `SELECT ${ANSWER_COLUMNS} FROM answers a WHERE a.platform = ? AND a.chat_id = ? AND a.sent_at >= ?
    ORDER BY a.sent_at DESC, a.id DESC LIMIT 1`,
  dismissDigestItem: `INSERT INTO digest_dismissals (platform, chat_id, item_kind, item_hash, item_key, dismissed_by, dismissed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, chat_id, item_kind, item_hash) DO NOTHING`,
  // The reasons given with the 👎 of the chat's answers sent in the period, counted per answer and reason.
  dislikedReasons: `SELECT v.answer_id, v.reason, COUNT(*) AS n FROM answers a JOIN votes v ON v.answer_id = a.id
    WHERE a.platform = ? AND a.chat_id = ? AND a.sent_at >= ? AND v.value = -1 AND v.reason IS NOT NULL
    GROUP BY v.answer_id, v.reason`,
  votesOf: `SELECT COALESCE(SUM(CASE WHEN value = 1 THEN 1 ELSE 0 END), 0) AS up,
      COALESCE(SUM(CASE WHEN value = -1 THEN 1 ELSE 0 END), 0) AS down
    FROM votes WHERE answer_id = ?`,

  insertUnanswered: 'INSERT INTO unanswered (platform, chat_id, question, question_key, asked_at) VALUES (?, ?, ?, ?, ?)',
  // One row per question key: how often it was asked, and its latest wording and time.
  unansweredCounts: `SELECT question_key, question, ask_count, asked_at FROM (
      SELECT question_key, question, asked_at,
        COUNT(*) OVER (PARTITION BY question_key) AS ask_count,
        ROW_NUMBER() OVER (PARTITION BY question_key ORDER BY asked_at DESC, id DESC) AS nth
      FROM unanswered u WHERE platform = ? AND chat_id = ? AND asked_at >= ?
        AND NOT EXISTS (SELECT 1 FROM digest_dismissals d WHERE d.platform = u.platform AND d.chat_id = u.chat_id
          AND d.item_kind = 'unanswered' AND d.item_key = u.question_key AND d.dismissed_at >= u.asked_at)
    ) AS latest
    WHERE nth = 1 ORDER BY ask_count DESC, asked_at DESC, question_key LIMIT ?`,
  // Answers sent in the period with at least one 👎: most 👎 first, then fewest 👍, then newest.
  dislikedAnswers: `SELECT a.id, a.question, a.message_id,
      SUM(CASE WHEN v.value = 1 THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END) AS down
    FROM answers a JOIN votes v ON v.answer_id = a.id
    WHERE a.platform = ? AND a.chat_id = ? AND a.sent_at >= ?
      AND NOT EXISTS (SELECT 1 FROM digest_dismissals d WHERE d.platform = a.platform AND d.chat_id = a.chat_id
        AND d.item_kind = 'disliked' AND d.item_key = CAST(a.id AS TEXT))
    GROUP BY a.id, a.question, a.message_id
    HAVING SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END) > 0
    ORDER BY down DESC, up ASC, a.id DESC LIMIT ?`,

  // A live pin of the old chat whose message id is already pinned in the new chat gives way to it (one live pin per message).
  yieldMigratedPins: `UPDATE pins SET unpinned_at = ? WHERE platform = ? AND chat_id = ? AND unpinned_at IS NULL
    AND message_id IN (SELECT message_id FROM pins WHERE platform = ? AND chat_id = ? AND unpinned_at IS NULL)`,
  moveAnswers: 'UPDATE answers SET chat_id = ? WHERE platform = ? AND chat_id = ?',
  movePins: 'UPDATE pins SET chat_id = ? WHERE platform = ? AND chat_id = ?',
  moveUnanswered: 'UPDATE unanswered SET chat_id = ? WHERE platform = ? AND chat_id = ?',

  // Returns the value when the key is new or already holds this value; no row when it belongs to another value.
  putKey: `INSERT INTO short_keys (short_key, value, created_at, used_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (short_key) DO UPDATE SET used_at = excluded.used_at WHERE short_keys.value = excluded.value
    RETURNING value`,
  getKey: 'SELECT value, used_at FROM short_keys WHERE short_key = ?',
  touchKey: 'UPDATE short_keys SET used_at = ? WHERE short_key = ? AND used_at < ?',

  // Asked again, a question moves to the front with its latest wording.
  rememberQuestion: `INSERT INTO recent_questions (platform, scope_id, key_hash, question, asked_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (platform, scope_id, key_hash) DO UPDATE SET question = excluded.question, asked_at = excluded.asked_at
    WHERE excluded.asked_at >= recent_questions.asked_at`,
  recentQuestions: 'SELECT question FROM recent_questions WHERE platform = ? AND scope_id = ? ORDER BY asked_at DESC, question LIMIT ?',

  pruneVotes: `DELETE FROM votes WHERE answer_id IN (${PRUNABLE_ANSWER_IDS})`,
  prunePinsOfAnswers: `DELETE FROM pins WHERE answer_id IN (${PRUNABLE_ANSWER_IDS})`,
  pruneAnswers: `DELETE FROM answers WHERE id IN (${PRUNABLE_ANSWER_IDS})`,
  pruneUnpinned: 'DELETE FROM pins WHERE unpinned_at < ?',
  pruneUnanswered: 'DELETE FROM unanswered WHERE asked_at < ?',
  pruneKeys: 'DELETE FROM short_keys WHERE used_at < ?',
  pruneRecentQuestions: 'DELETE FROM recent_questions WHERE asked_at < ?',
  pruneClaims: 'DELETE FROM event_claims WHERE claimed_at < ?',
  pruneDismissals: 'DELETE FROM digest_dismissals WHERE dismissed_at < ?',
  // A dismissal the new chat already has stays with the old id (and is pruned in time).
  moveDismissals: `UPDATE digest_dismissals SET chat_id = ? WHERE platform = ? AND chat_id = ? AND NOT EXISTS (
      SELECT 1 FROM digest_dismissals t WHERE t.platform = digest_dismissals.platform AND t.chat_id = ?
        AND t.item_kind = digest_dismissals.item_kind AND t.item_hash = digest_dismissals.item_hash)`,

  // A new event is claimed; one claimed before (by any instance) is not.
  claimEvent: `INSERT INTO event_claims (platform, event_id, owner, payload, claimed_at, lease_until) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, event_id) DO NOTHING`,
  finishEvent: 'UPDATE event_claims SET done_at = ?, payload = NULL WHERE platform = ? AND event_id = ? AND done_at IS NULL',
  renewClaims: 'UPDATE event_claims SET lease_until = ? WHERE owner = ? AND done_at IS NULL',
  // The oldest open claims whose lease lapsed (their owner stopped renewing: it died) pass to a new owner. Under
  // PostgreSQL's row locks a second instance adopting at once re-reads lease_until, finds it renewed, and skips them.
  adoptClaims: `UPDATE event_claims SET owner = ?, lease_until = ?
    WHERE platform = ? AND done_at IS NULL AND payload IS NOT NULL AND lease_until < ? AND event_id IN (
      SELECT event_id FROM event_claims WHERE platform = ? AND done_at IS NULL AND payload IS NOT NULL AND lease_until < ?
      ORDER BY claimed_at LIMIT ?)
    RETURNING event_id, payload`,

  queueNote: 'INSERT INTO chat_notes (platform, chat_id, body, queued_at) VALUES (?, ?, ?, ?)',
  // As adoptClaims: under PostgreSQL's row locks a second instance claiming at once re-reads lease_until and skips them.
  claimNotes: `UPDATE chat_notes SET lease_until = ?, attempts = attempts + 1
    WHERE platform = ? AND sent_at IS NULL AND lease_until < ? AND attempts < ? AND id IN (
      SELECT id FROM chat_notes WHERE platform = ? AND sent_at IS NULL AND lease_until < ? AND attempts < ? ORDER BY id LIMIT ?)
    RETURNING id, chat_id, body`,
  finishNote: 'UPDATE chat_notes SET sent_at = ? WHERE id = ?',
  pruneNotes: 'DELETE FROM chat_notes WHERE queued_at < ?',

  chatSetting: 'SELECT value FROM chat_settings WHERE platform = ? AND chat_id = ? AND name = ?',
  setChatSetting: `INSERT INTO chat_settings (platform, chat_id, name, value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, chat_id, name) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  // A migrated chat keeps its settings, unless the new id already has its own (set after the move).
  moveChatSettings: `UPDATE chat_settings SET chat_id = ? WHERE platform = ? AND chat_id = ? AND NOT EXISTS (
    SELECT 1 FROM chat_settings AS taken WHERE taken.platform = chat_settings.platform AND taken.chat_id = ? AND taken.name = chat_settings.name)`,
} as const;
