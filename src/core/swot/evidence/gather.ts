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
import { normEvidence } from './norms.js';
import { listeningEvidence } from './listening.js';
import { wowEvidence } from './wow.js';
import type { Messages } from '../../../i18n/messages.js';

/** Whatever the store has on the period against the one before: each source gives nothing when it has no data. */
export function gatherEvidence(db: Store, period: Period, zone: Zone, now: number, words: Messages): Evidence[] {
  const current = periodWindow(period, zone);
  const previous = periodWindow(previousPeriod(period), zone);
  const window: EvidenceWindow = { ...current, previousFrom: previous.from, previousTo: previous.to, now, words };
  const evidence = [
    ...targetEvidence(db, period, window),
    ...normEvidence(db, period, window),
    ...callTrendEvidence(db, period, window),
    ...complaintEvidence(db, window),
    ...commitmentEvidence(db, window),
    ...surveyEvidence(db, period, zone, words),
    ...listeningEvidence(db, period, zone, window),
    ...wowEvidence(db, window),
  ];
  // The KPIs furthest from their targets or norms come first; the rest keep their order (the sort is stable).
  return evidence.sort((a, b) => (b.distance ?? 0) - (a.distance ?? 0));
}
