import type { Zone } from '../../../../core/time/zone.js';
import { localIso } from '../../instant.js';
import { dayAndTime, type Confirmation } from './confirmation.js';

/** `Event #3 (outage) from Tue 10 Nov 09:00 to Tue 10 Nov 11:00`. */
export function serviceEventAdded(event: { id: number; kind: string; fromAt: number; toAt: number; description: string }, zone: Zone, now: number): Confirmation {
  return {
    text: `Event #${event.id} (${event.kind}) from ${dayAndTime(event.fromAt, zone, now)} to ${dayAndTime(event.toAt, zone, now)}`,
    id: event.id,
    json: { id: event.id, kind: event.kind, from: localIso(event.fromAt, zone), to: localIso(event.toAt, zone), what: event.description },
  };
}

/** `Focus group #2 held 2026-11-25 on Phone menu, 8 participants`. */
export function focusGroupAdded(group: { id: number; heldDay: string; topic: string; participants: number }): Confirmation {
  const people = `${group.participants} participant${group.participants === 1 ? '' : 's'}`;
  return { text: `Focus group #${group.id} held ${group.heldDay} on ${group.topic}, ${people}`, id: group.id, json: { id: group.id, date: group.heldDay, topic: group.topic, participants: group.participants } };
}

/** `Finding #5 (negative) added to focus group #2`. */
export function focusFindingAdded(finding: { id: number; groupId: number; polarity: string; finding: string }): Confirmation {
  return {
    text: `Finding #${finding.id} (${finding.polarity}) added to focus group #${finding.groupId}`,
    id: finding.id,
    json: { id: finding.id, group: finding.groupId, polarity: finding.polarity, finding: finding.finding },
  };
}

/** `Idea #4 by yossi, proposed`. */
export function ideaAdded(idea: { id: number; author: string; idea: string }): Confirmation {
  return { text: `Idea #${idea.id} by ${idea.author}, proposed`, id: idea.id, json: { id: idea.id, author: idea.author, idea: idea.idea, status: 'proposed' } };
}

/** `Idea #4 adopted`. */
export function ideaDecided(idea: { id: number; status: string; decidedAt: number | null; note: string | null }, zone: Zone): Confirmation {
  const at = idea.decidedAt === null ? null : localIso(idea.decidedAt, zone);
  return { text: `Idea #${idea.id} ${idea.status}`, id: null, json: { id: idea.id, status: idea.status, decided_at: at, note: idea.note } };
}

/** `S3 added to SWOT review 2`: the code is how the item is referred to in strategies. */
export function swotItemAdded(item: { code: string; reviewId: number; quadrant: string; text: string }): Confirmation {
  return { text: `${item.code} added to SWOT review ${item.reviewId}`, id: item.code, json: { code: item.code, review: item.reviewId, quadrant: item.quadrant, text: item.text } };
}

/** `Survey response 12 followed up: commitment #31, kept Tue 17 Nov 10:00`. */
export function followupClosed(responseId: number, commitmentId: number, at: number, zone: Zone): Confirmation {
  return {
    text: `Survey response ${responseId} followed up: commitment #${commitmentId}, kept ${dayAndTime(at, zone, at)}`,
    id: commitmentId,
    json: { response: responseId, commitment: commitmentId, kept_at: localIso(at, zone) },
  };
}

/** `Instrument after-visit defined: 4 items, 1 dimension`. */
export function instrumentDefined(instrument: { id: string; items: number; dimensions: number }, status: string): Confirmation {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return {
    text: `Instrument ${instrument.id} ${status}: ${count(instrument.items, 'item')}, ${count(instrument.dimensions, 'dimension')}`,
    id: instrument.id,
    json: { id: instrument.id, status, items: instrument.items, dimensions: instrument.dimensions },
  };
}
