import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeCommitment, recordCommitment } from '../../../src/core/commitments/ledger.js';
import { recordComplaint } from '../../../src/core/complaints/ledger.js';
import { gatherEvidence } from '../../../src/core/swot/evidence/gather.js';
import type { Evidence } from '../../../src/core/swot/evidence/evidence.js';
import { SERVQUAL, servqualKey } from '../../../src/core/survey/servqual.js';
import { dayFromIso } from '../../../src/core/time/calendar.js';
import { Zone } from '../../../src/core/time/zone.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { writeSetting } from '../../../src/db/settings.js';
import { insertResponses } from '../../../src/db/surveys.js';
import { writeTarget } from '../../../src/db/targets.js';
import { storeCalls, type CallSpec } from '../../helpers/report-calls.js';

const ZONE = new Zone('UTC');
const NOVEMBER = { fromDay: dayFromIso('2026-11-01'), toDay: dayFromIso('2026-11-30'), kind: 'monthly' as const };
const NOW = Date.parse('2026-12-02T12:00:00Z') / 1000;
const at = (iso: string) => Date.parse(iso) / 1000;

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
  writeSetting(db, 'timezone', 'UTC');
});
afterEach(() => db.close());

const byKey = (evidence: Evidence[]) => new Map(evidence.map((item) => [item.key, item]));

