import { focusGroupExists, insertFocusFinding, insertFocusGroup, readFocusGroups, type FocusFindingRow, type FocusGroupRow } from '../../db/listening.js';
import type { Store } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { verbatim } from '../ledger/text.js';
import { isoFromDay } from '../time/calendar.js';
import { parseDay } from '../time/period.js';
import { POLARITIES, type Polarity } from './polarity.js';

export { POLARITIES, type Polarity };

export interface Recorder {
  now: number;
  today: number;
  by: string;
}

export function addFocusGroup(db: Store, input: { date: string; topic: string; participants: string }, recorder: Recorder): number {
  const participants = input.participants.trim();
  if (!/^\d+$/.test(participants) || Number(participants) < 1) throw new UserError(`--participants must be a whole number of people, at least 1, not "${input.participants}"`);
  const heldDay = parseDay(input.date, recorder.today, '--date');
  if (heldDay > recorder.today) throw new UserError(`--date ${isoFromDay(heldDay)} is in the future: record a focus group once it has been held`);
  return insertFocusGroup(db, { heldDay: isoFromDay(heldDay), topic: verbatim(input.topic, '--topic'), participants: Number(participants), recordedAt: recorder.now, recordedBy: recorder.by });
}

/** A finding in the participants' words, marked as something they liked or did not. */
export function addFocusFinding(db: Store, groupId: number, polarity: Polarity, finding: string, recorder: Recorder): number {
  if (!focusGroupExists(db, groupId)) throw new UserError(`no focus group ${groupId}`, 'svc focus list shows the ids');
  return insertFocusFinding(db, { focusGroupId: groupId, polarity, finding: verbatim(finding, 'the finding'), recordedAt: recorder.now, recordedBy: recorder.by });
}

export function focusGroups(db: Store, fromDay: number | null, toDay: number | null): { group: FocusGroupRow; findings: FocusFindingRow[] }[] {
  return readFocusGroups(db, fromDay === null ? null : isoFromDay(fromDay), toDay === null ? null : isoFromDay(toDay));
}
