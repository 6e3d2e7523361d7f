import type { Store } from '../open.js';
import { callsAndImports } from './001_calls_and_imports.js';
import { ledger } from './002_ledger.js';
import { reviews } from './003_reviews.js';
import { customers } from './005_customers.js';
import { intervalRollups } from './006_interval_rollups.js';
import { importAccounting } from './009_import_accounting.js';

export interface Migration {
  version: number;
  name: string;
  up(db: Store): void;
}

/** Applied in this order; a version is never renumbered or edited once released. */
export const migrations: readonly Migration[] = [callsAndImports, ledger, reviews, customers, intervalRollups, importAccounting];

export function schemaVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Each step and its version bump commit together; IMMEDIATE so two processes never both migrate. */
export function migrate(db: Store): void {
  if (schemaVersion(db) >= latestVersion()) return;
  for (const migration of migrations) {
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
