import { connection, type Store } from './store.js';

export interface FocusGroupRow {
  id: number;
  heldDay: string;
  topic: string;
  participants: number;
  recordedAt: number;
  recordedBy: string;
}

export interface FocusFindingRow {
  id: number;
  focusGroupId: number;
  polarity: 'positive' | 'negative';
  finding: string;
  recordedAt: number;
  recordedBy: string;
}

export interface ServiceEventRow {
  id: number;
  fromAt: number;
  toAt: number;
  kind: string;
  description: string;
  recordedAt: number;
  recordedBy: string;
}

export interface IdeaRow {
  id: number;
  author: string;
  idea: string;
  proposedAt: number;
  recordedBy: string;
  /** The latest decision, if any. */
  status: 'proposed' | 'adopted' | 'declined';
  decidedAt: number | null;
  decidedBy: string | null;
  note: string | null;
}

export function insertFocusGroup(store: Store, group: Omit<FocusGroupRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db.prepare('INSERT INTO focus_groups (held_day, topic, participants, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)').run(group.heldDay, group.topic, group.participants, group.recordedAt, group.recordedBy)
      .lastInsertRowid,
  );
}

export function focusGroupExists(store: Store, id: number): boolean {
  const db = connection(store);
  return db.prepare('SELECT 1 FROM focus_groups WHERE id = ?').get(id) !== undefined;
}

export function insertFocusFinding(store: Store, finding: Omit<FocusFindingRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db
      .prepare('INSERT INTO focus_findings (focus_group_id, polarity, finding, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)')
      .run(finding.focusGroupId, finding.polarity, finding.finding, finding.recordedAt, finding.recordedBy).lastInsertRowid,
  );
}

/** Focus groups held from `fromDay` to `toDay` (YYYY-MM-DD, inclusive; all when null), oldest first. */
export function readFocusGroups(store: Store, fromDay: string | null, toDay: string | null): { group: FocusGroupRow; findings: FocusFindingRow[] }[] {
  const db = connection(store);
  const groups = db
    .prepare(
      `SELECT id, held_day AS heldDay, topic, participants, recorded_at AS recordedAt, recorded_by AS recordedBy FROM focus_groups
       WHERE (:fromDay IS NULL OR held_day >= :fromDay) AND (:toDay IS NULL OR held_day <= :toDay) ORDER BY held_day, id`,
    )
    .all({ fromDay, toDay }) as FocusGroupRow[];
  const findings = db.prepare(
    'SELECT id, focus_group_id AS focusGroupId, polarity, finding, recorded_at AS recordedAt, recorded_by AS recordedBy FROM focus_findings WHERE focus_group_id = ? ORDER BY id',
  );
  return groups.map((group) => ({ group, findings: findings.all(group.id) as FocusFindingRow[] }));
}

export function insertServiceEvent(store: Store, event: Omit<ServiceEventRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db
      .prepare('INSERT INTO service_events (from_at, to_at, kind, description, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(event.fromAt, event.toAt, event.kind, event.description, event.recordedAt, event.recordedBy).lastInsertRowid,
  );
}

/** Events that touch [fromAt, toAt) (all when null), in the order they began. */
export function readServiceEvents(store: Store, fromAt: number | null, toAt: number | null): ServiceEventRow[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT id, from_at AS fromAt, to_at AS toAt, kind, description, recorded_at AS recordedAt, recorded_by AS recordedBy FROM service_events
       WHERE (:toAt IS NULL OR from_at < :toAt) AND (:fromAt IS NULL OR to_at > :fromAt) ORDER BY from_at, id`,
    )
    .all({ fromAt, toAt }) as ServiceEventRow[];
}

/** Offered and abandoned calls (short abandons left out) over whole wall-clock hours, from the hourly rollups. */
export function callVolumes(store: Store, firstHour: number, lastHour: number): { offered: number; abandoned: number } {
  const db = connection(store);
  const row = db
    .prepare(
      `SELECT coalesce(sum(answered + abandoned - short_abandoned), 0) AS offered, coalesce(sum(abandoned - short_abandoned), 0) AS abandoned
       FROM hourly_rollup WHERE local_hour BETWEEN ? AND ?`,
    )
    .get(firstHour, lastHour) as { offered: number; abandoned: number };
  return row;
}

export function complaintsReceived(store: Store, fromAt: number, toAt: number): number {
  const db = connection(store);
  return (db.prepare('SELECT count(*) AS n FROM complaints WHERE received_at >= ? AND received_at < ?').get(fromAt, toAt) as { n: number }).n;
}

export function insertIdea(store: Store, idea: { author: string; idea: string; proposedAt: number; recordedBy: string }): number {
  const db = connection(store);
  return Number(db.prepare('INSERT INTO ideas (author, idea, proposed_at, recorded_by) VALUES (?, ?, ?, ?)').run(idea.author, idea.idea, idea.proposedAt, idea.recordedBy).lastInsertRowid);
}

export function insertIdeaDecision(store: Store, decision: { ideaId: number; status: 'adopted' | 'declined'; at: number; by: string; note: string | null }): void {
  const db = connection(store);
  db.prepare('INSERT INTO idea_decisions (idea_id, status, at, by, note) VALUES (?, ?, ?, ?, ?)').run(decision.ideaId, decision.status, decision.at, decision.by, decision.note);
}

/** Every idea (or one) with its latest decision, oldest first. */
export function readIdeas(store: Store, where: { id?: number } = {}): IdeaRow[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT i.id, i.author, i.idea, i.proposed_at AS proposedAt, i.recorded_by AS recordedBy,
              coalesce(d.status, 'proposed') AS status, d.at AS decidedAt, d.by AS decidedBy, d.note
       FROM ideas i LEFT JOIN idea_decisions d ON d.id = (SELECT max(id) FROM idea_decisions WHERE idea_id = i.id)
       WHERE (:id IS NULL OR i.id = :id) ORDER BY i.id`,
    )
    .all({ id: where.id ?? null }) as IdeaRow[];
}
