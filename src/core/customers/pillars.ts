import { readCallSpans, readMonthCallers } from '../../db/customer-facts.js';
import { readMerges } from '../../db/customer-ledger.js';
import type { Store } from '../../db/open.js';
import type { Zone } from '../time/zone.js';
import { assess } from './assess.js';
import { defectionRate } from './defectors.js';
import { loadCustomerRecordsAt } from './load-records.js';
import { mergedInto } from './merges.js';
import { firstHourOfMonth, monthOfInstant } from './months.js';
import type { CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

/** A span of instants, both ends included. */
export interface Span {
  fromAt: number;
  toAt: number;
}

export interface Pillars {
  new: number;
  retained: number;
  lost: number;
  won_back: number;
  /** Dissatisfied at the period's start: the base of the recovery rate. */
  dissatisfied_at_start: number;
  service_recovery_rate: number | null;
  defectors: number;
  defection_rate: number | null;
}

/**
 * The customers in contact within the span: the wall-clock months it holds whole from the
 * projection, the days around them (a week, a month's cut ends) from the calls of those days.
 */
function activeIn(db: Store, span: Span, zone: Zone, records: Map<string, CustomerRecord>, canonical: (id: string) => string): Set<string> {
  const active = new Set<string>();
  const callersBetween = (fromAt: number, toAt: number) => {
    if (fromAt > toAt) return;
    for (const row of readCallSpans(db, zone.localHour(fromAt), zone.localHour(toAt), toAt)) {
      if (row.last_at >= fromAt) active.add(canonical(row.customer));
    }
  };
  const monthStart = (month: number) => zone.utcFromWall(firstHourOfMonth(month) * 3600);
  const firstMonth = monthOfInstant(span.fromAt, zone);
  const fromWhole = monthStart(firstMonth) === span.fromAt ? firstMonth : firstMonth + 1;
  const lastMonth = monthOfInstant(span.toAt, zone);
  const toWhole = monthStart(lastMonth + 1) - 1 === span.toAt ? lastMonth + 1 : lastMonth;
  if (fromWhole < toWhole) {
    for (const customer of readMonthCallers(db, fromWhole, toWhole)) active.add(canonical(customer));
    callersBetween(span.fromAt, monthStart(fromWhole) - 1);
    callersBetween(monthStart(toWhole), span.toAt);
  } else {
    callersBetween(span.fromAt, span.toAt);
  }
  for (const record of records.values()) {
    if (record.ledgerContacts.some((at) => at >= span.fromAt && at <= span.toAt)) active.add(record.customer);
  }
  return active;
}

/**
 * The three pillars over `period` against `previous` (the span just before): attract (new),
 * keep (retained, lost) and win back (dissatisfied at the start, active and satisfied at the end).
 */
export function customerPillars(db: Store, request: { period: Span; previous: Span; zone: Zone; rules: CustomerRules }): Pillars {
  const { period, previous, zone, rules } = request;
  const into = mergedInto(readMerges(db));
  const canonical = (id: string) => into.get(id) ?? id;
  const [atEnd, atStart] = loadCustomerRecordsAt(db, { zone, rules }, [period.toAt, period.fromAt - 1]) as [Map<string, CustomerRecord>, Map<string, CustomerRecord>];
  const now = activeIn(db, period, zone, atEnd, canonical);
  const before = activeIn(db, previous, zone, atEnd, canonical);
  let fresh = 0;
  for (const record of atEnd.values()) if (record.firstContactAt !== null && record.firstContactAt >= period.fromAt) fresh++;
  let retained = 0;
  for (const customer of now) if (before.has(customer)) retained++;
  let lost = 0;
  for (const customer of before) if (!now.has(customer)) lost++;
  let dissatisfied = 0;
  let wonBack = 0;
  for (const record of atStart.values()) {
    if (record.contacts === 0 || assess(record, rules, period.fromAt - 1).satisfaction !== 'dissatisfied') continue;
    dissatisfied++;
    const later = atEnd.get(record.customer);
    if (later && now.has(record.customer) && assess(later, rules, period.toAt).satisfaction === 'satisfied') wonBack++;
  }
  const defection = defectionRate(atEnd.values(), rules, period.toAt);
  return {
    new: fresh,
    retained,
    lost,
    won_back: wonBack,
    dissatisfied_at_start: dissatisfied,
    service_recovery_rate: dissatisfied === 0 ? null : wonBack / dissatisfied,
    defectors: defection.defectors,
    defection_rate: defection.rate,
  };
}
