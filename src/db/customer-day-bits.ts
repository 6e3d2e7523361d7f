/**
 * A customer's days with an offered call are kept in its month's row of customer_months, as one
 * bit per day of the wall-clock month (bit d − 1 for day d). Local days count from 1970-01-01 on
 * the store's wall clock (local_hour / 24); months from 1970-01.
 */

const calendar = (day: string, part: string) => `CAST(strftime('${part}', ${day} * 86400, 'unixepoch') AS INTEGER)`;

/** SQL: the month (since 1970-01) of a local day. */
export const MONTH_OF_DAY = (day: string) => `((${calendar(day, '%Y')} - 1970) * 12 + ${calendar(day, '%m')} - 1)`;

/** SQL: the bit of a local day in its month's days. */
export const DAY_BIT_OF_DAY = (day: string) => `(1 << (${calendar(day, '%d')} - 1))`;

/** SQL: the bit of a local hour's day in its month's days. */
export const DAY_BIT_OF_HOUR = (hour: string) => `(1 << (CAST(strftime('%d', ${hour} * 3600, 'unixepoch') AS INTEGER) - 1))`;

/** The local days whose bits are set in a month's days, in order. */
export function localDaysOfMonth(month: number, days: number): number[] {
  const first = Date.UTC(1970 + Math.floor(month / 12), month % 12, 1) / 86_400_000;
  const found: number[] = [];
  for (let bit = 0; bit < 31; bit++) if (days & (1 << bit)) found.push(first + bit);
  return found;
}

/** A customer's month with its days before and after a change. */
export interface ChangedMonthDays {
  customer: string;
  month: number;
  before: number;
  after: number;
}

/** How many customers' previous day before `localDay` was `previousDay` (-1: none), as customer_day_count holds it. */
export interface DayChain {
  localDay: number;
  previousDay: number;
  customers: number;
}

/**
 * The changes to the day chains that months' days bring (added: +1, taken away: −1). The rows
 * come customer by customer, months in order, each customer's from its first month or from a
 * month the change leaves as it was: that month's first day is then in both, with the same
 * unknown previous day, and its chain cancels out.
 */
export function dayChainChanges(rows: Iterable<ChangedMonthDays>): DayChain[] {
  const chains = new Map<string, DayChain>();
  const count = (days: number[], sign: number) => {
    let previousDay = -1;
    for (const localDay of days) {
      const key = `${localDay} ${previousDay}`;
      const chain = chains.get(key);
      if (chain) chain.customers += sign;
      else chains.set(key, { localDay, previousDay, customers: sign });
      previousDay = localDay;
    }
  };
  let customer: string | undefined;
  let before: number[] = [];
  let after: number[] = [];
  const finishCustomer = () => {
    count(before, -1);
    count(after, 1);
    before = [];
    after = [];
  };
  for (const row of rows) {
    if (row.customer !== customer) {
      finishCustomer();
      customer = row.customer;
    }
    before.push(...localDaysOfMonth(row.month, row.before));
    after.push(...localDaysOfMonth(row.month, row.after));
  }
  finishCustomer();
  return [...chains.values()].filter((chain) => chain.customers !== 0);
}
