import { UserError } from '../../errors.js';
import { insertComplaint, insertComplaintEvent, readComplaints } from '../../db/complaints.js';
import type { Store } from '../../db/open.js';
import { writeTransaction } from '../../db/write-lock.js';
import { readSettings } from '../../db/settings.js';
import { assertInOrder, utcTime } from '../ledger/in-order.js';
import { assertComplaintChangeFits, type ComplaintChange } from './change.js';
import { complaintState, type Complaint, type ComplaintEvent, type ComplaintState } from './complaint.js';

export interface ComplaintStory {
  complaint: Complaint;
  events: ComplaintEvent[];
  state: ComplaintState;
  /** Set when it recurs: the same customer's previous complaint in the category within the window. */
  previousId: number | null;
  /** Its category as shown in lists, counts and Pareto: the spelling the category's first complaint used. */
  categoryName: string;
}

/** Writes a new complaint once; returns its id. */
export function recordComplaint(db: Store, entry: Omit<Complaint, 'id'>): number {
  return insertComplaint(db, entry);
}

/** Complaints (all, or those `where` selects) with their state as of `now`. */
export function complaintStories(db: Store, now: number, where: { id?: number; customer?: string } = {}): ComplaintStory[] {
  return readComplaints(db, readSettings(db).complaint_recurring_days, where).map((stored) => ({ ...stored, state: complaintState(stored.events, now) }));
}

export function complaintStory(db: Store, id: number, now: number): ComplaintStory {
  const [story] = complaintStories(db, now, { id });
  if (!story) throw new UserError(`no complaint ${id}`, 'svc complaint list shows the ids');
  return story;
}

/**
 * Appends one change dated `at`, if it fits the complaint's state; nothing is written when it
 * does not. `writtenAt` is when it is really written (the computer's clock).
 */
export function changeComplaint(db: Store, id: number, change: ComplaintChange, by: string, at: number, showTime = utcTime, writtenAt = at): ComplaintStory {
  return writeTransaction(db, 'ledger', () => {
    // Judged on every entry, even one a clock running behind would place after `now`.
    const story = complaintStory(db, id, Number.MAX_SAFE_INTEGER);
    assertComplaintChangeFits(story.complaint, story.state, change);
    assertInOrder(`complaint ${id}`, Math.max(story.complaint.receivedAt, ...story.events.map((event) => event.at)), at, showTime);
    insertComplaintEvent(db, {
      complaintId: id,
      kind: change.kind,
      at,
      recordedAt: writtenAt,
      by,
      note: change.note,
      assignee: change.kind === 'assign' ? change.assignee : null,
      resolution: change.kind === 'resolve' ? change.resolution : null,
      rootCause: change.kind === 'resolve' ? change.rootCause : null,
    });
    return complaintStory(db, id, at);
  });
}
