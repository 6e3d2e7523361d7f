import { readCommitments } from '../../db/commitments.js';
import { readCallEvents, readContactMonthAsOf, readContactMonths, readEventSums, readSurveySignals, type CallEventRow, type ContactMonthsRow, type EventSumsRow } from '../../db/customer-facts.js';
import { readFlags, readMerges, readWows } from '../../db/customer-ledger.js';
import type { Store } from '../../db/open.js';
import { readTargets } from '../../db/targets.js';
import { commitmentState } from '../commitments/commitment.js';
import { complaintStories } from '../complaints/ledger.js';
import { complaintTargets, meets, resolveTargetOf } from '../complaints/targets.js';
import { hoursToResolve, isRecurring } from '../complaints/elapsed.js';
import type { Zone } from '../time/zone.js';
import { flagsInForce } from './flags.js';
import { mergedInto } from './merges.js';
import { callTie, FROM_CALL, FROM_PROMISE, FROM_SURVEY, ledgerTie, type Standing } from './latest.js';
import { foldCallEvents, foldPlan, type MonthSpan } from './fold-call-events.js';
import { monthOfInstant } from './months.js';
import { addContacts, emptyRecord, noteBad, noteSignal, type CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';
import { surveySignal } from './survey-signal.js';
import type { TrustEvent } from './trust-events.js';

export interface LoadRequest {
  asOf: number;
  zone: Zone;
  rules: CustomerRules;
  /** One customer's key (with the ids merged into it); everyone when absent. */
  only?: string;
}

/**
 * Every customer's record as of `asOf`, from the projection (calls) and the ledgers. Months
 * come from the projection; in the month `asOf` falls in, only the customers with calls on both
 * sides of `asOf` are counted from their calls, so the cost follows the customers, not the calls. The
 * trust window's call events come summed per customer (fold-call-events.ts); one customer
 * (`only`) is read event by event, with its entries.
 */
export function loadCustomerRecords(db: Store, request: LoadRequest): Map<string, CustomerRecord> {
  return loadRecords(db, request);
}

/** The months of contacts read for `asOf`: the loyalty span's first month, and the month `asOf` falls in (read apart). */
function contactSpanOf(asOf: number, zone: Zone, rules: CustomerRules) {
  const month = monthOfInstant(asOf, zone);
  return { activeFrom: month - rules.loyalOfMonths + 1, to: month };
}

/**
 * Every customer's records at each of several instants (the two ends of a movement), as
 * loadCustomerRecords gives them one by one, reading the projection's months once for all.
 */
export function loadCustomerRecordsAt(db: Store, request: Omit<LoadRequest, 'asOf' | 'only'>, instants: readonly number[]): Map<string, CustomerRecord>[] {
  const { zone, rules } = request;
  const contactMonths = readContactMonths(db, instants.map((asOf) => contactSpanOf(asOf, zone, rules)));
  const plans = instants.map((asOf) => foldPlan(asOf - rules.windowS, asOf, rules.callbackS));
  const folded = readEventSums(db, plans.flatMap((plan) => (plan === undefined ? [] : [plan.folded])));
  let next = 0;
  return instants.map((asOf, index) => {
    const sums = plans[index] === undefined ? [] : folded[next++]!;
    return loadRecords(db, { ...request, asOf }, { contactMonths: contactMonths[index]!, folded: () => sums });
  });
}

interface Prefetched {
  contactMonths: ContactMonthsRow[];
  folded: (span: MonthSpan) => EventSumsRow[];
}

function loadRecords(db: Store, request: LoadRequest, prefetched?: Prefetched): Map<string, CustomerRecord> {
  const { asOf, zone, rules } = request;
  const into = mergedInto(readMerges(db));
  const canonical = (id: string) => into.get(id) ?? id;
  const ids = request.only === undefined ? undefined : [request.only, ...[...into].filter(([, target]) => target === request.only).map(([other]) => other)];
  const wanted = (id: string) => ids === undefined || ids.includes(id);
  const records = new Map<string, CustomerRecord>();
  const record = (id: string): CustomerRecord => {
    const key = canonical(id);
    let found = records.get(key);
    if (!found) records.set(key, (found = emptyRecord(key)));
    return found;
  };
  const windowFrom = asOf - rules.windowS;
  const inWindow = (at: number) => at > windowFrom && at <= asOf;
  const detail = request.only !== undefined;
  const entry = (id: string, at: number, event: TrustEvent, ref: string, standing?: Omit<Standing, 'at'>) => {
    if (!inWindow(at)) return;
    const found = record(id);
    const amount = rules.amounts[event];
    found.trustBalance += amount;
    found.trustEvents++;
    if (detail) found.entries.push({ at, event, amount, ref });
    if (standing && (event === 'survey_satisfied' || event === 'survey_dissatisfied')) noteSignal(found, { at, ...standing, event });
  };

  const span = contactSpanOf(asOf, zone, rules);
  const month = span.to;
  const firstLoyalMonth = span.activeFrom;
  for (const row of prefetched?.contactMonths ?? readContactMonths(db, [span], ids)[0]!) {
    const found = record(row.customer);
    addContacts(found, row.contacts, row.first_at, row.last_at);
    if (row.active_months === null) continue;
    for (const active of row.active_months.split(',')) {
      const activeMonth = Number(active);
      if (activeMonth >= firstLoyalMonth) found.activeMonths.add(activeMonth);
    }
  }
  for (const span of readContactMonthAsOf(db, month, asOf, ids)) {
    const found = record(span.customer);
    addContacts(found, span.contacts, span.first_at, span.last_at);
    found.activeMonths.add(month);
  }
  const ledgerContact = (id: string, at: number) => {
    const found = record(id);
    addContacts(found, 1, at, at);
    found.ledgerContacts.push(at);
    const contactMonth = monthOfInstant(at, zone);
    if (contactMonth >= firstLoyalMonth) found.activeMonths.add(contactMonth);
  };

  const callEvent = ({ customer, at, event, call_key }: CallEventRow) => {
    const ref = `call ${call_key}`;
    const standing = { source: FROM_CALL, tie: callTie(event, call_key) } as const;
    if (event === 'repeat') {
      if (inWindow(at)) noteBad(record(customer), { at, ...standing, kind: 'repeat', ref });
      return;
    }
    // An abandoned call counts once its callback window has passed without an answer.
    if (event === 'abandoned_unanswered' && at + rules.callbackS > asOf) return;
    entry(customer, at, event, ref, standing);
    if ((event === 'abandoned_unanswered' || event === 'survey_dissatisfied') && inWindow(at)) noteBad(record(customer), { at, ...standing, kind: event, ref });
  };
  if (ids) for (const row of readCallEvents(db, windowFrom, asOf, ids)) callEvent(row);
  else foldCallEvents(db, windowFrom, asOf, rules, (id) => records.get(canonical(id)), prefetched?.folded);

  for (const { commitment, events } of readCommitments(db)) {
    if (commitment.customer === null || !wanted(commitment.customer) || commitment.madeAt > asOf) continue;
    const state = commitmentState(commitment, events, asOf);
    const ref = `commitment ${commitment.id}`;
    record(commitment.customer);
    if (state.status === 'kept') entry(commitment.customer, state.endedAt!, state.keptOnTime ? 'promise_kept' : 'promise_kept_late', ref);
    const brokenAt = state.status === 'broken' ? state.endedAt : state.overdue ? state.currentDueAt : null;
    if (brokenAt !== null) {
      entry(commitment.customer, brokenAt, 'promise_broken', ref);
      if (inWindow(brokenAt)) noteBad(record(commitment.customer), { at: brokenAt, source: FROM_PROMISE, tie: ledgerTie(commitment.id), kind: 'promise_broken', ref });
    }
  }

  const targets = complaintTargets(readTargets(db));
  for (const story of complaintStories(db, asOf)) {
    const { complaint, state } = story;
    if (!wanted(complaint.customer) || complaint.receivedAt > asOf) continue;
    const ref = `complaint ${complaint.id}`;
    ledgerContact(complaint.customer, complaint.receivedAt);
    entry(complaint.customer, complaint.receivedAt, 'complaint_received', ref);
    if (isRecurring(story)) {
      entry(complaint.customer, complaint.receivedAt, 'complaint_recurring', ref);
      if (inWindow(complaint.receivedAt)) record(complaint.customer).recurringComplaints++;
    }
    if (state.open) record(complaint.customer).openComplaints++;
    else if (state.resolvedAt !== null) {
      // With no resolution target set, a resolution is credited as such (docs/customers.md).
      const target = resolveTargetOf(story, targets);
      if (target === undefined || meets(hoursToResolve(story, asOf), target)) entry(complaint.customer, state.resolvedAt, 'complaint_resolved', ref);
    }
  }

  for (const answer of readSurveySignals(db, asOf, ids)) {
    ledgerContact(answer.customer, answer.at);
    const signal = surveySignal(answer.instrument, answer.value);
    if (signal === undefined) continue;
    const ref = `survey response ${answer.id}`;
    const standing = { source: FROM_SURVEY, tie: ledgerTie(answer.id) } as const;
    entry(answer.customer, answer.at, signal, ref, standing);
    if (signal === 'survey_dissatisfied' && inWindow(answer.at)) noteBad(record(answer.customer), { at: answer.at, ...standing, kind: 'survey_dissatisfied', ref });
  }

  for (const wow of readWows(db, windowFrom, asOf)) {
    if (wanted(wow.customer)) entry(wow.customer, wow.at, 'wow', `wow ${wow.id}`);
  }

  for (const [customer, flags] of flagsInForce(readFlags(db), asOf, canonical)) {
    if (ids === undefined || customer === request.only) record(customer).flags = flags;
  }
  if (detail) for (const found of records.values()) found.entries.sort((a, b) => a.at - b.at);
  return records;
}
