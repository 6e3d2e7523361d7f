import { DAY_BIT_OF_HOUR, dayChainChanges, type ChangedMonthDays, type DayChain } from './customer-day-bits.js';
import { connection, type Store } from './store.js';

/**
 * The days on which each customer had an offered call (customer_months.days, a bit per day of
 * the month), and per day how many of those customers' previous such day was which
 * (customer_day_count; -1 for none): the distinct customers of any run of days [a, b] are the
 * customer-days in it whose previous day is before a, a sum over a few rows per day instead of a
 * count of distinct ids over every call. Offered means what the rollups count: not abandoned
 * with a wait below S. Each customer_months row is the month (since 1970-01) of its calls' wall-clock hours.
 */
const offeredOf = (row: string) => `NOT (${row}.outcome = 'abandoned' AND coalesce(${row}.wait_s < :short, 0))`;
const MONTH_OF_HOUR = `((CAST(strftime('%Y', local_hour * 3600, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', local_hour * 3600, 'unixepoch') AS INTEGER) - 1)`;
/** SQL: the days bits of a group of calls (each offered call's day once). */
const DAYS_OF_CALLS = (row: string) => `coalesce(sum(DISTINCT CASE WHEN ${offeredOf(row)} THEN ${DAY_BIT_OF_HOUR(`${row}.local_hour`)} END), 0)`;
const STAGED = 'customer IN (SELECT customer FROM temp.repeat_customers)';

/** Adds customers to the chains of customer_day_count (a day and the customer's previous day, -1 for none). */
export function addDayChains(store: Store, chains: Iterable<DayChain>): void {
  const db = connection(store);
  const add = db.prepare(
    `INSERT INTO customer_day_count (local_day, previous_day, customers) VALUES (?, ?, ?)
    ON CONFLICT (local_day, previous_day) DO UPDATE SET customers = customers + excluded.customers`,
  );
  for (const { localDay, previousDay, customers } of chains) add.run(localDay, previousDay, customers);
  db.exec('DELETE FROM customer_day_count WHERE customers = 0');
}

function applyDayChanges(store: Store, sql: string): void {
  const db = connection(store);
  const rows = db.prepare(sql).raw().iterate() as IterableIterator<[string, number, number, number]>;
  const changed = (function* (): Generator<ChangedMonthDays> {
    for (const [customer, month, before, after] of rows) yield { customer, month, before, after };
  })();
  addDayChains(db, dayChainChanges(changed));
}

/**
 * The months a change touches, customer by customer, from the last month before the
 * customer's first changed one that has a day (its chains stay as they are) to the last:
 * `changed` selects each changed customer's first changed month (customer, first).
 */
const heldFromCutoff = (changed: string) => `
  SELECT held.customer, held.month, held.days
  FROM (${changed}) AS since
  CROSS JOIN customer_months AS held ON held.customer = since.customer AND held.month >= coalesce(
    (SELECT max(month) FROM customer_months AS earlier WHERE earlier.customer = since.customer AND earlier.month < since.first AND earlier.days <> 0),
    since.first)`;

/** Takes the day chains of the customers staged in temp.repeat_customers (by import or undo) out; their months go with the projection. */
export function forgetStagedCustomerDays(store: Store): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  applyDayChanges(db, `SELECT customer, month, days, 0 FROM customer_months WHERE ${STAGED} AND days <> 0 ORDER BY customer, month`);
}

/**
 * Adds the months and days of the calls stored from `firstCallId` on (an import that only
 * added calls): a month's counts only grow, and its days gain the new calls' days. A new day
 * changes the chain of the day after it and nothing earlier, so the chains are counted again
 * from each customer's last month with a day before its first new one: the work follows the
 * new calls, in the order of the customers, not every day of every customer they belong to.
 */
