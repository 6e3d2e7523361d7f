import type { Store } from '../../../db/open.js';
import { periodWindow } from '../../ledger/window.js';
import { previousPeriod, type Period } from '../../time/period.js';
import type { Zone } from '../../time/zone.js';
import { callTrendEvidence } from './calls.js';
import { commitmentEvidence } from './commitments.js';
import { complaintEvidence } from './complaints.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { surveyEvidence } from './surveys.js';
import { targetEvidence } from './targets.js';
import { wowEvidence } from './wow.js';

/** Whatever the store has on the period against the one before: each source gives nothing when it has no data. */
export function gatherEvidence(db: Store, period: Period, zone: Zone, now: number): Evidence[] {
  const current = periodWindow(period, zone);
  const previous = periodWindow(previousPeriod(period), zone);
  const window: EvidenceWindow = { ...current, previousFrom: previous.from, previousTo: previous.to, now };
  return [
    ...targetEvidence(db, period, window),
    ...callTrendEvidence(db, period, window),
    ...complaintEvidence(db, window),
    ...commitmentEvidence(db, window),
    ...surveyEvidence(db, period, zone),
    ...wowEvidence(db, window),
  ];
}
