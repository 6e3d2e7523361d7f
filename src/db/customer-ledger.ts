import { connection, type Store } from './store.js';

export interface MergeRow {
  id: number;
  customer: string;
  other: string;
  action: 'merge' | 'unmerge';
  at: number;
  by: string;
  reason: string | null;
}

export interface FlagRow {
  id: number;
  customer: string;
  flag: string;
  action: 'flag' | 'unflag';
  at: number;
  by: string;
  reason: string;
}

export interface WowRow {
  id: number;
  customer: string;
  text: string;
  agent: string | null;
  call_key: string | null;
  at: number;
  by: string;
}

export function insertMerge(store: Store, row: Omit<MergeRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db
      .prepare('INSERT INTO customer_merges (customer, other, action, at, by, reason) VALUES (svc_customer_key(?), svc_customer_key(?), ?, ?, ?, ?)')
      .run(row.customer, row.other, row.action, row.at, row.by, row.reason).lastInsertRowid,
  );
}

export function readMerges(store: Store): MergeRow[] {
  const db = connection(store);
  return db.prepare('SELECT * FROM customer_merges ORDER BY id').all() as MergeRow[];
}

export function insertFlag(store: Store, row: Omit<FlagRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db
      .prepare('INSERT INTO customer_flags (customer, flag, action, at, by, reason) VALUES (svc_customer_key(?), ?, ?, ?, ?, ?)')
      .run(row.customer, row.flag, row.action, row.at, row.by, row.reason).lastInsertRowid,
  );
}

export function readFlags(store: Store): FlagRow[] {
  const db = connection(store);
  return db.prepare('SELECT * FROM customer_flags ORDER BY id').all() as FlagRow[];
}

export function insertWow(store: Store, row: Omit<WowRow, 'id'>): number {
  const db = connection(store);
  return Number(
    db
      .prepare('INSERT INTO wow_moments (customer, text, agent, call_key, at, by) VALUES (svc_customer_key(?), ?, ?, ?, ?, ?)')
      .run(row.customer, row.text, row.agent, row.call_key, row.at, row.by).lastInsertRowid,
  );
}

export function readWows(store: Store, fromAt = -Infinity, toAt = Infinity): WowRow[] {
  const db = connection(store);
  return db.prepare('SELECT * FROM wow_moments WHERE at > ? AND at <= ? ORDER BY at, id').all(fromAt, toAt) as WowRow[];
}

/** WOW moments per agent (null: no agent named) in [fromAt, toAt), most first. */
export function wowsPerAgent(store: Store, fromAt: number, toAt: number): { agent: string | null; wows: number }[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT agent, count(*) AS wows FROM wow_moments WHERE at >= ? AND at < ?
       GROUP BY agent ORDER BY agent IS NULL, wows DESC, agent`,
    )
    .all(fromAt, toAt) as { agent: string | null; wows: number }[];
}