export function extendCustomerMonths(store: Store, shortAbandonS: number, firstCallId: number): void {
  const db = connection(store);
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS new_months (customer TEXT NOT NULL, month INTEGER NOT NULL, contacts INTEGER NOT NULL,
       first_at INTEGER NOT NULL, last_at INTEGER NOT NULL, days INTEGER NOT NULL, PRIMARY KEY (customer, month)) WITHOUT ROWID`,
  );
  db.prepare(
    `INSERT INTO temp.new_months
     SELECT customer, ${MONTH_OF_HOUR}, count(*), min(arrival_at), max(arrival_at), ${DAYS_OF_CALLS('new')}
     FROM calls AS new NOT INDEXED WHERE id >= :first AND customer IS NOT NULL GROUP BY 1, 2`,
  ).run({ first: firstCallId, short: shortAbandonS });
  applyDayChanges(
    db,
    `SELECT customer, month, sum(before), sum(before) | sum(added) FROM (
       SELECT customer, month, days AS before, 0 AS added
       FROM (${heldFromCutoff('SELECT customer, min(month) AS first FROM temp.new_months WHERE days <> 0 GROUP BY customer')})
       UNION ALL SELECT customer, month, 0, days FROM temp.new_months WHERE days <> 0
     ) GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  db.exec(
    `INSERT INTO customer_months (customer, month, contacts, first_at, last_at, days)
     SELECT customer, month, contacts, first_at, last_at, days FROM temp.new_months WHERE true
     ON CONFLICT (customer, month) DO UPDATE SET contacts = contacts + excluded.contacts,
       first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at), days = days | excluded.days;
     DELETE FROM temp.new_months`,
  );
}

/**
 * The months of the calls of temp.removed_calls as customer_months holds them (with their days),
 * before the calls go: all the calls of a customer's month lie between its first and last arrival.
 */
export function noteMonthsOfRemovedCalls(store: Store): void {
  const db = connection(store);
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS removed_months (customer TEXT NOT NULL, month INTEGER NOT NULL, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,
       days INTEGER NOT NULL, PRIMARY KEY (customer, month)) WITHOUT ROWID;
     INSERT INTO temp.removed_months
     SELECT held.customer, held.month, held.first_at, held.last_at, held.days
     FROM (SELECT DISTINCT customer, ${MONTH_OF_HOUR} AS month FROM temp.removed_calls) AS removed
     CROSS JOIN customer_months AS held ON held.customer = removed.customer AND held.month = removed.month;`,
  );
}

/**
 * Once the calls of temp.removed_calls are gone (an undo of a few calls): the months they were
 * counted in are counted again, days included, from the calls left in them, and the day chains
 * move from each customer's last month with a day before its first such month, as
 * extendCustomerMonths adds them.
 */
export function withdrawFromCustomerMonths(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  db.prepare(
    `DELETE FROM customer_months WHERE (customer, month) IN (SELECT customer, month FROM temp.removed_months)`,
  ).run();
  db.prepare(
    `INSERT INTO customer_months (customer, month, contacts, first_at, last_at, days)
     SELECT calls.customer, removed.month, count(*), min(calls.arrival_at), max(calls.arrival_at), ${DAYS_OF_CALLS('calls')}
     FROM temp.removed_months AS removed
     CROSS JOIN calls ON calls.customer = removed.customer AND calls.arrival_at BETWEEN removed.first_at AND removed.last_at
     WHERE ${MONTH_OF_HOUR.replaceAll('local_hour', 'calls.local_hour')} = removed.month
     GROUP BY 1, 2`,
  ).run({ short: shortAbandonS });
  applyDayChanges(
    db,
    `SELECT customer, month, sum(before), sum(after) FROM (
       SELECT held.customer, held.month, CASE WHEN removed.month IS NULL THEN held.days ELSE 0 END AS before, held.days AS after
       FROM (${heldFromCutoff('SELECT customer, min(month) AS first FROM temp.removed_months GROUP BY customer')}) AS held
       LEFT JOIN temp.removed_months AS removed ON removed.customer = held.customer AND removed.month = held.month
       UNION ALL SELECT customer, month, days, 0 FROM temp.removed_months
     ) GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  db.exec('DELETE FROM temp.removed_months');
}

/**
 * Counts every customer's months again from the calls, days included, and the day chains (a new
 * S, zone or phone region, or the projection counted again): a month's days are its row's, so the
 * rows are counted with them.
 */
export function rebuildCustomerMonths(store: Store, shortAbandonS: number): void {
  const db = connection(store);
  db.exec('DELETE FROM customer_months; DELETE FROM customer_day_count');
  db.prepare(
    `INSERT INTO customer_months (customer, month, contacts, first_at, last_at, days)
     SELECT customer, ${MONTH_OF_HOUR}, count(*), min(arrival_at), max(arrival_at), ${DAYS_OF_CALLS('calls')}
     FROM calls NOT INDEXED WHERE customer IS NOT NULL GROUP BY 1, 2`,
  ).run({ short: shortAbandonS });
  applyDayChanges(db, 'SELECT customer, month, 0, days FROM customer_months WHERE days <> 0 ORDER BY customer, month');
}
