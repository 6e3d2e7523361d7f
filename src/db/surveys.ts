import { connection, type Store } from './store.js';

export interface NewResponse {
  instrument: string;
  responseKey: string;
  respondedAt: number;
  lang: string | null;
  customer: string | null;
  callKey: string | null;
  comment: string | null;
  source: string;
  answers: ReadonlyMap<string, number>;
}

export interface StoredResponse {
  id: number;
  instrument: string;
  respondedAt: number;
  customer: string | null;
  callKey: string | null;
  /** Whether the store has the call the response names; agent and queue come from it. */
  callFound: boolean;
  agent: string | null;
  queue: string | null;
  answers: Map<string, number>;
}

export interface StoredInstrument {
  id: string;
  definition: string;
  definedAt: string;
}

export function storedInstrument(store: Store, id: string): StoredInstrument | undefined {
  const db = connection(store);
  return db.prepare('SELECT id, definition, defined_at AS definedAt FROM survey_instruments WHERE id = ?').get(id) as StoredInstrument | undefined;
}

export function storedInstruments(store: Store): StoredInstrument[] {
  const db = connection(store);
  return db.prepare('SELECT id, definition, defined_at AS definedAt FROM survey_instruments ORDER BY id').all() as StoredInstrument[];
}

export function saveInstrument(store: Store, id: string, definition: string, definedAt: string): void {
  const db = connection(store);
  db.prepare('INSERT INTO survey_instruments (id, definition, defined_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, defined_at = excluded.defined_at').run(
    id,
    definition,
    definedAt,
  );
}

export function responseCount(store: Store, instrument: string): number {
  const db = connection(store);
  return (db.prepare('SELECT count(*) AS n FROM survey_responses WHERE instrument = ?').get(instrument) as { n: number }).n;
}

export function responseCounts(store: Store): Map<string, number> {
  const db = connection(store);
  const rows = db.prepare('SELECT instrument, count(*) AS n FROM survey_responses GROUP BY instrument').all() as { instrument: string; n: number }[];
  return new Map(rows.map((row) => [row.instrument, row.n]));
}

/** Prepares the insert of a response and its answers; `insert` returns false for a response key already stored. */
export function responseInserter(store: Store) {
  const db = connection(store);
  const response = db.prepare(`
    INSERT OR IGNORE INTO survey_responses (instrument, response_key, responded_at, lang, customer, call_key, comment, source)
    VALUES (?, ?, ?, ?, svc_customer_key(?), ?, ?, ?)`);
  const answer = db.prepare('INSERT INTO survey_answers (response_id, item, value) VALUES (?, ?, ?)');
  return {
    insert(next: NewResponse): boolean {
      const info = response.run(next.instrument, next.responseKey, next.respondedAt, next.lang, next.customer, next.callKey, next.comment, next.source);
      if (info.changes === 0) return false;
      for (const [item, value] of next.answers) answer.run(info.lastInsertRowid, item, value);
      return true;
    },
  };
}

/** Inserts responses in one transaction; returns how many were new. */
export function insertResponses(store: Store, responses: readonly NewResponse[]): number {
  const db = connection(store);
  const inserter = responseInserter(db);
  return db.transaction(() => responses.filter((next) => inserter.insert(next)).length)();
}

/** Responses of one instrument with arrival in [fromAt, toAt), oldest first, with the linked call's agent and queue. */
export function responsesBetween(store: Store, instrument: string, fromAt: number, toAt: number): StoredResponse[] {
  const db = connection(store);
  const rows = db
    .prepare(
      `SELECT r.id, r.instrument, r.responded_at AS respondedAt, r.customer, r.call_key AS callKey, c.id IS NOT NULL AS callFound, c.agent, c.queue
       FROM survey_responses r LEFT JOIN calls c ON c.source_key = r.call_key
       WHERE r.instrument = ? AND r.responded_at >= ? AND r.responded_at < ?
       ORDER BY r.responded_at, r.id`,
    )
    .all(instrument, fromAt, toAt) as (Omit<StoredResponse, 'answers' | 'callFound'> & { callFound: number })[];
  const byResponse = new Map(rows.map((row) => [row.id, { ...row, callFound: row.callFound === 1, answers: new Map<string, number>() }]));
  const answers = db
    .prepare(
      `SELECT a.response_id AS id, a.item, a.value FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
       WHERE r.instrument = ? AND r.responded_at >= ? AND r.responded_at < ?`,
    )
    .all(instrument, fromAt, toAt) as { id: number; item: string; value: number }[];
  for (const answer of answers) byResponse.get(answer.id)?.answers.set(answer.item, answer.value);
  return [...byResponse.values()];
}