describe('SWOT evidence', () => {
  it('is empty for an empty store', () => {
    expect(gatherEvidence(db, NOVEMBER, ZONE, NOW)).toEqual([]);
  });

  it('holds the call KPIs against their targets and against the previous period', () => {
    const call = (id: string, day: string, outcome: CallSpec['outcome'], wait: number): CallSpec => ({ id, at: `2026-${day}T10:00:00Z`, outcome, wait });
    // November: answered waits 5, 10, 15, 20, 25, 30, 40, 60; abandoned after 30 and 50.
    //   offered 10; within T = 20 s: 4 → service level 40%; abandon rate 2/10 = 20%; ASA 205/8 = 25.625 s.
    // October: answered waits 5, 5, 5, 5, 50 → service level 4/5 = 80%, abandon rate 0, ASA 70/5 = 14 s.
    const november = [5, 10, 15, 20, 25, 30, 40, 60].map((wait, i) => call(`n${i}`, '11-05', 'answered', wait));
    storeCalls(db, [
      ...november,
      call('na1', '11-06', 'abandoned', 30),
      call('na2', '11-06', 'abandoned', 50),
      ...[5, 5, 5, 5, 50].map((wait, i) => call(`o${i}`, '10-05', 'answered', wait)),
    ]);
    writeTarget(db, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    writeTarget(db, { kpi: 'asa_s', op: '<=', value: 30 }, '2026-01-01T00:00:00Z');
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW));
    expect(evidence.get('target-service_level')).toEqual({
      key: 'target-service_level',
      source: 'targets',
      finding: 'service level: 40% against the target >= 80%, missed',
      proposal: { quadrant: 'weakness', text: 'Misses its service level target (40% against the target >= 80%)', importance: 4, likelihood: null },
      // (0.8 − 0.4) / 0.8: half the target short.
      distance: 0.5,
    });
    expect(evidence.get('target-asa_s')?.proposal).toEqual({ quadrant: 'strength', text: 'Meets its average speed of answer target (26 s against the target <= 30 s)', importance: 3, likelihood: null });
    expect(evidence.get('calls-volume')?.proposal?.text).toBe('Call volume is rising (5 → 10, +100%): the same team carries more load');
    expect(evidence.get('trend-service_level')?.proposal).toEqual({ quadrant: 'threat', text: 'Service level is getting worse (80% → 40%)', importance: 3, likelihood: 3 });
    expect(evidence.get('trend-abandon_rate')?.proposal?.text).toBe('Abandon rate is getting worse (0% → 20%)');
    expect(evidence.get('trend-asa_s')?.finding).toBe('average speed of answer: 26 s (previous period: 14 s)');
  });

  it('finds rising and recurring complaints and broken promises', () => {
    const complaint = (customer: string, category: string, day: string) =>
      recordComplaint(db, {
        externalId: null,
        customer,
        category,
        categoryKey: category.toLowerCase(),
        severity: 'medium',
        channel: null,
        callId: null,
        remedy: null,
        description: 'x',
        receivedAt: at(`2026-${day}T09:00:00Z`),
        recordedBy: 'test',
        recordedAt: at(`2026-${day}T09:00:00Z`),
      });
    // November: Billing 4 (customer a twice, 5 days apart: one recurs), Delay 1. October: Billing 1.
    complaint('a', 'Billing', '11-03');
    complaint('b', 'Billing', '11-04');
    complaint('c', 'Billing', '11-05');
    complaint('a', 'Billing', '11-08');
    complaint('d', 'Delay', '11-09');
    complaint('e', 'Billing', '10-12');
    const promise = (due: string) =>
      recordCommitment(db, { externalId: null, customer: 'a', promise: 'refund', dueAt: at(`2026-${due}T18:00:00Z`), owner: null, callId: null, channel: null, madeAt: at('2026-11-01T09:00:00Z'), madeBy: 'test', recordedAt: at('2026-11-01T09:00:00Z') });
    // Three due in November: two kept in time, one broken.
    changeCommitment(db, promise('11-10'), { kind: 'keep', note: null }, 'test', at('2026-11-09T10:00:00Z'));
    changeCommitment(db, promise('11-12'), { kind: 'keep', note: null }, 'test', at('2026-11-11T10:00:00Z'));
    changeCommitment(db, promise('11-14'), { kind: 'break', note: 'no stock' }, 'test', at('2026-11-15T10:00:00Z'));
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW));
    expect(evidence.get('complaints-billing')).toMatchObject({
      finding: '4 complaints about Billing (previous period: 1)',
      proposal: { quadrant: 'threat', text: 'Complaints about Billing are rising (1 → 4)', importance: 4, likelihood: 4 },
    });
    expect(evidence.get('complaints-delay')).toEqual({ key: 'complaints-delay', source: 'complaints', finding: '1 complaint about Delay (previous period: 0)' });
    expect(evidence.get('complaints-recurring')?.proposal).toEqual({ quadrant: 'weakness', text: 'Complaints come back: 1 customer complained again about the same thing within 30 days', importance: 5, likelihood: null });
    expect(evidence.get('commitments-kept')).toMatchObject({
      finding: '2 of 3 commitments due were kept on time (66.7%); 1 broken, 0 overdue',
      proposal: { quadrant: 'weakness', text: 'Promises to customers are not all kept: 1 of 3 due were broken or are overdue', importance: 5 },
    });
  });

  it('reads NPS and SERVQUAL gaps from the survey responses', () => {
    const response = (i: number, answers: [string, number][]) => ({
      instrument: answers[0]?.[0] === 'nps' ? 'nps' : 'servqual',
      responseKey: `t${i}`,
      respondedAt: at('2026-11-20T10:00:00Z'),
      lang: 'en',
      customer: null,
      callKey: null,
      comment: null,
      source: 'test',
      answers: new Map(answers),
    });
    // NPS 10, 10, 9 | 8, 7 | 3: 3 promoters, 2 passives, 1 detractor → 50% − 16.7% = 33.3.
    insertResponses(db, [10, 10, 9, 8, 7, 3].map((score, i) => response(i, [['nps', score]])));
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW));
    expect(evidence.get('nps')?.proposal).toEqual({ quadrant: 'strength', text: 'Customers recommend us: NPS 33', importance: 4, likelihood: null });
    expect(evidence.get('nps-passives')?.proposal?.quadrant).toBe('opportunity');
  });

  it('proposes a SERVQUAL dimension beating expectation as a strength and the worst gap as a weakness, in words that fit any dimension', () => {
    // One respondent, every expectation 6; perceptions: tangibles 7 (gap +1), empathy 4 (gap −2, the worst), the rest 6 (gap 0).
    const perception: Record<string, number> = { tangibles: 7, empathy: 4 };
    const answers = SERVQUAL.items.flatMap((item): [string, number][] => [
      [servqualKey('E', item.id), 6],
      [servqualKey('P', item.id), perception[item.dimension!] ?? 6],
    ]);
    insertResponses(db, [{ instrument: 'servqual', responseKey: 's1', respondedAt: at('2026-11-20T10:00:00Z'), lang: 'en', customer: null, callKey: null, comment: null, source: 'test', answers: new Map(answers) }]);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW));
    // No weights: importance 3; the worst gap is a weakness of importance at least 4.
    expect(evidence.get('servqual-tangibles')?.proposal).toEqual({ quadrant: 'strength', text: 'On tangibles we beat what customers expect (gap +1.00)', importance: 3, likelihood: null });
    expect(evidence.get('servqual-empathy')?.proposal).toEqual({ quadrant: 'weakness', text: 'On empathy we fall short of what customers expect (gap -2.00)', importance: 4, likelihood: null });
    expect(evidence.get('servqual-reliability')?.proposal).toBeUndefined();
  });
});
