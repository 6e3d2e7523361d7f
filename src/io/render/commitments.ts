import type { CommitmentStory } from '../../core/commitments/ledger.js';
import type { CommitmentEvent } from '../../core/commitments/commitment.js';
import { isBackDated } from '../../core/ledger/back-dated.js';
import type { Zone } from '../../core/time/zone.js';
import { humanDuration, localIso, localTime } from './instant.js';
import type { Format, Tabular } from './index.js';

/** open, overdue, kept, kept late, broken or cancelled: what a person wants to read in a list. */
export function commitmentStatusText(story: CommitmentStory): string {
  if (story.state.overdue) return 'overdue';
  if (story.state.lateByS !== null) return 'kept late';
  return story.state.status;
}

/** Lists: short local times for people, exact ISO instants with offset for json and csv. */
export function commitmentRows(stories: readonly CommitmentStory[], zone: Zone, format: Format): Tabular {
  const forPeople = format === 'table' || format === 'md';
  const time = (at: number | null) => (at === null ? null : forPeople ? localTime(at, zone) : localIso(at, zone));
  return {
    columns: [
      { key: 'id', header: 'id', align: 'right' },
      { key: 'customer', header: 'customer' },
      { key: 'due', header: 'due' },
      { key: 'status', header: 'status' },
      { key: 'owner', header: 'owner' },
      { key: 'promise', header: 'promise' },
      ...(forPeople
        ? []
        : [
            { key: 'original_due', header: 'original_due' },
            { key: 'channel', header: 'channel' },
            { key: 'call', header: 'call' },
            { key: 'made_at', header: 'made_at' },
            { key: 'made_by', header: 'made_by' },
            { key: 'ended_at', header: 'ended_at' },
            { key: 'external_id', header: 'external_id' },
          ]),
    ],
    rows: stories.map(({ commitment, state, ...rest }) => ({
      id: commitment.id,
      customer: commitment.customer,
      due: time(state.currentDueAt),
      status: commitmentStatusText({ commitment, state, ...rest }),
      owner: commitment.owner,
      promise: forPeople ? shorten(commitment.promise, 50) : commitment.promise,
      original_due: time(commitment.dueAt),
      channel: commitment.channel,
      call: commitment.callId,
      made_at: time(commitment.madeAt),
      made_by: commitment.madeBy,
      ended_at: time(state.endedAt),
      external_id: commitment.externalId,
    })),
    empty: 'No commitments.',
  };
}

/** ` (back-dated: written 2026-11-18 09:00)` for an entry written later than it is dated, else nothing. */
export function backDatedNote(at: number, recordedAt: number | null, zone: Zone, separator?: ', '): string {
  if (!isBackDated(at, recordedAt)) return '';
  const text = `back-dated: written ${localTime(recordedAt!, zone)}`;
  return separator ? `${separator}${text}` : ` (${text})`;
}

/** One event of a commitment's story, as its history reads it. */
export function commitmentEventText(event: CommitmentEvent, originalDueAt: number, zone: Zone): string {
  const note = event.note ? `: ${event.note}` : '';
  switch (event.kind) {
    case 'keep':
      return `${event.at > originalDueAt ? `kept ${humanDuration(event.at - originalDueAt)} late` : 'kept'}${note}`;
    case 'break':
      return `broken${note}`;
    case 'cancel':
      return `cancelled${note}`;
    case 'extend':
      return `extended to ${localTime(event.dueAt!, zone)}${note}`;
    case 'note':
      return `note${note}`;
  }
}

export function commitmentJson(story: CommitmentStory, zone: Zone) {
  const { commitment, state, events } = story;
  const iso = (at: number | null) => (at === null ? null : localIso(at, zone));
  return {
    id: commitment.id,
    external_id: commitment.externalId,
    customer: commitment.customer,
    promise: commitment.promise,
    due: iso(commitment.dueAt),
    current_due: iso(state.currentDueAt),
    status: state.status,
    overdue: state.overdue,
    kept_on_time: state.keptOnTime,
    late_by_s: state.lateByS,
    owner: commitment.owner,
    channel: commitment.channel,
    call: commitment.callId,
    made_at: iso(commitment.madeAt),
    made_by: commitment.madeBy,
    recorded_at: iso(commitment.recordedAt),
    back_dated: isBackDated(commitment.madeAt, commitment.recordedAt),
    ended_at: iso(state.endedAt),
    events: events.map((event) => ({
      kind: event.kind,
      at: iso(event.at),
      by: event.by,
      note: event.note,
      due: iso(event.dueAt),
      recorded_at: iso(event.recordedAt),
      back_dated: isBackDated(event.at, event.recordedAt),
    })),
  };
}

export function shorten(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
