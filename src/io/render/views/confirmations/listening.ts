import type { Zone } from '../../../../core/time/zone.js';
import { messages, type Messages } from '../../../../i18n/messages.js';
import { localIso } from '../../instant.js';
import { dayAndTime, type Confirmation } from './confirmation.js';

/** `Event #3 (outage) from Tue 10 Nov 09:00 to Tue 10 Nov 11:00`. */
export function serviceEventAdded(event: { id: number; kind: string; fromAt: number; toAt: number; description: string }, zone: Zone, now: number, words: Messages): Confirmation {
  return {
    text: words.t('confirm.event.added', {
      id: event.id,
      kind: words.t(`evidence.event.kind.${event.kind}` as 'evidence.event.kind.other'),
      from: dayAndTime(event.fromAt, zone, now, words),
      to: dayAndTime(event.toAt, zone, now, words),
    }),
    id: event.id,
    json: { id: event.id, kind: event.kind, from: localIso(event.fromAt, zone), to: localIso(event.toAt, zone), what: event.description },
  };
}

/** `Focus group #2 held 2026-11-25 on Phone menu, 8 participants`. */
export function focusGroupAdded(group: { id: number; heldDay: string; topic: string; participants: number }, words: Messages): Confirmation {
  return {
    text: words.plural('confirm.focus.added', group.participants, { id: group.id, day: group.heldDay, topic: group.topic }),
    id: group.id,
    json: { id: group.id, date: group.heldDay, topic: group.topic, participants: group.participants },
  };
}

/** `Finding #5 (negative) added to focus group #2`. */
export function focusFindingAdded(finding: { id: number; groupId: number; polarity: string; finding: string }, words: Messages): Confirmation {
  return {
    text: words.t('confirm.focus.finding', { id: finding.id, polarity: words.t(`confirm.polarity.${finding.polarity}` as 'confirm.polarity.positive'), group: finding.groupId }),
    id: finding.id,
    json: { id: finding.id, group: finding.groupId, polarity: finding.polarity, finding: finding.finding },
  };
}

/** `Idea #4 by yossi, proposed`. */
export function ideaAdded(idea: { id: number; author: string; idea: string }, words: Messages): Confirmation {
  return { text: words.t('confirm.idea.added', { id: idea.id, author: idea.author }), id: idea.id, json: { id: idea.id, author: idea.author, idea: idea.idea, status: 'proposed' } };
}

/** `Idea #4 adopted`. */
export function ideaDecided(idea: { id: number; status: string; decidedAt: number | null; note: string | null }, zone: Zone, words: Messages): Confirmation {
  const at = idea.decidedAt === null ? null : localIso(idea.decidedAt, zone);
  return {
    text: words.t(`confirm.idea.${idea.status}` as 'confirm.idea.adopted', { id: idea.id }),
    id: null,
    json: { id: idea.id, status: idea.status, decided_at: at, note: idea.note },
  };
}

/** `S3 added to SWOT review 2`: the code is how the item is referred to in strategies. */
export function swotItemAdded(item: { code: string; reviewId: number; quadrant: string; text: string }, words: Messages): Confirmation {
  return {
    text: words.t('confirm.swot.itemAdded', { code: item.code, review: item.reviewId }),
    id: item.code,
    json: { code: item.code, review: item.reviewId, quadrant: item.quadrant, text: item.text },
  };
}

/** `Survey response 12 followed up: commitment #31, kept Tue 17 Nov 10:00`. */
export function followupClosed(responseId: number, commitmentId: number, at: number, zone: Zone, words: Messages): Confirmation {
  return {
    text: words.t('confirm.followup.closed', { response: responseId, commitment: commitmentId, at: dayAndTime(at, zone, at, words) }),
    id: commitmentId,
    json: { response: responseId, commitment: commitmentId, kept_at: localIso(at, zone) },
  };
}

/** `Instrument after-visit defined: 4 items, 1 dimension`. */
export function instrumentDefined(instrument: { id: string; items: number; dimensions: number }, status: 'defined' | 'redefined' | 'unchanged', words: Messages): Confirmation {
  // Counted words go into the sentence whole, isolated once.
  const plain = messages(words.lang, { isolate: false });
  return {
    text: words.t(`confirm.instrument.${status}`, {
      id: instrument.id,
      items: plain.plural('confirm.instrument.items', instrument.items),
      dimensions: plain.plural('confirm.instrument.dimensions', instrument.dimensions),
    }),
    id: instrument.id,
    json: { id: instrument.id, status, items: instrument.items, dimensions: instrument.dimensions },
  };
}
