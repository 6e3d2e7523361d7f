import type { Store } from '../../../db/open.js';
import { ideas } from '../../listening/ideas.js';
import { focusGroups } from '../../listening/focus.js';
import { serviceEvents } from '../../listening/events.js';
import { within } from '../../ledger/window.js';
import { isoFromDay } from '../../time/calendar.js';
import type { Period } from '../../time/period.js';
import type { Zone } from '../../time/zone.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { capitalised, quoted } from './format.js';

/**
 * What people said and what happened in the period: focus-group findings (liked → a strength,
 * not liked → a weakness), exceptional events (→ threats) and ideas adopted in the period
 * (→ opportunities). Findings and ideas are quoted verbatim.
 */
export function listeningEvidence(db: Store, period: Period, zone: Zone, window: EvidenceWindow): Evidence[] {
  const { words } = window;
  const evidence: Evidence[] = [];
  for (const { group, findings } of focusGroups(db, period.fromDay, period.toDay)) {
    for (const finding of findings) {
      const said = words.t('evidence.focus', { topic: group.topic, day: group.heldDay, participants: group.participants, finding: finding.finding });
      evidence.push({
        key: `focus-${finding.id}`,
        source: 'listening',
        finding: said,
        proposal: { quadrant: finding.polarity === 'positive' ? 'strength' : 'weakness', text: said, importance: 3, likelihood: null },
      });
    }
  }
  for (const event of serviceEvents(db, zone, window)) {
    const [from, to] = [event.fromAt, event.toAt - 1].map((at) => isoFromDay(zone.localDay(at)));
    const days = from === to ? (from as string) : words.t('evidence.event.days', { from: from as string, to: to as string });
    const rate = (value: number | null) => quoted('fraction', value, words);
    const seen = words.t('evidence.event.seen', {
      abandoned: event.during.abandoned,
      offered: event.during.offered,
      rate: rate(event.during.abandon_rate),
      before: rate(event.before.abandon_rate),
      complaints: event.during.complaints,
      complaintsBefore: event.before.complaints,
    });
    const kind = words.t(`evidence.event.kind.${event.kind}` as MessageKey);
    evidence.push({
      key: `event-${event.id}`,
      source: 'listening',
      finding: words.t('evidence.event.finding', { kind, days, what: event.description, seen }),
      proposal: { quadrant: 'threat', text: words.t('evidence.event.proposal', { kind: capitalised(kind), days, what: event.description }), importance: 4, likelihood: 3 },
    });
  }
  for (const idea of ideas(db, 'adopted')) {
    if (idea.decidedAt === null || !within(idea.decidedAt, window)) continue;
    evidence.push({
      key: `idea-${idea.id}`,
      source: 'listening',
      finding: words.t('evidence.idea.finding', { author: idea.author, idea: idea.idea }),
      proposal: { quadrant: 'opportunity', text: words.t('evidence.idea.proposal', { idea: idea.idea, author: idea.author }), importance: 3, likelihood: 4 },
    });
  }
  return evidence;
}
