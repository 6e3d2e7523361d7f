import { readCommitments } from '../../db/commitments.js';
import { readActiveMonths, readCallEvents, readCallSpans, readMonthSpans, readSurveySignals } from '../../db/customer-facts.js';
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
import { firstHourOfMonth, monthOfInstant } from './months.js';
import { addContacts, emptyRecord, type CustomerRecord } from './record.js';
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
 * Every customer's record as of `asOf`, from the projection (calls) and the ledgers. Whole
 * months come from the projection; the month `asOf` falls in is read from the calls of that
 * month alone, so the cost follows the customers and one month of calls, not every call.
 */
export function loadCustomerRecords(db: Store, request: LoadRequest): Map<string, CustomerRecord> {
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
  const entry = (id: string, at: number, event: TrustEvent, ref: string) => {
    if (inWindow(at)) record(id).entries.push({ at, event, amount: rules.amounts[event], ref });
  };

  const month = monthOfInstant(asOf, zone);
  const firstLoyalMonth = month - rules.loyalOfMonths + 1;
  for (const span of readMonthSpans(db, -1e9, month, ids)) addContacts(record(span.customer), span.contacts, span.first_at, span.last_at);
  for (const row of readActiveMonths(db, firstLoyalMonth, month, ids)) record(row.customer).activeMonths.add(row.month);
  for (const span of readCallSpans(db, firstHourOfMonth(month), zone.localHour(asOf), asOf, ids)) {
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

  for (const event of readCallEvents(db, windowFrom - rules.callbackS, asOf, ids)) {
    const ref = `call ${event.call_key}`;
    if (event.event === 'repeat') {
      if (inWindow(event.at)) record(event.customer).bad.push({ at: event.at, kind: 'repeat', ref });
      continue;
    }
    // An abandoned call counts once its callback window has passed without an answer.
    if (event.event === 'abandoned_unanswered' && event.at + rules.callbackS > asOf) continue;
    entry(event.customer, event.at, event.event, ref);
    if ((event.event === 'abandoned_unanswered' || event.event === 'survey_dissatisfied') && inWindow(event.at)) {
      record(event.customer).bad.push({ at: event.at, kind: event.event, ref });
    }
  }

  for (const { commitment, events } of readCommitments(db)) {
    if (commitment.customer === null || !wanted(commitment.customer) || commitment.madeAt > asOf) continue;
    const state = commitmentState(commitment, events, asOf);
    const ref = `commitment ${commitment.id}`;
    record(commitment.customer);
    if (state.status === 'kept') entry(commitment.customer, state.endedAt!, state.keptOnTime ? 'promise_kept' : 'promise_kept_late', ref);
    const brokenAt = state.status === 'broken' ? state.endedAt : state.overdue ? state.currentDueAt : null;
    if (brokenAt !== null) {
      entry(commitment.customer, brokenAt, 'promise_broken', ref);
      if (inWindow(brokenAt)) record(commitment.customer).bad.push({ at: brokenAt, kind: 'promise_broken', ref });
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
    entry(answer.customer, answer.at, signal, ref);
    if (signal === 'survey_dissatisfied' && inWindow(answer.at)) record(answer.customer).bad.push({ at: answer.at, kind: 'survey_dissatisfied', ref });
  }

  for (const wow of readWows(db, windowFrom, asOf)) {
    if (wanted(wow.customer)) entry(wow.customer, wow.at, 'wow', `wow ${wow.id}`);
  }

  for (const [customer, flags] of flagsInForce(readFlags(db), asOf, canonical)) {
    if (ids === undefined || customer === request.only) record(customer).flags = flags;
  }
  for (const found of records.values()) {
    found.entries.sort((a, b) => a.at - b.at);
    found.bad.sort((a, b) => a.at - b.at);
  }
  return records;
}
