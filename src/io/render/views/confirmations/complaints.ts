import type { ComplaintChange } from '../../../../core/complaints/change.js';
import type { ComplaintStory } from '../../../../core/complaints/ledger.js';
import type { Zone } from '../../../../core/time/zone.js';
import type { Messages } from '../../../../i18n/messages.js';
import { complaintJson } from '../../complaints.js';
import { dayAndTime, lengthOfTime, type Confirmation } from './confirmation.js';

/** `Complaint #7 from +972541234567 (billing, high), received Tue 17 Nov 10:00`. */
export function complaintAdded(story: ComplaintStory, zone: Zone, now: number, words: Messages): Confirmation {
  const { complaint } = story;
  const params = {
    id: complaint.id,
    customer: complaint.customer,
    category: story.categoryName,
    severity: words.t(`confirm.severity.${complaint.severity}`),
    received: dayAndTime(complaint.receivedAt, zone, now, words),
  };
  const text = story.previousId === null ? words.t('confirm.complaint.added', params) : words.t('confirm.complaint.addedRecurring', { ...params, previous: story.previousId });
  return { text, id: complaint.id, json: complaintJson(story, zone) };
}

/** `Complaint #7 acknowledged after 3 h 10 min`, `… resolved after 2 d 4 h`, `… assigned to dana`. */
export function complaintChanged(story: ComplaintStory, change: ComplaintChange, zone: Zone, words: Messages): Confirmation {
  const { complaint, state } = story;
  const id = complaint.id;
  const after = (at: number | null, key: 'ack' | 'resolve') =>
    at === null ? words.t(`confirm.complaint.${key}`, { id }) : words.t(`confirm.complaint.${key}After`, { id, after: lengthOfTime(at - complaint.receivedAt, words) });
  const text = {
    ack: () => after(state.acknowledgedAt, 'ack'),
    assign: () => words.t('confirm.complaint.assign', { id, assignee: change.kind === 'assign' ? change.assignee : '' }),
    resolve: () => after(state.resolvedAt, 'resolve'),
    reopen: () => words.t('confirm.complaint.reopen', { id }),
    close: () => words.t('confirm.complaint.close', { id }),
    note: () => words.t('confirm.complaint.note', { id }),
  }[change.kind]();
  return { text, id: null, json: complaintJson(story, zone) };
}
