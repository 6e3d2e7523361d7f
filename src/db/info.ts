import { statSync } from 'node:fs';
import { schemaVersion } from './migrations/index.js';
import type { Store } from './open.js';

export interface StoreInfo {
  file: string;
  schema_version: number;
  size_bytes: number;
  tables: Record<string, number>;
}

export function storeInfo(db: Store, file: string): StoreInfo {
  const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
  const tables: Record<string, number> = {};
  for (const name of names) tables[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  return { file, schema_version: schemaVersion(db), size_bytes: fileSize(file) + fileSize(`${file}-wal`), tables };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
