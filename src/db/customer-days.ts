import { connection, type Store } from './store.js';

/**
 * The days on which each customer had an offered call (customer_day), and per day how many of
 * those customers' previous such day was which (customer_day_count; -1 for none): the distinct
 * customers of any run of days [a, b] are the customer-days in it whose previous day is before
 * a, a sum over a few rows per day instead of a count of distinct ids over every call. Offered
 * means what the rollups count: not abandoned with a wait below S.
 */
const offeredOf = (row: string) => `NOT (${row}.outcome = 'abandoned' AND coalesce(${row}.wait_s < :short, 0))`;
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

/**
 * Adds the customer days of the calls stored from `firstCallId` on (an import that only added
 * calls), touching each customer's days from the last one before its first new day: a new day
 * changes the chain of the day after it and nothing earlier, so the work follows the new calls,
 * not every day of every customer they belong to.
 */
export function extendCustomerDays(store: Store, shortAbandonS: number, firstCallId: number): void {
  const db = connection(store);
  createChangedDays(db);
  db.prepare(
    `INSERT INTO temp.changed_customer_days SELECT DISTINCT customer, local_hour / 24 FROM calls AS new NOT INDEXED
     WHERE id >= :first AND customer IS NOT NULL AND ${OFFERED}
       AND NOT EXISTS (SELECT 1 FROM customer_day AS day WHERE day.customer = new.customer AND day.local_day = new.local_hour / 24)`,
  ).run({ first: firstCallId, short: shortAbandonS });
  rechainChangedDays(db, () => db.exec('INSERT INTO customer_day SELECT customer, local_day FROM temp.changed_customer_days'));
}

/**
 * Takes away the customer days left without an offered call once the calls of
 * temp.removed_calls are gone (an undo of a few calls), with the chains from the last day
 * before each customer's first such day, as extendCustomerDays adds them.
 */
export function withdrawCustomerDays(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  createChangedDays(db);
  db.prepare(
    `INSERT INTO temp.changed_customer_days SELECT DISTINCT customer, local_hour / 24 FROM temp.removed_calls AS removed
     WHERE ${offeredOf('removed')} AND NOT EXISTS (
       SELECT 1 FROM calls WHERE calls.customer = removed.customer
         -- A wall-clock day lies within a day either side of the UTC day of the same number.
         AND calls.arrival_at >= (removed.local_hour / 24 - 1) * 86400 AND calls.arrival_at < (removed.local_hour / 24 + 2) * 86400
         AND calls.local_hour / 24 = removed.local_hour / 24 AND ${offeredOf('calls')})`,
  ).run({ short: shortAbandonS });
  rechainChangedDays(db, () =>
    db.exec('DELETE FROM customer_day WHERE (customer, local_day) IN (SELECT customer, local_day FROM temp.changed_customer_days)'),
  );
}

function createChangedDays(store: Store): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS changed_customer_days (customer TEXT NOT NULL, local_day INTEGER NOT NULL, PRIMARY KEY (customer, local_day)) WITHOUT ROWID');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS customer_day_cutoffs (customer TEXT PRIMARY KEY, from_day INTEGER NOT NULL) WITHOUT ROWID');
}

/**
 * Around `change` (which adds or removes the days of temp.changed_customer_days), takes out
 * and puts back the chains of each changed customer's days from the last stored day before its
 * first changed one: nothing earlier can change.
 */
function rechainChangedDays(store: Store, change: () => void): void {
  const db = connection(store);
  // The day before each customer's first changed day (-1: none), whose chain stays as it is.
  db.exec(
    `INSERT INTO temp.customer_day_cutoffs
     SELECT customer, coalesce((SELECT max(local_day) FROM customer_day AS day WHERE day.customer = first.customer AND day.local_day < first.local_day), -1)
     FROM (SELECT customer, min(local_day) AS local_day FROM temp.changed_customer_days GROUP BY customer) AS first`,
  );
  const chains = (sign: 1 | -1) =>
    db.exec(
      `INSERT INTO customer_day_count (local_day, previous_day, customers)
       SELECT local_day, previous_day, ${sign} * count(*) FROM (
         SELECT day.local_day, day.local_day > since.from_day AS counted,
           coalesce(lag(day.local_day) OVER (PARTITION BY day.customer ORDER BY day.local_day), -1) AS previous_day
         FROM temp.customer_day_cutoffs AS since CROSS JOIN customer_day AS day ON day.customer = since.customer AND day.local_day >= since.from_day
       ) WHERE counted GROUP BY 1, 2
       ON CONFLICT (local_day, previous_day) DO UPDATE SET customers = customers + excluded.customers`,
    );
  chains(-1);
  change();
  chains(1);
  db.exec('DELETE FROM customer_day_count WHERE customers = 0');
  db.exec('DELETE FROM temp.changed_customer_days; DELETE FROM temp.customer_day_cutoffs');
}

/** Re-derives every customer day (a new S, zone or phone region). */
export function rebuildCustomerDays(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  db.exec('DELETE FROM customer_day; DELETE FROM customer_day_count');
  insertDays(db, shortAbandonS, '', true);
  countChains(db, 1, '');
}
