import type { ComplaintEvent } from '../../core/complaints/complaint.js';
import type { ComplaintStory } from '../../core/complaints/ledger.js';
import type { Zone } from '../../core/time/zone.js';
import { isBackDated } from '../../core/ledger/back-dated.js';
import { shorten } from './commitments.js';
import { localIso, localTime } from './instant.js';
import type { Format, Tabular } from './index.js';

export function complaintRows(stories: readonly ComplaintStory[], zone: Zone, format: Format): Tabular {
  const forPeople = format === 'table' || format === 'md';
  const time = (at: number | null) => (at === null ? null : forPeople ? localTime(at, zone) : localIso(at, zone));
  return {
    columns: [
      { key: 'id', header: 'id', align: 'right' },
      { key: 'received_at', header: 'received' },
      { key: 'customer', header: 'customer' },
      { key: 'category', header: 'category' },
      { key: 'severity', header: 'severity' },
      { key: 'status', header: 'status' },
      { key: 'recurring', header: 'recurring' },
      { key: 'owner', header: 'owner' },
      ...(forPeople
        ? [{ key: 'description', header: 'description' }]
        : [
            { key: 'previous', header: 'previous' },
            { key: 'channel', header: 'channel' },
            { key: 'call', header: 'call' },
            { key: 'acknowledged_at', header: 'acknowledged_at' },
            { key: 'resolved_at', header: 'resolved_at' },
            { key: 'closed_at', header: 'closed_at' },
            { key: 'description', header: 'description' },
            { key: 'remedy', header: 'remedy' },
            { key: 'recorded_by', header: 'recorded_by' },
            { key: 'external_id', header: 'external_id' },
          ]),
    ],
    rows: stories.map(({ complaint, state, previousId, categoryName }) => ({
      id: complaint.id,
      received_at: time(complaint.receivedAt),
      customer: complaint.customer,
      category: categoryName,
      severity: complaint.severity,
      status: state.status,
      recurring: forPeople ? (previousId === null ? '' : `after #${previousId}`) : previousId !== null,
      owner: state.assignee,
      description: forPeople ? shorten(complaint.description, 40) : complaint.description,
      previous: previousId,
      channel: complaint.channel,
      call: complaint.callId,
      acknowledged_at: time(state.acknowledgedAt),
      resolved_at: time(state.resolvedAt),
      closed_at: time(state.closedAt),
      remedy: complaint.remedy,
      recorded_by: complaint.recordedBy,
      external_id: complaint.externalId,
    })),
    empty: 'No complaints.',
  };
}

/** One event of a complaint's story, as its history reads it. */
export function complaintEventText(event: ComplaintEvent): string {
  const note = event.note ? `: ${event.note}` : '';
  switch (event.kind) {
    case 'ack':
      return `acknowledged${note}`;
    case 'assign':
      return `assigned to ${event.assignee}${note}`;
    case 'resolve':
      return `resolved: ${event.resolution}${event.rootCause ? ` (root cause: ${event.rootCause})` : ''}${event.note ? `; ${event.note}` : ''}`;
    case 'reopen':
      return `reopened${note}`;
    case 'close':
      return `closed${note}`;
    case 'note':
      return `note${note}`;
  }
}

export function complaintJson(story: ComplaintStory, zone: Zone) {
  const { complaint, state, events, previousId } = story;
  const iso = (at: number | null) => (at === null ? null : localIso(at, zone));
  return {
    id: complaint.id,
    external_id: complaint.externalId,
    customer: complaint.customer,
    category: story.categoryName,
    category_as_written: complaint.category,
    severity: complaint.severity,
    channel: complaint.channel,
    call: complaint.callId,
    description: complaint.description,
    remedy: complaint.remedy,
    received_at: iso(complaint.receivedAt),
    recorded_by: complaint.recordedBy,
    recorded_at: iso(complaint.recordedAt),
    back_dated: isBackDated(complaint.receivedAt, complaint.recordedAt),
    status: state.status,
    recurring: previousId !== null,
    previous: previousId,
    owner: state.assignee,
    acknowledged_at: iso(state.acknowledgedAt),
    resolved_at: iso(state.resolvedAt),
    closed_at: iso(state.closedAt),
    resolution: state.resolution,
    root_cause: state.rootCause,
    events: events.map((event) => ({
      kind: event.kind,
      at: iso(event.at),
      by: event.by,
      note: event.note,
      assignee: event.assignee,
      resolution: event.resolution,
      root_cause: event.rootCause,
      recorded_at: iso(event.recordedAt),
      back_dated: isBackDated(event.at, event.recordedAt),
    })),
  };
}
