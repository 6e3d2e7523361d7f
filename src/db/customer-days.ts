import { connection, type Store } from './store.js';

/**
 * The days on which each customer had an offered call (customer_day), and per day how many of
 * those customers' previous such day was which (customer_day_count; -1 for none): the distinct
 * customers of any run of days [a, b] are the customer-days in it whose previous day is before
 * a, a sum over a few rows per day instead of a count of distinct ids over every call. Offered
 * means what the rollups count: not abandoned with a wait below S.
 */
const OFFERED = "NOT (outcome = 'abandoned' AND coalesce(wait_s < :short, 0))";
const STAGED = 'AND customer IN (SELECT customer FROM temp.repeat_customers)';

/** Adds (sign 1) or takes away (sign -1) the chains of the customer-days `scope` selects. */
function countChains(store: Store, sign: 1 | -1, scope: string): void {
  const db = connection(store);
  db.prepare(
    `INSERT INTO customer_day_count (local_day, previous_day, customers)
    SELECT local_day, previous_day, ${sign} * count(*) FROM (
      SELECT local_day, coalesce(lag(local_day) OVER (PARTITION BY customer ORDER BY local_day), -1) AS previous_day
      FROM customer_day WHERE 1 ${scope}
    ) WHERE true GROUP BY 1, 2
    ON CONFLICT (local_day, previous_day) DO UPDATE SET customers = customers + excluded.customers`,
  ).run();
}

function insertDays(store: Store, shortAbandonS: number, scope: string, wholeTable: boolean): void {
  const db = connection(store);
  db.prepare(
    `INSERT INTO customer_day (customer, local_day)
    SELECT DISTINCT customer, local_hour / 24 FROM ${wholeTable ? 'calls NOT INDEXED' : 'calls'}
    WHERE customer IS NOT NULL AND ${OFFERED} ${scope}`,
  ).run({ short: shortAbandonS });
}

/** Re-derives the customer days of the customers staged in temp.repeat_customers (by import or undo). */
export function refreshCustomerDays(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  forgetStagedCustomerDays(db);
  const staged = db.prepare('SELECT count(*) FROM temp.repeat_customers').pluck().get() as number;
  const calls = db.prepare('SELECT coalesce(max(id), 0) FROM calls').pluck().get() as number;
  // As for the customer projection: past one in twenty of the calls' worth of customers, one pass over the table costs less.
  insertDays(db, shortAbandonS, STAGED, staged * 20 >= calls);
  countChains(db, 1, STAGED);
  db.exec('DELETE FROM customer_day_count WHERE customers = 0');
}

/** Takes the customer days of the customers staged in temp.repeat_customers (by import or undo) out, with their chains. */
export function forgetStagedCustomerDays(store: Store): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  countChains(db, -1, STAGED);
  db.exec(`DELETE FROM customer_day WHERE 1 ${STAGED}`);
}

/** Adds customers to the chains of customer_day_count (a day and the customer's previous day, -1 for none). */
export function addDayChains(store: Store, chains: Iterable<{ localDay: number; previousDay: number; customers: number }>): void {
  const db = connection(store);
  const add = db.prepare(
    `INSERT INTO customer_day_count (local_day, previous_day, customers) VALUES (?, ?, ?)
    ON CONFLICT (local_day, previous_day) DO UPDATE SET customers = customers + excluded.customers`,
  );
  for (const { localDay, previousDay, customers } of chains) add.run(localDay, previousDay, customers);
  db.exec('DELETE FROM customer_day_count WHERE customers = 0');
}

/** Re-derives every customer day (a new S, zone or phone region). */
export function rebuildCustomerDays(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  db.exec('DELETE FROM customer_day; DELETE FROM customer_day_count');
  insertDays(db, shortAbandonS, '', true);
  countChains(db, 1, '');
}
