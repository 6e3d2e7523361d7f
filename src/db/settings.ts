import { SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from '../core/settings.js';
import { Zone } from '../core/time/zone.js';
import { connection, type Store } from './store.js';
import { rebuildRollups, rollupBasis } from './rollups.js';
import { writeTransaction } from './write-lock.js';
import { customerKeyer } from '../core/customers/customer-key.js';
import { rebuildCustomerProjectionAndMonths } from './customer-projection.js';
import { rekeyCustomers } from './customer-keys.js';

export function readSettings(store: Store): Settings {
  const db = connection(store);
  const stored = new Map(
    (db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]).map((row) => [row.key, row.value]),
  );
  const settings = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    const text = stored.get(key);
    settings[key] = text === undefined ? SETTINGS[key].defaultValue() : SETTINGS[key].parse(text);
  }
  return settings as Settings;
}

/** Stored values only; unset keys follow their default (the system's zone may change). */
export function storedSettingKeys(store: Store): Set<string> {
  const db = connection(store);
  return new Set((db.prepare('SELECT key FROM settings').all() as { key: string }[]).map((row) => row.key));
}

/** Validates, stores, and re-derives what depends on the value, all in one transaction. */
export function writeSetting(store: Store, key: SettingKey, text: string): Settings[SettingKey] {
  const db = connection(store);
  const value = SETTINGS[key].parse(text);
  writeTransaction(db, 'main', () => {
    const before = readSettings(db);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, String(value));
    const after = readSettings(db);
    if (after.timezone !== before.timezone) recomputeLocalHours(db, new Zone(after.timezone));
    const changed = String(before[key]) !== String(after[key]);
    if (key === 'phone_region' && changed) rekeyCustomers(db, customerKeyer(after.phone_region));
    if ((SETTINGS[key].shapesRollups || key === 'phone_region') && changed) rebuildRollups(db, rollupBasis(after));
    if ((SETTINGS[key].shapesRollups || SETTINGS[key].shapesCustomers) && changed) rebuildCustomerProjectionAndMonths(db, after);
  });
  return value;
}

/** Re-reads every call's wall-clock hour in a new zone: one offset per quarter hour spanned. */
function recomputeLocalHours(store: Store, zone: Zone): void {
  const db = connection(store);
  const span = db.prepare('SELECT min(arrival_at) AS first, max(arrival_at) AS last FROM calls').get() as { first: number | null; last: number | null };
  if (span.first === null || span.last === null) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS zone_offsets (quarter INTEGER PRIMARY KEY, offset INTEGER NOT NULL)');
  db.exec('DELETE FROM temp.zone_offsets');
  const add = db.prepare('INSERT INTO temp.zone_offsets (quarter, offset) VALUES (?, ?)');
  const firstQuarter = Math.floor(span.first / 900);
  const lastQuarter = Math.floor(span.last / 900);
  let previous: number | undefined;
  for (let quarter = firstQuarter; quarter <= lastQuarter; quarter++) {
    const offset = zone.offsetAt(quarter * 900);
    // Only transitions are stored; a call looks up the latest one at or before its quarter.
    if (offset !== previous) add.run(quarter, offset);
    previous = offset;
  }
  db.exec(`
    UPDATE calls SET local_hour = (arrival_at + (
      SELECT offset FROM temp.zone_offsets WHERE quarter <= arrival_at / 900 ORDER BY quarter DESC LIMIT 1
    )) / 3600`);
  db.exec('DELETE FROM temp.zone_offsets');
}
