import type { Commitment, CommitmentEvent } from '../core/commitments/commitment.js';
import { connection, type Store } from './store.js';

interface CommitmentRow {
  id: number;
  external_id: string | null;
  customer: string | null;
  promise: string;
  due_at: number;
  owner: string | null;
  call_id: string | null;
  channel: Commitment['channel'];
  made_at: number;
  made_by: string;
  recorded_at: number;
}

interface CommitmentEventRow {
  id: number;
  commitment_id: number;
  kind: CommitmentEvent['kind'];
  at: number;
  by: string;
  note: string | null;
  due_at: number | null;
  recorded_at: number | null;
}

export function insertCommitment(store: Store, entry: Omit<Commitment, 'id'>): number {
  const db = connection(store);
  const info = db
    .prepare(
      `INSERT INTO commitments (external_id, customer, promise, due_at, owner, call_id, channel, made_at, made_by, recorded_at)
       VALUES (?, svc_customer_key(?), ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(entry.externalId, entry.customer, entry.promise, entry.dueAt, entry.owner, entry.callId, entry.channel, entry.madeAt, entry.madeBy, entry.recordedAt);
  return Number(info.lastInsertRowid);
}

export function insertCommitmentEvent(store: Store, event: Omit<CommitmentEvent, 'id'>): number {
  const db = connection(store);
  const info = db
    .prepare('INSERT INTO commitment_events (commitment_id, kind, at, by, note, due_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(event.commitmentId, event.kind, event.at, event.by, event.note, event.dueAt, event.recordedAt);
  return Number(info.lastInsertRowid);
}

export function commitmentIdByExternalId(store: Store, externalId: string): number | undefined {
  const db = connection(store);
  return (db.prepare('SELECT id FROM commitments WHERE external_id = ?').get(externalId) as { id: number } | undefined)?.id;
}

export function readCommitment(store: Store, id: number): Commitment | undefined {
  const db = connection(store);
  const row = db.prepare('SELECT * FROM commitments WHERE id = ?').get(id) as CommitmentRow | undefined;
  return row && fromRow(row);
}

/** Every commitment with its events in order; ledgers hold thousands of entries, not millions. */
export function readCommitments(store: Store, where: { customer?: string; owner?: string } = {}): { commitment: Commitment; events: CommitmentEvent[] }[] {
  const db = connection(store);
  const rows = db
    .prepare('SELECT * FROM commitments WHERE (:customer IS NULL OR customer = svc_customer_key(:customer)) AND (:owner IS NULL OR owner = :owner) ORDER BY id')
    .all({ customer: where.customer ?? null, owner: where.owner ?? null }) as CommitmentRow[];
  const events = new Map<number, CommitmentEvent[]>();
  const eventRows = db
    .prepare(
      `SELECT e.* FROM commitment_events e JOIN commitments c ON c.id = e.commitment_id
       WHERE (:customer IS NULL OR c.customer = svc_customer_key(:customer)) AND (:owner IS NULL OR c.owner = :owner) ORDER BY e.id`,
    )
    .all({ customer: where.customer ?? null, owner: where.owner ?? null }) as CommitmentEventRow[];
  for (const row of eventRows) {
    const list = events.get(row.commitment_id) ?? [];
    list.push(eventFromRow(row));
    events.set(row.commitment_id, list);
  }
  return rows.map((row) => ({ commitment: fromRow(row), events: events.get(row.id) ?? [] }));
}

export function readCommitmentEvents(store: Store, commitmentId: number): CommitmentEvent[] {
  const db = connection(store);
  return (db.prepare('SELECT * FROM commitment_events WHERE commitment_id = ? ORDER BY id').all(commitmentId) as CommitmentEventRow[]).map(eventFromRow);
}

function fromRow(row: CommitmentRow): Commitment {
  return {
    id: row.id,
    externalId: row.external_id,
    customer: row.customer,
    promise: row.promise,
    dueAt: row.due_at,
    owner: row.owner,
    callId: row.call_id,
    channel: row.channel,
    madeAt: row.made_at,
    madeBy: row.made_by,
    recordedAt: row.recorded_at,
  };
}

function eventFromRow(row: CommitmentEventRow): CommitmentEvent {
  return { id: row.id, commitmentId: row.commitment_id, kind: row.kind, at: row.at, by: row.by, note: row.note, dueAt: row.due_at, recordedAt: row.recorded_at };
}
