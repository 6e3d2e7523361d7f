import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordComplaint } from '../../../src/core/complaints/ledger.js';
import { addFocusFinding, addFocusGroup } from '../../../src/core/listening/focus.js';
import { addServiceEvent } from '../../../src/core/listening/events.js';
import { addIdea, decideIdea } from '../../../src/core/listening/ideas.js';
import { gatherEvidence } from '../../../src/core/swot/evidence/gather.js';
import { dayFromIso } from '../../../src/core/time/calendar.js';
import { Zone } from '../../../src/core/time/zone.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { writeSetting } from '../../../src/db/settings.js';
import { writeTarget } from '../../../src/db/targets.js';
import { storeCalls, type CallSpec } from '../../helpers/report-calls.js';
import { messages } from '../../../src/i18n/messages.js';

const ENGLISH = messages('en');

const ZONE = new Zone('UTC');
const NOVEMBER = { fromDay: dayFromIso('2026-11-01'), toDay: dayFromIso('2026-11-30'), kind: 'monthly' as const };
const NOW = Date.parse('2026-12-20T12:00:00Z') / 1000;
const at = (iso: string) => Date.parse(iso) / 1000;

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
  writeSetting(db, 'timezone', 'UTC');
});
afterEach(() => db.close());

describe('SWOT evidence read from its period', () => {
  it('proposes the KPIs furthest from their targets or norms first, a KPI with no target against its norm', () => {
    // 15 answered calls from known customers: c0–c9 on the 5th, r0–r4 (customers of c0–c4 again) on the 6th.
    // c0–c4 are followed by a call within 168 h → repeat rate 5 / 15 = 33.3% against the norm <= 20%:
    // (1/3 − 0.2) / 0.2 = 0.667 from the norm. Service level: every wait 5 s → 100%, target >= 0.8 met.
    // Abandon: 1 abandoned of 16 offered = 6.25%, target <= 0.06 missed by (0.0625 − 0.06) / 0.06 = 0.042.
    const calls: CallSpec[] = [
      ...Array.from({ length: 10 }, (_, i): CallSpec => ({ id: `c${i}`, at: '2026-11-05T10:00:00Z', outcome: 'answered', wait: 5, customer: `05${i}` })),
      ...Array.from({ length: 5 }, (_, i): CallSpec => ({ id: `r${i}`, at: '2026-11-06T10:00:00Z', outcome: 'answered', wait: 5, customer: `05${i}` })),
      { id: 'x', at: '2026-11-07T10:00:00Z', outcome: 'abandoned', wait: 30 },
      // December's call (outside the period) shows the store has seen November's repeat windows whole.
      { id: 'later', at: '2026-12-01T10:00:00Z', outcome: 'answered', wait: 5, customer: '0999' },
    ];
    storeCalls(db, calls);
    writeTarget(db, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    writeTarget(db, { kpi: 'abandon_rate', op: '<=', value: 0.06 }, '2026-01-01T00:00:00Z');
    const evidence = gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH);
    const proposed = evidence.filter((item) => item.proposal?.quadrant === 'weakness').map((item) => item.key);
    expect(proposed.slice(0, 2)).toEqual(['norm-repeat_rate', 'target-abandon_rate']);
    const repeat = evidence.find((item) => item.key === 'norm-repeat_rate');
    expect(repeat?.finding).toBe('repeat-contact rate: 33.3% against the common norm <= 20% (no target set)');
    expect(repeat?.distance).toBeCloseTo((1 / 3 - 0.2) / 0.2, 10);
    expect(repeat?.proposal?.importance).toBe(5);
    // Service level has a target, so no norm is quoted for it.
    expect(evidence.some((item) => item.key === 'norm-service_level')).toBe(false);
  });

  it('reads surges at the end of the period, not at the moment of the review', () => {
    // A delivery complaint in September starts the ledger (8 whole weeks of history before November's last week),
    // then quiet weeks, then 6 billing complaints in November's last week; the review is made on 2026-12-20,
    // when the last 7 days hold none of them.
    const complaint = (day: string, customer: string) =>
      recordComplaint(db, {
        externalId: null,
        customer,
        category: 'billing',
        categoryKey: 'billing',
        severity: 'medium',
        channel: null,
        callId: null,
        remedy: null,
        description: 'Charged twice',
        receivedAt: at(`2026-${day}T10:00:00Z`),
        recordedBy: 'test',
        recordedAt: at(`2026-${day}T10:00:00Z`),
      });
    complaint('09-01', 'Z');
    for (const [index, day] of ['11-24', '11-25', '11-26', '11-27', '11-28', '11-29'].entries()) complaint(day, `A${index}`);
    const keys = gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH).map((item) => item.key);
    expect(keys).toContain('complaints-surge-billing');
  });

  it('offers focus-group findings, events and ideas adopted in the period, and nothing from outside it', () => {
    const recorder = { now: NOW, today: ZONE.localDay(NOW), by: 'test' };
    const group = addFocusGroup(db, { date: '2026-11-12', topic: 'the phone menu', participants: '7' }, recorder).id;
    addFocusFinding(db, group, 'negative', 'Option 3 goes nowhere', recorder);
    addFocusFinding(db, group, 'positive', 'Agents know their stuff', recorder);
    const october = addFocusGroup(db, { date: '2026-10-12', topic: 'October', participants: '4' }, recorder).id;
    addFocusFinding(db, october, 'negative', 'Too old', recorder);
    addServiceEvent(db, { from: '2026-11-10 09:00', to: '2026-11-10 11:00', kind: 'outage', description: 'Lines down' }, { now: NOW, zone: ZONE, by: 'test' });
    addServiceEvent(db, { from: '2026-12-10', to: '2026-12-11', kind: 'weather', description: 'December storm' }, { now: NOW, zone: ZONE, by: 'test' });
    const adopted = addIdea(db, { author: 'yossi', idea: 'Call back within the hour' }, { now: at('2026-11-01T09:00:00Z'), by: 'test' });
    decideIdea(db, adopted, 'adopted', { now: at('2026-11-20T09:00:00Z'), by: 'lead', note: null });
    const late = addIdea(db, { author: 'rina', idea: 'Chat' }, { now: at('2026-11-01T09:00:00Z'), by: 'test' });
    decideIdea(db, late, 'adopted', { now: at('2026-12-05T09:00:00Z'), by: 'lead', note: null });
    addIdea(db, { author: 'dana', idea: 'Still only proposed' }, { now: at('2026-11-02T09:00:00Z'), by: 'test' });
    const listening = gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH).filter((item) => item.source === 'listening');
    expect(listening.map((item) => [item.key, item.proposal?.quadrant, item.proposal?.text])).toEqual([
      ['focus-1', 'weakness', 'Focus group on the phone menu (2026-11-12, 7 taking part): "Option 3 goes nowhere"'],
      ['focus-2', 'strength', 'Focus group on the phone menu (2026-11-12, 7 taking part): "Agents know their stuff"'],
      ['event-1', 'threat', 'Outage (2026-11-10): Lines down'],
      ['idea-1', 'opportunity', 'Call back within the hour (an idea of yossi, adopted)'],
    ]);
  });
});