/** Instruments with at least one response in [fromAt, toAt). */
export function instrumentsAnswered(store: Store, fromAt: number, toAt: number): string[] {
  const db = connection(store);
  return (db.prepare('SELECT DISTINCT instrument FROM survey_responses WHERE responded_at >= ? AND responded_at < ? ORDER BY instrument').all(fromAt, toAt) as { instrument: string }[]).map(
    (row) => row.instrument,
  );
}

export function callExists(store: Store, sourceKey: string): boolean {
  const db = connection(store);
  return db.prepare('SELECT 1 FROM calls WHERE source_key = ?').get(sourceKey) !== undefined;
}

export function responseKeyExists(store: Store, responseKey: string): boolean {
  const db = connection(store);
  return db.prepare('SELECT 1 FROM survey_responses WHERE response_key = ?').get(responseKey) !== undefined;
}

export interface ResponseSpan {
  instrument: string;
  responses: number;
  firstAt: number;
  lastAt: number;
}

/** How many responses each instrument has and when they were given: where the answers are. */
export function responseSpans(store: Store): ResponseSpan[] {
  const db = connection(store);
  return db
    .prepare('SELECT instrument, count(*) AS responses, min(responded_at) AS firstAt, max(responded_at) AS lastAt FROM survey_responses GROUP BY instrument ORDER BY instrument')
    .all() as ResponseSpan[];
}

export interface ListedResponse {
  id: number;
  instrument: string;
  respondedAt: number;
  customer: string | null;
  callKey: string | null;
  comment: string | null;
  lang: string | null;
  /** The answer of a one-question instrument (nps, csat, ces); null for others. */
  score: number | null;
  followupCommitment: number | null;
}

/** Responses in [fromAt, toAt) (any time when null), newest first, with the single answer of one-question instruments. */
export function listResponses(store: Store, where: { fromAt: number | null; toAt: number | null; instrument?: string; comments?: boolean; id?: number }): ListedResponse[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT r.id, r.instrument, r.responded_at AS respondedAt, r.customer, r.call_key AS callKey, r.comment, r.lang,
              (SELECT CASE WHEN count(*) = 1 THEN max(a.value) END FROM survey_answers a WHERE a.response_id = r.id) AS score,
              f.commitment_id AS followupCommitment
       FROM survey_responses r LEFT JOIN survey_followups f ON f.response_id = r.id
       WHERE (:fromAt IS NULL OR r.responded_at >= :fromAt) AND (:toAt IS NULL OR r.responded_at < :toAt)
         AND (:instrument IS NULL OR r.instrument = :instrument)
         AND (:comments = 0 OR (r.comment IS NOT NULL AND trim(r.comment) <> ''))
         AND (:id IS NULL OR r.id = :id)
       ORDER BY r.responded_at DESC, r.id DESC`,
    )
    .all({ fromAt: where.fromAt, toAt: where.toAt, instrument: where.instrument ?? null, comments: where.comments ? 1 : 0, id: where.id ?? null }) as ListedResponse[];
}

export function readResponse(db: Store, id: number): ListedResponse | undefined {
  return listResponses(db, { fromAt: null, toAt: null, id })[0];
}

export function insertFollowup(store: Store, followup: { responseId: number; commitmentId: number; closedAt: number; closedBy: string }): void {
  const db = connection(store);
  db.prepare('INSERT INTO survey_followups (response_id, commitment_id, closed_at, closed_by) VALUES (?, ?, ?, ?)').run(followup.responseId, followup.commitmentId, followup.closedAt, followup.closedBy);
}
