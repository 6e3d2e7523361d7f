import { connection, type Connection, type Store } from '../store.js';
import { callsAndImports } from './001_calls_and_imports.js';
import { ledger } from './002_ledger.js';
import { reviews } from './003_reviews.js';
import { ledgerFile } from './004_ledger_file.js';
import { customers } from './005_customers.js';
import { intervalRollups } from './006_interval_rollups.js';
import { listening } from './007_listening.js';
import { importAccounting } from './009_import_accounting.js';
import { waitsAndHolds } from './010_waits_and_holds.js';
import { customerEventMonths } from './012_customer_event_months.js';
import { nextArrivals } from './013_next_arrivals.js';
import { coarseRollups } from './014_coarse_rollups.js';
import { codedCallEvents } from './015_coded_call_events.js';
import { customerDaysInMonths } from './016_customer_days_in_months.js';

export interface Migration {
  version: number;
  name: string;
  /** Work committed on its own before `up`, for a step that moves rows into another file: it must be safe to repeat. */
  stage?(db: Connection): void;
  up(db: Connection): void;
}

/** Applied in this order; a version is never renumbered or edited once released. */
export const migrations: readonly Migration[] = [callsAndImports, ledger, reviews, ledgerFile, customers, intervalRollups, listening, importAccounting, waitsAndHolds, customerEventMonths, nextArrivals, coarseRollups, codedCallEvents, customerDaysInMonths];

export function schemaVersion(store: Store): number {
  return connection(store).pragma('user_version', { simple: true }) as number;
}

export function latestVersion(): number {
  return migrations.at(-1)?.version ?? 0;
}

function due(db: Connection, migration: Migration): boolean {
  return schemaVersion(db) < migration.version;
}

/** Whether the store lacks a migration of this svc. */
export function storeIsBehind(store: Store): boolean {
  return schemaVersion(store) < latestVersion();
}

/** Each step and its version bump commit together; IMMEDIATE so two processes never both migrate. */
export function migrate(store: Store): void {
  const db = connection(store);
  if (!storeIsBehind(db)) return;
  for (const migration of migrations) {
    if (migration.stage && due(db, migration)) db.transaction(() => migration.stage!(db)).immediate();
    db.transaction(() => {
      if (!due(db, migration)) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
