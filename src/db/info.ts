import { statSync } from 'node:fs';
import { LEDGER, ledgerFileOf } from './ledger-file.js';
import { schemaVersion } from './migrations/index.js';
import { connection, type Store } from './store.js';

export interface StoreInfo {
  file: string;
  ledger_file: string;
  schema_version: number;
  /** Both files and their write-ahead logs. */
  size_bytes: number;
  tables: Record<string, number>;
}

export function storeInfo(store: Store, file: string): StoreInfo {
  const db = connection(store);
  const tables: Record<string, number> = {};
  for (const schema of ['main', LEDGER]) {
    const names = (
      db.prepare(`SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]
    ).map((row) => row.name);
    for (const name of names) tables[name] = (db.prepare(`SELECT count(*) AS n FROM ${schema}."${name}"`).get() as { n: number }).n;
  }
  const sorted = Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)));
  const ledgerFile = ledgerFileOf(file);
  const size = [file, `${file}-wal`, ledgerFile, `${ledgerFile}-wal`].reduce((sum, part) => sum + fileSize(part), 0);
  return { file, ledger_file: ledgerFile, schema_version: schemaVersion(db), size_bytes: size, tables: sorted };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
