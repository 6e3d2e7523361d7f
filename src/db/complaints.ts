import type { Complaint, ComplaintEvent } from '../core/complaints/complaint.js';
import { connection, type Store } from './store.js';

interface ComplaintRow {
  id: number;
  external_id: string | null;
  customer: string;
  category: string;
  category_key: string;
  severity: Complaint['severity'];
  channel: Complaint['channel'];
  call_id: string | null;
  remedy: string | null;
  description: string;
  received_at: number;
  recorded_by: string;
  recorded_at: number;
  /** The customer's latest earlier complaint in the same category within the recurring window. */
  previous_id: number | null;
  /** Its category as first written by any complaint. */
  category_name: string;
}

interface ComplaintEventRow {
  id: number;
  complaint_id: number;
  kind: ComplaintEvent['kind'];
  at: number;
  by: string;
  note: string | null;
  assignee: string | null;
  resolution: string | null;
  root_cause: string | null;
  recorded_at: number | null;
}

export interface StoredComplaint {
  complaint: Complaint;
  events: ComplaintEvent[];
  /** Set when the complaint recurs: the id of the same customer's previous one in the category. */
  previousId: number | null;
  /** How its category is shown everywhere but in its own record: the spelling the category's first complaint used. */
  categoryName: string;
}

export function insertComplaint(store: Store, entry: Omit<Complaint, 'id'>): number {
  const db = connection(store);
  const info = db
    .prepare(
      `INSERT INTO complaints (external_id, customer, category, category_key, severity, channel, call_id, remedy, description, received_at, recorded_by, recorded_at)
       VALUES (?, svc_customer_key(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.externalId,
      entry.customer,
      entry.category,
      entry.categoryKey,
      entry.severity,
      entry.channel,
      entry.callId,
      entry.remedy,
      entry.description,
      entry.receivedAt,
      entry.recordedBy,
      entry.recordedAt,
    );
  return Number(info.lastInsertRowid);
}

export function insertComplaintEvent(store: Store, event: Omit<ComplaintEvent, 'id'>): number {
  const db = connection(store);
  const info = db
    .prepare('INSERT INTO complaint_events (complaint_id, kind, at, by, note, assignee, resolution, root_cause, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(event.complaintId, event.kind, event.at, event.by, event.note, event.assignee, event.resolution, event.rootCause, event.recordedAt);
  return Number(info.lastInsertRowid);
}

export function complaintIdByExternalId(store: Store, externalId: string): number | undefined {
  const db = connection(store);
  return (db.prepare('SELECT id FROM complaints WHERE external_id = ?').get(externalId) as { id: number } | undefined)?.id;
}

/** The display name of each category key: the spelling its first complaint used. */
export function categoryNames(store: Store): Map<string, string> {
  const db = connection(store);
  const rows = db.prepare('SELECT category_key AS key, category AS name FROM complaints WHERE id IN (SELECT min(id) FROM complaints GROUP BY category_key)').all() as {
    key: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.key, row.name]));
}

/**
 * Complaints with their events, and whether each recurs: an earlier complaint by the same
 * customer in the same category received at most `recurringDays` × 24 h before it.
 */
export function readComplaints(store: Store, recurringDays: number, where: { id?: number; customer?: string; receivedBefore?: number } = {}): StoredComplaint[] {
  const db = connection(store);
  const filter = `(:id IS NULL OR c.id = :id) AND (:customer IS NULL OR c.customer = svc_customer_key(:customer)) AND (:before IS NULL OR c.received_at < :before)`;
  const params = { id: where.id ?? null, customer: where.customer ?? null, before: where.receivedBefore ?? null };
  const rows = db
    .prepare(
      `SELECT c.*, (
         SELECT p.id FROM complaints p
         WHERE p.customer = c.customer AND p.category_key = c.category_key
           AND p.received_at BETWEEN c.received_at - :window AND c.received_at
           AND (p.received_at < c.received_at OR p.id < c.id)
         ORDER BY p.received_at DESC, p.id DESC LIMIT 1
       ) AS previous_id,
       (SELECT f.category FROM complaints f WHERE f.category_key = c.category_key ORDER BY f.id LIMIT 1) AS category_name
       FROM complaints c WHERE ${filter} ORDER BY c.id`,
    )
    .all({ ...params, window: recurringDays * 86400 }) as ComplaintRow[];
  const events = new Map<number, ComplaintEvent[]>();
  const eventRows = db
    .prepare(`SELECT e.* FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE ${filter} ORDER BY e.id`)
    .all(params) as ComplaintEventRow[];
  for (const row of eventRows) {
    const list = events.get(row.complaint_id) ?? [];
    list.push(eventFromRow(row));
    events.set(row.complaint_id, list);
  }
  return rows.map((row) => ({ complaint: fromRow(row), events: events.get(row.id) ?? [], previousId: row.previous_id, categoryName: row.category_name }));
}

/** Complaints received in [from, to) per category key: the counts surge detection compares. */
/** When the first complaint in the ledger was received (unix seconds), or null when there is none. */
export function firstComplaintAt(store: Store): number | null {
  const db = connection(store);
  return (db.prepare('SELECT min(received_at) FROM complaints').pluck().get() as number | null) ?? null;
}

export function complaintCountsByCategory(store: Store, from: number, to: number): Map<string, number> {
  const db = connection(store);
  const rows = db
    .prepare('SELECT category_key AS key, count(*) AS n FROM complaints WHERE received_at >= ? AND received_at < ? GROUP BY category_key')
    .all(from, to) as { key: string; n: number }[];
  return new Map(rows.map((row) => [row.key, row.n]));
}

function fromRow(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    externalId: row.external_id,
    customer: row.customer,
    category: row.category,
    categoryKey: row.category_key,
    severity: row.severity,
    channel: row.channel,
    callId: row.call_id,
    remedy: row.remedy,
    description: row.description,
    receivedAt: row.received_at,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

function eventFromRow(row: ComplaintEventRow): ComplaintEvent {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    kind: row.kind,
    at: row.at,
    by: row.by,
    note: row.note,
    assignee: row.assignee,
    resolution: row.resolution,
    rootCause: row.root_cause,
    recordedAt: row.recorded_at,
  };
}
