import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rows of a store file (its ledger file attached, as svc does) read with SQL of the test's own, not through svc. */
export function sqlRows<T>(file: string, query: string, ...params: unknown[]): T[] {
  const raw = new Database(file, { readonly: true });
  try {
    if (existsSync(`${file}-ledger`)) raw.prepare('ATTACH DATABASE ? AS ledger').run(`${file}-ledger`);
    return raw.prepare(query).all(...params) as T[];
  } finally {
    raw.close();
  }
}

/** Writes a JSON document to a new file in `dir`; returns its path. */
export function jsonFile(dir: string, document: unknown): string {
  const file = join(dir, `answers-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  return file;
}
