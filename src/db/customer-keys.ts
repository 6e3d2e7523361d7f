import { customerKeyer, type CustomerKeyer } from '../core/customers/customer-key.js';
import { connection, type Store } from './store.js';

/** Every table that holds a customer id, and the append-only ones among them. */
const CUSTOMER_COLUMNS = [
  { table: 'calls', appendOnly: false },
  { table: 'survey_responses', appendOnly: false },
  { table: 'commitments', appendOnly: true },
  { table: 'complaints', appendOnly: true },
  { table: 'customer_merges', appendOnly: true },
  { table: 'customer_flags', appendOnly: true },
  { table: 'wow_moments', appendOnly: true },
] as const;

/**
 * Re-keys every stored customer id with `keyer`; returns how many rows changed. The ledgers'
 * guards against change are lifted for the length of this one statement and put back exactly as
 * they were: the id is how a customer is found, not part of what was said.
 */
export function rekeyCustomers(store: Store, keyer: CustomerKeyer): number {
  const db = connection(store);
  registerCustomerKey(db, keyer);
  let changed = 0;
  db.transaction(() => {
    for (const { table, appendOnly } of CUSTOMER_COLUMNS) {
      // The ledgers live in the attached ledger file: their guards are in that file's schema.
      const schema = db.prepare("SELECT 1 FROM ledger.sqlite_master WHERE type = 'table' AND name = ?").get(table) ? 'ledger' : 'main';
      const guards = appendOnly
        ? (db.prepare(`SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%BEFORE UPDATE%'`).all(table) as { name: string; sql: string }[])
        : [];
      for (const guard of guards) db.exec(`DROP TRIGGER ${schema}."${guard.name}"`);
      changed += db.prepare(`UPDATE ${table} SET customer = svc_customer_key(customer) WHERE customer IS NOT svc_customer_key(customer)`).run().changes;
      if (table === 'customer_merges') {
        changed += db.prepare('UPDATE customer_merges SET other = svc_customer_key(other) WHERE other IS NOT svc_customer_key(other)').run().changes;
      }
      for (const guard of guards) db.exec(guard.sql.replace(/^CREATE TRIGGER\s+(IF NOT EXISTS\s+)?(\w+\.)?/i, `CREATE TRIGGER ${schema}.`));
    }
  })();
  return changed;
}

/** Makes svc_customer_key(id) available to the store's statements, with the store's phone region. */
export function registerCustomerKey(store: Store, keyer?: CustomerKeyer): void {
  const db = connection(store);
  let region = '';
  if (!keyer) {
    const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
    if (hasSettings) region = (db.prepare("SELECT value FROM settings WHERE key = 'phone_region'").get() as { value: string } | undefined)?.value ?? '';
  }
  const key = keyer ?? customerKeyer(region);
  db.function('svc_customer_key', { deterministic: true }, (given: unknown) => key.key(given as string | null));
}
