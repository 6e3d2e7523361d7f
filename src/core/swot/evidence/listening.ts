import type { Store } from '../../../db/open.js';
import { ideas } from '../../listening/ideas.js';
import { focusGroups } from '../../listening/focus.js';
import { serviceEvents } from '../../listening/events.js';
import { within } from '../../ledger/window.js';
import { isoFromDay } from '../../time/calendar.js';
import type { Period } from '../../time/period.js';
import type { Zone } from '../../time/zone.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { quoted } from './format.js';

/**
 * What people said and what happened in the period: focus-group findings (liked → a strength,
 * not liked → a weakness), exceptional events (→ threats) and ideas adopted in the period
 * (→ opportunities). Findings and ideas are quoted verbatim.
 */
export function listeningEvidence(db: Store, period: Period, zone: Zone, window: EvidenceWindow): Evidence[] {
  const evidence: Evidence[] = [];
  for (const { group, findings } of focusGroups(db, period.fromDay, period.toDay)) {
    for (const finding of findings) {
      const said = `Focus group on ${group.topic} (${group.heldDay}, ${group.participants} taking part): "${finding.finding}"`;
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
    const days = from === to ? from : `${from} to ${to}`;
    const rate = (value: number | null) => quoted('fraction', value);
    const seen = `${event.during.abandoned} of ${event.during.offered} calls abandoned (${rate(event.during.abandon_rate)}; before it ${rate(event.before.abandon_rate)}), ${event.during.complaints} complaints (before it ${event.before.complaints})`;
    evidence.push({
      key: `event-${event.id}`,
      source: 'listening',
      finding: `${event.kind} ${days}: ${event.description} — ${seen}`,
      proposal: { quadrant: 'threat', text: `${capitalised(event.kind)} (${days}): ${event.description}`, importance: 4, likelihood: 3 },
    });
  }
  for (const idea of ideas(db, 'adopted')) {
    if (idea.decidedAt === null || !within(idea.decidedAt, window)) continue;
    evidence.push({
      key: `idea-${idea.id}`,
      source: 'listening',
      finding: `Idea of ${idea.author}, adopted: "${idea.idea}"`,
      proposal: { quadrant: 'opportunity', text: `${idea.idea} (an idea of ${idea.author}, adopted)`, importance: 3, likelihood: 4 },
    });
  }
  return evidence;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
