import { UserError } from '../../errors.js';
import { readCommitments } from '../../db/commitments.js';
import { customerKeyOf, customerKnown, readCustomerCalls, readSurveySignals } from '../../db/customer-facts.js';
import { readFlags, readMerges, readWows } from '../../db/customer-ledger.js';
import type { Store } from '../../db/open.js';
import { commitmentState } from '../commitments/commitment.js';
import { complaintStories } from '../complaints/ledger.js';
import { hoursToResolve } from '../complaints/elapsed.js';
import type { Zone } from '../time/zone.js';
import { assess, type Assessment } from './assess.js';
import { loadCustomerRecords } from './load-records.js';
import { mergedInto } from './merges.js';
import type { TrustEntry } from './record.js';
import type { CustomerRules } from './rules.js';

export type TimelineItem = { at: number; type: string } & Record<string, string | number | boolean | null>;

export interface CustomerView extends Assessment {
  customer: string;
  /** The other ids recorded as the same person. */
  mergedIds: string[];
  trustEntries: TrustEntry[];
  firstContactAt: number | null;
  lastContactAt: number | null;
  contacts90d: number;
  contacts365d: number;
  timeline: TimelineItem[];
  flags: string[];
}

/** Resolves an id as typed to the customer it stands for, refusing one the store has never seen. */
export function resolveCustomer(db: Store, given: string): string {
  const key = customerKeyOf(db, given);
  if (key === null) throw new UserError('the customer id is empty');
  if (!customerKnown(db, key)) throw new UserError(`no customer "${given}" in the store`, 'svc customers lists them; with a phone number, check phone_region (svc config get phone_region)');
  return mergedInto(readMerges(db)).get(key) ?? key;
}

/** Everything the store knows about one customer, oldest first, and the summary drawn from it. */
export function customerView(db: Store, given: string, request: { asOf: number; zone: Zone; rules: CustomerRules }): CustomerView {
  const customer = resolveCustomer(db, given);
  const record = loadCustomerRecords(db, { ...request, only: customer }).get(customer)!;
  const merges = readMerges(db);
  const into = mergedInto(merges);
  const ids = [customer, ...[...into].filter(([, target]) => target === customer).map(([other]) => other)];
  const { asOf } = request;
  const timeline: TimelineItem[] = [];
  const calls = readCustomerCalls(db, ids, asOf);
  calls.forEach((call, index) => {
    const answeredLater = call.outcome === 'abandoned' ? calls.slice(index + 1).find((later) => later.outcome === 'answered') : undefined;
    timeline.push({
      at: call.arrival_at,
      type: 'call',
      call: call.source_key,
      queue: call.queue,
      agent: call.agent,
      outcome: call.outcome,
      wait_s: call.wait_s,
      talk_s: call.talk_s,
      csat: call.csat,
      ...(call.outcome === 'abandoned' ? { answered_after_at: answeredLater?.arrival_at ?? null } : {}),
    });
  });
  for (const { commitment, events } of readCommitments(db)) {
    if (commitment.customer === null || !ids.includes(commitment.customer) || commitment.madeAt > asOf) continue;
    const state = commitmentState(commitment, events, asOf);
    timeline.push({ at: commitment.madeAt, type: 'promise', id: commitment.id, promise: commitment.promise, due_at: commitment.dueAt, state: state.overdue ? 'overdue' : state.status, kept_on_time: state.keptOnTime });
  }
  for (const story of complaintStories(db, asOf)) {
    if (!ids.includes(story.complaint.customer) || story.complaint.receivedAt > asOf) continue;
    timeline.push({
      at: story.complaint.receivedAt,
      type: 'complaint',
      id: story.complaint.id,
      category: story.complaint.category,
      state: story.state.status,
      hours_to_resolve: story.state.open ? null : Math.round(hoursToResolve(story, asOf) * 10) / 10,
      description: story.complaint.description,
    });
  }
  for (const answer of readSurveySignals(db, asOf, ids)) {
    timeline.push({ at: answer.at, type: 'survey', id: answer.id, instrument: answer.instrument, value: answer.value, comment: answer.comment });
  }
  for (const wow of readWows(db, -Infinity, asOf)) {
    if (ids.includes(wow.customer)) timeline.push({ at: wow.at, type: 'wow', id: wow.id, text: wow.text, agent: wow.agent, call: wow.call_key });
  }
  const flagRows = readFlags(db).filter((row) => ids.includes(row.customer) && row.at <= asOf);
  for (const row of flagRows) timeline.push({ at: row.at, type: row.action, flag: row.flag, by: row.by, reason: row.reason });
  for (const merge of merges) {
    if (merge.at <= asOf && (ids.includes(merge.customer) || ids.includes(merge.other))) {
      timeline.push({ at: merge.at, type: merge.action, customer: merge.customer, other: merge.other, by: merge.by, reason: merge.reason });
    }
  }
  timeline.sort((a, b) => a.at - b.at);
  const contactsSince = (seconds: number) =>
    timeline.filter((item) => (item.type === 'call' || item.type === 'complaint' || item.type === 'survey') && item.at > asOf - seconds).length;
  return {
    customer,
    mergedIds: ids.slice(1),
    ...assess(record, request.rules, asOf),
    trustEntries: record.entries,
    firstContactAt: record.firstContactAt,
    lastContactAt: record.lastContactAt,
    contacts90d: contactsSince(90 * 86400),
    contacts365d: contactsSince(365 * 86400),
    timeline,
    flags: [...record.flags].sort(),
  };
}
