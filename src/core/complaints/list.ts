import type { Store } from '../../db/open.js';
import type { Window } from '../ledger/window.js';
import { within } from '../ledger/window.js';
import { categoryKey } from './category.js';
import type { ComplaintStatus, Severity } from './complaint.js';
import { isRecurring } from './elapsed.js';
import { complaintStories, type ComplaintStory } from './ledger.js';

export interface ComplaintFilter {
  /** A status, or `open` for any of received, acknowledged and reopened. */
  status?: ComplaintStatus | 'open';
  category?: string;
  severity?: Severity;
  customer?: string;
  received?: Window;
  recurring?: boolean;
}

/** Complaints in the order they were recorded, each with its state as of now. */
export function listComplaints(db: Store, filter: ComplaintFilter, now: number): ComplaintStory[] {
  const key = filter.category === undefined ? undefined : categoryKey(filter.category);
  return complaintStories(db, now, { customer: filter.customer })
    .filter(({ state }) => filter.status === undefined || (filter.status === 'open' ? state.open : state.status === filter.status))
    .filter(({ complaint }) => key === undefined || complaint.categoryKey === key)
    .filter(({ complaint }) => filter.severity === undefined || complaint.severity === filter.severity)
    .filter(({ complaint }) => filter.received === undefined || within(complaint.receivedAt, filter.received))
    .filter((story) => !filter.recurring || isRecurring(story));
}
