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
import { messages } from '../../../src/i18n/messages.js';

const ENGLISH = messages('en');

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
    expect(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH)).toEqual([]);
  });

  it('holds the call KPIs against their targets and against the previous period', () => {
    const call = (id: string, day: string, outcome: CallSpec['outcome'], wait: number): CallSpec => ({ id, at: `2026-${day}T10:00:00Z`, outcome, wait });
    // November: answered waits 5, 10, 15, 20, 25, 30, 40, 60; abandoned after 30 and 50.
    //   offered 10; within T = 20 s: 4 → service level 40%; abandon rate 2/10 = 20%; ASA 205/8 = 25.625 s.
    // October: answered waits 5, 5, 5, 5, 50 → service level 4/5 = 80%, abandon rate 0, ASA 70/5 = 14 s.
    // The store's calls run from 10-01 (o0) to 11-30 (na2): both months are wholly covered.
    const november = [5, 10, 15, 20, 25, 30, 40, 60].map((wait, i) => call(`n${i}`, '11-05', 'answered', wait));
    storeCalls(db, [
      ...november,
      call('na1', '11-06', 'abandoned', 30),
      call('na2', '11-30', 'abandoned', 50),
      ...[5, 5, 5, 5, 50].map((wait, i) => call(`o${i}`, i === 0 ? '10-01' : '10-05', 'answered', wait)),
    ]);
    writeTarget(db, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    writeTarget(db, { kpi: 'asa_s', op: '<=', value: 30 }, '2026-01-01T00:00:00Z');
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
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

  it('draws no trend from a previous period the store only partly covers, and says so', () => {
    const call = (id: string, day: string, wait: number): CallSpec => ({ id, at: `2026-${day}T10:00:00Z`, outcome: 'answered', wait });
    // November 10 calls (up to 11-30), October 5 calls from 10-02 on: one day of October is before the store's first call.
    storeCalls(db, [
      ...[5, 5, 5, 5, 5, 5, 5, 5, 60].map((wait, i) => call(`n${i}`, '11-05', wait)),
      call('n9', '11-30', 60),
      ...[5, 5, 5, 5, 5].map((wait, i) => call(`o${i}`, '10-02', wait)),
    ]);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    expect(evidence.get('calls-volume')).toEqual({
      key: 'calls-volume',
      source: 'calls',
      finding: "10 calls offered (previous period: 5, the previous period only partly covered (the store's calls run from 2026-10-02 to 2026-11-30): no trend drawn)",
    });
    // Service level 8/10 against 5/5: 20% worse, a trend were both months covered.
    expect(evidence.get('trend-service_level')?.proposal).toBeUndefined();
    // With 10-01 covered too (one more call that day), the same numbers give both proposals.
    storeCalls(db, [call('o5', '10-01', 5)]);
    const covered = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    // October now 6 calls: 10 against 6 is +67%.
    expect(covered.get('calls-volume')?.proposal?.text).toBe('Call volume is rising (6 → 10, +67%): the same team carries more load');
    expect(covered.get('trend-service_level')?.proposal?.text).toBe('Service level is getting worse (100% → 80%)');
  });

  it('marks a provisional repeat-contact rate and draws no trend from it', () => {
    // Customer a calls 11-10 and 11-12 (a repeat), b on 11-28 (its window reaches past the last call, 11-30).
    // October: c twice, 10-01 and 10-05 (a repeat). W = 168 h: the last call 11-30 10:00 − 168 h = 11-23 10:00.
    const call = (id: string, day: string, customer: string): CallSpec => ({ id, at: `2026-${day}T10:00:00Z`, outcome: 'answered', wait: 5, customer });
    storeCalls(db, [call('n1', '11-10', 'a'), call('n2', '11-12', 'a'), call('n3', '11-28', 'b'), call('n4', '11-30', 'd'), call('o1', '10-01', 'c'), call('o2', '10-05', 'c')]);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    // Base n1 n2 n3 n4, repeats n1 → 1/4 = 25% against October's 1/2 = 50%; seen whole: n1, n2 (before 11-23 10:00).
    expect(evidence.get('trend-repeat_rate')).toEqual({
      key: 'trend-repeat_rate',
      source: 'calls',
      finding: 'repeat-contact rate: 25% (previous period: 50%, provisional: 2 of 4 calls have had their whole repeat window)',
    });
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
    // November: Billing 4 (customer a twice, 5 days apart: one recurs), Delay 1. October: Billing 1,
    // on its first day, so the ledger covers October.
    complaint('a', 'Billing', '11-03');
    complaint('b', 'Billing', '11-04');
    complaint('c', 'Billing', '11-05');
    complaint('a', 'Billing', '11-08');
    complaint('d', 'Delay', '11-09');
    complaint('e', 'Billing', '10-01');
    const promise = (due: string) =>
      recordCommitment(db, { externalId: null, customer: 'a', promise: 'refund', dueAt: at(`2026-${due}T18:00:00Z`), owner: null, callId: null, channel: null, madeAt: at('2026-11-01T09:00:00Z'), madeBy: 'test', recordedAt: at('2026-11-01T09:00:00Z') });
    // Three due in November: two kept in time, one broken.
    changeCommitment(db, promise('11-10'), { kind: 'keep', note: null }, 'test', at('2026-11-09T10:00:00Z'));
    changeCommitment(db, promise('11-12'), { kind: 'keep', note: null }, 'test', at('2026-11-11T10:00:00Z'));
    changeCommitment(db, promise('11-14'), { kind: 'break', note: 'no stock' }, 'test', at('2026-11-15T10:00:00Z'));
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
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

  it('draws no rising complaints from a previous period the ledger only partly covers', () => {
    const complaint = (customer: string, day: string) =>
      recordComplaint(db, {
        externalId: null, customer, category: 'Billing', categoryKey: 'billing', severity: 'medium', channel: null, callId: null, remedy: null,
        description: 'x', receivedAt: at(`2026-${day}T09:00:00Z`), recordedBy: 'test', recordedAt: at(`2026-${day}T09:00:00Z`),
      });
    // The ledger begins on 10-02: October's first day is before it. November 4 against October 1 would be rising.
    for (const [customer, day] of [['e', '10-02'], ['a', '11-03'], ['b', '11-04'], ['c', '11-05'], ['d', '11-06']] as const) complaint(customer, day);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    expect(evidence.get('complaints-billing')?.finding).toBe('4 complaints about Billing (previous period: 1, a period the ledger only partly covers: no trend drawn)');
    expect(evidence.get('complaints-billing')?.proposal?.quadrant).not.toBe('threat');
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
    // NPS 10, 10, 9 | 8, 7 | 3 five times (30 answers): 15 promoters, 10 passives, 5 detractors → 50% − 16.7% = 33.3.
    insertResponses(db, Array.from({ length: 5 }, () => [10, 10, 9, 8, 7, 3]).flat().map((score, i) => response(i, [['nps', score]])));
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    expect(evidence.get('nps')?.proposal).toEqual({ quadrant: 'strength', text: 'Customers recommend us: NPS 33', importance: 4, likelihood: null });
    expect(evidence.get('nps-passives')?.proposal?.quadrant).toBe('opportunity');
  });

  it('states a score from fewer than 30 answers with its count, proposing nothing', () => {
    const response = (i: number, instrument: string, score: number) => ({
      instrument, responseKey: `${instrument}${i}`, respondedAt: at('2026-11-20T10:00:00Z'), lang: 'en', customer: null, callKey: null, comment: null, source: 'test', answers: new Map([[instrument, score]]),
    });
    // One NPS answer of 10 (NPS 100, margin 0 if it were believed); 29 CSAT answers of 5.
    insertResponses(db, [response(0, 'nps', 10), ...Array.from({ length: 29 }, (_, i) => response(i, 'csat', 5))]);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    expect(evidence.get('nps')).toEqual({ key: 'nps', source: 'surveys', finding: 'NPS 100 from 1 response: too few answers (fewer than 30) to rely on' });
    expect(evidence.get('nps-passives')).toBeUndefined();
    expect(evidence.get('csat')).toEqual({ key: 'csat', source: 'surveys', finding: 'CSAT: 100% satisfied (4–5) from 29 responses: too few answers (fewer than 30) to rely on' });
    // The 30th CSAT answer makes it a strength.
    insertResponses(db, [response(29, 'csat', 5)]);
    expect(byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH)).get('csat')?.proposal?.quadrant).toBe('strength');
  });

  it('proposes a SERVQUAL dimension beating expectation as a strength and the worst gap as a weakness, in words that fit any dimension', () => {
    // 30 identical respondents (the fewest relied on), every expectation 6; perceptions: tangibles 7 (gap +1),
    // empathy 4 (gap −2, the worst), the rest 6 (gap 0).
    const perception: Record<string, number> = { tangibles: 7, empathy: 4 };
    const answers = SERVQUAL.items.flatMap((item): [string, number][] => [
      [servqualKey('E', item.id), 6],
      [servqualKey('P', item.id), perception[item.dimension!] ?? 6],
    ]);
    const respondent = (i: number) => ({ instrument: 'servqual', responseKey: `s${i}`, respondedAt: at('2026-11-20T10:00:00Z'), lang: 'en', customer: null, callKey: null, comment: null, source: 'test', answers: new Map(answers) });
    insertResponses(db, Array.from({ length: 29 }, (_, i) => respondent(i)));
    // 29 respondents: stated, nothing proposed.
    expect(byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH)).get('servqual-tangibles')).toEqual({
      key: 'servqual-tangibles',
      source: 'surveys',
      finding: 'SERVQUAL tangibles: perception 7.00, expectation 6.00, gap +1.00, from 29 responses: too few answers (fewer than 30) to rely on',
    });
    insertResponses(db, [respondent(29)]);
    const evidence = byKey(gatherEvidence(db, NOVEMBER, ZONE, NOW, ENGLISH));
    // No weights: importance 3; the worst gap is a weakness of importance at least 4.
    expect(evidence.get('servqual-tangibles')?.proposal).toEqual({ quadrant: 'strength', text: 'On tangibles we beat what customers expect (gap +1.00)', importance: 3, likelihood: null });
    expect(evidence.get('servqual-empathy')?.proposal).toEqual({ quadrant: 'weakness', text: 'On empathy we fall short of what customers expect (gap -2.00)', importance: 4, likelihood: null });
    expect(evidence.get('servqual-reliability')?.proposal).toBeUndefined();
  });
});
